/**
 * Helpers that turn word lists into patterns. Every pattern is a flat alternation of literal
 * phrases with bounded gaps, wrapped in Unicode word edges, so matching stays linear in the input.
 */

// Nor inside an address: "cc contracts@halvorsenfoods.com" names no contract.
const START = "(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]@)";
const END = "(?![\\p{L}\\p{N}]|@[\\p{L}\\p{N}])";

/** A space in a phrase stands for 1–3 whitespace characters; " ?" for an optional one ("data ?sheet"). */
function phrase(source: string): string {
  return source.replace(/ \?/g, "\\s{0,3}").replace(/ /g, "\\s{1,3}");
}

/** A global, case-insensitive pattern matching any of the phrases as whole words. */
export function words(...phrases: string[]): RegExp {
  return new RegExp(`${START}(?:${phrases.map(phrase).join("|")})${END}`, "giu");
}

/** Like `words`, anchored at the start of the text (after optional leading softeners). */
export function leading(softeners: string[], phrases: string[]): RegExp {
  const soft = softeners.length > 0 ? `(?:(?:${softeners.map(phrase).join("|")})[\\s,]{1,3}){0,3}` : "";
  return new RegExp(`^[\\s"'(¿¡«-]{0,3}${soft}(?:${phrases.map(phrase).join("|")})${END}`, "iu");
}

/** A set of lower-case words from a space-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/**
 * Every match of a global pattern in the text, from the start. `matchAll` would copy the
 * pattern on each call, and for the lexicons' long patterns the copy costs more than the match.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      yield m;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** True when the pattern occurs anywhere in the text (ignores the global flag's state). */
export function occurs(pattern: RegExp, text: string): boolean {
  return text.search(pattern) >= 0;
}
