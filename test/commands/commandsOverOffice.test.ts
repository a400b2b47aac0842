import { insertDecisionAsk } from "../../src/commands/insertDecisionAsk";
import { replyWithDecisionAsk } from "../../src/commands/replyWithDecisionAsk";
import { runCommand } from "../../src/commands/runCommand";
import { createOfficeHost } from "../../src/host/office/officeHost";
import { INTERNAL_ERROR, fakeOutlook, type FakeOutlookOptions } from "../host/support/fakeOutlook";
import { analysis, request, services } from "./support/fakes";

/** The commands end to end over the Office adapter: what the rep sees in Outlook. */

const REP_TEXT = "<div>Hi Anna,</div>";
const QUOTED = '<div id="divRplyFwdMsg"><b>From:</b> Anna Schmidt</div><div>Could you show us a demo?</div>';
const BODY = `<html><body>${REP_TEXT}${QUOTED}</body></html>`;
const CURSOR = BODY.indexOf(QUOTED);
const DEMO = request("demo", "a demo of route planning");

function compose(options: Partial<FakeOutlookOptions> = {}) {
  return fakeOutlook({ mode: "compose", body: BODY, selection: [CURSOR, CURSOR], ...options });
}

async function click(
  outlook: ReturnType<typeof fakeOutlook>,
  command: typeof insertDecisionAsk,
  found = analysis([DEMO]),
) {
  const event = { completed: jest.fn() };
  await runCommand(event, () => services(createOfficeHost(outlook.office), found), command);
  return event;
}

describe("one-click commands in Outlook", () => {
  test("Insert: the reply goes in at the cursor, nothing else changes, and a notification names it", async () => {
    const outlook = compose();
    const event = await click(outlook, insertDecisionAsk);
    const after = outlook.state.body;
    const inserted = after.slice(CURSOR, after.length - (BODY.length - CURSOR));
    expect(after.slice(0, CURSOR) + after.slice(CURSOR + inserted.length)).toBe(BODY);
    expect(inserted).toBe("<p>Happy to send a demo of route planning.</p><p>Which decision, by when?</p>");
    expect(outlook.called("body.setAsync")).toHaveLength(0);
    expect(outlook.called("body.prependAsync")).toHaveLength(0);
    expect(outlook.state.notifications.get("decisionAsk")).toMatchObject({
      type: "informationalMessage",
      message: "Inserted a decision ask for: a demo of route planning — decision by Fri, Dec 4",
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("Insert with nothing detected: a notification, and the draft unchanged", async () => {
    const outlook = compose();
    const event = await click(outlook, insertDecisionAsk, analysis([]));
    expect(outlook.state.body).toBe(BODY);
    expect(outlook.called("body.setSelectedDataAsync")).toHaveLength(0);
    expect(outlook.state.notifications.get("decisionAsk")).toMatchObject({ type: "informationalMessage" });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("Insert when Outlook fails the write: an error notification, and the draft unchanged", async () => {
    const outlook = compose({ fail: { "body.setSelectedDataAsync": INTERNAL_ERROR } });
    const event = await click(outlook, insertDecisionAsk);
    expect(outlook.state.body).toBe(BODY);
    expect(outlook.state.notifications.get("decisionAsk")).toEqual({
      type: "errorMessage",
      message: expect.stringMatching(/^Outlook couldn't insert the reply, and your draft was left as it was/),
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("Reply: a reply form opens with the drafted HTML (sync form on an older client)", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      body: "<p>Could you show us a demo?</p>",
      mailboxVersion: "1.5",
    });
    const event = await click(outlook, replyWithDecisionAsk);
    expect(outlook.state.replyForms).toEqual([
      {
        replyAll: false,
        formData: {
          htmlBody: "<p>Happy to send a demo of route planning.</p><p>Which decision, by when?</p>",
        },
      },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("Reply when the email cannot be read: an error notification, no form", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      body: "<p>Hi</p>",
      fail: { "body.getAsync": INTERNAL_ERROR },
    });
    const event = await click(outlook, replyWithDecisionAsk);
    expect(outlook.state.replyForms).toHaveLength(0);
    expect(outlook.state.notifications.get("decisionAsk")).toMatchObject({ type: "errorMessage" });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
