import type { RequestType } from "../types";
import { REQUEST_TYPES } from "../types";
import { findCues, type CueMatch } from "./cues";
import { extractItem, leadingWords, standsAlone } from "./item";
import { matchesOf, occurs } from "./lexicon/build";
import type { Lexicon, TypeCue, UnnamedAsk } from "./lexicon/types";
import { tokenize } from "./tokens";

/**
 * The second reading of an asking clause in which no cue named a type: "Could you point me to
 * whatever you have on the rollout timeline?" asks for something all the same. Wider words of
 * each type's field type it ("what year one would set us back" → pricing); failing those, the
 * object of a handover verb ("share", "point me to") is information.
 */

export interface UnnamedRequest {
  type: RequestType;
  item: string;
  /** Offset in the clause where the request is read from. */
  start: number;
  /**
   * The object names nothing ("Please get me something by the end of the month"): after a named
   * ask it is that ask again, not more information.
   */
  indefinite?: boolean;
}

/** How the clause came to ask. */
export type AskKind =
  /** Its own request words ("could you", "please", "send"): the object follows a handover verb. */
  | "own"
  /** A bullet under "Could you send:", a fragment after one ("And your uptime history."): the whole clause is the object. */
  | "listed"
  /** A fragment after a request ("…, and your uptime history"): the object, opening with its article. */
  | "fragment"
  /** A bullet under a list that hands nothing over ("Three things from you:"): field words only. */
  | "fields";

/** An object of more words than this is a sentence, not a thing to hand over. */
const MAX_OBJECT_WORDS = 12;

const fieldLexicons = new WeakMap<Lexicon, Lexicon>();

/** The lexicon with its field words as cues, so the cue rules (qualifiers, compounds) apply to them. */
function fieldLexicon(lexicon: Lexicon, unnamed: UnnamedAsk): Lexicon {
  let field = fieldLexicons.get(lexicon);
  if (!field) {
    const cues = Object.fromEntries(REQUEST_TYPES.map((t) => [t, unnamed.cues[t] ?? []])) as Record<
      RequestType,
      readonly TypeCue[]
    >;
    field = { ...lexicon, cues };
    fieldLexicons.set(lexicon, field);
  }
  return field;
}

/**
 * Where the object of the clause starts, after its handover verb (`at`) and after any vague
 * opening (`topic`); null for no handover.
 */
function objectStart(
  lexicon: Lexicon,
  unnamed: UnnamedAsk,
  clause: string,
  kind: AskKind,
): { at: number; topic: number } | null {
  let at = 0;
  if (kind === "listed" || kind === "fragment") {
    at = lexicon.followUp.exec(clause)?.[0].length ?? 0;
  } else {
    const [verb] = matchesOf(unnamed.handover, clause);
    if (!verb) return null;
    at = (verb.index ?? 0) + verb[0].length;
  }
  const vague = unnamed.vague.exec(clause.slice(at));
  return { at, topic: at + (vague ? vague[0].length : 0) };
}

/** Words of a vague thing with no topic named: "send me something to read" asks for it all the same. */
const VAGUE_ITEM_WORDS = 5;

/** The handed-over thing as an item in the rep's voice, or null when it is no thing to deliver. */
function objectItem(
  lexicon: Lexicon,
  unnamed: UnnamedAsk,
  clause: string,
  start: number,
  kind: AskKind,
): string | null {
  const object = clause.slice(start).trim();
  const tokens = tokenize(object);
  if (tokens.length === 0 || tokens.length > MAX_OBJECT_WORDS) return null;
  const w = lexicon.words;
  const first = tokens[0].norm;
  // After a verb the thing opens with its article ("share your uptime history"): "forward
  // internally", "to understand how", "it over" are no things. A listed one may be bare.
  const opensNoun = w.determiners.has(first)
    ? !standsAlone(lexicon, tokens, 0)
    : kind === "listed" && !w.stopBefore.has(first) && !w.stopAfter.has(first);
  if (!opensNoun || occurs(unnamed.notDeliverable, object)) return null;
  const cue: TypeCue = { pattern: unnamed.handover };
  const item = extractItem(lexicon, object, { type: "information", start: 0, end: tokens[0].end, cue }, []);
  return item.length > 0 && !w.determiners.has(item.toLowerCase()) ? item : null;
}

