import { matchesOf, occurs } from "./lexicon/build";
import type { Lexicon } from "./lexicon/types";

/**
 * Cuts a sentence into clauses so negation, thanks and past tense apply to their own clause only:
 * "Thanks for the demo yesterday — could you send pricing?" asks for pricing.
 */

export interface Clause {
  text: string;
  /** Offset of the clause in its sentence. */
  offset: number;
  /** Opened by "so we can", "before", …: a reason or a time, never a request of its own. */
  subordinate: boolean;
  /** Opened by "but", "however": it may set an alternative against the clause before. */
  contrast: boolean;
  /** Inside parentheses: "(the PDF you sent can't be redlined)" is an aside on the thing before. */
  aside: boolean;
}

type CutKind = "punctuation" | "contrast" | "subordinate";

interface Cut {
  at: number;
  /** Characters dropped at the cut (the comma, the "but"). */
  skip: number;
  kind: CutKind;
}

const PUNCTUATION = ",;:()";
/** Words a dependent clause holds before a main clause can follow it without a comma. */
const MIN_DEPENDENT_WORDS = 3;
/** Words a main clause released from a dependent one needs: a request cue and its object. */
const MIN_MAIN_WORDS = 3;
const DASHES = "—–";

function punctuationCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (PUNCTUATION.includes(ch) && (next === undefined || next === " " || ch === "(" || ch === ")")) {
      cuts.push({ at: i, skip: 1, kind: "punctuation" });
    } else if (DASHES.includes(ch) || (ch === "-" && text[i - 1] === " " && next === " ")) {
      cuts.push({ at: i, skip: 1, kind: "punctuation" });
    }
  }
  return cuts;
}

function wordCuts(text: string, pattern: RegExp, kind: CutKind): Cut[] {
  const cuts: Cut[] = [];
  for (const m of matchesOf(pattern, text)) {
    cuts.push({ at: m.index ?? 0, skip: kind === "contrast" ? m[0].length : 0, kind });
  }
  return cuts;
}

/** Whether more parentheses open than close before the offset. */
function insideParentheses(sentence: string, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    if (sentence[i] === "(") depth++;
    else if (sentence[i] === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

function listsOn(lexicon: Lexicon, clause: string): boolean {
  return clause
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => lexicon.words.listing.has(word));
}

export function splitClauses(sentence: string, lexicon: Lexicon): Clause[] {
  const cuts = [
    ...punctuationCuts(sentence),
    ...wordCuts(sentence, lexicon.contrast, "contrast"),
    ...wordCuts(sentence, lexicon.subordinate, "subordinate"),
  ].sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let start = 0;
  let subordinate = false;
  let contrast = false;
  const close = (end: number): void => {
    const raw = sentence.slice(start, end);
    const text = raw.trim();
    if (/[\p{L}\p{N}]/u.test(text)) {
      const offset = start + raw.indexOf(text);
      clauses.push({ text, offset, subordinate, contrast, aside: insideParentheses(sentence, offset) });
    }
  };
  for (const cut of cuts) {
    if (cut.at < start) continue;
    // "a write-up covering scope, phases and fees": after "covering" the commas separate the list,
    // unless an imperative follows ("an updated DPA reflecting the new sub-processors, send it").
    if (
      sentence[cut.at] === "," &&
      listsOn(lexicon, sentence.slice(start, cut.at)) &&
      !lexicon.imperative.test(sentence.slice(cut.at + 1).trimStart())
    ) {
      continue;
    }
    close(cut.at);
    start = cut.at + cut.skip;
    // A dependent clause runs to the next punctuation or contrast word, whichever comes first.
    subordinate = cut.kind === "subordinate";
    contrast = cut.kind === "contrast";
  }
  close(sentence.length);
  return clauses.flatMap((c) => releaseMainClause(lexicon, c));
}

/**
 * "Before we can proceed we need a security assessment": without a comma the dependent clause
 * swallows the main one; a request cue inside it marks where the main clause starts.
 */
function releaseMainClause(lexicon: Lexicon, clause: Clause): Clause[] {
  // "so you shouldn't need to send anything else": the refusal holds the verb; nothing is released.
  if (!clause.subordinate || occurs(lexicon.negation, clause.text)) return [clause];
  const at = clause.text.search(lexicon.request);
  // The dependent clause needs its own subject and verb first ("before we can proceed"); a cue
  // right after the subordinator is the dependent clause's own verb ("if you want to call").
  if (at <= 0 || clause.text.slice(0, at).trim().split(/\s+/).length < MIN_DEPENDENT_WORDS) return [clause];
  // "… everything we need.": a verb with nothing after it is the dependent clause's own end.
  if (clause.text.slice(at).trim().split(/\s+/).length < MIN_MAIN_WORDS) return [clause];
  return [
    { ...clause, text: clause.text.slice(0, at).trim() },
    {
      ...clause,
      text: clause.text.slice(at),
      offset: clause.offset + at,
      subordinate: false,
      contrast: false,
    },
  ];
}
