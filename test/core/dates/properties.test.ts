import fc from "fast-check";
import { findDates, findDeadline, isWeekend } from "../../../src/core/dates";
import { isIsoDate } from "../../../src/core/dates/isoDate";
import { LANGUAGES } from "../../../src/core/types";

const language = fc.constantFrom(...LANGUAGES, "unknown" as const);
const sentAt = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
  .map((date) => date.toISOString());
// Words the date code reacts to, so random texts exercise cues, periods and weekdays.
const word = fc.constantFrom(
  "by",
  "before",
  "due",
  "Friday",
  "next",
  "week",
  "this",
  "end of month",
  "EOD",
  "tomorrow",
  "meeting",
  "bis",
  "Freitag",
  "avant le",
  "4 décembre",
  "antes del",
  "viernes",
  "até",
  "sexta",
  "entro",
  "venerdì",
  "December 4",
  "12/4",
  "'s",
  "call",
  "?",
  ".",
  "\n",
  "at the latest",
  "2026",
  "31",
  "February 30",
);
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(word, { maxLength: 60 }).map((words) => words.join(" ")),
);

test("findDates and findDeadline never throw and only return real, unambiguous dates", () => {
  fc.assert(
    fc.property(text, sentAt, language, (input, sent, lang) => {
      for (const mention of findDates(input, sent, lang)) {
        expect(isIsoDate(mention.date)).toBe(true);
        expect(input).toContain(mention.text);
      }
      const deadline = findDeadline(input, sent, lang);
      if (deadline !== null) {
        expect(isIsoDate(deadline)).toBe(true);
        expect(deadline >= sent.slice(0, 10)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test("a month-end deadline is never a weekend", () => {
  fc.assert(
    fc.property(sentAt, (sent) => {
      const deadline = findDeadline("Please send it before end of month.", sent, "en");
      if (deadline !== null) expect(isWeekend(deadline)).toBe(false);
    }),
  );
});

test.each([
  ["repeated cues", "by by by by ".repeat(5_000)],
  ["digits", "1 2 3 4 5 6 7 8 9 10 11 12 ".repeat(2_000)],
  ["slashes", "12/4/12/4/".repeat(5_000)],
  ["one long word", "a".repeat(200_000)],
  ["many short lines", "by Friday\n".repeat(20_000)],
])("hostile input (%s) is read in bounded time", (_name, input) => {
  const started = Date.now();
  findDeadline(input, "2026-11-23T09:00:00Z", "en");
  findDates(input, "2026-11-23T09:00:00Z", "de");
  expect(Date.now() - started).toBeLessThan(5_000);
});
