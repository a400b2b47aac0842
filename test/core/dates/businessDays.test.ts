import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  isWeekend,
  lastBusinessDayOfMonth,
  nextBusinessDay,
} from "../../../src/core/dates";
import { formatLongDate } from "../../../src/core/dates/formatDate";
import { fridayOfWeek, isIsoDate, localDateOf } from "../../../src/core/dates/isoDate";

// 2026-11-27 is a Friday, 2026-11-28/29 the weekend.
test.each([
  ["2026-11-27", false],
  ["2026-11-28", true],
  ["2026-11-29", true],
  ["2026-11-30", false],
])("isWeekend(%s) is %s", (iso, weekend) => {
  expect(isWeekend(iso)).toBe(weekend);
});

test.each([
  ["2026-11-23", 0, "2026-11-23"],
  ["2026-11-28", 0, "2026-11-30"],
  ["2026-11-27", 1, "2026-11-30"],
  ["2026-11-26", 3, "2026-12-01"],
  ["2026-11-29", 1, "2026-11-30"],
  ["2026-11-28", 2, "2026-12-01"],
  ["2026-12-30", 3, "2027-01-04"],
  ["2026-11-23", 10, "2026-12-07"],
])("addBusinessDays(%s, %i) is %s", (iso, days, expected) => {
  expect(addBusinessDays(iso, days)).toBe(expected);
});

test("addBusinessDays refuses negative or fractional counts", () => {
  expect(() => addBusinessDays("2026-11-23", -1)).toThrow(RangeError);
  expect(() => addBusinessDays("2026-11-23", 1.5)).toThrow(RangeError);
});

test.each([
  ["2026-11-27", "2026-11-30", "2026-11-27", "2026-11-27"],
  ["2026-11-28", "2026-11-30", "2026-11-30", "2026-11-27"],
  ["2026-11-29", "2026-11-30", "2026-11-30", "2026-11-27"],
  ["2026-11-25", "2026-11-26", "2026-11-25", "2026-11-25"],
])("around %s: next %s, on/after %s, on/before %s", (iso, next, after, before) => {
  expect(nextBusinessDay(iso)).toBe(next);
  expect(businessDayOnOrAfter(iso)).toBe(after);
  expect(businessDayOnOrBefore(iso)).toBe(before);
});

test.each([
  ["2026-10-05", "2026-10-30"],
  ["2026-11-10", "2026-11-30"],
  ["2027-01-04", "2027-01-29"],
  ["2028-02-01", "2028-02-29"],
])("last business day of the month of %s is %s", (iso, expected) => {
  expect(lastBusinessDayOfMonth(iso)).toBe(expected);
});

test.each([
  ["2026-11-23", "2026-11-27"],
  ["2026-11-27", "2026-11-27"],
  ["2026-11-29", "2026-11-27"],
])("Friday of the week of %s is %s", (iso, expected) => {
  expect(fridayOfWeek(iso)).toBe(expected);
});

test.each([
  ["2026-11-12T09:00:00-08:00", "2026-11-12"],
  ["2026-11-12", "2026-11-12"],
  ["not a date", null],
  ["2026-02-30T00:00:00Z", null],
])("localDateOf(%s) is %s", (input, expected) => {
  expect(localDateOf(input)).toBe(expected);
});

test("isIsoDate accepts only real calendar days", () => {
  expect(isIsoDate("2026-12-04")).toBe(true);
  expect(isIsoDate("2026-13-01")).toBe(false);
  expect(isIsoDate("04.12.2026")).toBe(false);
});

test.each([
  ["en", "Friday, December 4"],
  ["de", "Freitag, 4. Dezember"],
  ["fr", "vendredi 4 décembre"],
  ["es", "viernes, 4 de diciembre"],
  ["unknown", "Friday, December 4"],
] as const)("formatLongDate in %s", (language, expected) => {
  expect(formatLongDate("2026-12-04", language)).toBe(expected);
});
