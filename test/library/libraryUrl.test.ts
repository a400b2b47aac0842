import { HostError } from "../../src/host/mailHost";
import {
  libraryUrlFromQuery,
  readRepLibraryUrl,
  REP_LIBRARY_URL_KEY,
  resolveLibraryUrl,
  saveRepLibraryUrl,
  validateLibraryUrl,
  type LibraryAddress,
} from "../../src/library";
import { MemoryRoamingStore } from "./fakes";

describe("validateLibraryUrl", () => {
  test.each([
    "https://contoso.sharepoint.com/sites/sales/Shared%20Documents/library.json",
    "https://cdn.example.com/library.json?v=3#top",
    "  https://example.com/library.json  ",
    "http://localhost/library.json",
    "http://localhost:3000/library.json",
    "http://127.0.0.1:8080/library.json",
    "http://[::1]:8080/library.json",
  ])("accepts %s", (url) => {
    expect(validateLibraryUrl(url)).toBeNull();
  });

  test.each([
    ["", /Enter the address/],
    ["   ", /Enter the address/],
    [
      "http://contoso.com/library.json",
      /Only HTTPS addresses are allowed .*"http:\/\/contoso\.com\/library\.json"/,
    ],
    ["http://127.0.0.2/library.json", /Only HTTPS/],
    ["http://localhost.example.com/library.json", /Only HTTPS/],
    ["ws://localhost/library.json", /Only HTTPS/],
    ["data:application/json,{}", /Only HTTPS/],
    ["javascript:alert(1)", /Only HTTPS/],
    ["www.contoso.com/library.json", /is not a web address/],
    ["https://user:pass@contoso.com/library.json", /user name and password/],
    [`https://example.com/${"a".repeat(2000)}`, /at most 2000/],
  ])("refuses %j", (url, problem) => {
    expect(validateLibraryUrl(url)).toMatch(problem);
  });
});

describe("libraryUrlFromQuery", () => {
  test.each([
    ["?library=https%3A%2F%2Fcontoso.com%2Flib.json", "https://contoso.com/lib.json"],
    ["?library=https://contoso.com/lib.json", "https://contoso.com/lib.json"],
    ["?_host_Info=Outlook$Win32$16.02$en-US&library=https%3A%2F%2Fa.com%2Fb.json", "https://a.com/b.json"],
    ["library=https%3A%2F%2Fa.com%2Fb.json", "https://a.com/b.json"],
    ["?library=", undefined],
    ["?library=%20%20", undefined],
    ["?other=1", undefined],
    ["", undefined],
  ])("%j → %j", (search, expected) => {
    expect(libraryUrlFromQuery(search)).toBe(expected);
  });
});

describe("resolveLibraryUrl: the admin's address wins, the rep's is used when the admin set none", () => {
  const admin = "https://admin.example.com/library.json";
  const rep = "https://rep.example.com/library.json";
  test.each<[string, { adminUrl?: string; repUrl?: string }, LibraryAddress]>([
    ["both", { adminUrl: admin, repUrl: rep }, { url: admin, setBy: "admin", repUrlOverridden: true }],
    ["admin only", { adminUrl: admin }, { url: admin, setBy: "admin", repUrlOverridden: false }],
    ["rep only", { repUrl: rep }, { url: rep, setBy: "rep", repUrlOverridden: false }],
    ["blank admin", { adminUrl: "  ", repUrl: rep }, { url: rep, setBy: "rep", repUrlOverridden: false }],
    ["neither", {}, { setBy: "none", repUrlOverridden: false }],
    [
      "a broken admin address still wins, so the loader reports it",
      { adminUrl: "http://admin.example.com/x.json", repUrl: rep },
      { url: "http://admin.example.com/x.json", setBy: "admin", repUrlOverridden: true },
    ],
  ])("%s", (_name, settings, expected) => {
    expect(resolveLibraryUrl(settings)).toEqual(expected);
  });
});

describe("the rep's library address setting", () => {
  test("saves a good address, trimmed, and reads it back", async () => {
    const store = new MemoryRoamingStore();
    expect(await saveRepLibraryUrl(store, " https://contoso.com/library.json ")).toBeNull();
    expect(store.get(REP_LIBRARY_URL_KEY)).toBe("https://contoso.com/library.json");
    expect(readRepLibraryUrl(store)).toBe("https://contoso.com/library.json");
  });

  test("a refused address is explained and changes nothing", async () => {
    const store = new MemoryRoamingStore();
    await saveRepLibraryUrl(store, "https://contoso.com/library.json");
    const saves = store.saves;
    expect(await saveRepLibraryUrl(store, "http://contoso.com/library.json")).toMatch(/Only HTTPS/);
    expect(store.saves).toBe(saves);
    expect(readRepLibraryUrl(store)).toBe("https://contoso.com/library.json");
  });

  test("an empty address clears the setting", async () => {
    const store = new MemoryRoamingStore();
    await saveRepLibraryUrl(store, "https://contoso.com/library.json");
    expect(await saveRepLibraryUrl(store, "  ")).toBeNull();
    expect(readRepLibraryUrl(store)).toBeUndefined();
  });

  test("a value that is not a string is no address", () => {
    const store = new MemoryRoamingStore();
    store.values.set(REP_LIBRARY_URL_KEY, { url: "https://x.com" });
    expect(readRepLibraryUrl(store)).toBeUndefined();
  });

  test("a failed save rejects with the store's HostError", async () => {
    const store = new MemoryRoamingStore();
    store.failWith = new HostError("settingsFailed", "Outlook couldn't save your Decision Ask settings.");
    await expect(saveRepLibraryUrl(store, "https://contoso.com/library.json")).rejects.toMatchObject({
      code: "settingsFailed",
    });
    expect(readRepLibraryUrl(store)).toBeUndefined();
  });
});
