/** How the pane reads a URL: `fetch` in the browser, a fake in tests. */
export type FetchText = (url: string, signal: AbortSignal) => Promise<{ status: number; text: string }>;

export type FetchOutcome =
  | { kind: "response"; status: number; text: string }
  | { kind: "timeout" }
  | { kind: "unreachable"; detail: string };

/**
 * Fetches with a deadline. The request is aborted when the time is up, and the outcome does not
 * wait for a fetch that ignores the abort signal, so a hanging server cannot hold the pane.
 */
export async function fetchWithTimeout(
  fetchText: FetchText,
  url: string,
  timeoutMs: number,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: "timeout" });
    }, timeoutMs);
  });
  const request = (async (): Promise<FetchOutcome> => {
    try {
      const { status, text } = await fetchText(url, controller.signal);
      return { kind: "response", status, text };
    } catch (error) {
      if (controller.signal.aborted) return { kind: "timeout" };
      return { kind: "unreachable", detail: error instanceof Error ? error.message : String(error) };
    }
  })();
  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
