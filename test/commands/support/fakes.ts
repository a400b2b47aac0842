import type { Draft, DraftOptions } from "../../../src/core/draft";
import type { TemplateLibrary } from "../../../src/core/templates";
import type { Analysis, DetectedRequest } from "../../../src/core/types";
import type { HostItem, MailHost } from "../../../src/host/mailHost";
import type { CommandServices } from "../../../src/commands/services";

export const TODAY = "2026-11-30";
export const LIBRARY: TemplateLibrary = { schemaVersion: 1, name: "test", version: "0", templates: [] };

export function request(type: DetectedRequest["type"], item: string): DetectedRequest {
  return { type, item, evidence: `Could you send ${item}?` };
}

export function analysis(requests: DetectedRequest[], found = true): Analysis {
  return {
    message: {
      text: "Could you show us a demo of route planning?",
      signature: "",
      sender: { name: "Anna Schmidt", firstName: "Anna", email: "anna@acme.example", company: "Acme" },
      sentAt: "2026-11-27T09:00:00Z",
      language: "en",
      subject: "Route planning",
      found,
      addressees: { ours: [], theirs: [] },
    },
    requests,
    dates: [],
    deadline: null,
  };
}

export function item(overrides: Partial<HostItem> = {}): HostItem {
  return {
    mode: "compose",
    body: "<p>(the fake analyzer does not read it)</p>",
    bodyType: "html",
    me: { name: "Sam Rivera", email: "sam@vendor.example" },
    ...overrides,
  };
}

/** What the fake drafter returns: enough to tell its output went where it should. */
export function fakeDraft(a: Analysis, options: DraftOptions): Draft {
  const items = a.requests.map((r) => r.item).join(" and ");
  return {
    html: `<p>Happy to send ${items}.</p><script>alert(1)</script><p>Which decision, by when?</p>`,
    text: `Happy to send ${items}.\n\nWhich decision, by when?`,
    templateId: "en-general",
    decision: "next-step",
    decisionDate: "2026-12-04",
    deliveryDate: "2026-12-02",
    requests: [...(options.requests ?? a.requests)],
  };
}

export function fakeHost(mode: MailHost["mode"], read: () => Promise<HostItem> = async () => item({ mode })) {
  return {
    mode,
    readItem: jest.fn(read),
    insertAtCursor: jest.fn<Promise<void>, [{ html: string; text: string }]>(async () => undefined),
    openReplyForm: jest.fn<Promise<void>, [{ html: string }, boolean?]>(async () => undefined),
    notify: jest.fn<Promise<void>, ["info" | "error", string]>(async () => undefined),
    settings: {
      get: () => undefined,
      set: async () => undefined,
      remove: async () => undefined,
    },
    theme: () => ({ kind: "light" as const }),
    displayLanguage: () => "en-US",
  } satisfies MailHost;
}

/** Strips script elements, standing in for the DOMPurify sanitizer the entry wires. */
export const sanitize = (html: string) => html.replace(/<script>[^<]{0,200}<\/script>/g, "");

export function services(
  host: MailHost,
  result: Analysis | (() => Analysis),
  draft: (a: Analysis, o: DraftOptions) => Draft = fakeDraft,
) {
  return {
    host,
    analyze: jest.fn<Analysis, [HostItem]>(() => (typeof result === "function" ? result() : result)),
    draft: jest.fn(draft),
    library: LIBRARY,
    today: () => TODAY,
    sanitize,
  } satisfies CommandServices;
}
