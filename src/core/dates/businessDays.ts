import type { IsoDate } from "../types";
import { addDays, lastDayOfMonth, weekday } from "./isoDate";

/**
 * Business days are Monday to Friday. Public holidays differ by country and by prospect, so
 * they are left to the rep, who can always move a suggested date.
 */

export function isWeekend(iso: IsoDate): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}

/** The date itself when it is a business day, else the Monday after. */
export function businessDayOnOrAfter(iso: IsoDate): IsoDate {
  let day = iso;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

/** The date itself when it is a business day, else the Friday before. */
export function businessDayOnOrBefore(iso: IsoDate): IsoDate {
  let day = iso;
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

/** The first business day strictly after the date. */
export function nextBusinessDay(iso: IsoDate): IsoDate {
  return businessDayOnOrAfter(addDays(iso, 1));
}

/**
 * Counts `count` business days forward from the date, not counting the date itself: Friday + 1
 * is Monday, and so is Saturday + 1. With 0 the date rolls forward to a business day, so the result is never a weekend.
 */
export function addBusinessDays(iso: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`Business days must be a whole number ≥ 0: ${count}`);
  if (count === 0) return businessDayOnOrAfter(iso);
  let day = iso;
  for (let left = count; left > 0; left -= 1) day = nextBusinessDay(day);
  return day;
}

export function lastBusinessDayOfMonth(iso: IsoDate): IsoDate {
  return businessDayOnOrBefore(lastDayOfMonth(iso));
}
