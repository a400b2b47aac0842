import * as chrono from "chrono-node/fr";
import { fr } from "../../detect/lexicon/fr";
import type { LanguagePack } from "../registry";

/** French: loaded on demand by the task pane, statically everywhere else. */
export const pack: LanguagePack = { language: "fr", lexicon: fr, dates: chrono.casual };
