import type { DetectedLanguage } from "../../types";
import { ENGLISH, languagePack, registeredPacks } from "../../language/registry";
import type { Lexicon } from "./types";
import { tokenize } from "../tokens";

/** How much of the text the function-word count reads. */
const GUESS_WINDOW = 4000;

/** The registered lexicon whose function words ("the", "pour", "und") the text uses most. */
function closestLexicon(text: string): Lexicon {
  let best = ENGLISH.lexicon;
  let bestHits = 0;
  const tokens = tokenize(text.slice(0, GUESS_WINDOW));
  for (const { lexicon } of registeredPacks()) {
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
 * on an English question. Lexicons come from the language registry; a language that is not
 * registered (the task pane could not download it) reads with English alone, and the pane says so.
 */
export function lexiconsFor(language: DetectedLanguage, text: string): Lexicon[] {
  const en = ENGLISH.lexicon;
  const primary = language === "unknown" ? closestLexicon(text) : (languagePack(language)?.lexicon ?? en);
  return primary === en ? [en] : [primary, en];
}
