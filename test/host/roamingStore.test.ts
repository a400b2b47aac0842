import { HostError } from "../../src/host/mailHost";
import { createOfficeHost } from "../../src/host/office/officeHost";
import { ROAMING_LIMIT_BYTES, SETTINGS_CONTAINER } from "../../src/host/office/roamingStore";
import { INTERNAL_ERROR, fakeOutlook } from "./support/fakeOutlook";

describe("roaming settings", () => {
  test("set saves, get reads back a copy, remove saves", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    const { settings } = createOfficeHost(outlook.office);
    await settings.set("conversations", { "conv-1": { requests: ["demo"] } });
    expect(outlook.state.savedRoaming).toEqual({
      [SETTINGS_CONTAINER]: { conversations: { "conv-1": { requests: ["demo"] } } },
    });
    const read = settings.get<Record<string, { requests: string[] }>>("conversations");
    expect(read).toEqual({ "conv-1": { requests: ["demo"] } });
    read!["conv-1"].requests.push("mutated");
    expect(settings.get("conversations")).toEqual({ "conv-1": { requests: ["demo"] } });

    await settings.remove("conversations");
    expect(settings.get("conversations")).toBeUndefined();
    expect(outlook.state.savedRoaming).toEqual({ [SETTINGS_CONTAINER]: {} });
  });

  test("reads settings saved in an earlier session", () => {
    const outlook = fakeOutlook({
      mode: "read",
      roaming: { [SETTINGS_CONTAINER]: { templateId: "en-demo" } },
    });
    expect(createOfficeHost(outlook.office).settings.get("templateId")).toBe("en-demo");
  });

  test("past 32 KB in all: settingsTooLarge, and nothing changes in memory or in the mailbox", async () => {
    const before = { [SETTINGS_CONTAINER]: { keep: "x".repeat(20_000) } };
    const outlook = fakeOutlook({ mode: "read", roaming: before });
    const { settings } = createOfficeHost(outlook.office);
    const error = await settings
      .set("more", "y".repeat(ROAMING_LIMIT_BYTES - 20_000))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "settingsTooLarge" });
    expect((error as HostError).message).toMatch(/32 KB/);
    expect(outlook.called("roamingSettings.saveAsync")).toHaveLength(0);
    expect(outlook.state.roaming).toEqual(before);
    expect(settings.get("more")).toBeUndefined();
  });

  test("the limit counts bytes, so non-ASCII text counts for what it weighs", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    const { settings } = createOfficeHost(outlook.office);
    // 12,000 characters, 36,000 bytes in UTF-8.
    await expect(settings.set("note", "€".repeat(12_000))).rejects.toMatchObject({
      code: "settingsTooLarge",
    });
  });

  test("a failed save: settingsFailed, and the change is taken back so a later save cannot write it", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      roaming: { [SETTINGS_CONTAINER]: { templateId: "en-demo" } },
      fail: { "roamingSettings.saveAsync": INTERNAL_ERROR },
    });
    const { settings } = createOfficeHost(outlook.office);
    await expect(settings.set("templateId", "en-pricing")).rejects.toMatchObject({ code: "settingsFailed" });
    expect(settings.get("templateId")).toBe("en-demo");
    expect(outlook.state.roaming).toEqual({ [SETTINGS_CONTAINER]: { templateId: "en-demo" } });
  });

  test("a failed first save removes the container it added", async () => {
    const outlook = fakeOutlook({ mode: "read", fail: { "roamingSettings.saveAsync": INTERNAL_ERROR } });
    const { settings } = createOfficeHost(outlook.office);
    await expect(settings.set("templateId", "en-pricing")).rejects.toBeInstanceOf(HostError);
    expect(outlook.state.roaming).toEqual({});
  });

  test("saves made together both land", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    const { settings } = createOfficeHost(outlook.office);
    await Promise.all([settings.set("a", 1), settings.set("b", 2)]);
    expect(outlook.state.savedRoaming).toEqual({ [SETTINGS_CONTAINER]: { a: 1, b: 2 } });
  });

  test("values that are not JSON are refused without a change", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    const { settings } = createOfficeHost(outlook.office);
    await expect(settings.set("n", BigInt(1))).rejects.toMatchObject({ code: "settingsFailed" });
    expect(outlook.called("roamingSettings.saveAsync")).toHaveLength(0);
  });
});
