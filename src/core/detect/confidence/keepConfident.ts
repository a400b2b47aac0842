import type { DetectedLanguage, DetectedRequest, Language } from "../../types";
import { FEATURE_COUNT, requestFeatures } from "./features";
import { confidence } from "./model";
import { weights as en } from "./en.json";

/**
 * Weights fitted by `npm run train:confidence`, one per feature; a language without them keeps
 * every request. (The file names each weight's feature; the pane imports the weights alone.)
 */
export const weightsFor: Readonly<Partial<Record<Language, readonly number[]>>> = { en };

/** Below this the model holds a request more likely a misreading than an ask. */
export const KEEP_AT = 0.5;

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
