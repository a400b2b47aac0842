import { FEATURE_NAMES } from "../../../src/core/detect/confidence/featureNames";
import { FEATURE_COUNT, requestFeatures } from "../../../src/core/detect/confidence/features";
import { keepConfident, weightsFor } from "../../../src/core/detect/confidence/keepConfident";
import { confidence, fitWeights } from "../../../src/core/detect/confidence/model";
import { detectRequests } from "../../../src/core/detect/detectRequests";
import { registerAllLanguages } from "../../../src/core/language/allLanguages";
import type { DetectedRequest } from "../../../src/core/types";

beforeAll(() => registerAllLanguages());

const request = (type: DetectedRequest["type"], item: string, evidence: string): DetectedRequest => ({
  type,
  item,
  evidence,
});

describe("request confidence: features", () => {
  it("gives one value per feature name, from the evidence, the item and the place", () => {
    const asked = request("pricing", "pricing for 40 seats", "Could you send pricing for 40 seats?");
    const features = requestFeatures(asked, 0, 1, `Hi Sam,\n\n${asked.evidence}\n\nThanks`);
    expect(features).toHaveLength(FEATURE_COUNT);
    const value = (name: string) => features[FEATURE_NAMES.indexOf(name)];
    expect(value("bias")).toBe(1);
    expect(value("type pricing")).toBe(1);
    expect(value("type demo")).toBe(0);
    expect(value("question")).toBe(1);
    expect(value("modal you")).toBe(1);
    expect(value("past")).toBe(0);
    expect(value("place in the message")).toBeGreaterThan(0);
  });

  it("reads a status sentence as one", () => {
    const status = request(
      "contract",
      "the MSA",
      "Legal had the MSA last week and will come back with redlines.",
    );
    const features = requestFeatures(status, 0, 1, status.evidence);
    const value = (name: string) => features[FEATURE_NAMES.indexOf(name)];
    expect([value("past"), value("future"), value("question"), value("please")]).toEqual([1, 1, 0, 0]);
  });
});

describe("request confidence: the model", () => {
  it("fits weights that separate what the labels separate", () => {
    const rows = [
      [1, 1, 0],
      [1, 1, 1],
      [1, 0, 1],
      [1, 0, 0],
    ];
    const truth = [true, true, false, false];
    const weights = fitWeights(rows, truth);
    expect(confidence(weights, [1, 1, 0])).toBeGreaterThan(0.5);
    expect(confidence(weights, [1, 0, 0])).toBeLessThan(0.5);
  });

  it("gives the same weights for the same data", () => {
    const rows = [
      [1, 0.2],
      [1, 0.9],
    ];
    expect(fitWeights(rows, [false, true])).toEqual(fitWeights(rows, [false, true]));
  });

  it("ships English weights fitted to the features as they are computed and named now", () => {
    expect(FEATURE_NAMES).toHaveLength(FEATURE_COUNT);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_COUNT);
    expect(weightsFor.en).toHaveLength(FEATURE_COUNT);
  });
});

describe("request confidence: keeping requests", () => {
  it.each([
    "Could you send us pricing for 40 seats?",
    "Can we get a demo of the dispatch board next week?",
    "Please send your SOC 2 report.",
    "We'd need a couple of case studies from logistics customers.",
    "Could you put me in touch with a customer who runs it in retail?",
    "Would it be possible to set up a two-week trial for our team?",
  ])("keeps a plain English ask: %s", (text) => {
    const found = detectRequests(text, "en");
    expect(found.length).toBeGreaterThan(0);
    expect(keepConfident(found, text, "en")).toEqual(found);
  });

  it("leaves languages without a model, and unknown ones, as found", () => {
    const found = [request("pricing", "un devis", "Pourriez-vous nous envoyer un devis ?")];
    expect(keepConfident(found, found[0].evidence, "fr")).toEqual(found);
    expect(keepConfident(found, found[0].evidence, "unknown")).toEqual(found);
  });
});
