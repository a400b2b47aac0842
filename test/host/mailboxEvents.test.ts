import { createOfficeHost } from "../../src/host/office/officeHost";
import { INTERNAL_ERROR, fakeOutlook } from "./support/fakeOutlook";

const ITEM_CHANGED = "olkItemSelectedChanged";
const THEME_CHANGED = "officeThemeChanged";
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("a pinned pane following the selection", () => {
  test("one Office handler serves every listener, and goes when the last listener leaves", async () => {
    const outlook = fakeOutlook({ mode: "read", mailboxVersion: "1.5" });
    const host = createOfficeHost(outlook.office);
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = host.onItemChanged!(first);
    const stopSecond = host.onItemChanged!(second);
    await settle();
    expect(outlook.called("mailbox.addHandlerAsync")).toHaveLength(1);

    outlook.fire(ITEM_CHANGED);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);

    stopFirst();
    outlook.fire(ITEM_CHANGED);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(outlook.called("mailbox.removeHandlerAsync")).toHaveLength(0);

    stopSecond();
    stopSecond();
    await settle();
    expect(outlook.called("mailbox.removeHandlerAsync")).toHaveLength(1);
    expect(outlook.state.handlers.has(ITEM_CHANGED)).toBe(false);
  });

  test("clients before Mailbox 1.5 (no pinning) are not asked", async () => {
    const outlook = fakeOutlook({ mode: "read", mailboxVersion: "1.4" });
    const stop = createOfficeHost(outlook.office).onItemChanged!(jest.fn());
    stop();
    await settle();
    expect(outlook.calls).toHaveLength(0);
  });

  test("a registration Outlook refuses is not an error: the pane keeps the item it has", async () => {
    const outlook = fakeOutlook({ mode: "read", fail: { "mailbox.addHandlerAsync": INTERNAL_ERROR } });
    const listener = jest.fn();
    expect(() => createOfficeHost(outlook.office).onItemChanged!(listener)).not.toThrow();
    await settle();
    expect(outlook.state.handlers.size).toBe(0);
  });
});

describe("following Outlook's theme", () => {
  test("the listener gets the new theme", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#242424",
        controlBackgroundColor: "#F5F5F5",
        controlForegroundColor: "#242424",
      },
    });
    const host = createOfficeHost(outlook.office, { forcedColors: () => false });
    const listener = jest.fn();
    host.onThemeChanged!(listener);
    await settle();
    (outlook.office.context as { officeTheme: unknown }).officeTheme = {
      bodyBackgroundColor: "#292929",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#1F1F1F",
      controlForegroundColor: "#FFFFFF",
    };
    outlook.fire(THEME_CHANGED);
    expect(listener).toHaveBeenCalledWith({ kind: "dark" });
  });

  test("clients before Mailbox 1.14 have no theme events", async () => {
    const outlook = fakeOutlook({ mode: "read", mailboxVersion: "1.13" });
    createOfficeHost(outlook.office).onThemeChanged!(jest.fn());
    await settle();
    expect(outlook.called("mailbox.addHandlerAsync")).toHaveLength(0);
  });
});
