/** String storage for the last good team library; `window.localStorage` fits as it is. */
export interface KeyValueCache {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The cache key of the last good team library (one copy, for the address it came from). */
export const LIBRARY_CACHE_KEY = "decisionAsk.teamLibrary";
