import type { Lexicon } from "./lexicon/types";
import type { CueMatch } from "./cues";
import { closesPhrase, swapWord, tokenAt, tokenize, type Token } from "./tokens";

/** The longest item a reply can confirm comfortably. */
export const MAX_ITEM = 80;
/** Words walked back from the cue: "a couple of customer success stories". */
const MAX_BEFORE = 6;
/** Words walked forward: "for 30 users on the Professional plan". */
const MAX_AFTER = 12;
/** How far after "and" the same type may follow for both to make one item. */
const AND_REACH = 4;

interface Walk {
  tokens: readonly Token[];
  lexicon: Lexicon;
  /** Token index → the cue covering that token. */
  cueAt: ReadonlyMap<number, CueMatch>;
  match: CueMatch;
  /** Walking the object of a verb cue: any other cue ends it ("show us the editor in a demo"). */
  objectOnly?: boolean;
}

/**
 * An article or demonstrative with no noun after it ("we need to see that before …") is a pronoun
 * pointing at something named before.
 */
export function standsAlone(lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  const w = lexicon.words;
  if (!w.determiners.has(tokens[at].norm)) return false;
  const next = tokens[at + 1];
  // "see that before …", "send those at the same time": no noun follows. "three or four" counts.
  // "One thing that would help": after a noun, "that" opens a relative clause.
  const previous = tokens[at - 1];
  if (previous && !w.stopBefore.has(previous.norm) && !w.determiners.has(previous.norm)) return false;
  if (next === undefined || w.stopAfter.has(next.norm)) return true;
  return w.stopBefore.has(next.norm) && !w.conjunctions.has(next.norm);
}

function startOfPhrase(walk: Walk, first: number): number {
  const { tokens, lexicon } = walk;
  const w = lexicon.words;
  // A cue that opens with its own article ("un point") already starts the phrase.
  if (w.determiners.has(tokens[first].norm)) return first;
  let b = first;
  let steps = 0;
  while (b > 0 && steps < MAX_BEFORE) {
    const prev = tokens[b - 1];
    if (closesPhrase(prev) || walk.cueAt.has(b - 1)) break;
    if (prev.norm === w.of && b >= 2 && w.quantities.has(tokens[b - 2].norm)) {
      b -= 2;
      steps += 2;
      continue;
    }
    if (w.determiners.has(prev.norm)) return b - 1;
    if (w.stopBefore.has(prev.norm) || !/\p{L}|\d/u.test(prev.norm)) break;
    b -= 1;
    steps += 1;
  }
  return b;
}

/** Index of the last token of the same-type cue that follows an "and" closely, or -1. */
function sameTypeAfterAnd(walk: Walk, and: number): number {
  for (let k = and + 1; k <= and + AND_REACH && k < walk.tokens.length; k++) {
    const cue = walk.cueAt.get(k);
    if (cue) {
      if (cue.type !== walk.match.type) return -1;
      let last = k;
      while (walk.cueAt.get(last + 1) === cue) last++;
      return last;
    }
    if (closesPhrase(walk.tokens[k])) return -1;
  }
  return -1;
}

/** Returns the last token index of the phrase and the indexes to leave out (dropped copulas). */
function endOfPhrase(walk: Walk, last: number): { end: number; skip: Set<number> } {
  const { tokens, lexicon } = walk;
  const w = lexicon.words;
  const skip = new Set<number>();
  let end = last;
  let steps = 0;
  let j = last + 1;
  while (j < tokens.length && steps < MAX_AFTER && !closesPhrase(tokens[j - 1])) {
    const t = tokens[j];
    const cue = walk.cueAt.get(j);
    if (cue && cue !== walk.match) {
      if (walk.objectOnly || cue.type !== walk.match.type) break;
    } else if (w.conjunctions.has(t.norm)) {
      const joined = sameTypeAfterAnd(walk, j);
      if (joined < 0) break;
      end = joined;
      j = joined + 1;
      steps += 2;
      continue;
    } else if (w.infinitive.has(t.norm)) {
      if (j + 1 >= tokens.length || !w.purposeVerbs.has(tokens[j + 1].norm)) break;
      end = j + 1;
      j += 2;
      steps += 2;
      continue;
    } else if (w.copulas.has(t.norm) && j + 1 < tokens.length && w.topic.has(tokens[j + 1].norm)) {
      skip.add(j);
      j += 1;
      continue;
    } else if (w.stopAfter.has(t.norm) || !/\p{L}|\d/u.test(t.norm)) {
      break;
    }
    end = j;
    j += 1;
    steps += 1;
  }
  return { end, skip };
}

const LEAD = /^[^\p{L}\p{N}&]{1,8}/u;
const TRAIL = /[^\p{L}\p{N}&%]{1,8}$/u;

/** `keep`: how many leading parts are the cue and its phrase start, which trimming must not eat. */
function clean(lexicon: Lexicon, parts: string[], keep: number): string[] {
  const out = parts.map((p, i) => {
    let word = p;
    if (i === 0) word = word.replace(LEAD, "");
    if (i === parts.length - 1) word = word.replace(TRAIL, "");
    const bare = word.replace(LEAD, "").replace(TRAIL, "");
    const swapped = swapWord(lexicon.words.toRepVoice, bare);
    return swapped === bare ? word : word.replace(bare, swapped);
  });
  const w = lexicon.words;
  for (;;) {
    const last = out.length > 1 ? out[out.length - 1].toLowerCase() : "";
    const before = out.length > 2 ? out[out.length - 2].toLowerCase() : "";
    if (w.dangling.has(last) && out.length > keep) out.pop();
    // "a call to talk through" lost its object to the length limit or a stop word.
    else if (w.purposeVerbs.has(last) && w.infinitive.has(before) && out.length - 2 >= keep)
      out.splice(-2, 2);
    else break;
  }
  return out.filter((p) => p !== "");
}

