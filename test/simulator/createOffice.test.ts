import { createOffice } from "../../src/simulator/officeEmulation/createOffice";
import { ROAMING_SETTINGS_LIMIT } from "../../src/simulator/officeEmulation/roamingSettings";
import { OFFICE_ERRORS } from "../../src/simulator/officeEmulation/types";
import { COMPOSE_ITEM, READ_ITEM, fakeBridge, memoryStorage } from "./fakeBridge";

type Result = {
  status: string;
  value?: unknown;
  error?: { code: number; name: string };
  asyncContext?: unknown;
};
type AsyncFn = (...args: unknown[]) => void;

/** Calls an emulated Office.js async method and resolves with its AsyncResult. */
function call(fn: unknown, ...args: unknown[]): Promise<Result> {
  return new Promise((resolve) => (fn as AsyncFn)(...args, (r: Result) => resolve(r)));
}

function setup(item = READ_ITEM, body = { html: "<html><body><p>Hi</p></body></html>", text: "Hi" }) {
  const fake = fakeBridge(item, body);
  const storage = memoryStorage();
  const { office, start } = createOffice({ bridge: fake.bridge, storage, addinId: "test" });
  start();
  // The emulation builds a loosely typed object; the tests read it the way add-in code would.
  const item$ = office.context.mailbox.item as unknown as Record<string, Record<string, unknown>>;
  return { ...fake, storage, office, item: item$ };
}

describe("Office.js emulation: read items", () => {
  test("exposes the read item's properties with @types/office-js shapes", () => {
    const { item } = setup();
    expect(item.subject).toBe("RE: Demo request");
    expect(item.normalizedSubject).toBe("Demo request");
    expect(item.from).toEqual({
      displayName: "Rachel Stone",
      emailAddress: "rachel.stone@granitebuild.com",
      recipientType: "user",
    });
    expect((item.dateTimeCreated as unknown as Date).toISOString()).toBe("2026-11-09T15:15:00.000Z");
    expect(item.conversationId).toBe("conv-1");
    expect(item.itemType).toBe("message");
  });

  test("body.getAsync answers through an AsyncResult, never synchronously, and passes asyncContext back", async () => {
    const { item, calls } = setup();
    let sync = true;
    const pending = call(item.body.getAsync, "html", { asyncContext: 42 }).then((r) => ({ r, sync }));
    sync = false;
    const { r, sync: wasSync } = await pending;
    expect(wasSync).toBe(false);
    expect(r).toMatchObject({
      status: "succeeded",
      value: "<html><body><p>Hi</p></body></html>",
      asyncContext: 42,
    });
    expect(calls.getBody).toEqual([{ coercion: "html", fullBody: true }]);
    expect(await call(item.body.getAsync, "text")).toMatchObject({ value: "Hi" });
  });

  test("an unknown coercion type fails the way Office.js reports bad formats", async () => {
    const { item } = setup();
    expect(await call(item.body.getAsync, "ooxml")).toMatchObject({
      status: "failed",
      error: { code: OFFICE_ERRORS.invalidDataFormat.code },
    });
  });

  test("displayReplyFormAsync hands the page the htmlBody of the form data", async () => {
    const { item, calls } = setup();
    await call(item.displayReplyFormAsync, { htmlBody: "<p>Draft</p>" });
    (item.displayReplyAllForm as unknown as (s: string) => void)("<p>All</p>");
    expect(calls.replyForms).toEqual([
      { html: "<p>Draft</p>", replyAll: false },
      { html: "<p>All</p>", replyAll: true },
    ]);
  });

  test("notificationMessages replaceAsync, getAllAsync and removeAsync act on the item's bar", async () => {
    const { item, notes } = setup();
    const messages = item.notificationMessages;
    const details = {
      type: "informationalMessage",
      message: "Inserted",
      icon: "Icon.16x16",
      persistent: false,
    };
    expect(await call(messages.replaceAsync, "k", details)).toMatchObject({ status: "succeeded" });
    expect(notes.get("k")).toEqual(details);
    expect((await call(messages.getAllAsync)).value).toEqual([{ key: "k", ...details }]);
    expect(await call(messages.addAsync, "k", details)).toMatchObject({ status: "failed" });
    await call(messages.removeAsync, "k");
    expect(notes.size).toBe(0);
  });

  test("read items have no compose-only methods", () => {
    const { item } = setup();
    expect(item.body.setSelectedDataAsync).toBeUndefined();
    expect(item.body.getTypeAsync).toBeUndefined();
  });
});

