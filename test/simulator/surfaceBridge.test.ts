/** @jest-environment jsdom */
import { ComposeEditor } from "../../src/simulator/composeEditor";
import { simMessage } from "./fakeBridge";
import { OFFICE_ERRORS } from "../../src/simulator/officeEmulation/types";
import { replyBodyHtml } from "../../src/simulator/replyQuote";
import { createSurfaceBridge, type SimulatorHost } from "../../src/simulator/surfaceBridge";
import type { ComposeSurface, ReadSurface } from "../../src/simulator/surfaces";
import { THEMES } from "../../src/simulator/themes";

const MESSAGE = simMessage({
  html: "<html><head><style>p{}</style></head><body><p>Could you give us a demo?</p><script>x()</script></body></html>",
});

function host(conversationView: boolean, newTextOnly = false): SimulatorHost {
  return {
    me: { displayName: "Sam Carter", emailAddress: "sam.carter@contoso.com" },
    theme: () => THEMES.light,
    displayLanguage: () => "en-US",
    mailboxRequirementSet: () => "1.15",
    conversationView: () => conversationView,
    newTextOnly: () => newTextOnly,
    takeInjectedFailure: () => null,
    openReply: jest.fn(),
    notificationsChanged: jest.fn(),
    subjectChanged: jest.fn(),
    onThemeChanged: jest.fn(),
    onItemChanged: jest.fn(),
  };
}

function composeSurface(): ComposeSurface {
  const element = document.createElement("div");
  element.innerHTML = replyBodyHtml({ message: MESSAGE, newHtml: "<div>Rep text</div>", language: "en-US" });
  return {
    kind: "compose",
    id: "d1",
    composeType: "reply",
    subject: "RE: Demo request",
    to: [MESSAGE.from],
    cc: [],
    conversationId: "c1",
    inReplyTo: MESSAGE,
    editor: new ComposeEditor(element, "html"),
    notifications: new Map(),
  };
}

describe("what the emulation reads from the simulator's surfaces", () => {
  test("a reply draft's default body mode leaves out the quoted thread when mail is organized by conversation", () => {
    const draft = composeSurface();
    const bridge = createSurfaceBridge(() => draft, host(true), new Map());
    const trimmed = bridge.getBody("html", false);
    expect(trimmed).toContain("Rep text");
    expect(trimmed).not.toContain("demo?");
    expect(bridge.getBody("html", true)).toContain("Could you give us a demo?");
    expect(bridge.getBody("text", true)).toMatch(
      /Rep text[\s\S]*From: Rachel Stone[\s\S]*Could you give us a demo\?/,
    );
  });

  test("a client that gives only the new text leaves out the quote even for FullBody", () => {
    const draft = composeSurface();
    const bridge = createSurfaceBridge(() => draft, host(false, true), new Map());
    expect(bridge.getBody("html", true)).toContain("Rep text");
    expect(bridge.getBody("html", true)).not.toContain("demo?");
  });

  test("without conversation view the default body mode returns the whole thread", () => {
    const draft = composeSurface();
    const bridge = createSurfaceBridge(() => draft, host(false), new Map());
    expect(bridge.getBody("html", false)).toContain("Could you give us a demo?");
  });

  test("a read item hands over its HTML as a whole document without scripts, and text derived from it", () => {
    const surface: ReadSurface = { kind: "read", message: MESSAGE, notifications: new Map() };
    const bridge = createSurfaceBridge(() => surface, host(true), new Map());
    const html = bridge.getBody("html", true);
    expect(html).toMatch(
      /^<html><head>[\s\S]*<body dir="ltr">[\s\S]*Could you give us a demo\?[\s\S]*<\/html>/,
    );
    expect(html).not.toContain("<script");
    expect(bridge.getBody("text", true)).toBe("Could you give us a demo?");
    expect(bridge.item()).toMatchObject({
      mode: "read",
      subject: "Demo request",
      dateTimeCreated: MESSAGE.date,
    });
  });

  test("compose-only calls fail on a read item, and reply forms on a draft", () => {
    const message: ReadSurface = { kind: "read", message: MESSAGE, notifications: new Map() };
    const read = createSurfaceBridge(() => message, host(true), new Map());
    expect(() => read.setSelectedData("x", "text")).toThrow(
      expect.objectContaining({ officeError: OFFICE_ERRORS.notAvailable }),
    );
    const surface = composeSurface();
    const draft = createSurfaceBridge(() => surface, host(true), new Map());
    expect(() => draft.displayReplyForm("<p>x</p>", false)).toThrow(
      expect.objectContaining({ officeError: OFFICE_ERRORS.notAvailable }),
    );
  });
});
