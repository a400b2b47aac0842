import * as chrono from "chrono-node/de";
import { de } from "../../detect/lexicon/de";
import type { LanguagePack } from "../registry";

/** German: loaded on demand by the task pane, statically everywhere else. */
export const pack: LanguagePack = { language: "de", lexicon: de, dates: chrono.casual };
