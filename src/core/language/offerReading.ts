import type { DetectedLanguage, DetectedRequest } from "../types";

/**
 * Reads a reply against the rep's offers quoted below it (`detect/acceptedOffers.ts`). Kept out of
 * the core's static imports like the other languages' lexicons: the CLI, the commands and tests
 * register it up front (`registerAllLanguages`), the task pane downloads it only for a message
 * that quotes the rep's mail, so an email with no thread below it does not pay for it.
 */
export type OfferReader = (
  text: string,
  repText: string,
  language: DetectedLanguage,
  own: readonly DetectedRequest[],
) => DetectedRequest[];

let reader: OfferReader | null = null;

export function registerOfferReader(read: OfferReader): void {
  reader = read;
}

/** What the reply takes up of the rep's offers; nothing while no reader is registered. */
export function readAcceptedOffers(
  text: string,
  repText: string,
  language: DetectedLanguage,
  own: readonly DetectedRequest[],
): DetectedRequest[] {
  return reader && repText.trim() !== "" ? reader(text, repText, language, own) : [];
}

/** The languages whose replies to an offer are read (`detect/lexicon/en-offers.ts`). */
const OFFER_LANGUAGES: ReadonlySet<DetectedLanguage> = new Set(["en"]);

/**
 * Downloads and registers the reader (the task pane) for a message in a language it reads;
 * resolves false when there is nothing to read it with.
 */
export async function loadOfferReader(language: DetectedLanguage): Promise<boolean> {
  if (!OFFER_LANGUAGES.has(language)) return false;
  if (reader) return true;
  try {
    const { acceptedOffers } = await import(
      /* webpackChunkName: "reply-offers" */ "../detect/acceptedOffers"
    );
    registerOfferReader(acceptedOffers);
    return true;
  } catch {
    return false;
  }
}
