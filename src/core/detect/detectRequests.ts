import type { DetectedLanguage, DetectedRequest, RequestType } from "../types";
import { splitClauses, type Clause } from "./clauses";
import { findCues, type CueMatch } from "./cues";
import { extractItem } from "./item";
import { occurs } from "./lexicon/build";
import { lexiconsFor } from "./lexicon";
import type { Lexicon } from "./lexicon/types";
import { splitSentences, type Sentence } from "./segment";
import { tokenize } from "./tokens";

/** Evidence longer than this is cut to a window around the request. */
export const MAX_EVIDENCE = 300;
/**
 * Only the start of a longer text is read: a hand-written message that asks for something is a
 * few kilobytes, and the bound keeps the task pane responsive on a pasted megabyte.
 */
export const MAX_TEXT = 32 * 1024;

interface Found extends DetectedRequest {
  /** Where the request starts: sentence index, then offset, so several lexicons merge in text order. */
  order: number;
  /** Higher for items built from the message's own nouns, and for fuller phrases. */
  score: number;
  /** Found only through a length of time ("45 minutes should do"). */
  duration: boolean;
}

interface ClauseState {
  clause: Clause;
  /** The clause has a request cue of its own. */
  own: boolean;
  asks: boolean;
  negated: boolean;
  blocked: boolean;
}

/** The last clause that named request types, for "can you resend it?" a clause later. */
interface Mention {
  clause: string;
  cues: CueMatch[];
}

/** Whether any of the lexicons finds the pattern it names in the text. */
function any(lexicons: readonly Lexicon[], pick: (l: Lexicon) => RegExp, text: string): boolean {
  return lexicons.some((l) => occurs(pick(l), text));
}

/** A clause read with every lexicon: "Thanks for the demo" blocks in an otherwise German mail too. */
function readClause(lexicons: readonly Lexicon[], clause: Clause): ClauseState {
  const text = clause.text;
  const own = any(lexicons, (l) => l.request, text) || lexicons.some((l) => l.imperative.test(text));
  const negated = any(lexicons, (l) => l.negation, text);
  const blocked =
    negated || any(lexicons, (l) => l.thanks, text) || (!own && any(lexicons, (l) => l.past, text));
  return { clause, own, asks: own && !clause.subordinate, negated, blocked };
}

/**
 * Cues of the message's language first, then those English lends it ("das Pricing") where they
 * do not cover the same words or a type already named.
 */
