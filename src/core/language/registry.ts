import type { Chrono } from "chrono-node";
// One module per locale: the package root pulls in every language chrono knows (Japanese,
// Chinese, Russian, …) and would double what the task pane downloads.
import * as chronoEn from "chrono-node/en";
import { en } from "../detect/lexicon/en";
import type { Lexicon } from "../detect/lexicon/types";
import type { Language } from "../types";

/** What the core needs to read a message in one language: request words and a date parser. */
export interface LanguagePack {
  language: Language;
  lexicon: Lexicon;
  /** chrono's casual parser for the language ("next Friday", "nächsten Freitag"). */
  dates: Chrono;
}

/**
 * English is always here: every other language borrows its words, and most mail is English.
 * The others are registered by `allLanguages` (Node, commands) or downloaded on demand by
 * `loadLanguage` (the task pane), so an English email does not pay for six other lexicons.
 */
export const ENGLISH: LanguagePack = { language: "en", lexicon: en, dates: chronoEn.casual };

const packs = new Map<Language, LanguagePack>([["en", ENGLISH]]);

export function registerLanguage(pack: LanguagePack): void {
  packs.set(pack.language, pack);
}

/** The pack for a language, or undefined when it has not been registered (not loaded yet, or failed to). */
export function languagePack(language: Language): LanguagePack | undefined {
  return packs.get(language);
}

export function isRegistered(language: Language): boolean {
  return packs.has(language);
}

/** Every registered pack, English first. */
export function registeredPacks(): LanguagePack[] {
  return [...packs.values()];
}
