import type { KeyValueCache } from "./cacheKey";

/**
 * The browser's localStorage for the saved team library, shared by the pane and the commands
 * (same origin). Looked up on each use: merely touching it throws where storage is blocked, and
 * the cache's readers and writers treat a throw as "no saved copy".
 */
export const browserStorage: KeyValueCache = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
};
