import { LIBRARY_CACHE_KEY, loadTemplateLibrary, type LibraryState } from "../../src/library";
import { BUILTIN, fakeFetch, MemoryCache, teamLibrary, template, type FakeAnswer } from "./fakes";

const URL_ = "https://contoso.sharepoint.com/sites/sales/library.json";
const SAVED_AT = new Date("2026-11-29T12:00:00Z");
const TODAY = new Date("2026-11-30T09:00:00Z");
const ok = (body: unknown): FakeAnswer => ({ status: 200, text: JSON.stringify(body) });

/** A cache holding a good copy of the team library fetched from URL_ on 29 Nov. */
async function cacheWithSavedCopy(): Promise<MemoryCache> {
  const cache = new MemoryCache();
  const saved = teamLibrary([template({ id: "saved-en", name: "Saved copy" })]);
  const state = await loadTemplateLibrary({
    url: URL_,
    fetchText: fakeFetch(ok({ ...saved, version: "2026.11.0" })).fetchText,
    cache,
    builtin: BUILTIN,
    now: () => SAVED_AT,
  });
  expect(state.source).toBe("team");
  return cache;
}

function load(answer: FakeAnswer, cache: MemoryCache, url: string | undefined = URL_, timeoutMs?: number) {
  const fetch = fakeFetch(answer);
  const result = loadTemplateLibrary({
    url,
    fetchText: fetch.fetchText,
    cache,
    builtin: BUILTIN,
    timeoutMs,
    now: () => TODAY,
  });
  return { result, calls: fetch.calls };
}

