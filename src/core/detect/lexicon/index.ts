import type { DetectedLanguage, Language } from "../../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { Lexicon } from "./types";

export const LEXICONS: Readonly<Record<Language, Lexicon>> = { en, de, fr, es, pt, it, nl };

/**
 * The lexicons to read a message with. English comes along with every other language because
 * business mail borrows its words ("demo", "pricing", "call"); "unknown" tries them all.
 */
export function lexiconsFor(language: DetectedLanguage): Lexicon[] {
  if (language === "unknown") return Object.values(LEXICONS);
  return language === "en" ? [en] : [LEXICONS[language], en];
}
