import * as chrono from "chrono-node/it";
import { it } from "../../detect/lexicon/it";
import type { LanguagePack } from "../registry";

/** Italian: loaded on demand by the task pane, statically everywhere else. */
export const pack: LanguagePack = { language: "it", lexicon: it, dates: chrono.casual };