describe("Office.js emulation: compose items", () => {
  const body = { html: "<p>draft</p>", text: "draft", type: "html" as const };

  test("getTypeAsync, getComposeTypeAsync, subject, from and to answer asynchronously", async () => {
    const { item } = setup(COMPOSE_ITEM, body);
    expect((await call(item.body.getTypeAsync)).value).toBe("html");
    expect((await call(item.getComposeTypeAsync as unknown)).value).toEqual({
      composeType: "reply",
      coercionType: "html",
    });
    expect((await call(item.subject.getAsync)).value).toBe("RE: Demo request");
    expect((await call(item.from.getAsync)).value).toMatchObject({ emailAddress: "sam.carter@contoso.com" });
    expect((await call(item.to.getAsync)).value).toEqual([
      { displayName: "Rachel Stone", emailAddress: "rachel.stone@granitebuild.com", recipientType: "user" },
    ]);
  });

  test("body.getAsync asks for the full thread only with bodyMode FullBody", async () => {
    const { item, calls, office } = setup(COMPOSE_ITEM, body);
    await call(item.body.getAsync, "html");
    await call(item.body.getAsync, "html", { bodyMode: office.MailboxEnums.BodyMode.FullBody });
    expect(calls.getBody.map((c) => c.fullBody)).toEqual([false, true]);
  });

  test("setSelectedDataAsync inserts with the requested coercion, text by default", async () => {
    const { item, calls } = setup(COMPOSE_ITEM, body);
    await call(item.body.setSelectedDataAsync, "<p>x</p>", { coercionType: "html" });
    await call(item.body.setSelectedDataAsync, "plain");
    expect(calls.inserted).toEqual([
      { data: "<p>x</p>", coercion: "html" },
      { data: "plain", coercion: "text" },
    ]);
  });

  test("setSelectedDataAsync refuses more than 1,000,000 characters", async () => {
    const { item, calls } = setup(COMPOSE_ITEM, body);
    const result = await call(item.body.setSelectedDataAsync, "x".repeat(1_000_001), {
      coercionType: "text",
    });
    expect(result).toMatchObject({ status: "failed", error: { code: OFFICE_ERRORS.dataTooLarge.code } });
    expect(calls.inserted).toEqual([]);
  });
});

