/**
 * The team template library as the pane uses it: where it lives, loading it safely, and the
 * rep's personal templates. Pure TypeScript: fetch, storage and roaming settings come in as
 * parameters, so the same code runs under jest, in the simulator and in Outlook.
 *
 * Wiring in the task pane:
 *
 *   const address = resolveLibraryUrl({
 *     adminUrl: libraryUrlFromQuery(window.location.search), // ?library=… in the manifest
 *     repUrl: readRepLibraryUrl(host.settings),
 *   });
 *   const state = await loadTemplateLibrary({
 *     url: address.url,
 *     fetchText: async (url, signal) => {
 *       const response = await fetch(url, { signal, cache: "no-cache" });
 *       return { status: response.status, text: await response.text() };
 *     },
 *     cache: window.localStorage,
 *     builtin: builtinLibrary,
 *   });
 *   // state.library always has templates; show state.message and state.rejected when present.
 *   const personal = listPersonal(host.settings);
 *   const offered = mergeLibraries(state.library, personal.templates); // draft with this
 *
 *   Settings field: saveRepLibraryUrl(host.settings, text) → problem sentence or null
 *   (validateLibraryUrl for live feedback; disable the field when address.setBy === "admin").
 *   Editor: duplicateTemplate(t, name) → lintPersonalTemplate(edited) for live lint →
 *   savePersonal(host.settings, edited) → { ok, template } or { ok: false, message, failures };
 *   deletePersonal(host.settings, id); exportTemplateFile(t) → the text of a .html template file.
 *
 * Address precedence: the admin's (manifest query string) wins; the rep's roaming setting is
 * used only when the admin set none (see resolveLibraryUrl for why).
 * Storage: localStorage "decisionAsk.teamLibrary" (last good team copy, with its url and
 * fetchedAt); roaming "decisionAsk.libraryUrl" and "decisionAsk.personalTemplates" (at most
 * 24 KB of Outlook's 32 KB, leaving 8 KB for the add-in's other settings).
 */
export type { FetchText } from "./fetchWithTimeout";
export { browserStorage } from "./browserStorage";
export { commandLibrary, type CommandLibraryOptions } from "./commandLibrary";
export { exportTemplateFile } from "./exportTemplateFile";
export { LIBRARY_CACHE_KEY, type KeyValueCache } from "./libraryCache";
export {
  libraryUrlFromQuery,
  readRepLibraryUrl,
  REP_LIBRARY_URL_KEY,
  resolveLibraryUrl,
  saveRepLibraryUrl,
  validateLibraryUrl,
  type LibraryAddress,
} from "./libraryUrl";
export {
  DEFAULT_TIMEOUT_MS,
  loadTemplateLibrary,
  type LibraryState,
  type LoadLibraryOptions,
} from "./loadTemplateLibrary";
export {
  mergeLibraries,
  type OfferedLibrary,
  type OfferedTemplate,
  type TemplateOrigin,
} from "./mergeLibraries";
export {
  deletePersonal,
  duplicateTemplate,
  lintPersonalTemplate,
  listPersonal,
  PERSONAL_BUDGET_BYTES,
  PERSONAL_TEMPLATES_KEY,
  savePersonal,
  type DeleteResult,
  type PersonalTemplates,
  type SaveResult,
} from "./personalTemplates";
