import type { Chrono, ParsedResult } from "chrono-node";
import { ENGLISH, languagePack } from "../language/registry";
import type { DetectedLanguage, IsoDate } from "../types";
import { findDayMonths } from "./dayMonth";
import { addDays, closestDate, isoFromParts, isoParts, lastDayOfMonth, weekday } from "./isoDate";
import { findPeriods, type PeriodKind } from "./periods";

/** What a mention names: one day, or the end of a period the prospect spoke of. */
export type MentionKind = "day" | "weekday" | PeriodKind;

/** A date named in one line of the message, with where it sits so cues around it can be read. */
export interface DateMention {
  line: string;
  index: number;
  end: number;
  text: string;
  date: IsoDate;
  kind: MentionKind;
}

// Mail bodies can be huge (a pasted 10 MB thread); the dates that matter sit in the prospect's
// latest words, and chrono's cost grows with the text it reads, so both are bounded.
const MAX_TEXT = 20_000;
const MAX_LINE = 1_000;

/**
 * chrono's parser for the language, from the language registry. "unknown", and a language the
 * task pane could not download, read with English's (the pane says when a download failed).
 */
function parserFor(language: DetectedLanguage): Chrono {
  const pack = language === "unknown" ? undefined : languagePack(language);
  return (pack ?? ENGLISH).dates;
}

const TODAY_WORDS = /\b(?:this|today)\b|heute|aujourd|hoy|hoje|oggi|vandaag|diese|cette|esta|questo|deze/i;

/**
 * "the 18th" right after a weekday, or a bare day number ("venerdì 27", "Friday, 27"), but not
 * a time ("Friday 3 pm", "Freitag 10 Uhr").
 */
