import type { DetectedLanguage, IsoDate, MentionedDate } from "../types";
import {
  ASKING,
  DEADLINE_CUES,
  DECISION_BEFORE,
  EVENT_AFTER,
  MEETING_WORDS,
  NOTHING_BEFORE,
  A_LENGTH,
  HANDS_OVER,
  HOURS_SPAN,
  LENGTH_BY,
  MINUTES_SPAN,
  PROSPECT_DELIVERS,
  QUESTIONS_DUE,
  TIME_BEFORE,
  WEEKDAY_BEFORE,
} from "./cues";
import { findDateMentions, type DateMention } from "./dateMentions";
import { addDays, localDateOf } from "./isoDate";

/**
 * The day relative words are read against: the message's own date, else the caller's
 * "today" (compose drafts without a quote date). Null: only fully written dates resolve.
 */
function referenceDay(sentAt: string | null, today?: IsoDate): IsoDate | null {
  return (sentAt ? localDateOf(sentAt) : null) ?? today ?? null;
}

/** Every date the message names, in order, resolved against its sent date (a weekday means the next one). */
export function findDates(
  text: string,
  sentAt: string | null,
  language: DetectedLanguage,
  today?: IsoDate,
): MentionedDate[] {
  return findDateMentions(text, referenceDay(sentAt, today), language).map(({ text: words, date }) => ({
    text: words,
    date,
  }));
}

/** The sentence around a mention, within its line: where meeting words and request verbs are looked for. */
function sentenceAround(mention: DateMention): string {
  const { line, index, end } = mention;
  const startCut = Math.max(
    line.lastIndexOf(". ", index),
    line.lastIndexOf("! ", index),
    line.lastIndexOf("? ", index),
  );
  const stops = [". ", "! ", "? "].map((stop) => line.indexOf(stop, end)).filter((at) => at >= 0);
  const endCut = stops.length > 0 ? Math.min(...stops) + 1 : line.length;
  return line.slice(startCut < 0 ? 0 : startCut + 1, endCut);
}

/** The sentence around a mention up to where the date starts. */
function sentenceBefore(mention: DateMention): string {
  const sentence = sentenceAround(mention);
  const at = sentence.indexOf(mention.text);
  return at >= 0 ? sentence.slice(0, at) : sentence;
}

const WINDOW = 48;
/**
 * An errand is due within weeks; a bare "before September" read most of a year ahead is the
 * prospect's own calendar ("if the audit period ended before September"), not a deadline.
 */
const HORIZON_DAYS = 200;

/** How a date qualifies: not at all, only as "this week" in an ask, or through a cue. */
const Qualifies = { No: 0, ThisWeek: 1, Cued: 2 } as const;
type Qualifies = (typeof Qualifies)[keyof typeof Qualifies];

function qualifies(mention: DateMention, language: DetectedLanguage): Qualifies {
  const cues = DEADLINE_CUES[language];
  const before = mention.line
    .slice(Math.max(0, mention.index - WINDOW), mention.index)
    .replace(TIME_BEFORE, "");
  // "bis Freitag, 4.12.": the weekday stands before a written date, not before "next week".
  const head = /\d/.test(mention.text) ? before.replace(WEEKDAY_BEFORE, "") : before;
  const tail = mention.line.slice(mention.end, mention.end + WINDOW);
  if (MINUTES_SPAN.test(mention.text)) return Qualifies.No;
  if (HOURS_SPAN.test(mention.text) && !HANDS_OVER.test(sentenceAround(mention))) return Qualifies.No;
  if (EVENT_AFTER.test(tail) || DECISION_BEFORE.test(head) || NOTHING_BEFORE.test(head)) return Qualifies.No;
  if (LENGTH_BY.test(head) && A_LENGTH.test(mention.text)) return Qualifies.No;
  if (QUESTIONS_DUE.test(sentenceAround(mention)) || PROSPECT_DELIVERS.test(sentenceBefore(mention))) {
    return Qualifies.No;
  }
  if (cues.before.test(head) || cues.after.test(tail) || cues.leading.test(mention.text))
    return Qualifies.Cued;
  const sentence = sentenceAround(mention);
  if (cues.weakBefore.test(head)) return MEETING_WORDS.test(sentence) ? Qualifies.No : Qualifies.Cued;
  const asksThisWeek = mention.kind === "this-week" && ASKING.test(sentence) && !MEETING_WORDS.test(sentence);
  return asksThisWeek ? Qualifies.ThisWeek : Qualifies.No;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The date the prospect set for the requested item ("by December 4", "bis Freitag", "before end
 * of month"), or null. Meeting times, the dates of events ("before Thursday's budget meeting"),
 * vague periods ("in the spring") and days already past are not deadlines. A date in a sentence
 * that asks for the item (`askedIn`, the requests' evidence) is the item's: "Please confirm your
 * intention to participate by 27 November … submit your proposal no later than 11 December" sets
 * the proposal's date in the second. A date set with a cue ("by Monday 11/30") outranks a bare
 * "this week" in an ask. Otherwise, when several dates qualify, the earliest is the one the item
 * must meet.
 */
export function findDeadline(
  text: string,
  sentAt: string | null,
  language: DetectedLanguage,
  today?: IsoDate,
  askedIn: readonly string[] = [],
): IsoDate | null {
  const reference = referenceDay(sentAt, today);
  const asks = askedIn.map(squeeze);
  // A date in the asking sentence comes first; then one set with a cue over "this week"
  // ("Marcus is traveling this week, … by Monday 11/30"); then the earliest.
  let best: { rank: number; date: IsoDate } | null = null;
  for (const mention of findDateMentions(text, reference, language)) {
    if (reference && (mention.date < reference || mention.date > addDays(reference, HORIZON_DAYS))) continue;
    const strength = qualifies(mention, language);
    if (strength === Qualifies.No) continue;
    const around = squeeze(sentenceAround(mention));
    const asked = asks.some((evidence) => evidence.includes(around) || around.includes(evidence));
    // Any date in the asking sentence ranks above every date outside it.
    const rank = strength + (asked ? Qualifies.Cued + 1 : 0);
    if (best === null || rank > best.rank || (rank === best.rank && mention.date < best.date)) {
      best = { rank, date: mention.date };
    }
  }
  return best?.date ?? null;
}
