import { insertedMessage } from "../../src/commands/commandMessages";
import { NOTIFICATION_MAX_CHARS } from "../../src/host/mailHost";

describe("the inserted-reply notification", () => {
  test("follows the rep's locale for the date", () => {
    expect(insertedMessage(["a demo"], "2026-12-04", "en-GB")).toBe(
      "Inserted a decision ask for: a demo — decision by Fri 4 Dec",
    );
  });

  test("an unknown locale falls back to English", () => {
    expect(insertedMessage(["a demo"], "2026-12-04", "not a locale!")).toMatch(/decision by Fri, Dec 4$/);
  });

  test("too many items are shortened, and the date is kept", () => {
    const items = Array.from({ length: 8 }, (_, i) => `the security questionnaire part ${i + 1}`);
    const message = insertedMessage(items, "2026-12-04", "en-US");
    expect(message.length).toBeLessThanOrEqual(NOTIFICATION_MAX_CHARS);
    expect(message).toMatch(
      /^Inserted a decision ask for: the security questionnaire part 1, .*… — decision by Fri, Dec 4$/,
    );
  });
});
