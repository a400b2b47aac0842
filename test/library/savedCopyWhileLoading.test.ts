import { LIBRARY_CACHE_KEY } from "../../src/library";
import { savedCopyWhileLoading } from "../../src/library/savedCopyWhileLoading";
import { MemoryCache, teamLibrary } from "./fakes";

const URL_A = "https://templates.contoso.com/library.json";

function cacheHolding(entry: unknown): MemoryCache {
  const cache = new MemoryCache();
  cache.setItem(LIBRARY_CACHE_KEY, typeof entry === "string" ? entry : JSON.stringify(entry));
  return cache;
}

describe("savedCopyWhileLoading", () => {
  it("gives the copy saved for the same address", () => {
    const cache = cacheHolding({ url: URL_A, fetchedAt: "2026-11-28T09:00:00Z", library: teamLibrary() });
    expect(savedCopyWhileLoading(cache, URL_A)?.templates.map((t) => t.id)).toEqual([
      "demo-en",
      "pricing-en",
    ]);
  });

  it.each([
    ["another address", { url: "https://elsewhere.example/x.json", library: teamLibrary() }],
    ["no templates", { url: URL_A, library: teamLibrary([]) }],
    ["a template of the wrong shape", { url: URL_A, library: teamLibrary([{ id: 3, body: null }]) }],
    ["another schema version", { url: URL_A, library: { ...teamLibrary(), schemaVersion: 2 } }],
    ["text that is not JSON", "{not json"],
  ])("gives nothing for %s", (_label, entry) => {
    expect(savedCopyWhileLoading(cacheHolding(entry), URL_A)).toBeNull();
  });

  it("gives nothing when storage is blocked", () => {
    const blocked = {
      getItem: (): string | null => {
        throw new Error("SecurityError");
      },
      setItem: () => undefined,
    };
    expect(savedCopyWhileLoading(blocked, URL_A)).toBeNull();
  });
});