function fit(lexicon: Lexicon, parts: string[], keep: number): string {
  let words = clean(lexicon, parts, keep);
  while (words.length > 1 && words.join(" ").length > MAX_ITEM) words = clean(lexicon, words.slice(0, -1), 1);
  const item = contract(lexicon, words.join(" "));
  return item.length > MAX_ITEM ? item.slice(0, MAX_ITEM).trim() : item;
}

/** "una demo de el módulo" → "una demo del módulo". */
function contract(lexicon: Lexicon, item: string): string {
  const pairs = lexicon.words.contractions;
  if (!pairs) return item;
  const words = item.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const merged = i + 1 < words.length ? pairs.get(`${words[i]} ${words[i + 1]}`.toLowerCase()) : undefined;
    if (merged === undefined) {
      out.push(words[i]);
    } else {
      out.push(merged);
      i++;
    }
  }
  return out.join(" ");
}

/**
 * The first words of a text as an item, in the rep's voice: "something to read before our
 * board meets" → "something to read before your board meets" with `maxWords` 7.
 */
export function leadingWords(lexicon: Lexicon, text: string, maxWords: number): string {
  const parts: string[] = [];
  for (const token of tokenize(text).slice(0, maxWords)) {
    parts.push(token.raw);
    if (closesPhrase(token)) break;
  }
  return parts.length > 0 ? fit(lexicon, parts, 1) : "";
}

/** Lower-cases a capital that is only there because the phrase opened the sentence ("Pricing please"). */
function sentenceCase(item: string, atStart: boolean): string {
  if (!atStart || item.length < 2) return item;
  const second = item[1];
  // "A demo", "Pricing": lower; "SOC 2", "THE CONTRACT", "SAP": keep.
  if (second !== " " && second === second.toUpperCase()) return item;
  return item[0].toLowerCase() + item.slice(1);
}

/**
 * The fixed item of a verb cue, with what the message adds: its object ("show us the editor" →
 * "a demo of the editor") or a qualifier ("how much for 50 users" → "pricing for 50 users").
 */
function canonicalItem(walk: Walk, item: string, last: number): string {
  const { tokens, lexicon } = walk;
  const w = lexicon.words;
  const next = last + 1;
  if (next >= tokens.length || closesPhrase(tokens[last])) return item;
  const word = tokens[next].norm;
  const pick = (end: number, skip: Set<number>): string[] =>
    tokens.slice(next, end + 1).flatMap((t, i) => (skip.has(next + i) ? [] : [t.raw]));
  // "what this would run us": a pronoun, not a thing to name in the item.
  if (walk.match.cue.takesObject && w.determiners.has(word) && !standsAlone(lexicon, tokens, next)) {
    const { end, skip } = endOfPhrase({ ...walk, objectOnly: true }, next);
    return fit(lexicon, [item, w.of, ...pick(end, skip)], 1);
  }
  const purpose =
    w.infinitive.has(word) && next + 1 < tokens.length && w.purposeVerbs.has(tokens[next + 1].norm);
  if ((w.topic.has(word) && !w.purposeVerbs.has(word)) || purpose) {
    const { end, skip } = endOfPhrase(walk, last);
    return fit(lexicon, [item, ...pick(end, skip)], 1);
  }
  return withQuantity(walk, item, last);
}

/** How far after a verb cue its quantity may come: "set us back to add analytics for the 25 users". */
const QUANTITY_REACH = 8;

/** A fixed item with the quantity the clause gives it: "pricing" → "pricing for the 25 users". */
function withQuantity(walk: Walk, item: string, last: number): string {
  const { tokens, lexicon } = walk;
  const w = lexicon.words;
  const limit = Math.min(tokens.length - 2, last + QUANTITY_REACH);
  for (let k = last + 1; k <= limit; k++) {
    if (closesPhrase(tokens[k - 1])) break;
    if (!w.topic.has(tokens[k].norm) || w.purposeVerbs.has(tokens[k].norm)) continue;
    const counted = [tokens[k + 1], tokens[k + 2]].some((t) => t !== undefined && /^\d/.test(t.norm));
    if (!counted) continue;
    const { end, skip } = endOfPhrase(walk, k);
    const parts = tokens.slice(k, end + 1).flatMap((t, i) => (skip.has(k + i) ? [] : [t.raw]));
    return fit(lexicon, [item, ...parts], 1);
  }
  return item;
}

/**
 * The request as a short phrase built from its own words: the cue with its article, modifiers
 * and qualifiers ("a 14-day trial for your QA team"), stopped at the clause's reason or deadline.
 */
export function extractItem(
  lexicon: Lexicon,
  clause: string,
  match: CueMatch,
  all: readonly CueMatch[],
): string {
  const tokens = tokenize(clause);
  if (tokens.length === 0) return match.cue.item ?? clause.slice(match.start, match.end);
  const cueAt = new Map<number, CueMatch>();
  for (const m of all) {
    for (let k = tokenAt(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) cueAt.set(k, m);
  }
  const walk: Walk = { tokens, lexicon, cueAt, match };
  const first = tokenAt(tokens, match.start);
  let last = tokenAt(tokens, Math.max(match.start, match.end - 1));

  if (match.cue.item !== undefined) return canonicalItem(walk, match.cue.item, last);

  const begin = startOfPhrase(walk, first);
  const { end, skip } = endOfPhrase(walk, last);
  last = end;
  const parts: string[] = [];
  for (let k = begin; k <= last; k++) if (!skip.has(k)) parts.push(tokens[k].raw);
  return sentenceCase(fit(lexicon, parts, tokenAt(tokens, match.end - 1) - begin + 1), begin === 0);
}
