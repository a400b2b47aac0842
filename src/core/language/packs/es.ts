import * as chrono from "chrono-node/es";
import { es } from "../../detect/lexicon/es";
import type { LanguagePack } from "../registry";

/** Spanish: loaded on demand by the task pane, statically everywhere else. */
export const pack: LanguagePack = { language: "es", lexicon: es, dates: chrono.casual };
