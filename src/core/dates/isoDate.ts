import type { IsoDate } from "../types";

/**
 * Calendar arithmetic on YYYY-MM-DD strings. Dates are handled as UTC midnights so the
 * machine's time zone never shifts a day: a deadline is a calendar date, not an instant.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return formatIsoDate(toUtc(value)) === value;
}

function toUtc(iso: IsoDate): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function formatIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return formatIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const date = toUtc(iso);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return formatIsoDate(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekday(iso: IsoDate): number {
  return toUtc(iso).getUTCDay();
}

export function lastDayOfMonth(iso: IsoDate): IsoDate {
  const { year, month } = isoParts(iso);
  return formatIsoDate(new Date(Date.UTC(year, month, 0)));
}

/** Friday of the Monday-to-Sunday week the date falls in. */
export function fridayOfWeek(iso: IsoDate): IsoDate {
  const mondayBased = (weekday(iso) + 6) % 7;
  return addDays(iso, 4 - mondayBased);
}

/**
 * The calendar date an ISO 8601 date-time names where it was written: "2026-11-12T09:00:00-08:00"
 * is the 12th for the sender even though it is the 12th or 13th elsewhere. Null when unreadable.
 */
export function localDateOf(dateTime: string): IsoDate | null {
  const head = dateTime.trim().slice(0, 10);
  return isIsoDate(head) ? head : null;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * A day and month the text gives without a year (or with a two-digit one): in the year that puts
 * it closest to the reference, so "January 15" written in November is next January. Null when
 * the day does not exist.
 */
export function closestDate(
  day: number,
  month: number,
  year: number | null,
  reference: IsoDate,
): IsoDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const base = isoParts(reference).year;
  const years = year !== null ? [year < 100 ? 2000 + year : year] : [base, base - 1, base + 1];
  const refTime = Date.parse(reference);
  let best: IsoDate | null = null;
  for (const candidateYear of years) {
    const iso = isoFromParts(candidateYear, month, day);
    if (isoParts(iso).day !== day) continue;
    if (best === null || Math.abs(Date.parse(iso) - refTime) < Math.abs(Date.parse(best) - refTime))
      best = iso;
  }
  return best;
}
