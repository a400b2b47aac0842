import { HostError } from "../../src/host/mailHost";
import { createOfficeHost } from "../../src/host/office/officeHost";
import { INTERNAL_ERROR, fakeOutlook } from "./support/fakeOutlook";

const ANNA = { displayName: "Anna Schmidt", emailAddress: "anna@acme.example" };
const SAM = { name: "Sam Rivera", email: "sam@vendor.example" };
const THREAD_HTML =
  '<html><body><div>Hi Anna,</div><div id="appendonsend"></div><hr>' +
  '<div id="divRplyFwdMsg"><b>From:</b> Anna Schmidt &lt;anna@acme.example&gt;</div>' +
  "<div>Could you send pricing?</div></body></html>";

describe("reading a received email", () => {
  test("gives the HTML body, sender, date, subject, conversation, recipients and the rep", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      body: "<html><body><p>Could you show us a demo?</p></body></html>",
      subject: "Route planning",
      from: ANNA,
      sender: { displayName: "Assistant", emailAddress: "assistant@acme.example" },
      to: [{ displayName: "Sam Rivera", emailAddress: "sam@vendor.example" }],
      cc: [{ displayName: "Ben Ode", emailAddress: "ben@acme.example" }],
      dateTimeCreated: new Date("2026-11-27T09:00:00Z"),
      conversationId: "conv-7",
    });
    const host = createOfficeHost(outlook.office);
    expect(host.mode).toBe("read");
    await expect(host.readItem()).resolves.toEqual({
      mode: "read",
      body: "<html><body><p>Could you show us a demo?</p></body></html>",
      bodyType: "html",
      from: { name: "Anna Schmidt", email: "anna@acme.example" },
      subject: "Route planning",
      sentAt: "2026-11-27T09:00:00.000Z",
      conversationId: "conv-7",
      to: [SAM],
      recipients: [SAM, { name: "Ben Ode", email: "ben@acme.example" }],
      me: SAM,
    });
    expect(outlook.called("body.getAsync")[0].args[0]).toBe("html");
  });

  test("falls back to the sender when the client leaves `from` empty", async () => {
    const outlook = fakeOutlook({ mode: "read", body: "<p>Hi</p>", sender: ANNA });
    const item = await createOfficeHost(outlook.office).readItem();
    expect(item.from).toEqual({ name: "Anna Schmidt", email: "anna@acme.example" });
    expect(item.sentAt).toBeUndefined();
    expect(item.conversationId).toBeUndefined();
  });

  test("a failed body read becomes a HostError the rep can act on, with the cause kept", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      body: "<p>Hi</p>",
      fail: { "body.getAsync": INTERNAL_ERROR },
    });
    const error = await createOfficeHost(outlook.office)
      .readItem()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: "readFailed",
      message: "Outlook couldn't read this email. Try again, or reopen the draft.",
      detail: "Internal Error (5001): An internal error has occurred.",
    });
  });

  test("a body read that throws becomes the same HostError", async () => {
    const outlook = fakeOutlook({
      mode: "read",
      body: "<p>Hi</p>",
      throws: { "body.getAsync": new TypeError("boom") },
    });
    await expect(createOfficeHost(outlook.office).readItem()).rejects.toMatchObject({
      code: "readFailed",
      detail: "TypeError: boom",
    });
  });
});

describe("reading a draft", () => {
  test("asks for the full body (quoted thread included) and gives subject, recipients and compose type", async () => {
    const outlook = fakeOutlook({
      mode: "compose",
      body: THREAD_HTML,
      subject: "RE: Pricing",
      to: [ANNA],
      conversationId: "conv-9",
      composeType: "reply",
    });
    const host = createOfficeHost(outlook.office);
    expect(host.mode).toBe("compose");
    await expect(host.readItem()).resolves.toEqual({
      mode: "compose",
      body: THREAD_HTML,
      bodyType: "html",
      subject: "RE: Pricing",
      to: [{ name: "Anna Schmidt", email: "anna@acme.example" }],
      conversationId: "conv-9",
      composeType: "reply",
      me: SAM,
    });
    const [coercion, options] = outlook.called("body.getAsync")[0].args;
    expect(coercion).toBe("html");
    expect(options).toEqual({ bodyMode: 0 });
  });

  test("clients without BodyMode get a plain getAsync", async () => {
    const outlook = fakeOutlook({ mode: "compose", body: THREAD_HTML, bodyModeEnum: false });
    await createOfficeHost(outlook.office).readItem();
    const { args } = outlook.called("body.getAsync")[0];
    expect(args).toHaveLength(2);
    expect(args[0]).toBe("html");
    expect(typeof args[1]).toBe("function");
  });

  test("clients before Mailbox 1.10 are not asked for the compose type", async () => {
    const outlook = fakeOutlook({
      mode: "compose",
      body: THREAD_HTML,
      mailboxVersion: "1.9",
      composeType: "reply",
    });
    const item = await createOfficeHost(outlook.office).readItem();
    expect(outlook.called("getComposeTypeAsync")).toHaveLength(0);
    expect(item.composeType).toBeUndefined();
    expect(item.body).toBe(THREAD_HTML);
  });

  test("a failed subject, recipients or compose type read still gives the body", async () => {
    const outlook = fakeOutlook({
      mode: "compose",
      body: THREAD_HTML,
      fail: {
        "subject.getAsync": INTERNAL_ERROR,
        "to.getAsync": INTERNAL_ERROR,
        getComposeTypeAsync: INTERNAL_ERROR,
      },
    });
    const item = await createOfficeHost(outlook.office).readItem();
    expect(item.body).toBe(THREAD_HTML);
    expect(item.subject).toBeUndefined();
    expect(item.to).toBeUndefined();
    expect(item.composeType).toBeUndefined();
  });

  test("a failed body read fails the whole read", async () => {
    const outlook = fakeOutlook({
      mode: "compose",
      body: THREAD_HTML,
      fail: { "body.getAsync": INTERNAL_ERROR },
    });
    await expect(createOfficeHost(outlook.office).readItem()).rejects.toMatchObject({ code: "readFailed" });
  });

  test("never has more than three Office calls in flight", async () => {
    const outlook = fakeOutlook({ mode: "compose", body: THREAD_HTML, composeType: "reply" });
    const host = createOfficeHost(outlook.office);
    await Promise.all([host.readItem(), host.readItem(), host.notify("info", "Working on it")]);
    expect(outlook.calls.length).toBe(9);
    expect(outlook.flight.max).toBe(3);
  });
});

describe("starting without an item", () => {
  test("is a HostError that says what to do", () => {
    const outlook = fakeOutlook({ mode: "read" });
    (outlook.office.context.mailbox as { item: unknown }).item = null;
    expect(() => createOfficeHost(outlook.office)).toThrow(HostError);
    expect(() => createOfficeHost(outlook.office)).toThrow(/Select or open one/);
  });
});