describe("Office.js emulation: the page's failure switch and call limits", () => {
  test("the next call fails with the injected error and changes nothing; the one after succeeds", async () => {
    const { item, calls, failNext } = setup(COMPOSE_ITEM, { html: "", text: "" });
    failNext(OFFICE_ERRORS.internal);
    const failed = await call(item.body.setSelectedDataAsync, "<p>x</p>", { coercionType: "html" });
    expect(failed).toMatchObject({ status: "failed", error: { code: 5001, name: "Internal Error" } });
    expect(failed.value).toBeUndefined();
    expect(calls.inserted).toEqual([]);
    expect(await call(item.body.setSelectedDataAsync, "<p>x</p>", { coercionType: "html" })).toMatchObject({
      status: "succeeded",
    });
  });

  test("a fourth call while three are in flight fails, as in Outlook on the web", async () => {
    const { item } = setup();
    const results = await Promise.all([1, 2, 3, 4].map(() => call(item.body.getAsync, "text")));
    expect(results.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded", "failed"]);
    expect(results[3].error?.name).toBe(OFFICE_ERRORS.tooManyCalls.name);
    expect((await call(item.body.getAsync, "text")).status).toBe("succeeded");
  });
});

describe("Office.js emulation: context", () => {
  test("onReady resolves with Outlook on the web and runs Office.initialize", async () => {
    const fake = fakeBridge(READ_ITEM, { html: "", text: "" });
    const { office, start } = createOffice({ bridge: fake.bridge, storage: memoryStorage(), addinId: "t" });
    const initialized = jest.fn();
    office.initialize = initialized;
    start();
    await expect(office.onReady()).resolves.toEqual({ host: "Outlook", platform: "OfficeOnline" });
    expect(initialized).toHaveBeenCalledTimes(1);
  });

  test("isSetSupported compares Mailbox versions numerically", () => {
    const { office } = setup();
    const supported = (v?: string) => office.context.requirements.isSetSupported("Mailbox", v);
    expect(supported("1.8")).toBe(true);
    expect(supported("1.10")).toBe(true);
    expect(supported("1.11")).toBe(false);
    expect(supported()).toBe(true);
    expect(office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  test("theme, display language, user profile and enums follow @types/office-js", () => {
    const { office } = setup();
    expect(office.context.displayLanguage).toBe("de-DE");
    expect(office.context.officeTheme.bodyBackgroundColor).toBe("#FFFFFF");
    expect(office.context.mailbox.userProfile.emailAddress).toBe("sam.carter@contoso.com");
    expect(office.CoercionType).toMatchObject({ Html: "html", Text: "text" });
    expect(office.AsyncResultStatus).toEqual({ Succeeded: "succeeded", Failed: "failed" });
    expect(office.MailboxEnums.ItemNotificationMessageType.InformationalMessage).toBe("informationalMessage");
    expect(office.MailboxEnums.BodyMode).toEqual({ FullBody: 0, HostConfig: 1 });
  });

  test("actions.associate registers the function command with the page", () => {
    const { office, calls } = setup();
    const handler = jest.fn();
    office.actions.associate("insertDecisionAsk", handler);
    expect(calls.associated.get("insertDecisionAsk")).toBe(handler);
  });
});

describe("Office.js emulation: roaming settings", () => {
  test("set only persists on saveAsync, and a new session reads it back", async () => {
    const { office, storage, bridge } = {
      ...setup(),
      bridge: fakeBridge(READ_ITEM, { html: "", text: "" }).bridge,
    };
    const roaming = office.context.roamingSettings;
    roaming.set("defaults", { decision: "go-no-go" });
    expect(storage.data.size).toBe(0);
    expect(await call(roaming.saveAsync)).toMatchObject({ status: "succeeded" });
    const again = createOffice({ bridge, storage, addinId: "test" }).office;
    expect(again.context.roamingSettings.get("defaults")).toEqual({ decision: "go-no-go" });
    again.context.roamingSettings.remove("defaults");
    expect(again.context.roamingSettings.get("defaults")).toBeUndefined();
  });

  test("saveAsync fails past 32 KB and keeps what was saved before", async () => {
    const { office, storage } = setup();
    const roaming = office.context.roamingSettings;
    roaming.set("small", "ok");
    await call(roaming.saveAsync);
    const saved = Array.from(storage.data.values());
    roaming.set("big", "x".repeat(ROAMING_SETTINGS_LIMIT));
    expect(await call(roaming.saveAsync)).toMatchObject({
      status: "failed",
      error: { name: OFFICE_ERRORS.settingsTooLarge.name },
    });
    expect(Array.from(storage.data.values())).toEqual(saved);
  });
});

describe("Office.js emulation: a pinned pane", () => {
  test("mailbox.item follows the page's current item and ItemChanged reaches the add-in's handler", async () => {
    const { office, listeners, selectItem } = setup();
    expect(office.context.mailbox.item).toBe(office.context.mailbox.item);
    const handler = jest.fn();
    await call(office.context.mailbox.addHandlerAsync, office.EventType.ItemChanged, handler);
    expect(listeners.item).toHaveLength(1);
    selectItem({ ...READ_ITEM, surfaceId: "msg-2", subject: "Pricing" });
    expect(listeners.item[0]()).toBe(true);
    expect(handler).toHaveBeenCalledWith({ type: "olkItemSelectedChanged" });
    expect((office.context.mailbox.item as unknown as { subject: string }).subject).toBe("Pricing");
  });

  test("the page hears of theme changes only from frames that asked, and learns when none is listening", async () => {
    const { office, listeners } = setup();
    expect(listeners.theme).toHaveLength(0);
    const handler = jest.fn();
    await call(office.context.mailbox.addHandlerAsync, office.EventType.OfficeThemeChanged, handler);
    const dark = { ...office.context.officeTheme, bodyBackgroundColor: "#292929" };
    expect(listeners.theme[0](dark)).toBe(true);
    expect(handler).toHaveBeenCalledWith({ type: "officeThemeChanged", officeTheme: dark });
    await call(office.context.mailbox.removeHandlerAsync, office.EventType.OfficeThemeChanged);
    expect(listeners.theme[0](dark)).toBe(false);
  });
});