const ORDINAL_AFTER =
  /^[\s,]{1,3}(?:the\s{1,3})?(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}:.,]\d|[\p{L}\p{N}:])(?!\s{0,2}(?:am|pm|a\.m|p\.m|h|uhr|hrs?|o'?clock|heures?|horas?|ore|minutes?|mins?|hours?|days?|weeks?|people|users|seats)(?![\p{L}]))/iu;
/** "Friday next week", "Freitag nächster Woche", "venerdì della prossima settimana". */
const NEXT_WEEK_AFTER =
  /^\s{1,3}(?:of\s{1,3})?(?:next week|(?:der\s{1,3})?(?:nächsten|nächster|kommenden|kommender) woche|de la semaine prochaine|la semaine prochaine|de la (?:próxima|proxima) semana|da próxima semana|della prossima settimana|van volgende week)(?![\p{L}])/iu;
/** How many months ahead a "Friday the 18th" is looked for. */
const ORDINAL_MONTHS = 12;

/** The first date from the reference on with that day of the month and the weekday of `weekday`. */
function weekdayOnDay(weekday: IsoDate, day: number, reference: IsoDate): IsoDate | null {
  const want = new Date(Date.parse(weekday)).getUTCDay();
  const { year, month } = isoParts(reference);
  for (let step = 0; step < ORDINAL_MONTHS; step++) {
    const m = ((month - 1 + step) % 12) + 1;
    const y = year + Math.floor((month - 1 + step) / 12);
    const iso = isoFromParts(y, m, day);
    if (isoParts(iso).day !== day || iso < reference) continue;
    if (new Date(Date.parse(iso)).getUTCDay() === want) return iso;
  }
  return null;
}

/** Local noon on the reference day: chrono reads relative words against the machine's clock frame. */
function referenceInstant(reference: IsoDate): Date {
  const { year, month, day } = isoParts(reference);
  return new Date(year, month - 1, day, 12, 0, 0);
}

function chronoMention(result: ParsedResult, line: string, reference: IsoDate | null): DateMention | null {
  const start = result.start;
  const dayKnown = start.isCertain("day");
  const weekdayKnown = start.isCertain("weekday");
  if (!dayKnown && !weekdayKnown && !start.isCertain("month")) return null;
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null || day === null) return null;
  if (!reference && !(start.isCertain("year") && start.isCertain("month") && dayKnown)) return null;
  let date = isoFromParts(year, month, day);
  // chrono accepts "February 30"; a day that does not exist is not a date the prospect meant.
  if (isoParts(date).day !== day) return null;
  let kind: MentionKind = "day";
  if (reference && start.isCertain("month") && dayKnown && !start.isCertain("year")) {
    date = closestDate(day, month, null, reference) ?? date;
  } else if (reference && weekdayKnown && !dayKnown) {
    kind = "weekday";
    // "by Monday" written on a Monday means next Monday; "this Monday" means today.
    if (date === reference && !TODAY_WORDS.test(result.text)) date = addDays(date, 7);
    const after = line.slice(result.index + result.text.length);
    // "Freitag nächster Woche" when chrono read the weekday alone: the one after this week's.
    const nextMonday = addDays(reference, 7 - ((weekday(reference) + 6) % 7));
    if (NEXT_WEEK_AFTER.test(after) && date < nextMonday) {
      date = addDays(date, 7);
    }
    // "Friday the 18th": the day of the month says which Friday.
    const ordinal = ORDINAL_AFTER.exec(after);
    const named = ordinal ? weekdayOnDay(date, Number(ordinal[1]), reference) : null;
    if (named) {
      date = named;
      kind = "day";
    }
  } else if (reference && !dayKnown && start.isCertain("month")) {
    // "in December": the month names a period; its last day is the latest it can mean.
    date = lastDayOfMonth(date);
  }
  return { line, index: result.index, end: result.index + result.text.length, text: result.text, date, kind };
}

/** chrono's English parser reads "the money" as "the month" (next month); money is no date. */
const NOT_A_DATE = /\bmoney\b/i;

function overlaps(a: { index: number; end: number }, b: { index: number; end: number }): boolean {
  return a.index < b.end && b.index < a.end;
}

function mentionsInLine(line: string, reference: IsoDate | null, language: DetectedLanguage): DateMention[] {
  const periods: DateMention[] = reference
    ? findPeriods(line, reference, language).map((period) => ({ line, ...period }))
    : [];
  const instant = referenceInstant(reference ?? "2000-01-01");
  const days = parserFor(language)
    .parse(line, instant, { forwardDate: true })
    .filter((result) => !NOT_A_DATE.test(result.text))
    .map((result) => chronoMention(result, line, reference))
    .filter((mention): mention is DateMention => mention !== null)
    .filter((mention) => !periods.some((period) => overlaps(period, mention)));
  const numeric = reference
    ? findDayMonths(line, reference)
        .filter((mention) => ![...periods, ...days].some((other) => overlaps(other, mention)))
        .map((mention): DateMention => ({ line, ...mention, kind: "day" }))
    : [];
  days.push(...numeric);
  // "EOD tomorrow": the day named after end-of-day wins over the end-of-day itself.
  const kept = periods.filter(
    (period) =>
      period.kind !== "end-of-day" ||
      !days.some(
        (day) => day.index >= period.end && /^\W{0,3}(?:on\s+)?$/i.test(line.slice(period.end, day.index)),
      ),
  );
  return joinWeekdays(line, [...kept, ...days]);
}

/**
 * "bis Freitag, 27.11.": a weekday with the date written right after it is that date, one
 * mention from the weekday on, so a cue before the weekday holds for the date.
 */
function joinWeekdays(line: string, days: readonly DateMention[]): DateMention[] {
  const sorted = [...days].sort((a, b) => a.index - b.index);
  const out: DateMention[] = [];
  for (const day of sorted) {
    const before = out[out.length - 1];
    const follows =
      before !== undefined &&
      !/\d/.test(before.text) &&
      /\d/.test(day.text) &&
      before.end <= day.index &&
      /^,?\s{0,3}(?:den\s{1,3})?$/.test(line.slice(before.end, day.index));
    if (follows)
      out[out.length - 1] = {
        ...before,
        date: day.date,
        end: day.end,
        text: line.slice(before.index, day.end),
      };
    else out.push(day);
  }
  return out;
}

function* lines(text: string): Generator<string> {
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  for (const raw of bounded.split(/\r?\n/)) {
    for (let start = 0; start < raw.length; start += MAX_LINE) yield raw.slice(start, start + MAX_LINE);
  }
}

/** Every date named in the text, in order, resolved against the reference day (null: absolute dates only). */
export function findDateMentions(
  text: string,
  reference: IsoDate | null,
  language: DetectedLanguage,
): DateMention[] {
  const mentions: DateMention[] = [];
  for (const line of lines(text)) {
    if (line.trim() !== "") mentions.push(...mentionsInLine(line, reference, language));
  }
  return mentions;
}