/** Whether the text asks to be handed something: a list it opens hands over its items. */
export function handsOver(lexicons: readonly Lexicon[], text: string): boolean {
  return lexicons.some((l) => l.unnamed !== undefined && occurs(l.unnamed.handover, text));
}

/**
 * The requests an asking clause makes without naming a type. `lexicons[0]` is the message's
 * language; the others lend their field words as they lend their cues.
 */
export function readUnnamedAsk(
  lexicons: readonly Lexicon[],
  clause: string,
  sentence: string,
  kind: AskKind,
): UnnamedRequest[] {
  // What is outside the taxonomy ("the invoice for the pilot") takes what follows with it; "half
  // an hour with whoever handles contracts" asks for the half hour before the role is named.
  const outsideAt = firstOutside(lexicons, clause);
  const fields = readFieldWords(lexicons, clause, sentence);
  if (fields.length > 0 || kind === "fields") return fields.filter((f) => f.start < outsideAt);
  for (const lexicon of lexicons) {
    const unnamed = lexicon.unnamed;
    if (!unnamed) continue;
    const object = objectStart(lexicon, unnamed, clause, kind);
    // A thing handed over with anything outside the taxonomy in its clause may be that thing.
    if (!object || outsideAt < Infinity) continue;
    const item = objectItem(lexicons[0], unnamed, clause, object.topic, kind);
    const vague = clause.slice(object.at).trim();
    if (item !== null) {
      return [
        { type: "information", item, start: object.topic, indefinite: namesNothing(lexicon, unnamed, item) },
      ];
    }
    if (
      object.topic > object.at &&
      occurs(unnamed.indefinite, vague) &&
      !occurs(unnamed.notDeliverable, vague)
    ) {
      return [
        {
          type: "information",
          item: leadingWords(lexicons[0], vague, VAGUE_ITEM_WORDS),
          start: object.at,
          indefinite: namesNothing(lexicon, unnamed, vague),
        },
      ];
    }
  }
  return [];
}

/** Where the first thing outside the taxonomy starts in the clause, or Infinity. */
function firstOutside(lexicons: readonly Lexicon[], clause: string): number {
  const starts = lexicons.map((l) => clause.search(l.outside)).filter((at) => at >= 0);
  return starts.length > 0 ? Math.min(...starts) : Infinity;
}

/** "something by Friday", not "something on how the rollout works": no word says what the thing is about. */
function namesNothing(lexicon: Lexicon, unnamed: UnnamedAsk, item: string): boolean {
  const match = unnamed.indefinite.exec(item);
  if (!match) return false;
  const next = tokenize(item.slice(match[0].length))[0]?.norm ?? "";
  const w = lexicon.words;
  return ![w.topic, w.including, w.relatives].some((set) => set?.has(next));
}

/**
 * The types a clause's field words name ("where backups are kept" → security). Also read when
 * the clause's only cues are generic nouns: "the details of where our data would be hosted".
 */
export function readFieldWords(
  lexicons: readonly Lexicon[],
  clause: string,
  sentence: string,
): UnnamedRequest[] {
  // A clause is asked about up to three times in a row (does it point back, is its cue generic,
  // what does it ask); the last answers are kept so the reading runs once.
  const key = `${lexicons.map((l) => l.language).join(",")}\u0000${clause}\u0000${sentence}`;
  const known = recentFields.get(key);
  if (known) return known;
  const read = fieldWordsOf(lexicons, clause, sentence);
  if (recentFields.size >= RECENT_FIELDS) recentFields.delete(recentFields.keys().next().value as string);
  recentFields.set(key, read);
  return read;
}

const RECENT_FIELDS = 8;
const recentFields = new Map<string, UnnamedRequest[]>();

function fieldWordsOf(lexicons: readonly Lexicon[], clause: string, sentence: string): UnnamedRequest[] {
  for (const lexicon of lexicons) {
    const unnamed = lexicon.unnamed;
    if (!unnamed) continue;
    const matches: CueMatch[] = findCues(fieldLexicon(lexicon, unnamed), clause, sentence);
    if (matches.length > 0) {
      return matches.map((m) => ({
        type: m.type,
        item: extractItem(lexicons[0], clause, m, matches),
        start: m.start,
      }));
    }
  }
  return [];
}
