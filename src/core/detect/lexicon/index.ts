import type { DetectedLanguage, Language } from "../../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { Lexicon } from "./types";
import { tokenize } from "../tokens";

export const LEXICONS: Readonly<Record<Language, Lexicon>> = { en, de, fr, es, pt, it, nl };

/** How much of the text the function-word count reads. */
const GUESS_WINDOW = 4000;

/** The lexicon whose function words ("the", "pour", "und") the text uses most. */
function closestLexicon(text: string): Lexicon {
  let best = en;
  let bestHits = 0;
  const tokens = tokenize(text.slice(0, GUESS_WINDOW));
  for (const lexicon of Object.values(LEXICONS)) {
    const w = lexicon.words;
    const hits = tokens.filter((t) => w.determiners.has(t.norm) || w.stopBefore.has(t.norm)).length;
    if (hits > bestHits) {
      best = lexicon;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * The lexicons to read a message with. English comes along with every other language because
 * business mail borrows its words ("demo", "pricing", "call"). For "unknown", the language whose
 * function words the text uses most: running every lexicon would let a German "Pilot" cue fire
 * on an English question.
 */
export function lexiconsFor(language: DetectedLanguage, text: string): Lexicon[] {
  const primary = language === "unknown" ? closestLexicon(text) : LEXICONS[language];
  return primary === en ? [en] : [primary, en];
}
