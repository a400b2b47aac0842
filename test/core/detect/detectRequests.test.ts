import { detectRequests } from "../../../src/core/detect/detectRequests";
import { MAX_ITEM } from "../../../src/core/detect/item";
import { loadFixtures, itemMatches, score, type RequestCase } from "./fixtures";

const fixtures = loadFixtures();

function label(c: RequestCase): string {
  return (c.name ?? c.text).replace(/\s+/g, " ").slice(0, 90);
}

describe.each([...fixtures.keys()])("requests in %s.json", (file) => {
  const cases = fixtures.get(file) ?? [];

  test.each(cases.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const found = detectRequests(c.text, c.language, c.addressees);
    expect(found.map((r) => r.type)).toEqual(c.expect.map((e) => e.type));
    for (const [i, e] of c.expect.entries()) {
      const { item, evidence } = found[i];
      // The item rides along so a failure shows what was found, not just "false".
      expect({ item, keywords: e.item, hasKeyword: itemMatches(item, e.item) }).toEqual({
        item,
        keywords: e.item,
        hasKeyword: true,
      });
      expect(item.length).toBeLessThanOrEqual(MAX_ITEM);
      expect(c.text.replace(/\s+/g, " ")).toContain(evidence);
    }
  });
});

test("the fixtures hold enough cases of each kind", () => {
  const all = [...fixtures.entries()].filter(([file]) => file !== "shared-corpus").flatMap(([, c]) => c);
  expect(all.length).toBeGreaterThanOrEqual(120);
  expect(all.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(25);
  expect(all.filter((c) => c.expect.length > 1).length).toBeGreaterThanOrEqual(10);
});

test("precision and recall over the project's own fixtures", () => {
  const totals = { truePositives: 0, falsePositives: 0, falseNegatives: 0, itemsRight: 0 };
  for (const [file, cases] of fixtures) {
    if (file === "shared-corpus") continue;
    for (const c of cases) {
      const s = score(detectRequests(c.text, c.language, c.addressees), c.expect);
      totals.truePositives += s.truePositives;
      totals.falsePositives += s.falsePositives;
      totals.falseNegatives += s.falseNegatives;
      totals.itemsRight += s.itemsRight;
    }
  }
  const precision = totals.truePositives / (totals.truePositives + totals.falsePositives);
  const recall = totals.truePositives / (totals.truePositives + totals.falseNegatives);
  expect(precision).toBeGreaterThanOrEqual(0.95);
  expect(recall).toBeGreaterThanOrEqual(0.95);
});
