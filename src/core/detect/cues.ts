import type { RequestType } from "../types";
import { REQUEST_TYPES } from "../types";
import type { Lexicon, TypeCue } from "./lexicon/types";
import { matchesOf, occurs } from "./lexicon/build";
import { closesPhrase, tokenize, type Token } from "./tokens";

/** A type cue found in a clause. */
export interface CueMatch {
  type: RequestType;
  start: number;
  end: number;
  cue: TypeCue;
}

/** While rules run, things outside the taxonomy ("the invoice for the pilot") take part too. */
interface Candidate extends Omit<CueMatch, "type"> {
  type: RequestType | "outside";
}

/** Bounds the work per clause; a clause naming more things than this is not a human request. */
const MAX_MATCHES = 24;
/** How far apart a noun and what qualifies it may be: "a call tomorrow at 10 to go through the review". */
const TOPIC_REACH = 8;
/** The reach when a purpose infinitive ("to go through") links the two. */
const PURPOSE_REACH = 14;
/** Words between "show me" and the thing it shows: "show me the 24 month pricing". */
const SHOWN_OBJECT_REACH = 3;

function rawMatches(lexicon: Lexicon, clause: string, context: string): Candidate[] {
  const found: Candidate[] = [];
  const outside: TypeCue = { pattern: lexicon.outside };
  for (const type of [...REQUEST_TYPES, "outside" as const]) {
    for (const cue of type === "outside" ? [outside] : lexicon.cues[type]) {
      if (cue.requires && !occurs(cue.requires, context)) continue;
      for (const m of matchesOf(cue.pattern, clause)) {
        const start = m.index ?? 0;
        found.push({ type, start, end: start + m[0].length, cue });
        if (found.length >= MAX_MATCHES) return found;
      }
    }
  }
  return found;
}

/** Keeps the longest of overlapping cues: "penetration test" over "test", "presentación comercial" over "presentación". */
function dropOverlaps(matches: Candidate[]): Candidate[] {
  // On a tie, a cue that matched only in its context ("una presentación … para reenviarla") wins.
  const specific = (m: Candidate): number => (m.cue.requires ? 1 : 0);
  const byLength = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || specific(b) - specific(a) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const m of byLength) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.filter((t) => t.start >= from && t.end <= to);
}

/**
 * "a call to go over the pricing", "details on pricing", "pricing for the pilot", "a proposal
 * including costs": the second cue says what the first is about, it is not a request of its own.
 * `topicOnly` leaves out "including", "from", "with": "the slides from the demo" are slides, while
 * "the executive summary of your pen test" is the pen test.
 */
function isQualifier(
  lexicon: Lexicon,
  tokens: readonly Token[],
  first: Candidate,
  second: Candidate,
  topicOnly = false,
): boolean {
  if (second.start < first.end) return false;
  const gap = wordsBetween(tokens, first.end, second.start);
  const w = lexicon.words;
  // "30 minutes next week with you and our CFO to go through the business case": a purpose
  // infinitive names what the first thing is for, over a longer reach and across "and".
  const purpose = gap.findIndex(
    (t, i) => i > 0 && w.purposeVerbs.has(t.norm) && w.infinitive.has(gap[i - 1].norm),
  );
  // "a call to go through the hosting and the sub-processors": an "and" with only an article
  // after it goes on with what the call goes through; "and a quote", "and also a case study"
  // are a second ask.
  const purposeOnly =
    purpose >= 0 &&
    !gap
      .slice(purpose)
      .some(
        (t, i, after) =>
          w.conjunctions.has(t.norm) && !after.slice(i + 1).every((a) => w.definite?.has(a.norm) === true),
      );
  if (gap.length > (purposeOnly ? PURPOSE_REACH : TOPIC_REACH)) return false;
  // "a proposal reflecting the term and the discount": after "including" the list goes on;
  // otherwise "and" starts a new request ("a quote for 10 users and a case study").
  const conjunction = gap.findIndex((t) => w.conjunctions.has(t.norm));
  const including = topicOnly ? -1 : gap.findIndex((t) => w.listing.has(t.norm));
  // "covering scope, phases and fees": after "including" a comma separates the list's items.
  const listComma = (t: Token, i: number): boolean => including >= 0 && i > including && t.raw.endsWith(",");
  if (gap.some((t, i) => closesPhrase(t) && !listComma(t, i))) return false;
  // "our procurement team would like a copy of the MSA": a new request, not a qualifier.
  if (gap.length > 0 && occurs(lexicon.request, gap.map((t) => t.raw).join(" "))) return false;
  if (purposeOnly && !topicOnly) return true;
  if (conjunction >= 0 && (including < 0 || including > conjunction)) return false;
  const topic = (t: Token): boolean => w.topic.has(t.norm) || w.purposeVerbs.has(t.norm);
  return gap.some((t) => topic(t) || t.norm === w.of || (!topicOnly && w.including.has(t.norm)));
}

