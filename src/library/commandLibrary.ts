import type { TemplateLibrary } from "../core/templates";
import type { RoamingStore } from "../host/mailHost";
import { readCachedLibrary, type KeyValueCache } from "./libraryCache";
import { readRepLibraryUrl, resolveLibraryUrl } from "./libraryUrl";
import { mergeLibraries, type OfferedLibrary } from "./mergeLibraries";
import { listPersonal } from "./personalTemplates";

export interface CommandLibraryOptions {
  /** The admin's address from the command file's own URL (`commands.html?library=…`). */
  adminUrl?: string;
  store: RoamingStore;
  cache: KeyValueCache;
  builtin: TemplateLibrary;
}

/**
 * The templates a one-click command drafts with: the rep's personal templates, then the team
 * library as the task pane last loaded it, else the built-in one. A command fetches nothing: a
 * click must answer within a second, offline too, and the pane refreshes the saved copy every
 * time it opens.
 */
export function commandLibrary({ adminUrl, store, cache, builtin }: CommandLibraryOptions): OfferedLibrary {
  const address = resolveLibraryUrl({ adminUrl, repUrl: readRepLibraryUrl(store) });
  const team = address.url ? readCachedLibrary(cache, address.url)?.library : undefined;
  return mergeLibraries(team ?? builtin, listPersonal(store).templates);
}
