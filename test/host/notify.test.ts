import { HostError, NOTIFICATION_MAX_CHARS } from "../../src/host/mailHost";
import { NOTIFICATION_ICON_RESID, NOTIFICATION_KEY, shortenMessage } from "../../src/host/office/notify";
import { createOfficeHost } from "../../src/host/office/officeHost";
import { INTERNAL_ERROR, fakeOutlook } from "./support/fakeOutlook";

describe("notifications", () => {
  test("info: an informational message with the manifest's icon, replacing the last one", async () => {
    const outlook = fakeOutlook({ mode: "compose", body: "" });
    const host = createOfficeHost(outlook.office);
    await host.notify("info", "First");
    await host.notify("info", "Inserted a decision ask");
    expect([...outlook.state.notifications.entries()]).toEqual([
      [
        NOTIFICATION_KEY,
        {
          type: "informationalMessage",
          message: "Inserted a decision ask",
          icon: NOTIFICATION_ICON_RESID,
          persistent: false,
        },
      ],
    ]);
  });

  test("error: an error message", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    await createOfficeHost(outlook.office).notify("error", "Outlook couldn't read this email.");
    expect(outlook.state.notifications.get(NOTIFICATION_KEY)).toEqual({
      type: "errorMessage",
      message: "Outlook couldn't read this email.",
    });
  });

  test("long messages are cut at a word to Outlook's 150 characters", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    const long = `Inserted a decision ask for: ${"a demo of the route planning module, ".repeat(6)}— decision by Fri 4 Dec`;
    await createOfficeHost(outlook.office).notify("info", long);
    const { message } = outlook.state.notifications.get(NOTIFICATION_KEY) as { message: string };
    expect(message.length).toBeLessThanOrEqual(NOTIFICATION_MAX_CHARS);
    expect(message.endsWith("…")).toBe(true);
    expect(long.startsWith(message.slice(0, -1))).toBe(true);
    expect(message).not.toMatch(/ …$/);
  });

  test("a failed notification is a HostError", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      fail: { "notificationMessages.replaceAsync": INTERNAL_ERROR },
    });
    const error = await createOfficeHost(outlook.office)
      .notify("info", "Hello")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "notifyFailed" });
  });
});

describe("shortenMessage", () => {
  test.each([
    ["fits", "Short enough", 20, "Short enough"],
    ["whitespace is folded", "a  b\n c", 20, "a b c"],
    ["cut at the last word that fits", "alpha beta gamma delta", 14, "alpha beta…"],
    ["trailing punctuation goes before the mark", "alpha beta, gamma", 13, "alpha beta…"],
    ["one long word is cut inside", "abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"],
  ])("%s", (_case, input, max, expected) => {
    expect(shortenMessage(input, max)).toBe(expected);
    expect(shortenMessage(input, max).length).toBeLessThanOrEqual(max);
  });
});
