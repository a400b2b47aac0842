import type { RequestType } from "../types";
import { REQUEST_TYPES } from "../types";
import type { Lexicon, TypeCue } from "./lexicon/types";
import { occurs } from "./lexicon/build";
import { tokenize, type Token } from "./tokens";

/** A type cue found in a clause. */
export interface CueMatch {
  type: RequestType;
  start: number;
  end: number;
  cue: TypeCue;
}

/** Bounds the work per clause; a clause naming more things than this is not a human request. */
const MAX_MATCHES = 24;
/** How far apart a generic noun and its topic may be: "more details on the pricing". */
const TOPIC_REACH = 8;

function rawMatches(lexicon: Lexicon, clause: string): CueMatch[] {
  const found: CueMatch[] = [];
  for (const type of REQUEST_TYPES) {
    for (const cue of lexicon.cues[type]) {
      if (cue.requires && !occurs(cue.requires, clause)) continue;
      for (const m of clause.matchAll(cue.pattern)) {
        const start = m.index ?? 0;
        found.push({ type, start, end: start + m[0].length, cue });
        if (found.length >= MAX_MATCHES) return found;
      }
    }
  }
  return found;
}

/** Keeps the longest of overlapping cues: "penetration test" over "test", "presentación comercial" over "presentación". */
function dropOverlaps(matches: CueMatch[]): CueMatch[] {
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const m of byLength) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.filter((t) => t.start >= from && t.end <= to);
}

/** "a call to go over the pricing", "details on pricing": the second cue is what the first is about. */
function isTopicOf(lexicon: Lexicon, tokens: readonly Token[], first: CueMatch, second: CueMatch): boolean {
  if (second.start < first.end) return false;
  const gap = wordsBetween(tokens, first.end, second.start);
  if (gap.length > TOPIC_REACH) return false;
  const w = lexicon.words;
  if (gap.some((t) => w.conjunctions.has(t.norm))) return false;
  return gap.some((t) => w.topic.has(t.norm) || w.purposeVerbs.has(t.norm));
}

/** "a proposal including costs": the second cue qualifies the first. */
function isDetailOf(lexicon: Lexicon, tokens: readonly Token[], first: CueMatch, second: CueMatch): boolean {
  if (second.start < first.end) return false;
  const gap = wordsBetween(tokens, first.end, second.start);
  if (gap.length > TOPIC_REACH) return false;
  const w = lexicon.words;
  return !gap.some((t) => w.conjunctions.has(t.norm)) && gap.some((t) => w.including.has(t.norm));
}

/** "pricing details", "proposal deck": two cues with nothing but a space or hyphen between. */
function isCompound(clause: string, first: CueMatch, second: CueMatch): boolean {
  return first.end <= second.start && /^[\s-]{0,3}$/.test(clause.slice(first.end, second.start));
}

/**
 * The request types a clause names, one match per mention, after the rules that keep a generic
 * word from standing in for the specific one: a demo or reference call is not a separate meeting,
 * a meeting's agenda is not a request of its own, and "more information on pricing" is pricing.
 */
export function findCues(lexicon: Lexicon, clause: string): CueMatch[] {
  let matches = dropOverlaps(rawMatches(lexicon, clause));
  if (matches.length < 2) return matches;
  const tokens = tokenize(clause);
  if (matches.some((m) => m.type === "demo" || m.type === "references")) {
    matches = matches.filter((m) => m.type !== "meeting");
  }
  const meetings = matches.filter((m) => m.type === "meeting");
  matches = matches.filter(
    (m) => m.type === "meeting" || !meetings.some((meeting) => isTopicOf(lexicon, tokens, meeting, m)),
  );
  // "a proposal including implementation costs", "the slides from the demo": the second describes the first.
  matches = matches.filter(
    (m) => !matches.some((other) => other.type !== m.type && isDetailOf(lexicon, tokens, other, m)),
  );
  // Two nouns in a row name one thing whose head is the last ("proposal deck" is a deck),
  // unless the head is generic ("pricing details" is pricing).
  matches = matches.filter(
    (m) => !matches.some((next) => next.type !== m.type && !next.cue.weak && isCompound(clause, m, next)),
  );
  return matches.filter(
    (m) =>
      !m.cue.weak ||
      !matches.some(
        (other) =>
          other.type !== m.type &&
          !other.cue.weak &&
          (isTopicOf(lexicon, tokens, m, other) || isCompound(clause, other, m)),
      ),
  );
}
