import { acceptedOffers } from "../../../src/core/detect/acceptedOffers";
import {
  loadOfferReader,
  readAcceptedOffers,
  registerOfferReader,
} from "../../../src/core/language/offerReading";

const OFFER = "Happy to send our SOC 2 report and a case study from a regional bank.";

describe("the reading of replies to the rep's offers, registered like a language", () => {
  afterEach(() => registerOfferReader(acceptedOffers));

  test("reads with the registered reader", () => {
    expect(readAcceptedOffers("Both please.", OFFER, "en", []).map((r) => r.type)).toEqual([
      "security",
      "case-study",
    ]);
  });

  test("a message with nothing quoted below it has no offer to take up", () => {
    const calls: string[] = [];
    registerOfferReader((text) => {
      calls.push(text);
      return [];
    });
    expect(readAcceptedOffers("Both please.", "  ", "en", [])).toEqual([]);
    expect(calls).toEqual([]);
  });

  test("loads only for a language it reads", async () => {
    await expect(loadOfferReader("de")).resolves.toBe(false);
    await expect(loadOfferReader("en")).resolves.toBe(true);
  });
});
