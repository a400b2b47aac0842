import type { RoamingStore } from "../host/mailHost";

/** The roaming setting that holds the address a rep typed in the pane's settings. */
export const REP_LIBRARY_URL_KEY = "decisionAsk.libraryUrl";

/** The query parameter an admin adds to the task pane's SourceLocation in the manifest. */
export const LIBRARY_QUERY_PARAM = "library";

/**
 * Long enough for any SharePoint or CDN address, and small enough that the rep's setting costs
 * the roaming budget a known amount (see PERSONAL_BUDGET_BYTES).
 */
export const MAX_LIBRARY_URL_CHARS = 2000;

const DEVELOPMENT_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why an address cannot be a team library, in words for the rep; null when it can. Only HTTPS
 * is accepted, so a library cannot be swapped on the way; plain HTTP only on this machine, for
 * sales ops trying a library before they publish it.
 */
export function validateLibraryUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === "") return "Enter the address of your team's template library.";
  if (trimmed.length > MAX_LIBRARY_URL_CHARS) {
    return `That address is ${trimmed.length} characters long; a library address may have at most ${MAX_LIBRARY_URL_CHARS}.`;
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return `"${shorten(trimmed)}" is not a web address. It should look like https://contoso.sharepoint.com/…/library.json.`;
  }
  if (parsed.username !== "" || parsed.password !== "") {
    return "Leave the user name and password out of the library address; it is saved and shared as it is.";
  }
  if (parsed.protocol === "https:") return null;
  if (parsed.protocol === "http:" && DEVELOPMENT_HOSTS.has(parsed.hostname)) return null;
  return `Only HTTPS addresses are allowed for a team library (plain http only on localhost, for testing); "${shorten(trimmed)}" is not one.`;
}

/** The admin's library address from the task pane's query string (`location.search`). */
export function libraryUrlFromQuery(search: string): string | undefined {
  const value = new URLSearchParams(search).get(LIBRARY_QUERY_PARAM)?.trim();
  return value ? value : undefined;
}

export interface LibraryAddress {
  /** The address to load; absent when neither the admin nor the rep set one. */
  url?: string;
  setBy: "admin" | "rep" | "none";
  /** The rep saved an address but the admin's wins: the pane says so next to the rep's field. */
  repUrlOverridden: boolean;
}

/**
 * The admin's address wins; the rep's is used only when the admin set none. A team library is
 * the one set of replies sales ops keeps for the whole team: if a rep's old or mistyped
 * setting could override it, that rep would silently send replies the team has retired. A
 * broken admin address is not replaced by the rep's either — the loader reports it, so the
 * admin learns of it instead of each rep quietly seeing something different.
 */
export function resolveLibraryUrl(settings: { adminUrl?: string; repUrl?: string }): LibraryAddress {
  const admin = settings.adminUrl?.trim();
  const rep = settings.repUrl?.trim();
  if (admin) return { url: admin, setBy: "admin", repUrlOverridden: Boolean(rep) };
  if (rep) return { url: rep, setBy: "rep", repUrlOverridden: false };
  return { setBy: "none", repUrlOverridden: false };
}

/** The address the rep saved, if any. */
export function readRepLibraryUrl(store: RoamingStore): string | undefined {
  const value = store.get<unknown>(REP_LIBRARY_URL_KEY);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Saves the rep's address (an empty one clears the setting). Returns what is wrong with it, or
 * null once saved; a refused address changes nothing. Rejects with the store's HostError when
 * Outlook cannot save.
 */
export async function saveRepLibraryUrl(store: RoamingStore, url: string): Promise<string | null> {
  const trimmed = url.trim();
  if (trimmed === "") {
    await store.remove(REP_LIBRARY_URL_KEY);
    return null;
  }
  const problem = validateLibraryUrl(trimmed);
  if (problem) return problem;
  await store.set(REP_LIBRARY_URL_KEY, trimmed);
  return null;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
