import type { Language } from "../../../src/core/types";

/**
 * The language registry as the task pane sees it: English only until a language is loaded.
 * Jest's setup registers every language, so each test takes a fresh copy of the core.
 */

type Core = {
  registry: typeof import("../../../src/core/language/registry");
  loader: typeof import("../../../src/core/language/loadLanguage");
  lexicon: typeof import("../../../src/core/detect/lexicon");
  detect: typeof import("../../../src/core/detect/detectRequests");
  dates: typeof import("../../../src/core/dates");
  packs: typeof import("../../../src/core/language/packs/de");
};

async function freshCore(): Promise<Core> {
  jest.resetModules();
  return {
    registry: await import("../../../src/core/language/registry"),
    loader: await import("../../../src/core/language/loadLanguage"),
    lexicon: await import("../../../src/core/detect/lexicon"),
    detect: await import("../../../src/core/detect/detectRequests"),
    dates: await import("../../../src/core/dates"),
    packs: await import("../../../src/core/language/packs/de"),
  };
}

const OTHERS = ["de", "fr", "es", "pt", "it", "nl"] as const;
// A German-only request cue ("Angebot") and a German date ("nächsten Freitag": the next week's).
const GERMAN = "Wir benötigen ein Angebot für 50 Lizenzen bis nächsten Freitag.";
const ENGLISH = "Could you show us a demo of the route planner?";
const SENT = "2026-11-25T09:00:00Z";

/** Importers that resolve with the real packs, except for the languages told to fail. */
function importers(failing: Language[] = []) {
  const calls: Language[] = [];
  const make = (language: (typeof OTHERS)[number]) => async () => {
    calls.push(language);
    if (failing.includes(language)) throw new Error(`ChunkLoadError: Loading chunk lang-${language} failed.`);
    return import(`../../../src/core/language/packs/${language}`);
  };
  return {
    calls,
    importers: Object.fromEntries(OTHERS.map((language) => [language, make(language)])) as Record<
      (typeof OTHERS)[number],
      () => Promise<{ pack: import("../../../src/core/language/registry").LanguagePack }>
    >,
  };
}

describe("language registry", () => {
  it("starts with English alone, so German reads only through English words", async () => {
    const { registry, lexicon, detect, dates } = await freshCore();
    expect(registry.registeredPacks().map((pack) => pack.language)).toEqual(["en"]);
    expect(lexicon.lexiconsFor("de", GERMAN)).toEqual([registry.ENGLISH.lexicon]);
    expect(detect.detectRequests(GERMAN, "de")).toEqual([]);
    expect(dates.findDates(GERMAN, SENT, "de")).toEqual([]);
  });

  it("reads German with its lexicon and date parser once German is loaded", async () => {
    const { registry, loader, lexicon, detect, dates } = await freshCore();
    const { calls, importers: load } = importers();
    await loader.createLanguageLoader(load)("de");

    expect(calls).toEqual(["de"]);
    expect(registry.isRegistered("de")).toBe(true);
    expect(lexicon.lexiconsFor("de", GERMAN)[0]).toBe(registry.languagePack("de")?.lexicon);
    expect(detect.detectRequests(GERMAN, "de").map((request) => request.type)).toEqual(["pricing"]);
    expect(dates.findDates(GERMAN, SENT, "de").map((mention) => mention.date)).toEqual(["2026-12-04"]);
  });

  it("loads nothing for English, and nothing twice", async () => {
    const { loader } = await freshCore();
    const { calls, importers: load } = importers();
    const loadLanguage = loader.createLanguageLoader(load);
    await loadLanguage("en");
    await loadLanguage("fr");
    await loadLanguage("fr");
    expect(calls).toEqual(["fr"]);
  });

  it("loads every language for 'unknown', which compares them all", async () => {
    const { registry, loader } = await freshCore();
    const { calls, importers: load } = importers();
    await loader.createLanguageLoader(load)("unknown");
    expect([...calls].sort()).toEqual([...OTHERS].sort());
    expect(
      registry
        .registeredPacks()
        .map((pack) => pack.language)
        .sort(),
    ).toEqual(["en", ...OTHERS].sort());
  });

  it("reports a failed download, keeps English working, and tries again next time", async () => {
    const { registry, loader, detect } = await freshCore();
    const failing = importers(["de"]);
    const attempt = loader.createLanguageLoader(failing.importers)("de");

    await expect(attempt).rejects.toBeInstanceOf(loader.LanguageLoadError);
    await expect(attempt).rejects.toMatchObject({ languages: ["de"] });
    expect(registry.isRegistered("de")).toBe(false);
    expect(detect.detectRequests(ENGLISH, "en").map((request) => request.type)).toEqual(["demo"]);

    const online = importers();
    await loader.createLanguageLoader(online.importers)("de");
    expect(online.calls).toEqual(["de"]);
    expect(detect.detectRequests(GERMAN, "de").map((request) => request.type)).toEqual(["pricing"]);
  });

  it("keeps the languages that arrived when others fail", async () => {
    const { registry, loader } = await freshCore();
    const { importers: load } = importers(["it", "nl"]);
    await expect(loader.createLanguageLoader(load)("unknown")).rejects.toMatchObject({
      languages: ["it", "nl"],
    });
    expect(
      registry
        .registeredPacks()
        .map((pack) => pack.language)
        .sort(),
    ).toEqual(["de", "en", "es", "fr", "pt"].sort());
  });

  it("loads a language through its own chunk import", async () => {
    const { registry, loader, packs } = await freshCore();
    await loader.loadLanguage("de");
    expect(registry.languagePack("de")).toBe(packs.pack);
  });

  it("gives the CLI and the commands every language through analyzeEmail", async () => {
    const { registry } = await freshCore();
    const { analyzeEmail } = await import("../../../src/core/analyze");
    const analysis = analyzeEmail({
      mode: "read",
      body: `Hallo Sam,\n\n${GERMAN} Wir freuen uns auf Ihre Rückmeldung und die Unterlagen.\n\nViele Grüße\nAnna`,
      bodyType: "text",
      from: { name: "Anna Schmidt", email: "anna@acme.example" },
      sentAt: SENT,
    });
    expect(analysis.message.language).toBe("de");
    expect(analysis.requests.map((request) => request.type)).toContain("pricing");
    expect(registry.registeredPacks()).toHaveLength(7);
  });
});
