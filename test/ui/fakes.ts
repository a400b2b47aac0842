import type { Analysis, DetectedRequest, EmailInput, IsoDate, Language } from "../../src/core/types";
import { decisionTypes, defaultDecisionFor, planDates } from "../../src/core/decision";
import type { Draft, DraftOptions } from "../../src/core/draft";
import { pickTemplate, type ReplyTemplate, type TemplateLibrary } from "../../src/core/templates";
import { createSanitizer } from "../../src/core/render/sanitize";
import type { HostItem, HostTheme, MailHost, RoamingStore } from "../../src/host/mailHost";
import type { PaneAnalysis, PaneServices } from "../../src/ui/taskpane/services";

/** A Monday, so "today" and the suggested dates in the tests are business days. */
export const TODAY = "2026-11-30";

export class MemoryStore implements RoamingStore {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  set = jest.fn(async (key: string, value: unknown) => {
    // Roaming settings store JSON, so the fake hands back copies, never the caller's objects.
    this.values.set(key, JSON.parse(JSON.stringify(value)));
  });
  remove = jest.fn(async (key: string) => {
    this.values.delete(key);
  });
}

export interface FakeHostOptions {
  mode?: MailHost["mode"];
  item?: HostItem;
  readItem?: () => Promise<HostItem>;
  theme?: HostTheme["kind"];
  settings?: MemoryStore;
}

export function fakeHost(options: FakeHostOptions = {}) {
  const mode = options.mode ?? "compose";
  let item = options.item ?? hostItem({ mode });
  let theme: HostTheme["kind"] = options.theme ?? "light";
  const itemListeners = new Set<() => void>();
  const themeListeners = new Set<(theme: HostTheme) => void>();
  return {
    mode,
    readItem: jest.fn(options.readItem ?? (async () => item)),
    insertAtCursor: jest.fn<Promise<void>, [{ html: string; text: string }]>(async () => undefined),
    openReplyForm: jest.fn<Promise<void>, [{ html: string }, boolean?]>(async () => undefined),
    notify: jest.fn(async () => undefined),
    settings: options.settings ?? new MemoryStore(),
    theme: () => ({ kind: theme }),
    displayLanguage: () => "en-US",
    onItemChanged(listener: () => void) {
      itemListeners.add(listener);
      return () => itemListeners.delete(listener);
    },
    onThemeChanged(listener: (theme: HostTheme) => void) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    /** What a pinned pane sees when the rep selects another email. */
    selectItem(next: HostItem) {
      item = next;
      itemListeners.forEach((listener) => listener());
    },
    switchTheme(kind: HostTheme["kind"]) {
      theme = kind;
      themeListeners.forEach((listener) => listener({ kind }));
    },
    listenerCount: () => itemListeners.size + themeListeners.size,
  } satisfies MailHost & Record<string, unknown>;
}

export function hostItem(overrides: Partial<HostItem> = {}): HostItem {
  return {
    mode: "compose",
    body: "<p>(the fake analyzer does not read it)</p>",
    bodyType: "html",
    subject: "RE: Route planning",
    conversationId: "conv-1",
    me: { name: "Sam Rivera", email: "sam@vendor.example" },
    ...overrides,
  };
}

export function request(type: DetectedRequest["type"], item: string, evidence = ""): DetectedRequest {
  return { type, item, evidence };
}

export function analysis(overrides: Partial<Analysis> = {}, found = true): Analysis {
  return {
    message: {
      text: "Could you send pricing and show me a demo of route planning?",
      signature: "",
      sender: {
        name: "Anna Schmidt",
        firstName: "Anna",
        email: "anna@acme.example",
        company: "Acme Logistics",
      },
      sentAt: "2026-11-27T09:00:00Z",
      language: "en",
      subject: "Route planning",
      found,
      addressees: { ours: [], theirs: [] },
    },
    requests: [request("demo", "a demo of route planning", "Could you show me a demo of route planning?")],
    dates: [],
    deadline: null,
    ...overrides,
  };
}

/** A draft with no prospect message: what the core makes of a new mail or a stripped reply. */
export function emptyAnalysis(): Analysis {
  const base = analysis({ requests: [] }, false);
  return {
    ...base,
    message: {
      ...base.message,
      text: "",
      sender: { name: "", firstName: "", email: "", company: "" },
      sentAt: null,
      subject: "",
    },
  };
}

function template(
  id: string,
  name: string,
  types: ReplyTemplate["types"],
  language: Language = "en",
): ReplyTemplate {
  return { id, name, description: name, types, language, version: 1, body: "<p>{{firstName}}</p>" };
}

export const LIBRARY: TemplateLibrary = {
  schemaVersion: 1,
  name: "Test library",
  version: "1.0.0",
  templates: [
    template("demo-en", "Demo follow-up", ["demo"]),
    template("pricing-en", "Pricing follow-up", ["pricing"]),
    template("general-en", "General reply", ["general"]),
    template("general-de", "Allgemeine Antwort", ["general"], "de"),
  ],
};

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Stands in for the core's draftReply with its real decision defaults and date plan, and a
 * one-line "template" that shows every choice, so a test can see each edit reach the reply.
 */
export function fakeDraft(analysisIn: Analysis, options: DraftOptions): Draft {
  const requests = options.requests ?? analysisIn.requests;
  const decision = options.decision ?? defaultDecisionFor(requests);
  const plan = planDates({ today: options.today, requests, deadline: analysisIn.deadline });
  const decisionDate: IsoDate = options.decisionDate ?? plan.decisionDate;
  const picked = pickTemplate(options.library, requests, analysisIn.message.language, options.templateId);
  if (!picked) throw new Error("The library has no templates.");
  const templateId = picked.id;
  const items = requests.map((item: DetectedRequest) => `${item.type}: ${item.item}`).join("; ");
  const greeting = analysisIn.message.sender.firstName || "there";
  const text = `Hi ${greeting}, confirming ${items}. Decision: ${decision} by ${decisionDate}. Template: ${templateId}. ${options.rep.firstName}`;
  return {
    html: `<p>${escape(text)}</p>`,
    text,
    templateId,
    decision,
    decisionDate,
    deliveryDate: plan.deliveryDate,
    requests: [...requests],
  };
}

export function fakeServices(
  host: MailHost,
  overrides: Partial<Omit<PaneServices, "host">> & { analysisResult?: Analysis } = {},
): PaneServices {
  const { analysisResult, ...rest } = overrides;
  return {
    host,
    analyze: jest.fn<Promise<PaneAnalysis>, [EmailInput]>(async () => ({
      analysis: analysisResult ?? analysis(),
    })),
    draft: jest.fn(fakeDraft),
    library: LIBRARY,
    decisionTypes: decisionTypes("en"),
    today: () => TODAY,
    sanitize: createSanitizer(window),
    ...rest,
  };
}
