import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findDates, findDeadline } from "../../../src/core/dates";
import type { DetectedLanguage, MentionedDate } from "../../../src/core/types";

interface DateCase {
  name: string;
  text: string;
  sentAt: string | null;
  today?: string;
  language: DetectedLanguage;
  deadline: string | null;
  /** The sentences the requests came from, when the case turns on them. */
  askedIn?: string[];
  dates?: MentionedDate[];
}

const dir = join(__dirname, "../../fixtures/dates");
const cases: [string, DateCase][] = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) =>
    (JSON.parse(readFileSync(join(dir, file), "utf8")) as DateCase[]).map((c): [string, DateCase] => [
      `${file}: ${c.name}`,
      c,
    ]),
  );

test("the fixtures hold at least 40 cases in every language", () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  const languages = new Set(cases.map(([, c]) => c.language));
  for (const language of ["en", "de", "fr", "es", "pt", "it", "nl"]) expect(languages).toContain(language);
});

describe("findDeadline", () => {
  test.each(cases)("%s", (_name, c) => {
    expect(findDeadline(c.text, c.sentAt, c.language, c.today, c.askedIn)).toBe(c.deadline);
  });
});

describe("findDates", () => {
  test.each(cases.filter(([, c]) => c.dates !== undefined))("%s", (_name, c) => {
    expect(findDates(c.text, c.sentAt, c.language, c.today)).toEqual(c.dates);
  });
});

test("a huge single-line input is read in bounded time", () => {
  const text = "by Friday ".repeat(500_000);
  const started = Date.now();
  findDeadline(text, "2026-11-23T09:00:00Z", "en");
  expect(Date.now() - started).toBeLessThan(5_000);
});
