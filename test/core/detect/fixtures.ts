import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Addressees, DetectedLanguage, DetectedRequest, RequestType } from "../../../src/core/types";

export interface ExpectedRequest {
  type: RequestType;
  /** The item must contain one of these (case-insensitive); empty = any item. */
  item: string[];
}

export interface RequestCase {
  name?: string;
  text: string;
  language: DetectedLanguage;
  /** Whom the message is addressed to, by side, when the case turns on it. */
  addressees?: Addressees;
  expect: ExpectedRequest[];
}

interface FixtureFile {
  description: string;
  cases: RequestCase[];
}

export const FIXTURE_DIR = join(__dirname, "../../fixtures/requests");

/** Every fixture file in test/fixtures/requests, by file name without ".json". */
export function loadFixtures(): Map<string, RequestCase[]> {
  const files = new Map<string, RequestCase[]>();
  for (const name of readdirSync(FIXTURE_DIR).sort()) {
    if (!name.endsWith(".json")) continue;
    const file = JSON.parse(readFileSync(join(FIXTURE_DIR, name), "utf8")) as FixtureFile;
    files.set(name.replace(/\.json$/, ""), file.cases);
  }
  return files;
}

export function itemMatches(item: string, keywords: readonly string[]): boolean {
  const lower = item.toLowerCase();
  return keywords.length === 0 || keywords.some((k) => lower.includes(k.toLowerCase()));
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  itemsRight: number;
}

/** Type-level counts for precision and recall, plus items that carry an expected keyword. */
export function score(found: readonly DetectedRequest[], expect: readonly ExpectedRequest[]): Score {
  const s: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, itemsRight: 0 };
  for (const f of found) {
    const e = expect.find((x) => x.type === f.type);
    if (!e) {
      s.falsePositives++;
      continue;
    }
    s.truePositives++;
    if (itemMatches(f.item, e.item)) s.itemsRight++;
  }
  s.falseNegatives = expect.filter((e) => !found.some((f) => f.type === e.type)).length;
  return s;
}
