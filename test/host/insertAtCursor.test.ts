import { HostError } from "../../src/host/mailHost";
import { MAX_INSERT_CHARS } from "../../src/host/office/insertAtCursor";
import { createOfficeHost } from "../../src/host/office/officeHost";
import { INTERNAL_ERROR, fakeOutlook, type FakeOutlookOptions } from "./support/fakeOutlook";

const REP_TEXT = "<div>Hi Anna,</div><div>thanks for your note.</div>";
const QUOTED_THREAD =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Anna Schmidt &lt;anna@acme.example&gt;<br>' +
  "<b>Sent:</b> Friday, November 27, 2026 9:00 AM</div><div>Could you send pricing?</div>";
const HTML_DRAFT = `<html><body>${REP_TEXT}${QUOTED_THREAD}</body></html>`;
const CURSOR = HTML_DRAFT.indexOf(QUOTED_THREAD);

const REPLY = {
  html: "<p>Happy to send pricing for 40 seats.</p><p>Which decision will it feed, and by when?</p>",
  text: "Happy to send pricing for 40 seats.\n\nWhich decision will it feed, and by when?",
};

function draft(options: Partial<FakeOutlookOptions> = {}) {
  return fakeOutlook({ mode: "compose", body: HTML_DRAFT, selection: [CURSOR, CURSOR], ...options });
}

/** Splits `after` around what was inserted into `before` at `at`. */
function insertion(before: string, after: string, at: number) {
  const suffixLength = before.length - at;
  return {
    prefix: after.slice(0, at),
    inserted: after.slice(at, after.length - suffixLength),
    suffix: after.slice(after.length - suffixLength),
  };
}

describe("inserting the reply at the cursor", () => {
  test("HTML draft: only the inserted HTML differs; the rep's text and the quoted thread are byte for byte as before", async () => {
    const outlook = draft();
    await createOfficeHost(outlook.office).insertAtCursor(REPLY);
    const { prefix, inserted, suffix } = insertion(HTML_DRAFT, outlook.state.body, CURSOR);
    expect(prefix).toBe(HTML_DRAFT.slice(0, CURSOR));
    expect(suffix).toBe(HTML_DRAFT.slice(CURSOR));
    expect(inserted).toBe(REPLY.html);
    expect(outlook.called("body.setSelectedDataAsync")[0].args[1]).toEqual({ coercionType: "html" });
    expect(outlook.called("body.setAsync")).toHaveLength(0);
    expect(outlook.called("body.prependAsync")).toHaveLength(0);
  });

  test("plain-text draft: the text version goes in, as text", async () => {
    const textDraft = "Hi Anna,\n\n> From: Anna Schmidt\n> Could you send pricing?\n";
    const cursor = "Hi Anna,\n".length;
    const outlook = fakeOutlook({
      mode: "compose",
      bodyType: "text",
      body: textDraft,
      selection: [cursor, cursor],
    });
    await createOfficeHost(outlook.office).insertAtCursor(REPLY);
    const { prefix, inserted, suffix } = insertion(textDraft, outlook.state.body, cursor);
    expect(prefix + suffix).toBe(textDraft);
    expect(inserted).toBe(REPLY.text);
    expect(outlook.called("body.setSelectedDataAsync")[0].args[1]).toEqual({ coercionType: "text" });
    expect(outlook.called("body.setAsync")).toHaveLength(0);
  });

  test("asks the body for its type before inserting", async () => {
    const outlook = draft();
    await createOfficeHost(outlook.office).insertAtCursor(REPLY);
    expect(outlook.calls.map((c) => c.method)).toEqual(["body.getTypeAsync", "body.setSelectedDataAsync"]);
  });

  test.each([
    ["the body type cannot be read", { fail: { "body.getTypeAsync": INTERNAL_ERROR } }],
    ["setSelectedDataAsync fails", { fail: { "body.setSelectedDataAsync": INTERNAL_ERROR } }],
    ["setSelectedDataAsync throws", { throws: { "body.setSelectedDataAsync": new Error("no selection") } }],
  ] as const)("when %s: a HostError for the rep, and the draft unchanged", async (_case, failure) => {
    const outlook = draft(failure);
    const error = await createOfficeHost(outlook.office)
      .insertAtCursor(REPLY)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "insertFailed" });
    expect((error as HostError).message).toMatch(/nothing was inserted|left as it was/);
    expect((error as HostError).detail).toBeTruthy();
    expect(outlook.state.body).toBe(HTML_DRAFT);
    expect(outlook.called("body.setAsync")).toHaveLength(0);
  });

  test("a reply past Outlook's insertion limit is refused before any write", async () => {
    const outlook = draft();
    const huge = { html: "x".repeat(MAX_INSERT_CHARS + 1), text: "x" };
    await expect(createOfficeHost(outlook.office).insertAtCursor(huge)).rejects.toMatchObject({
      code: "insertFailed",
    });
    expect(outlook.called("body.setSelectedDataAsync")).toHaveLength(0);
    expect(outlook.state.body).toBe(HTML_DRAFT);
  });

  test("a received email cannot be inserted into", async () => {
    const outlook = fakeOutlook({ mode: "read", body: "<p>Hi</p>" });
    await expect(createOfficeHost(outlook.office).insertAtCursor(REPLY)).rejects.toMatchObject({
      code: "notSupported",
    });
  });
});
