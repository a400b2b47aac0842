import type { DetectedLanguage, DetectedRequest, Language } from "../../types";
import { FEATURE_COUNT, requestFeatures } from "./features";
import { confidence, KEEP_AT } from "./model";
import { weights as en } from "./en";

/** Weights fitted by `npm run train:confidence`, one per feature; a language without them keeps every request. */
export const weightsFor: Readonly<Partial<Record<Language, readonly number[]>>> = { en };

/**
 * The requests the language's model holds likely asked for. `message` is the text they were
 * found in.
 */
export function keepConfident(
  requests: readonly DetectedRequest[],
  message: string,
  language: DetectedLanguage,
): DetectedRequest[] {
  const weights = language === "unknown" ? undefined : weightsFor[language];
  if (!weights || weights.length !== FEATURE_COUNT) return [...requests];
  return requests.filter(
    (request, i) => confidence(weights, requestFeatures(request, i, requests.length, message)) >= KEEP_AT,
  );
}