/**
 * "pricing details", "proposal deck": two cues with nothing but a space or hyphen between, or one
 * lower-case modifier before a generic noun ("pen test executive summary"); or a title in
 * capitals, "the Information Assurance questionnaire", one or two capitalised words between.
 */
function isCompound(lexicon: Lexicon, clause: string, first: Candidate, second: Candidate): boolean {
  if (first.end > second.start) return false;
  const between = clause.slice(first.end, second.start);
  if (/^[\s-]{0,3}$/.test(between)) return true;
  // "the pen test executive summary": one modifier before a generic noun still makes one thing.
  const modifier = /^ ([\p{Ll}-]{2,20}) $/u.exec(between)?.[1] ?? "";
  const w = lexicon.words;
  const joins = [w.stopBefore, w.determiners, w.conjunctions, w.topic].some((set) => set.has(modifier));
  if (second.cue.weak && modifier !== "" && !joins) return true;
  const capital = (at: number): boolean => /\p{Lu}/u.test(clause[at] ?? "");
  return capital(first.start) && /^ (?:\p{Lu}[\p{L}-]{0,30} ){1,2}$/u.test(between);
}

/**
 * "our Information Governance team", "the Data Protection Office": a generic noun opening a
 * name in capitals mid-clause names a team or an office, not a thing to send.
 */
function opensName(clause: string, m: Candidate): boolean {
  if (!m.cue.weak || m.start === 0 || !/\p{Lu}/u.test(clause[m.start])) return false;
  return /^ \p{Lu}\p{Ll}/u.test(clause.slice(m.end, m.end + 3));
}

function isRequest(m: Candidate): m is CueMatch {
  return m.type !== "outside";
}

/**
 * The request types a clause names, one match per mention, after the rules that keep a word from
 * standing in for another: a demo or reference call is not a separate meeting, "more details on
 * pricing" is pricing, a "proposal deck" is a deck, and what follows "for", "about" or
 * "including" qualifies the thing before it.
 */
export function findCues(lexicon: Lexicon, clause: string, sentence: string = clause): CueMatch[] {
  let matches = dropOverlaps(rawMatches(lexicon, clause, sentence)).filter((m) => !opensName(clause, m));
  if (matches.length >= 2) {
    const tokens = tokenize(clause);
    if (matches.some((m) => m.type === "demo" || m.type === "references")) {
      matches = matches.filter((m) => m.type !== "meeting");
    }
    // "show me the 24 month pricing", "walk me through the case studies": the verb hands over
    // the thing its object names, it does not ask for a demo.
    matches = matches.filter(
      (m) =>
        !(m.type === "demo" && m.cue.takesObject) ||
        !matches.some(
          (o) =>
            o.type !== "demo" &&
            o.type !== "meeting" &&
            o.start >= m.end &&
            wordsBetween(tokens, m.end, o.start).length <= SHOWN_OBJECT_REACH,
        ),
    );
    const specific = (m: Candidate, other: Candidate): boolean => other.type !== m.type && !other.cue.weak;
    matches = matches.filter(
      (m) =>
        !m.cue.weak ||
        !matches.some(
          (o) =>
            specific(m, o) && (isQualifier(lexicon, tokens, m, o, true) || isCompound(lexicon, clause, o, m)),
        ),
    );
    matches = matches.filter(
      (m) => !matches.some((next) => specific(m, next) && isCompound(lexicon, clause, m, next)),
    );
    matches = matches.filter(
      (m) =>
        !matches.some((o) => o.type !== m.type && o.cue.holds !== true && isQualifier(lexicon, tokens, o, m)),
    );
  }
  return matches.filter(isRequest);
}