function findAllCues(lexicons: readonly Lexicon[], clause: string, sentence: string): CueMatch[] {
  const [primary, ...borrowed] = lexicons;
  const found = findCues(primary, clause, sentence);
  for (const lexicon of borrowed) {
    for (const m of findCues(lexicon, clause, sentence)) {
      const clash = found.some((f) => f.type === m.type || (m.start < f.end && f.start < m.end));
      if (!clash) found.push(m);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function pointsBack(lexicons: readonly Lexicon[], clause: string): boolean {
  return tokenize(clause).some((t) => lexicons.some((l) => l.words.anaphora.has(t.norm)));
}

function evidenceFor(sentence: string, at: number): string {
  if (sentence.length <= MAX_EVIDENCE) return sentence;
  const from = Math.max(0, Math.min(at - 100, sentence.length - MAX_EVIDENCE));
  return sentence.slice(from, from + MAX_EVIDENCE).trim();
}

function stripGreeting(lexicons: readonly Lexicon[], sentence: string): string {
  for (const lexicon of lexicons) {
    const m = lexicon.greeting.exec(sentence);
    if (m) return sentence.slice(m[0].length).trim();
  }
  return sentence;
}

/** Whether the list items that follow this sentence inherit its request ("Could you send:"). */
function opensList(states: readonly ClauseState[], sentence: Sentence): boolean {
  // "As discussed, a few follow-ups:": a past-tense aside does not stop the list, a refusal does.
  if (states.some((s) => s.negated || (s.blocked && !s.clause.subordinate))) return false;
  return sentence.intro || states.some((s) => s.asks);
}

/**
 * Reads the sentences with the message's lexicon (first) and the ones it borrows from. Clause
 * structure and items follow the message's language; cues, requests and blockers come from all.
 */
function detectWith(lexicons: readonly Lexicon[], sentences: readonly Sentence[]): Found[] {
  const primary = lexicons[0];
  const found: Found[] = [];
  let listAsks = false;
  let mention: Mention | null = null;
  let previousAsked = false;
  const followsUp = (text: string): boolean => lexicons.some((l) => l.followUp.test(text));
  sentences.forEach((sentence, index) => {
    const text = stripGreeting(lexicons, sentence.text);
    const states = splitClauses(text, primary).map((c) => readClause(lexicons, c));
    const question = text.endsWith("?");
    const sentenceAsks = states.some((s) => s.asks && !s.blocked);
    // "Could you send the proposal? And the SOC 2 report." continues the request before it.
    const continues = previousAsked && followsUp(text);
    const inherited = sentenceAsks || question || continues || (sentence.bullet && listAsks);
    if (!sentence.bullet) listAsks = opensList(states, sentence);
    previousAsked = sentenceAsks || continues;
    // "We don't need the proposal, just a rough quote" / "…, but a quote": the need carries over.
    let refusedAsk = false;
    for (const state of states) {
      const alternative = refusedAsk && (state.clause.contrast || followsUp(state.clause.text));
      if (state.negated && state.own) refusedAsk = true;
      const named = findAllCues(lexicons, state.clause.text, text);
      const previous: Mention | null = mention;
      if (state.negated) mention = null;
      else if (named.length > 0) mention = { clause: state.clause.text, cues: named };
      if (state.blocked || state.clause.subordinate || !(state.asks || inherited || alternative)) continue;
      const borrowed =
        state.asks && named.length === 0 && previous !== null && pointsBack(lexicons, state.clause.text);
      const source: Mention = borrowed && previous ? previous : { clause: state.clause.text, cues: named };
      for (const cue of source.cues) {
        const item = extractItem(primary, source.clause, cue, source.cues);
        found.push({
          type: cue.type,
          item,
          evidence: evidenceFor(text, state.clause.offset + (borrowed ? 0 : cue.start)),
          order: index * 10_000 + state.clause.offset + (borrowed ? 0 : cue.start),
          score: (cue.cue.item === undefined ? 100 : 0) + (cue.cue.weak ? 0 : 50) + item.length,
          duration: cue.cue.duration === true,
        });
      }
    }
  });
  return found;
}

function holds(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.toLowerCase().includes(shorter.toLowerCase());
}

/** "A live run-through of the route planner? 45 minutes should do.": the length of the demo. */
function dropDurations(found: readonly Found[]): Found[] {
  const call = found.some((f) => f.type === "demo" || f.type === "references");
  return call ? found.filter((f) => !(f.type === "meeting" && f.duration)) : [...found];
}

/** One request per type, in order of first mention, each with its best item. */
function mergeByType(found: readonly Found[]): DetectedRequest[] {
  const best = new Map<RequestType, Found>();
  const first = new Map<RequestType, number>();
  for (const f of dropDurations(found)) {
    const seen = best.get(f.type);
    // "the recording of the demo" beats "the demo": the fuller phrase holds the shorter one.
    if (!seen || holds(f.item, seen.item) || (!holds(seen.item, f.item) && f.score > seen.score)) {
      best.set(f.type, f);
    }
    first.set(f.type, Math.min(first.get(f.type) ?? f.order, f.order));
  }
  return [...best.values()]
    .sort((a, b) => (first.get(a.type) ?? 0) - (first.get(b.type) ?? 0))
    .map(({ type, item, evidence }) => ({ type, item, evidence }));
}

/** How many opening sentences an out-of-office notice shows itself in. */
const AUTO_REPLY_HEAD = 4;

/**
 * Bulk mail, or an out-of-office notice: one of the opening sentences says the writer is away and
 * asks for nothing itself. "I'm out next week, but could you send pricing" is still a request.
 */
function isBulkOrAutoReply(
  lexicons: readonly Lexicon[],
  text: string,
  sentences: readonly Sentence[],
): boolean {
  if (lexicons.some((l) => occurs(l.bulk, text))) return true;
  return sentences
    .slice(0, AUTO_REPLY_HEAD)
    .some((s) => lexicons.some((l) => occurs(l.autoReply, s.text) && !occurs(l.request, s.text)));
}

/**
 * The requests a prospect's latest message makes, in order of appearance, one per type.
 * `text` is the message without quoted history; a greeting or sign-off left in is harmless.
 * Runs in time linear in the text: one scan into sentences and clauses, then bounded patterns.
 */
export function detectRequests(text: string, language: DetectedLanguage): DetectedRequest[] {
  const normalized = text
    .slice(0, MAX_TEXT)
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u2007\u202f]/g, " ");
  const lexicons = lexiconsFor(language, normalized);
  const sentences = splitSentences(normalized);
  if (isBulkOrAutoReply(lexicons, normalized, sentences)) return [];
  return mergeByType(detectWith(lexicons, sentences));
}
