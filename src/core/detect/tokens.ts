/** Whitespace tokens of a clause with their offsets, for walking a noun phrase word by word. */

export interface Token {
  raw: string;
  start: number;
  end: number;
  /** Lower case without surrounding punctuation: the form the word lists hold. */
  norm: string;
}

const EDGE_START = /^[^\p{L}\p{N}&]{1,8}/u;
const EDGE_END = /[^\p{L}\p{N}&]{1,8}$/u;

/** Curly apostrophes as "'", non-breaking spaces as " ": the forms the word lists are written in. */
export function plainText(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[\u00a0\u2007\u202f]/g, " ");
}

/**
 * A word said back from the other side ("our" → "your"), keeping its capital. Keys are lower
 * case, except where only the capital form is unambiguous (German formal "Ihre"): an exact-case
 * key matches first and is used as written.
 */
export function swapWord(map: Readonly<Record<string, string>>, word: string): string {
  // Own keys only: "constructor" in a message must not reach Object.prototype.
  const has = (key: string) => Object.prototype.hasOwnProperty.call(map, key);
  if (word !== word.toLowerCase() && has(word)) return map[word];
  const key = word.toLowerCase();
  if (!has(key)) return word;
  const swapped = map[key];
  return word[0] !== word[0].toLowerCase() ? swapped[0].toUpperCase() + swapped.slice(1) : swapped;
}

export function normalizeWord(raw: string): string {
  return raw.replace(EDGE_START, "").replace(EDGE_END, "").toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    tokens.push({ raw: m[0], start, end: start + m[0].length, norm: normalizeWord(m[0]) });
  }
  return tokens;
}

/** The token covering a character offset (the last token starting at or before it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when the token ends a phrase with its own punctuation ("pricing," "demo?"). */
export function closesPhrase(token: Token): boolean {
  return /[,;:.?!)»]["')»]{0,2}$/.test(token.raw);
}
