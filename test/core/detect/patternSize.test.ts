import { registeredPacks } from "../../../src/core/language/registry";

/**
 * V8 stops optimizing a regular expression whose source passes 20 KB and runs it about ten times
 * slower; a lexicon pattern that grows past that silently slows every clause.
 */
const LIMIT = 16_000;

function patternsIn(value: unknown, path: string, seen = new Set<unknown>()): [string, RegExp][] {
  if (value instanceof RegExp) return [[path, value]];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => patternsIn(inner, `${path}.${key}`, seen));
}

describe("lexicon patterns stay where V8 optimizes them", () => {
  const patterns = registeredPacks().flatMap((pack) => patternsIn(pack.lexicon, pack.language));
  it("finds the patterns of every registered language", () => {
    expect(new Set(patterns.map(([path]) => path.split(".")[0])).size).toBeGreaterThanOrEqual(7);
  });
  it.each(patterns.map(([path, pattern]) => [path, pattern.source.length]))(
    "%s is under 16,000 characters",
    (_path, length) => {
      expect(length).toBeLessThan(LIMIT);
    },
  );
});
