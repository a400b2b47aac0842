import type { Addressees, DetectedLanguage, DetectedRequest, RequestType } from "../types";
import { turnedAway } from "./addressed";
import { splitClauses, type Clause } from "./clauses";
import { findCues, type CueMatch } from "./cues";
import { extractItem, standsAlone } from "./item";
import { occurs } from "./lexicon/build";
import { lexiconsFor } from "./lexicon";
import type { Lexicon } from "./lexicon/types";
import { respell } from "./respell";
import { splitSentences, type Sentence } from "./segment";
import { plainText, tokenize } from "./tokens";
import { handsOver, readFieldWords, readUnnamedAsk, type AskKind, type UnnamedRequest } from "./unnamed";

/** A found request's order: its sentence's index times this, plus its offset in the sentence. */
const SENTENCE_ORDER = 10_000;
/** Evidence longer than this is cut to a window around the request. */
export const MAX_EVIDENCE = 300;
/**
 * Only the start of a longer text is read: a hand-written message that asks for something is a
 * few kilobytes, and the bound keeps the task pane responsive on a pasted megabyte.
 */
export const MAX_TEXT = 32 * 1024;

/**
 * How a found thing stands to what was asked before: "back" for "the documents" after named
 * ones, "adds" for what goes into an earlier document ("please also include your payment terms").
 */
type Reference = "none" | "back" | "adds";

/** Requests a later "include" or "reflect" can add to: documents, not a demo or a call. */
const DOCUMENTS: ReadonlySet<RequestType> = new Set(["pricing", "proposal", "contract", "information"]);

interface Found extends DetectedRequest {
  /** Where the request starts: sentence index, then offset, so several lexicons merge in text order. */
  order: number;
  /** Higher for items built from the message's own nouns, and for fuller phrases. */
  score: number;
  /** Found only through a length of time ("45 minutes should do"). */
  duration: boolean;
  /**
   * A generic noun with a definite article ("the documents") or a thing with no name ("get me
   * something by Friday"): what was asked for before, if anything was.
   */
  reference: Reference;
}

interface ClauseState {
  clause: Clause;
  /** The clause has a request cue of its own. */
  own: boolean;
  asks: boolean;
  negated: boolean;
  /** "Thanks for the demo on Friday": what it names is had, not wanted. */
  thanked: boolean;
  blocked: boolean;
}

/** The last clause that named request types, for "can you resend it?" a clause later. */
interface Mention {
  clause: string;
  cues: CueMatch[];
  thanked?: boolean;
}

function forget(carry: Carry): void {
  carry.mention = null;
  carry.singular = null;
}

/** Every thing the mention names is plural ("case studies", "logins"): "it" stands for none of them. */
function namesOnlyPlurals(lexicons: readonly Lexicon[], mention: Mention): boolean {
  return mention.cues.every((cue) => {
    const named = mention.clause.slice(cue.start, cue.end);
    return lexicons.some((l) => l.words.plural !== undefined && l.words.plural.test(named));
  });
}

