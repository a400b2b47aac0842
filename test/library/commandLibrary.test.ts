import {
  commandLibrary,
  LIBRARY_CACHE_KEY,
  REP_LIBRARY_URL_KEY,
  savePersonal,
  type TemplateOrigin,
} from "../../src/library";
import { BUILTIN, MemoryCache, MemoryRoamingStore, teamLibrary, template } from "./fakes";

const TEAM_URL = "https://templates.contoso.com/library.json";

function cached(url: string): MemoryCache {
  const cache = new MemoryCache();
  cache.setItem(
    LIBRARY_CACHE_KEY,
    JSON.stringify({ url, fetchedAt: "2026-11-28T09:00:00Z", library: teamLibrary() }),
  );
  return cache;
}

const ids = (library: { templates: { id: string; origin: TemplateOrigin }[] }) =>
  library.templates.map((t) => `${t.origin}:${t.id}`);

describe("commandLibrary", () => {
  it("drafts with the built-in library when no team library is set", () => {
    const library = commandLibrary({
      store: new MemoryRoamingStore(),
      cache: cached(TEAM_URL),
      builtin: BUILTIN,
    });
    expect(ids(library)).toEqual(["library:general-en"]);
  });

  it("uses the copy the pane saved for the admin's address, without fetching", () => {
    const library = commandLibrary({
      adminUrl: TEAM_URL,
      store: new MemoryRoamingStore(),
      cache: cached(TEAM_URL),
      builtin: BUILTIN,
    });
    expect(library.name).toBe("Contoso sales");
    expect(ids(library)).toEqual(["library:demo-en", "library:pricing-en"]);
  });

  it("uses the rep's address when the admin set none, and ignores a copy saved for another address", async () => {
    const store = new MemoryRoamingStore();
    await store.set(REP_LIBRARY_URL_KEY, TEAM_URL);
    expect(commandLibrary({ store, cache: cached(TEAM_URL), builtin: BUILTIN }).name).toBe("Contoso sales");
    const other = commandLibrary({
      store,
      cache: cached("https://elsewhere.example/lib.json"),
      builtin: BUILTIN,
    });
    expect(other.name).toBe(BUILTIN.name);
  });

  it("puts the rep's personal templates first, so the default pick prefers them", async () => {
    const store = new MemoryRoamingStore();
    await savePersonal(store, template({ id: "demo-en", name: "My demo" }));
    const library = commandLibrary({ adminUrl: TEAM_URL, store, cache: cached(TEAM_URL), builtin: BUILTIN });
    expect(ids(library)).toEqual(["personal:my-demo-en", "library:demo-en", "library:pricing-en"]);
  });

  it("falls back to the built-in library when storage is blocked", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => undefined,
    };
    const library = commandLibrary({
      adminUrl: TEAM_URL,
      store: new MemoryRoamingStore(),
      cache: blocked,
      builtin: BUILTIN,
    });
    expect(library.name).toBe(BUILTIN.name);
  });
});
