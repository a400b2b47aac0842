import { HostError } from "../../src/host/mailHost";
import { createOfficeHost } from "../../src/host/office/officeHost";
import { MAX_REPLY_HTML_CHARS } from "../../src/host/office/openReplyForm";
import { INTERNAL_ERROR, fakeOutlook } from "./support/fakeOutlook";

const HTML = "<p>Happy to set up the demo.</p><p>Which decision will it feed, and by when?</p>";

describe("opening a reply form", () => {
  test("Mailbox 1.9 clients use displayReplyFormAsync with the HTML body", async () => {
    const outlook = fakeOutlook({ mode: "read", mailboxVersion: "1.9" });
    await createOfficeHost(outlook.office).openReplyForm({ html: HTML });
    expect(outlook.state.replyForms).toEqual([{ replyAll: false, formData: { htmlBody: HTML } }]);
    expect(outlook.called("displayReplyForm")).toHaveLength(0);
  });

  test("reply all opens the reply-all form", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    await createOfficeHost(outlook.office).openReplyForm({ html: HTML }, true);
    expect(outlook.called("displayReplyAllFormAsync")).toHaveLength(1);
    expect(outlook.state.replyForms[0].replyAll).toBe(true);
  });

  test("older clients fall back to displayReplyForm (Mailbox 1.1)", async () => {
    const outlook = fakeOutlook({ mode: "read", mailboxVersion: "1.8" });
    await createOfficeHost(outlook.office).openReplyForm({ html: HTML });
    expect(outlook.called("displayReplyFormAsync")).toHaveLength(0);
    expect(outlook.called("displayReplyForm")[0].args[0]).toEqual({ htmlBody: HTML });
  });

  test("displayReplyForm throwing becomes a HostError", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      mailboxVersion: "1.8",
      throws: { displayReplyForm: new Error("Form could not be displayed") },
    });
    const error = await createOfficeHost(outlook.office)
      .openReplyForm({ html: HTML })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "replyFailed", detail: "Error: Form could not be displayed" });
    expect((error as HostError).message).toMatch(/couldn't open the reply/);
  });

  test("a failed displayReplyFormAsync becomes a HostError", async () => {
    const outlook = fakeOutlook({ mode: "read", fail: { displayReplyFormAsync: INTERNAL_ERROR } });
    await expect(createOfficeHost(outlook.office).openReplyForm({ html: HTML })).rejects.toMatchObject({
      code: "replyFailed",
    });
  });

  test("a body past Outlook's 32 KB reply-form limit is refused before any call", async () => {
    const outlook = fakeOutlook({ mode: "read" });
    await expect(
      createOfficeHost(outlook.office).openReplyForm({ html: "x".repeat(MAX_REPLY_HTML_CHARS + 1) }),
    ).rejects.toMatchObject({ code: "replyFailed" });
    expect(outlook.calls).toHaveLength(0);
  });

  test("a draft cannot open a reply form", async () => {
    const outlook = fakeOutlook({ mode: "compose", body: "<p>Hi</p>" });
    await expect(createOfficeHost(outlook.office).openReplyForm({ html: HTML })).rejects.toMatchObject({
      code: "notSupported",
    });
  });
});
