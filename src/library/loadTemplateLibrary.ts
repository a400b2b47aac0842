import { validateLibrary, type RejectedTemplate, type TemplateLibrary } from "../core/templates";
import { fetchWithTimeout, type FetchOutcome, type FetchText } from "./fetchWithTimeout";
import { readCachedLibrary, writeCachedLibrary, type KeyValueCache } from "./libraryCache";
import { validateLibraryUrl } from "./libraryUrl";

export const DEFAULT_TIMEOUT_MS = 4000;

/**
 * Larger than any real library (500 templates of a few KB), small enough to parse within the
 * pane's load budget and to fit in the browser storage that keeps the offline copy.
 */
export const MAX_LIBRARY_CHARS = 2_000_000;

export interface LoadLibraryOptions {
  /** The team library's address (see resolveLibraryUrl); absent: the built-in library. */
  url?: string;
  fetchText: FetchText;
  cache: KeyValueCache;
  builtin: TemplateLibrary;
  timeoutMs?: number;
  /** The clock for fetchedAt and for dating the saved copy in messages. */
  now?: () => Date;
}

export interface LibraryState {
  /** Always has templates: the team's, else the saved copy of it, else the built-in ones. */
  library: TemplateLibrary;
  source: "team" | "cache" | "builtin";
  /** The team address that was tried, when there was one. */
  url?: string;
  /** Templates of the team library left out, with the reasons ("templates[2] demo-en" …). */
  rejected: RejectedTemplate[];
  /** For the rep: why the team library is not (fully) in use. Absent when all is well. */
  message?: string;
  /** ISO time the team library in use was fetched (now, or when the saved copy was made). */
  fetchedAt?: string;
}

/**
 * Loads the team's library and never fails: whatever goes wrong (address refused, server down
 * or slow, a page that is not the library, another schema version, templates that break the
 * commitment rule) the pane gets the last good copy of that library or the built-in one, and
 * a sentence saying why. Only a library with usable templates replaces the saved copy.
 */
export async function loadTemplateLibrary(options: LoadLibraryOptions): Promise<LibraryState> {
  const { cache, builtin } = options;
  const url = options.url?.trim();
  const now = options.now ?? (() => new Date());
  if (!url) return { library: builtin, source: "builtin", rejected: [] };

  const fallback = (problem: string, rejected: RejectedTemplate[] = []): LibraryState => {
    const cached = readCachedLibrary(cache, url);
    if (cached) {
      return {
        library: cached.library,
        source: "cache",
        url,
        rejected,
        message: `${problem} Using the copy saved on ${savedOn(cached.fetchedAt, now())}.`,
        fetchedAt: cached.fetchedAt,
      };
    }
    return {
      library: builtin,
      source: "builtin",
      url,
      rejected,
      message: `${problem} Using the built-in templates.`,
    };
  };

  const refused = validateLibraryUrl(url);
  if (refused) return fallback(refused);

  const timeoutMs =
    options.timeoutMs !== undefined && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
  const outcome = await fetchWithTimeout(options.fetchText, url, timeoutMs);
  const response = readResponse(outcome, timeoutMs);
  if ("problem" in response) return fallback(response.problem);

  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch (error) {
    return fallback(notJson(response.text, error));
  }
  const validated = validateLibrary(json);
  if (!validated.library)
    return fallback(`Your team's library can't be used. ${validated.error ?? ""}`.trim());
  const { library, rejected } = validated;
  if (library.templates.length === 0) {
    return fallback(
      rejected.length === 0
        ? "Your team's library has no templates."
        : `None of the ${rejected.length} templates in your team's library passed the template checks.`,
      rejected,
    );
  }

  const fetchedAt = now().toISOString();
  writeCachedLibrary(cache, { url, fetchedAt, library });
  return {
    library,
    source: "team",
    url,
    rejected,
    fetchedAt,
    ...(rejected.length > 0 && {
      message: `${rejected.length} of your team's ${rejected.length + library.templates.length} templates were left out because they failed the template checks.`,
    }),
  };
}

function readResponse(outcome: FetchOutcome, timeoutMs: number): { text: string } | { problem: string } {
  if (outcome.kind === "timeout") {
    return { problem: `Your team's template library didn't answer within ${seconds(timeoutMs)}.` };
  }
  if (outcome.kind === "unreachable") {
    return {
      problem: `Couldn't reach your team's template library (the connection failed: ${clip(outcome.detail)}).`,
    };
  }
  const { status, text } = outcome;
  if (status < 200 || status > 299) {
    return {
      problem: `Couldn't reach your team's template library (server returned ${status}${statusHint(status)}).`,
    };
  }
  if (text.length > MAX_LIBRARY_CHARS) {
    return {
      problem: `Your team's library is ${megabytes(text.length)}; the add-in reads libraries up to ${megabytes(MAX_LIBRARY_CHARS)}.`,
    };
  }
  return { text };
}

function statusHint(status: number): string {
  if (status === 404) return "; check the library address";
  if (status === 401 || status === 403) return "; the file must be readable without signing in";
  return "";
}

function notJson(text: string, error: unknown): string {
  // SharePoint and most hosts answer a wrong or private address with a sign-in or error page.
  if (text.trimStart().startsWith("<")) {
    return "Your team's library address returned a web page, not the library's JSON file (a sign-in page, perhaps).";
  }
  return `Your team's library isn't valid JSON (${clip(error instanceof Error ? error.message : String(error))}).`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "29 Nov", with the year when it is not this year's; in the rep's time zone. */
function savedOn(iso: string, today: Date): string {
  const saved = new Date(iso);
  const dayMonth = `${saved.getDate()} ${MONTHS[saved.getMonth()]}`;
  return saved.getFullYear() === today.getFullYear() ? dayMonth : `${dayMonth} ${saved.getFullYear()}`;
}

function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const value = Math.round(ms / 100) / 10;
  return `${value} second${value === 1 ? "" : "s"}`;
}

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
