import { readFileSync } from "fs";
import { join } from "path";
import { acceptedOffers } from "../../../src/core/detect/acceptedOffers";
import { detectRequests } from "../../../src/core/detect/detectRequests";
import type { DetectedLanguage } from "../../../src/core/types";
import { itemMatches, type ExpectedRequest } from "./fixtures";

interface OfferCase {
  name: string;
  reply: string;
  offer: string;
  language?: DetectedLanguage;
  expect: ExpectedRequest[];
}

const file = join(__dirname, "../../fixtures/offers/en-accepted.json");
const { cases } = JSON.parse(readFileSync(file, "utf8")) as { cases: OfferCase[] };

describe("a reply taking up the rep's quoted offer", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const language = c.language ?? "en";
    const own = detectRequests(c.reply, language);
    const found = [...own, ...acceptedOffers(c.reply, c.offer, language, own)];
    expect(found.map((r) => r.type)).toEqual(c.expect.map((e) => e.type));
    for (const [i, e] of c.expect.entries()) {
      expect({ item: found[i].item, hasKeyword: itemMatches(found[i].item, e.item) }).toEqual({
        item: found[i].item,
        hasKeyword: true,
      });
    }
  });

  test("the evidence of an accepted offer is the prospect's sentence, not the rep's", () => {
    const [request] = acceptedOffers("Both please.", "I can send our SOC 2 report and a case study.", "en");
    expect(request.evidence).toBe("Both please.");
  });

  test("a language without offer words reads the prospect's words only", () => {
    expect(
      acceptedOffers("Ja, bitte beides.", "Ich kann Ihnen unser ISO-Zertifikat schicken.", "de"),
    ).toEqual([]);
  });
});
