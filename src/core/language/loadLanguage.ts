import { LANGUAGES, type DetectedLanguage, type Language } from "../types";
import { isRegistered, registerLanguage, type LanguagePack } from "./registry";

export type OtherLanguage = Exclude<Language, "en">;

/** How each language other than English arrives: a module exporting its pack. */
export type PackImporters = Record<OtherLanguage, () => Promise<{ pack: LanguagePack }>>;

// One chunk per language, so a German email downloads German and nothing else.
const DOWNLOADS: PackImporters = {
  de: () => import(/* webpackChunkName: "lang-de" */ "./packs/de"),
  fr: () => import(/* webpackChunkName: "lang-fr" */ "./packs/fr"),
  es: () => import(/* webpackChunkName: "lang-es" */ "./packs/es"),
  pt: () => import(/* webpackChunkName: "lang-pt" */ "./packs/pt"),
  it: () => import(/* webpackChunkName: "lang-it" */ "./packs/it"),
  nl: () => import(/* webpackChunkName: "lang-nl" */ "./packs/nl"),
};

/** Some languages could not be loaded (offline, CDN failure); English and the others still read. */
export class LanguageLoadError extends Error {
  constructor(readonly languages: readonly OtherLanguage[]) {
    super(`Could not load reading support for: ${languages.join(", ")}.`);
    this.name = "LanguageLoadError";
  }
}

function isOther(language: Language): language is OtherLanguage {
  return language !== "en";
}

/** The languages a message needs: its own, or every one for "unknown", which compares them all. */
function needed(language: DetectedLanguage): OtherLanguage[] {
  if (language === "unknown") return LANGUAGES.filter(isOther);
  return isOther(language) ? [language] : [];
}

/**
 * A loader over the given importers (tests pass failing ones). It registers every pack that
 * arrives, even when others fail, then rejects with a LanguageLoadError naming those that did
 * not; a later call tries them again.
 */
export function createLanguageLoader(
  importers: PackImporters,
): (language: DetectedLanguage) => Promise<void> {
  return async (language) => {
    const missing = needed(language).filter((other) => !isRegistered(other));
    const results = await Promise.allSettled(missing.map((other) => importers[other]()));
    const failed: OtherLanguage[] = [];
    results.forEach((result, i) => {
      if (result.status === "fulfilled") registerLanguage(result.value.pack);
      else failed.push(missing[i]);
    });
    if (failed.length > 0) throw new LanguageLoadError(failed);
  };
}

/** Makes sure the message's language can be read, downloading its chunk in the task pane. */
export const loadLanguage = createLanguageLoader(DOWNLOADS);
