import * as chrono from "chrono-node/nl";
import { nl } from "../../detect/lexicon/nl";
import type { LanguagePack } from "../registry";

/** Dutch: loaded on demand by the task pane, statically everywhere else. */
export const pack: LanguagePack = { language: "nl", lexicon: nl, dates: chrono.casual };
