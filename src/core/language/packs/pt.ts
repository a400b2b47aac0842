import * as chrono from "chrono-node/pt";
import { pt } from "../../detect/lexicon/pt";
import type { LanguagePack } from "../registry";

/** Portuguese: loaded on demand by the task pane, statically everywhere else. */
export const pack: LanguagePack = { language: "pt", lexicon: pt, dates: chrono.casual };
