import { validateLibrary, type TemplateLibrary } from "../core/templates";

import { LIBRARY_CACHE_KEY, type KeyValueCache } from "./cacheKey";

export { LIBRARY_CACHE_KEY, type KeyValueCache };

export interface CachedLibrary {
  url: string;
  /** ISO 8601 time of the fetch that produced the copy. */
  fetchedAt: string;
  library: TemplateLibrary;
}

/**
 * The saved copy for this address, checked again as if it had just been fetched: the copy may
 * come from an older version of the add-in with other rules, or have been edited by hand.
 */
export function readCachedLibrary(cache: KeyValueCache, url: string): CachedLibrary | null {
  let text: string | null;
  try {
    text = cache.getItem(LIBRARY_CACHE_KEY);
  } catch {
    // Storage can be blocked in the pane's browser; there is then simply no saved copy.
    return null;
  }
  if (text === null) return null;
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof entry !== "object" || entry === null) return null;
  const { url: cachedUrl, fetchedAt, library } = entry as Record<string, unknown>;
  if (cachedUrl !== url || typeof fetchedAt !== "string" || Number.isNaN(Date.parse(fetchedAt))) return null;
  const validated = validateLibrary(library);
  if (!validated.library || validated.library.templates.length === 0) return null;
  return { url, fetchedAt, library: validated.library };
}

/**
 * Keeps a copy for offline use. Returns false when storage refused it (full or blocked): the
 * library just loaded is still used, there is only no newer offline copy.
 */
export function writeCachedLibrary(cache: KeyValueCache, entry: CachedLibrary): boolean {
  try {
    cache.setItem(LIBRARY_CACHE_KEY, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}