describe("loading the team library", () => {
  test("a good library is used, dated, and saved for offline use with its address", async () => {
    const cache = new MemoryCache();
    const { result, calls } = load(ok(teamLibrary()), cache);
    const state = await result;
    expect(state).toEqual<LibraryState>({
      library: teamLibrary() as LibraryState["library"],
      source: "team",
      url: URL_,
      rejected: [],
      fetchedAt: TODAY.toISOString(),
    });
    expect(calls.map((call) => call.url)).toEqual([URL_]);
    expect(calls[0].signal.aborted).toBe(false);
    expect(JSON.parse(cache.getItem(LIBRARY_CACHE_KEY)!)).toEqual({
      url: URL_,
      fetchedAt: TODAY.toISOString(),
      library: teamLibrary(),
    });
  });

  test("no address: the built-in library, no request, nothing to say", async () => {
    for (const url of [undefined, "", "   "]) {
      const { fetchText, calls } = fakeFetch(ok(teamLibrary()));
      const state = await loadTemplateLibrary({ url, fetchText, cache: new MemoryCache(), builtin: BUILTIN });
      expect(state).toEqual({ library: BUILTIN, source: "builtin", rejected: [] });
      expect(calls).toHaveLength(0);
    }
  });

  test.each([
    ["http://contoso.com/library.json", /Only HTTPS addresses are allowed/],
    ["ftp://contoso.com/library.json", /Only HTTPS addresses are allowed/],
    ["file:///C:/library.json", /Only HTTPS addresses are allowed/],
    ["javascript:alert(1)", /Only HTTPS addresses are allowed/],
    ["http://localhost.evil.com/library.json", /Only HTTPS addresses are allowed/],
    ["contoso.com/library.json", /is not a web address/],
    ["https://rep:secret@contoso.com/library.json", /user name and password/],
  ])("%s is refused without a request", async (url, message) => {
    const cache = new MemoryCache();
    const { result, calls } = load(ok(teamLibrary()), cache, url);
    const state = await result;
    expect(calls).toHaveLength(0);
    expect(state).toMatchObject({ library: BUILTIN, source: "builtin", url, rejected: [] });
    expect(state.message).toMatch(message);
    expect(state.message).toMatch(/Using the built-in templates\.$/);
    expect(cache.writes).toBe(0);
  });

  test.each([
    "http://localhost:3000/library.json",
    "http://127.0.0.1:8080/library.json",
    "http://[::1]/lib.json",
  ])("%s is allowed for development", async (url) => {
    const { result, calls } = load(ok(teamLibrary()), new MemoryCache(), url);
    expect((await result).source).toBe("team");
    expect(calls.map((call) => call.url)).toEqual([url]);
  });

  const broken = (templates: unknown[]) => ok(teamLibrary(templates));
  const failures: [string, FakeAnswer, RegExp][] = [
    [
      "server down",
      { reject: "Failed to fetch" },
      /Couldn't reach .*\(the connection failed: Failed to fetch\)\./,
    ],
    ["500", { status: 500, text: "oops" }, /\(server returned 500\)\./],
    ["503", { status: 503, text: "" }, /\(server returned 503\)\./],
    ["404", { status: 404, text: "Not found" }, /\(server returned 404; check the library address\)\./],
    [
      "403",
      { status: 403, text: "" },
      /\(server returned 403; the file must be readable without signing in\)\./,
    ],
    ["bad JSON", { status: 200, text: '{"schemaVersion": 1, "name": ' }, /isn't valid JSON \(.+\)\./],
    ["a sign-in page", { status: 200, text: "<!DOCTYPE html><title>Sign in</title>" }, /returned a web page/],
    ["wrong schemaVersion", ok({ ...teamLibrary(), schemaVersion: 2 }), /can't be used\. .*schemaVersion 2/],
    [
      "missing fields",
      ok({ schemaVersion: 1, templates: [] }),
      /can't be used\. .*does not match the schema/,
    ],
    ["JSON that is no library", ok([1, 2, 3]), /can't be used\./],
    ["no templates", broken([]), /has no templates\./],
    [
      "every template fails the lint",
      broken([template({ body: "<p>Hi</p>" }), template({ id: "x-en", body: "<script>x()</script>" })]),
      /None of the 2 templates in your team's library passed the template checks\./,
    ],
    [
      "too large",
      { status: 200, text: " ".repeat(2_000_001) },
      /is 2\.0 MB; the add-in reads libraries up to 2\.0 MB/,
    ],
  ];

  describe.each([
    ["with a saved copy", true],
    ["without a saved copy", false],
  ])("%s", (_label, withCache) => {
    test.each(failures)("%s: falls back and says why", async (_name, answer, problem) => {
      const cache = withCache ? await cacheWithSavedCopy() : new MemoryCache();
      const before = cache.getItem(LIBRARY_CACHE_KEY);
      const writes = cache.writes;
      const state = await load(answer, cache).result;

      expect(state.message).toMatch(problem);
      if (withCache) {
        expect(state.source).toBe("cache");
        expect(state.library.version).toBe("2026.11.0");
        expect(state.library.templates.map((t) => t.id)).toEqual(["saved-en"]);
        expect(state.fetchedAt).toBe(SAVED_AT.toISOString());
        expect(state.message).toMatch(/ Using the copy saved on 29 Nov\.$/);
      } else {
        expect(state.source).toBe("builtin");
        expect(state.library).toBe(BUILTIN);
        expect(state.fetchedAt).toBeUndefined();
        expect(state.message).toMatch(/ Using the built-in templates\.$/);
      }
      expect(state.url).toBe(URL_);
      expect(state.library.templates.length).toBeGreaterThan(0);
      expect(cache.writes).toBe(writes);
      expect(cache.getItem(LIBRARY_CACHE_KEY)).toBe(before);
    });

    test("timeout: the request is aborted and the pane falls back", async () => {
      const cache = withCache ? await cacheWithSavedCopy() : new MemoryCache();
      const writes = cache.writes;
      const { result, calls } = load("hang", cache, URL_, 30);
      const state = await result;
      expect(calls[0].signal.aborted).toBe(true);
      expect(state.message).toMatch(/didn't answer within 30 ms\./);
      expect(state.source).toBe(withCache ? "cache" : "builtin");
      expect(cache.writes).toBe(writes);
    });

    test("templates that fail the lint are listed; the rest of the team library is used and saved", async () => {
      const cache = withCache ? await cacheWithSavedCopy() : new MemoryCache();
      const answer = broken([
        template({ id: "demo-en" }),
        template({
          id: "unescaped-en",
          body: `${"<p>{{{items}}}</p>"}\n<p>{{decision.ask}} {{decisionDate.long}}</p>`,
        }),
        template({ id: "no-ask-en", body: "<p>Here is {{items}}.</p>" }),
        { id: "half-en", name: "No body" },
      ]);
      const state = await load(answer, cache).result;

      expect(state.source).toBe("team");
      expect(state.library.templates.map((t) => t.id)).toEqual(["demo-en"]);
      expect(state.rejected.map((r) => r.path)).toEqual([
        "templates[1] unescaped-en",
        "templates[2] no-ask-en",
        "templates[3] half-en",
      ]);
      expect(state.rejected[0].errors.join(" ")).toMatch(/no-unescaped-values/);
      expect(state.rejected[1].errors.join(" ")).toMatch(/asks-decision/);
      expect(state.rejected[1].errors.join(" ")).toMatch(/asks-date/);
      expect(state.rejected[2].errors.join(" ")).toMatch(/must have required property/);
      expect(state.message).toBe(
        "3 of your team's 4 templates were left out because they failed the template checks.",
      );
      const saved = JSON.parse(cache.getItem(LIBRARY_CACHE_KEY)!) as {
        library: { templates: { id: string }[] };
      };
      expect(saved.library.templates.map((t) => t.id)).toEqual(["demo-en"]);
    });
  });

  test("by default the pane waits 4 seconds, even for a fetch that ignores the abort", async () => {
    jest.useFakeTimers();
    try {
      const calls: AbortSignal[] = [];
      let settled = false;
      const loading = loadTemplateLibrary({
        url: URL_,
        fetchText: (_url, signal) => {
          calls.push(signal);
          return new Promise(() => undefined);
        },
        cache: new MemoryCache(),
        builtin: BUILTIN,
      }).then((state) => {
        settled = true;
        return state;
      });
      await jest.advanceTimersByTimeAsync(3999);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      const state = await loading;
      expect(calls[0].aborted).toBe(true);
      expect(state.message).toBe(
        "Your team's template library didn't answer within 4 seconds. Using the built-in templates.",
      );
    } finally {
      jest.useRealTimers();
    }
  });

  test("an address with blank space around it is fetched and saved trimmed", async () => {
    const cache = new MemoryCache();
    const { result, calls } = load(ok(teamLibrary()), cache, `  ${URL_}\n`);
    expect(await result).toMatchObject({ source: "team", url: URL_ });
    expect(calls.map((call) => call.url)).toEqual([URL_]);
    expect(JSON.parse(cache.getItem(LIBRARY_CACHE_KEY)!)).toMatchObject({ url: URL_ });
  });

  test("a saved copy of another address is not used", async () => {
    const cache = await cacheWithSavedCopy();
    const state = await load({ status: 503, text: "" }, cache, "https://other.example.com/library.json")
      .result;
    expect(state.source).toBe("builtin");
    expect(state.library).toBe(BUILTIN);
  });

  test.each([
    ["not JSON", "{"],
    ["not an entry", "[]"],
    ["no date", JSON.stringify({ url: URL_, library: teamLibrary() })],
    [
      "a library that no longer validates",
      JSON.stringify({ url: URL_, fetchedAt: "2026-11-29", library: { schemaVersion: 2 } }),
    ],
    [
      "only templates that now fail the lint",
      JSON.stringify({
        url: URL_,
        fetchedAt: "2026-11-29",
        library: teamLibrary([template({ body: "<p>Hi</p>" })]),
      }),
    ],
  ])("a damaged saved copy (%s) is ignored", async (_name, saved) => {
    const cache = new MemoryCache();
    cache.items.set(LIBRARY_CACHE_KEY, saved);
    const state = await load({ status: 500, text: "" }, cache).result;
    expect(state.source).toBe("builtin");
  });

  test("storage that cannot be read or written does not stop a good load", async () => {
    const full = new MemoryCache(true);
    expect((await load(ok(teamLibrary()), full).result).source).toBe("team");
    const blocked = new MemoryCache();
    blocked.getItem = () => {
      throw new Error("SecurityError");
    };
    const state = await load({ status: 500, text: "" }, blocked).result;
    expect(state.source).toBe("builtin");
  });

  test("a copy saved in an earlier year is dated with the year", async () => {
    const cache = await cacheWithSavedCopy();
    const state = await loadTemplateLibrary({
      url: URL_,
      fetchText: fakeFetch({ status: 502, text: "" }).fetchText,
      cache,
      builtin: BUILTIN,
      now: () => new Date("2027-01-05T12:00:00Z"),
    });
    expect(state.message).toMatch(/Using the copy saved on 29 Nov 2026\.$/);
  });
});