/** The pronoun at `at` stands for one thing: "it", not "them". */
function singularAt(lexicons: readonly Lexicon[], clause: string, at: number): boolean {
  const word = tokenize(clause.slice(at))[0]?.norm ?? "";
  return lexicons.some((l) => l.words.singularPronouns?.has(word) === true);
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
  const thanked = any(lexicons, (l) => l.thanks, text);
  const blocked = negated || thanked || (!own && any(lexicons, (l) => l.past, text));
  return { clause, own, asks: own && !clause.subordinate, negated, thanked, blocked };
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

/**
 * "Can you resend it?", "we'd need to see that before this goes further": a pronoun, or an article
 * standing alone (at the end, or before a word no noun phrase holds), points at what came before.
 */
function pointsBack(
  lexicons: readonly Lexicon[],
  clause: string,
): { kind: "pronoun" | "article"; at: number } | null {
  const tokens = tokenize(clause);
  // "talk it through", "go over them": what is discussed is a topic, not a thing to hand over.
  const discussed = (i: number): boolean =>
    i > 0 && lexicons.some((l) => l.words.purposeVerbs.has(tokens[i - 1].norm));
  // "Is it possible to speak with another hotel …": the "it" stands for what follows.
  const expletive = (i: number): boolean => {
    const next = tokens[i + 1]?.norm === "be" ? tokens[i + 2] : tokens[i + 1];
    return lexicons.some((l) => l.words.expletive?.has(next?.norm ?? "") === true);
  };
  // "how you stack up against both of them": the others compared with, not the thing asked for.
  const compared = (i: number): boolean =>
    tokens
      .slice(Math.max(0, i - 3), i)
      .some((t) => lexicons.some((l) => l.words.comparedWith?.has(t.norm) === true));
  const pronoun = tokens.findIndex(
    (t, i) =>
      lexicons.some((l) => l.words.anaphora.has(t.norm)) && !discussed(i) && !expletive(i) && !compared(i),
  );
  if (pronoun >= 0) return { kind: "pronoun", at: tokens[pronoun].start };
  const article = tokens.findIndex((_, i) => lexicons.some((l) => standsAlone(l, tokens, i)));
  if (article >= 0) return { kind: "article", at: tokens[article].start };
  for (const l of lexicons) {
    const at = l.elided ? clause.search(l.elided) : -1;
    if (at >= 0) return { kind: "pronoun", at };
  }
  return null;
}

/** Whether a conjunction stands between the cue and a field word after it. */
function joinedBefore(
  lexicons: readonly Lexicon[],
  clause: string,
  cue: CueMatch,
  fields: readonly UnnamedRequest[],
): boolean {
  const tokens = tokenize(clause);
  // "the details of where …": a generic noun followed by "of" or "on" is about what follows.
  const next = tokens.find((t) => t.start >= cue.end);
  const about =
    next !== undefined && lexicons.some((l) => l.words.of === next.norm || l.words.topic.has(next.norm));
  if (about && next.norm !== "for") return false;
  return fields.some((u) => {
    const between = tokens.filter((t) => t.start >= cue.end && t.end <= u.start);
    const conjunction = between.findIndex((t) => lexicons.some((l) => l.words.conjunctions.has(t.norm)));
    if (conjunction < 0) return false;
    // "a call with you and Dan to discuss the partnership terms": what the call is for.
    const purpose = between.some(
      (t, i) =>
        i > conjunction &&
        lexicons.some((l) => l.words.purposeVerbs.has(t.norm) && l.words.infinitive.has(between[i - 1].norm)),
    );
    return !purpose;
  });
}

/** Whether a pointing word ("both", "these") comes right before one of the cues. */
function afterPointer(lexicons: readonly Lexicon[], clause: string, cues: readonly CueMatch[]): boolean {
  const tokens = tokenize(clause);
  return cues.some((cue) => {
    const before = tokens.filter((t) => t.end <= cue.start).pop();
    return before !== undefined && lexicons.some((l) => l.words.anaphora.has(before.norm));
  });
}

/** "…, including:", "covering:": a list of what the thing before the colon holds. */
function introducesContents(lexicon: Lexicon, sentence: string): boolean {
  const words = tokenize(sentence.replace(/:\s*$/, ""));
  const last = words[words.length - 1]?.norm ?? "";
  return lexicon.words.listing.has(last) || lexicon.words.including.has(last);
}

/** Whether the clause's first word is in the word set a lexicon picks ("mainly", "if"). */
function opensWith(
  lexicons: readonly Lexicon[],
  clause: string,
  pick: (words: Lexicon["words"]) => ReadonlySet<string> | undefined,
): boolean {
  const first = tokenize(clause)[0]?.norm ?? "";
  return lexicons.some((l) => pick(l.words)?.has(first) === true);
}

/**
 * "a 30-minute call with you - and whoever handles billing - to go through the pricing
 * structure": an aside cut the call from what it is for, which is its topic, not a request.
 */
function isPurposeOfEarlier(lexicons: readonly Lexicon[], s: SentenceReading, c: number): boolean {
  if (c === 0 || !s.namedIn.slice(0, c).some((named) => named.length > 0)) return false;
  const tokens = tokenize(s.states[c].clause.text);
  if (tokens.length < 2) return false;
  return lexicons.some(
    (l) => l.words.infinitive.has(tokens[0].norm) && l.words.purposeVerbs.has(tokens[1].norm),
  );
}

function evidenceFor(sentence: string, at: number): string {
  if (sentence.length <= MAX_EVIDENCE) return sentence;
  const from = Math.max(0, Math.min(at - 100, sentence.length - MAX_EVIDENCE));
  return sentence.slice(from, from + MAX_EVIDENCE).trim();
}

function greetingOf(lexicons: readonly Lexicon[], sentence: string): string {
  for (const lexicon of lexicons) {
    const m = lexicon.greeting.exec(sentence);
    if (m) return m[0];
  }
  return "";
}

function stripGreeting(lexicons: readonly Lexicon[], sentence: string): string {
  return sentence.slice(greetingOf(lexicons, sentence).length).trim();
}

/** Whether the list items that follow this sentence inherit its request ("Could you send:"). */
function opensList(
  lexicons: readonly Lexicon[],
  states: readonly ClauseState[],
  sentence: Sentence,
): boolean {
  // "As discussed, a few follow-ups:": a past-tense aside does not stop the list, a refusal does.
  if (states.some((s) => s.negated || (s.blocked && !s.clause.subordinate))) return false;
  if (lexicons.some((l) => l.changeList !== undefined && occurs(l.changeList, sentence.text))) return false;
  if (states.some((s) => s.asks)) return true;
  return sentence.intro && !lexicons.some((l) => l.reports !== undefined && occurs(l.reports, sentence.text));
}

interface UnnamedContext {
  sentence: string;
  states: readonly ClauseState[];
  index: number;
  /** The clause asks and points back ("that would help") at nothing a cue named. */
  pointing: boolean;
  /** The clause asks by its own words. */
  asks: boolean;
  /** A bullet of a list that asks, or a fragment after a request. */
  listed: boolean;
  /** The list's opening asks to be handed something ("Could you send:"). */
  handedOver: boolean;
  /** A bullet's opening clause, whose thing may go without an article ("- uptime history"). */
  bare: boolean;
}

/** The texts an ask with no type is read from, in order, and how: the first that names something wins. */
function unnamedSources(c: UnnamedContext): { clause: Clause; kind: AskKind }[] {
  const clause = c.states[c.index].clause;
  if (!c.asks) {
    if (!c.listed) return [];
    return [{ clause, kind: !c.handedOver ? "fields" : c.bare ? "listed" : "fragment" }];
  }
  const sources: { clause: Clause; kind: AskKind }[] = [{ clause, kind: "own" }];
  // "If it would help I can also share our process map, just say the word": what the prospect
  // offers or turns down before is nothing to point at.
  const refusedBefore = c.states.slice(0, c.index).some((state) => state.negated);
  if (c.pointing && clause.offset > 0 && !refusedBefore) {
    // What it points at is everything before, across commas: "if you have any write-up of how
    // another charity, ideally a smaller one, got on with it - that would really help".
    const text = c.sentence.slice(0, clause.offset).trim();
    sources.push({ clause: { ...clause, text, offset: 0 }, kind: "own" });
  }
  return sources;
}

/** What carries from one sentence to the next. */
interface Carry {
  /** The bullets that follow inherit the request of the sentence that opened them. */
  listAsks: boolean;
  /** ... and that sentence asked to be handed something ("Could you send:"). */
  listHandsOver: boolean;
  /** The last clause that named types, for "can you resend it?". */
  mention: Mention | null;
  /** The last that named a thing "it" can stand for: not "plenty of case studies". */
  singular: Mention | null;
  previousAsked: boolean;
}

const FRESH_CARRY: Readonly<Carry> = {
  listAsks: false,
  listHandsOver: false,
  mention: null,
  singular: null,
  previousAsked: false,
};

/** One sentence, read once for all its clauses. */
interface SentenceReading {
  index: number;
  /** The sentence as written, for evidence; `text` is it respelled, for reading. */
  original: string;
  text: string;
  toOriginal(offset: number): number;
  states: ClauseState[];
  namedIn: CueMatch[][];
  /** A clause that asks names a type other than a call: the cues alone read the sentence. */
  named: boolean;
  asks: boolean;
  /** "Could you send the proposal? And the SOC 2 report." continues the request before it. */
  continues: boolean;
  /** Every clause may ask: the sentence asks, is a question, continues, or is a listed bullet. */
  inherited: boolean;
  listedBullet: boolean;
  bulletHandedOver: boolean;
}

function readSentence(
  lexicons: readonly Lexicon[],
  sentence: Sentence,
  index: number,
  carry: Carry,
): SentenceReading {
  const primary = lexicons[0];
  const original = stripGreeting(lexicons, sentence.text);
  const { text, toOriginal } = respell(primary, original);
  const states = splitClauses(text, primary).map((c) => readClause(lexicons, c));
  const namedIn = states.map((s) => findAllCues(lexicons, s.clause.text, text));
  // "Is SSO included, and could you send the documentation?" asks for documentation only.
  const named = states.some(
    (s, c) => !s.blocked && !s.clause.subordinate && namedIn[c].some((n) => n.type !== "meeting"),
  );
  const asks = states.some((s) => s.asks && !s.blocked);
  const continues = carry.previousAsked && followsUp(lexicons, text);
  const listedBullet = sentence.bullet && !sentence.heading && carry.listAsks;
  const reading: SentenceReading = {
    index,
    original,
    text,
    toOriginal,
    states,
    namedIn,
    named,
    asks,
    continues,
    inherited: asks || text.endsWith("?") || continues || listedBullet,
    listedBullet,
    bulletHandedOver: listedBullet && carry.listHandsOver,
  };
  // A second sentence inside a list item ("Doesn't need to be a formal quote.") keeps the list.
  if (!sentence.listItem) {
    carry.listAsks = opensList(lexicons, states, sentence);
    // "a formal proposal …, including:" lists the proposal's contents, not things to hand over.
    carry.listHandsOver = carry.listAsks && handsOver(lexicons, text) && !introducesContents(primary, text);
  }
  carry.previousAsked = asks || continues;
  return reading;
}

function followsUp(lexicons: readonly Lexicon[], text: string): boolean {
  return lexicons.some((l) => l.followUp.test(text));
}

/**
 * "Si vous avez des cas clients à partager, je suis preneuse", "wäre es hilfreich, wenn Sie die
 * Lösung in einer Online-Demo vorstellen könnten": a request that names nothing asks for what
 * the condition beside it names, unless the condition is the rep's need ("if you need").
 */
function conditionBeside(lexicons: readonly Lexicon[], s: SentenceReading, c: number): Mention | null {
  for (const other of [c - 1, c + 1]) {
    const state = s.states[other];
    if (!state || !state.clause.subordinate || state.own || state.blocked) continue;
    if (s.namedIn[other].length === 0 || !conditionNear(lexicons, state.clause.text)) continue;
    return { clause: state.clause.text, cues: s.namedIn[other] };
  }
  return null;
}

/** How far into a clause its condition may start: "before going further if we could …". */
const CONDITION_REACH = 4;

function conditionNear(lexicons: readonly Lexicon[], clause: string): boolean {
  return tokenize(clause)
    .slice(0, CONDITION_REACH)
    .some((t) => lexicons.some((l) => l.words.conditions?.has(t.norm) === true));
}

/**
 * Neither a detail nor the scene a sentence opens with ("Suite à notre échange, …", "Further to
 * our call, …") is what a later "it" or "that" points at; "If you have a reference we could
 * speak to, that would help" holds the thing.
 */
function namesAntecedent(lexicons: readonly Lexicon[], s: SentenceReading, state: ClauseState): boolean {
  const { clause } = state;
  const scene =
    clause.subordinate && clause.offset === 0 && s.states.length > 1 && !handsOver(lexicons, clause.text);
  return !scene && !clause.aside && !opensWith(lexicons, clause.text, (w) => w.details);
}

/** Where a sentence's requests go. */
interface SentenceOutput {
  add(
    type: RequestType,
    item: string,
    at: number,
    score: number,
    duration: boolean,
    reference?: Reference,
  ): void;
  /** The types found in this sentence so far, in order. */
  typesSoFar(): RequestType[];
}

/** The requests of one clause: by its cues, by what it points back at, or by the second reading. */
function readClauseRequests(
  lexicons: readonly Lexicon[],
  s: SentenceReading,
  c: number,
  carry: Carry,
  alternative: boolean,
  out: SentenceOutput,
): void {
  const state = s.states[c];
  const named = s.namedIn[c];
  const { mention: previous, singular } = carry;
  // A refusal of what was named before ("…, which I told them is premature") leaves nothing to
  // point at; one that names its own thing ("they don't need logins") refuses only that: "thanks
  // for the quote … can you redo it for 12 users" still points at the quote.
  const refusesOwn = named.length > 0 || readFieldWords(lexicons, state.clause.text, s.text).length > 0;
  if (state.negated && !refusesOwn) forget(carry);
  else if (!state.negated && named.length > 0 && namesAntecedent(lexicons, s, state)) {
    carry.mention = { clause: state.clause.text, cues: named, thanked: state.thanked };
    if (!namesOnlyPlurals(lexicons, carry.mention)) carry.singular = carry.mention;
  }
  if (state.blocked || state.clause.subordinate || !(state.asks || s.inherited || alternative)) return;
  if (isPurposeOfEarlier(lexicons, s, c)) return;
  // "legal signed off on the pilot scope, …, can you send over your SSO guide": a clause that
  // states something of its own asks only by its own words.
  if (
    !state.asks &&
    !alternative &&
    lexicons.some((l) => l.statement !== undefined && l.statement.test(state.clause.text))
  )
    return;
  // "(the PDF you sent can't be redlined)": an aside asks for nothing unless it says so itself.
  if (state.clause.aside && !state.asks) return;
  // "Can you reissue it with 45 seats at the same per-seat rate" points back; "what this is
  // going to run us" and "hear from a couple of hospitals that already run it" name their own
  // thing through field words first.
  // "Both documents must be received by Friday": a generic noun after "both" or "these" is the
  // things named before, not a new request.
  const generic = named.length > 0 && named.every((n) => n.cue.weak);
  const pointer =
    state.asks && (named.length === 0 || (generic && afterPointer(lexicons, state.clause.text, named)))
      ? pointsBack(lexicons, state.clause.text)
      : null;
  const ownFirst = (at: number): boolean =>
    readFieldWords(lexicons, state.clause.text, s.text).some((u) => u.start < at);
  const pointing = pointer !== null && !ownFirst(pointer.kind === "article" ? Infinity : pointer.at);
  // "Just the sandbox, thanks – we've read plenty of case studies. Could you set it up?"
  const antecedent =
    pointer !== null &&
    previous !== null &&
    namesOnlyPlurals(lexicons, previous) &&
    singularAt(lexicons, state.clause.text, pointer.at)
      ? (singular ?? previous)
      : previous;
  // "Thanks for the demo on Friday. … the main thing I need is …": "it" may stand for what was
  // thanked for, a generic noun does not.
  const borrowed =
    pointing && antecedent !== null && !(pointer.kind === "article" && antecedent.thanked === true);
  // "Both documents must be received by Friday" with nothing named before: nothing to ask for.
  if (pointing && generic && !borrowed) return;
  const condition = state.asks && named.length === 0 && !borrowed ? conditionBeside(lexicons, s, c) : null;
  const source: Mention =
    borrowed && antecedent ? antecedent : (condition ?? { clause: state.clause.text, cues: named });
  // "the details of where our data would be hosted": a generic noun gives way to a field word;
  // "a phone call with two grocers of similar size": a call with customers is a reference call.
  const vague = source.cues.length > 0 && source.cues.every((n) => n.cue.weak);
  const call = source.cues.length > 0 && source.cues.every((n) => n.type === "meeting");
  const fields =
    vague || call
      ? readFieldWords(lexicons, source.clause, s.text).filter(
          (u) => vague || u.type === "references" || u.type === "demo",
        )
      : [];
  for (const u of fields) {
    const at = state.clause.offset + (borrowed ? 0 : u.start);
    out.add(
      u.type,
      u.item,
      at,
      u.item.length,
      false,
      addsTo(lexicons, source.clause, u.start) ? "adds" : "none",
    );
  }
  // "the product documentation … along with the commercials": a generic noun joined to the field
  // word by "and" is a thing of its own, not what the field word qualifies.
  if (vague && fields.length > 0 && !borrowed) {
    for (const cue of source.cues.filter((n) => joinedBefore(lexicons, source.clause, n, fields))) {
      out.add(
        cue.type,
        extractItem(lexicons[0], source.clause, cue, source.cues),
        state.clause.offset + cue.start,
        0,
        false,
      );
    }
  }
  if (fields.length === 0 && source.cues.length > 0) {
    for (const cue of source.cues) {
      const item = extractItem(lexicons[0], source.clause, cue, source.cues);
      const at = state.clause.offset + (borrowed ? 0 : cue.start);
      const score = (cue.cue.item === undefined ? 100 : 0) + (cue.cue.weak ? 0 : 50) + item.length;
      out.add(
        cue.type,
        item,
        at,
        score,
        cue.cue.duration === true,
        referenceOf(lexicons, cue, item, source.clause, cue.start),
      );
    }
    // "the admin guide … along with the commercials for 80 users": a field word joined after the
    // last cue by "and" is a second thing asked for.
    if (!borrowed) {
      const last = source.cues[source.cues.length - 1];
      const joined = readFieldWords(lexicons, source.clause, s.text).filter(
        (u) => u.start >= last.end && !source.cues.some((n) => n.type === u.type),
      );
      for (const u of joined.filter((u) => joinedBefore(lexicons, source.clause, last, [u]))) {
        out.add(u.type, u.item, state.clause.offset + u.start, u.item.length, false);
      }
    }
    return;
  }
  if (s.named || fields.length > 0) return;
  readUnnamed(lexicons, s, c, carry, { pointing, asks: state.asks || alternative }, out);
}

/** The second reading of a clause that asks but names no type (`unnamed.ts`). */
function readUnnamed(
  lexicons: readonly Lexicon[],
  s: SentenceReading,
  c: number,
  carry: Carry,
  how: { pointing: boolean; asks: boolean },
  out: SentenceOutput,
): void {
  const clauseText = s.states[c].clause.text;
  // A fragment after a request ("And your uptime history."), or a clause opened by "and" after one.
  const fragment = s.asks ? followsUp(lexicons, clauseText) : s.continues;
  // A bullet's own thing opens it: "(Bayview, Marina, Eastgate …)" later in it is detail.
  const listed = (s.listedBullet && (c === 0 || followsUp(lexicons, clauseText))) || fragment;
  const sources = unnamedSources({
    sentence: s.text,
    states: s.states,
    index: c,
    pointing: how.pointing,
    asks: how.asks,
    listed,
    handedOver: !s.listedBullet || s.bulletHandedOver,
    bare: s.listedBullet && c === 0,
  });
  // "the attestation …, plus a bridge letter": a fragment with no type of its own is more of
  // what the sentence already asked for.
  const types = out.typesSoFar();
  const before = types.length > 0 ? types[types.length - 1] : null;
  for (const source of sources) {
    const read = readUnnamedAsk(lexicons, source.clause.text, s.text, source.kind);
    if (read.length === 0) continue;
    for (const u of read) {
      const type = fragment && before && u.type === "information" ? before : u.type;
      const reference: Reference =
        u.indefinite === true ? "back" : addsTo(lexicons, source.clause.text, u.start) ? "adds" : "none";
      out.add(type, u.item, source.clause.offset + u.start, u.item.length, false, reference);
    }
    // What a later "one or two" points at is this, not an older cue.
    forget(carry);
    return;
  }
}

/**
 * Reads the sentences with the message's lexicon (first) and the ones it borrows from. Clause
 * structure and items follow the message's language; cues, requests and blockers come from all.
 */
function detectWith(
  lexicons: readonly Lexicon[],
  sentences: readonly Sentence[],
  addressees: Addressees,
): Found[] {
  const found: Found[] = [];
  const carry: Carry = { ...FRESH_CARRY };
  const away = turnedAway(sentences, (text) => greetingOf(lexicons, text), addressees);
  sentences.forEach((sentence, index) => {
    if (away[index]) {
      Object.assign(carry, FRESH_CARRY);
      return;
    }
    const sentenceStart = found.length;
    const s = readSentence(lexicons, sentence, index, carry);
    const out: SentenceOutput = {
      add: (type, item, at, score, duration, reference = "none") => {
        const evidence = evidenceFor(s.original, s.toOriginal(at));
        found.push({
          type,
          item,
          evidence,
          order: index * SENTENCE_ORDER + at,
          score,
          duration,
          reference,
        });
      },
      typesSoFar: () => found.slice(sentenceStart).map((f) => f.type),
    };
    // "We don't need the proposal, just a rough quote" / "…, but a quote": the need carries over.
    let refusedAsk = false;
    const clauseStarts: number[] = [];
    const alternatives: boolean[] = [];
    s.states.forEach((state, c) => {
      const alternative = refusedAsk && (state.clause.contrast || followsUp(lexicons, state.clause.text));
      if (state.negated && state.own) refusedAsk = true;
      clauseStarts.push(found.length);
      alternatives.push(alternative);
      readClauseRequests(lexicons, s, c, carry, alternative, out);
    });
    dropRefused(lexicons, s, found, sentenceStart, clauseStarts, alternatives);
    dropMedium(s, found, sentenceStart, clauseStarts);
  });
  return found;
}

/** "…, and I'll come back to you" adds a step; "…, but I don't have the bandwidth" sets against. */
function joinedByConjunction(lexicons: readonly Lexicon[], s: SentenceReading, c: number): boolean {
  const before = tokenize(s.text.slice(0, s.states[c].clause.offset));
  const word = before[before.length - 1]?.norm ?? "";
  return lexicons.some((l) => l.words.conjunctions.has(word));
}

/**
 * "No need for another call just yet – … then we can regroup": a type the sentence turns down is
 * asked for nowhere else in it but in an alternative ("…, just a rough quote"). "Lisa asked me to
 * get on a call with your engineer but I don't have the bandwidth" turns down what came before.
 */
function dropRefused(
  lexicons: readonly Lexicon[],
  s: SentenceReading,
  found: Found[],
  sentenceStart: number,
  clauseStarts: readonly number[],
  alternatives: readonly boolean[],
): void {
  const refused = new Set<RequestType>();
  let refusedBefore = -1;
  s.states.forEach((state, c) => {
    if (!state.negated) return;
    // "We already signed the NDA; please send the MSA" says what they have, refusing nothing.
    // "Can you send a ballpark, doesn't need to be a formal quote" says what the ask need not be.
    const describes = lexicons.some(
      (l) => l.needNotBe !== undefined && occurs(l.needNotBe, state.clause.text),
    );
    if (state.own && !describes) for (const n of s.namedIn[c]) refused.add(n.type);
    if (state.clause.contrast && s.namedIn[c].length === 0 && !joinedByConjunction(lexicons, s, c)) {
      refusedBefore = c;
    }
  });
  if (refused.size === 0 && refusedBefore < 0) return;
  const clauseOf = clauseIndex(clauseStarts);
  const kept = found.slice(sentenceStart).filter((f, k) => {
    const c = clauseOf(sentenceStart + k);
    return c >= refusedBefore && (alternatives[c] || !refused.has(f.type));
  });
  found.splice(sentenceStart, found.length - sentenceStart, ...kept);
}

/** Which clause of its sentence a found request came from, by where each clause's finds start. */
function clauseIndex(clauseStarts: readonly number[]): (i: number) => number {
  return (i) => {
    let c = 0;
    while (c + 1 < clauseStarts.length && clauseStarts[c + 1] <= i) c++;
    return c;
  };
}

/**
 * "… show me how the clients make booking online, maybe on video call": a call named in a later
 * clause of a sentence that asks for a demo or a reference, without an ask of its own, is how
 * that call is held.
 */
function dropMedium(
  s: SentenceReading,
  found: Found[],
  sentenceStart: number,
  clauseStarts: readonly number[],
): void {
  const clauseOf = clauseIndex(clauseStarts);
  const ours = found.slice(sentenceStart);
  const callAt = ours.findIndex((f) => f.type === "demo" || f.type === "references");
  if (callAt < 0) return;
  const callClause = clauseOf(sentenceStart + callAt);
  const kept = ours.filter((f, k) => {
    const c = clauseOf(sentenceStart + k);
    return f.type !== "meeting" || c <= callClause || s.states[c].own;
  });
  found.splice(sentenceStart, found.length - sentenceStart, ...kept);
}

function holds(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.toLowerCase().includes(shorter.toLowerCase());
}

/** "A live run-through of the route planner? 45 minutes should do.": the length of the demo. */
function dropDurations(found: readonly Found[]): Found[] {
  const call = found.some((f) => f.type === "demo" || f.type === "references");
  return call ? found.filter((f) => !(f.type === "meeting" && f.duration)) : [...found];
}

/** "the documents", "your documents": a determiner and the generic noun. */
function referenceOf(
  lexicons: readonly Lexicon[],
  cue: CueMatch,
  item: string,
  clause: string,
  at: number,
): Reference {
  if (refersBack(lexicons, cue, item, clause.slice(cue.end))) return "back";
  return addsTo(lexicons, clause, at) ? "adds" : "none";
}

/**
 * "Please also include your payment terms", "it needs to reflect the 15% discount": what goes
 * into the thing asked for before, not a second request, once something was asked for.
 */
function addsTo(lexicons: readonly Lexicon[], clause: string, at: number): boolean {
  return lexicons.some((l) => {
    if (!l.addsTo) return false;
    const match = new RegExp(l.addsTo.source, "iu").exec(clause);
    return match !== null && match.index < at;
  });
}

/** "the executive summary (is fine)": a longer phrase still refers back when it settles for it. */
const MAX_SETTLING_WORDS = 4;
const MAX_BACK_REFERENCE_WORDS = 2;

function refersBack(lexicons: readonly Lexicon[], cue: CueMatch, item: string, after: string): boolean {
  if (cue.type !== "information" || !cue.cue.weak) return false;
  // "the materials which explain the system configuration", "the details on hosting".
  const next = tokenize(after)[0]?.norm ?? "";
  const said = (pick: (w: Lexicon["words"]) => ReadonlySet<string> | undefined): boolean =>
    lexicons.some((l) => pick(l.words)?.has(next) === true);
  if (said((w) => w.topic) || said((w) => w.including) || said((w) => w.relatives)) return false;
  // "The validation package documentation you mentioned" names a thing of its own; "the
  // executive summary is fine" settles for less of what was asked.
  const tokens = tokenize(item);
  const settles = lexicons.some((l) => l.suffices !== undefined && l.suffices.test(after));
  if (tokens.length > (settles ? MAX_SETTLING_WORDS : MAX_BACK_REFERENCE_WORDS)) return false;
  const first = tokens[0]?.norm ?? "";
  return lexicons.some((l) => l.words.definite?.has(first) === true);
}

/** "I'd need the documents by Friday", after the MSA and the DPA were asked for: those documents. */
function dropBackReferences(found: readonly Found[]): Found[] {
  const before = (f: Found, o: Found): boolean => o.type !== f.type && o.order < f.order;
  return found.filter((f) => {
    if (f.reference === "back") return !found.some((o) => before(f, o));
    if (f.reference === "adds") return !found.some((o) => before(f, o) && DOCUMENTS.has(o.type));
    return true;
  });
}

function sentenceOf(f: Found): number {
  return Math.floor(f.order / SENTENCE_ORDER);
}

function offsetOf(f: Found): number {
  return f.order % SENTENCE_ORDER;
}

/** Sentences apart a call may be and still be the reference call asked for just before. */
const REFERENCE_CALL_REACH = 2;

/**
 * "Could you put me in touch with one or two of your customers? A 30-minute call with their HR
 * lead would be ideal": a call with the references, or "the calls" with them, is the reference
 * ask again, not a meeting with the rep.
 */
function dropReferenceCalls(lexicons: readonly Lexicon[], found: readonly Found[]): Found[] {
  const references = found.filter((f) => f.type === "references");
  const withThem = (f: Found): boolean => {
    const said = (text: string, pick: (w: Lexicon["words"]) => ReadonlySet<string> | undefined): boolean =>
      tokenize(text).some((t) => lexicons.some((l) => pick(l.words)?.has(t.norm) === true));
    const first = tokenize(f.item)[0]?.norm ?? "";
    return said(f.evidence, (w) => w.others) || lexicons.some((l) => l.words.definite?.has(first) === true);
  };
  // "are there any apparel customers I could have a quick chat with?": in the reference's own
  // sentence a call is with them.
  const beside = (f: Found, r: Found): boolean =>
    sentenceOf(f) === sentenceOf(r) || (sentenceOf(f) - sentenceOf(r) <= REFERENCE_CALL_REACH && withThem(f));
  return found.filter(
    (f) => f.type !== "meeting" || !references.some((r) => r.order < f.order && beside(f, r)),
  );
}

/**
 * "…requires the following documentation:" over a list of a questionnaire, a SOC 2 report and a
 * DPA: the generic noun of the intro names the list, not a thing of its own.
 */
function dropListIntros(
  lexicons: readonly Lexicon[],
  sentences: readonly Sentence[],
  found: readonly Found[],
): Found[] {
  // "the following documentation:", "necesitamos dos cosas:": a generic noun, or none the cues know.
  const generic = (f: Found): boolean =>
    lexicons.flatMap((l) => findCues(l, f.item)).every((c) => c.cue.weak === true);
  return found.filter((f) => {
    const at = sentenceOf(f);
    if (f.type !== "information" || !sentences[at]?.intro || !generic(f)) return true;
    return !found.some((o) => o.type !== f.type && sentenceOf(o) > at && sentences[sentenceOf(o)]?.listItem);
  });
}

/**
 * "une proposition commerciale formelle … : périmètre, planning et conditions tarifaires": what
 * follows a colon after a proposal in its sentence lists what the proposal is to hold.
 */
function dropProposalContents(
  lexicons: readonly Lexicon[],
  sentences: readonly Sentence[],
  found: readonly Found[],
): Found[] {
  return found.filter((o) => {
    const text = sentences[sentenceOf(o)]?.text ?? "";
    return !found.some((f) => {
      if (f.type !== "proposal" || o.type === "proposal" || sentenceOf(f) !== sentenceOf(o)) return false;
      const colon = text.indexOf(":", offsetOf(f));
      if (colon < 0 || colon > offsetOf(o)) return false;
      return !lexicons.some((l) => occurs(l.request, text.slice(colon, offsetOf(o))));
    });
  });
}

/** One request per type, in order of first mention, each with its best item. */
function mergeByType(found: readonly Found[]): DetectedRequest[] {
  const best = new Map<RequestType, Found>();
  const first = new Map<RequestType, number>();
  for (const f of dropDurations(dropBackReferences(found))) {
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

const NO_ADDRESSEES: Addressees = { ours: [], theirs: [] };

/** How many opening sentences an out-of-office notice shows itself in. */
const AUTO_REPLY_HEAD = 4;

/**
 * Bulk mail, or an out-of-office notice: one of the opening sentences says the writer is away and
 * asks for nothing itself. "I'm out next week, but could you send pricing" is still a request, and
 * so is "…please share the price. If possible until Monday because I am on holiday from the 1st":
 * an away notice comes before anything asked.
 */
function isBulkOrAutoReply(
  lexicons: readonly Lexicon[],
  text: string,
  sentences: readonly Sentence[],
): boolean {
  if (lexicons.some((l) => occurs(l.bulk, text))) return true;
  for (const s of sentences.slice(0, AUTO_REPLY_HEAD)) {
    const asks = lexicons.some((l) => occurs(l.request, s.text));
    if (!asks && lexicons.some((l) => occurs(l.autoReply, s.text))) return true;
    if (asks) return false;
  }
  return false;
}

interface MessageReading {
  normalized: string;
  lexicons: readonly Lexicon[];
  sentences: Sentence[];
}

function readMessage(text: string, language: DetectedLanguage): MessageReading {
  const normalized = plainText(text.slice(0, MAX_TEXT));
  return { normalized, lexicons: lexiconsFor(language, normalized), sentences: splitSentences(normalized) };
}

/**
 * The requests a prospect's latest message makes, in order of appearance, one per type.
 * `text` is the message without quoted history; a greeting or sign-off left in is harmless.
 * Runs in time linear in the text: one scan into sentences and clauses, then bounded patterns.
 */
export function detectRequests(
  text: string,
  language: DetectedLanguage,
  addressees: Addressees = NO_ADDRESSEES,
): DetectedRequest[] {
  const { normalized, lexicons, sentences } = readMessage(text, language);
  if (isBulkOrAutoReply(lexicons, normalized, sentences)) return [];
  const found = detectWith(lexicons, sentences, addressees);
  const kept = dropProposalContents(lexicons, sentences, dropReferenceCalls(lexicons, found));
  return mergeByType(dropListIntros(lexicons, sentences, kept));
}

/**
 * The message without the sentences it turns to the prospect's colleagues with: "Priya, can you
 * send Sam our headcount by Friday?" sets Priya's date, not one for the rep's item.
 */
export function textForTheRep(text: string, language: DetectedLanguage, addressees: Addressees): string {
  const { lexicons, sentences } = readMessage(text, language);
  const away = turnedAway(sentences, (sentence) => greetingOf(lexicons, sentence), addressees);
  if (!away.includes(true)) return text;
  return sentences
    .filter((_, i) => !away[i])
    .map((sentence) => sentence.text)
    .join("\n");
}
