import type { SimMessage } from "../../src/simulator/messages";
import type {
  ItemSnapshot,
  SimBodyType,
  SimNotification,
  SimOfficeError,
  SimTheme,
  SimulatorBridge,
} from "../../src/simulator/officeEmulation/types";

/** A bridge over plain data that records what the emulation asked of the page. */
export function fakeBridge(
  initialItem: ItemSnapshot | null,
  body: { html: string; text: string; type?: SimBodyType },
) {
  let item = initialItem;
  const listeners = { theme: [] as Array<(theme: SimTheme) => boolean>, item: [] as Array<() => boolean> };
  const calls = {
    getBody: [] as Array<{ coercion: SimBodyType; fullBody: boolean }>,
    inserted: [] as Array<{ data: string; coercion: SimBodyType }>,
    replyForms: [] as Array<{ html: string; replyAll: boolean }>,
    associated: new Map<string, unknown>(),
  };
  const notes = new Map<string, SimNotification>();
  let failure: SimOfficeError | null = null;
  const bridge: SimulatorBridge = {
    item: () => item,
    getBody: (coercion, fullBody) => {
      calls.getBody.push({ coercion, fullBody });
      return coercion === "html" ? body.html : body.text;
    },
    getBodyType: () => body.type ?? "html",
    setSelectedData: (data, coercion) => {
      calls.inserted.push({ data, coercion });
    },
    setSubject: () => undefined,
    displayReplyForm: (html, replyAll) => {
      calls.replyForms.push({ html, replyAll });
    },
    replaceNotification: (key, n) => {
      notes.set(key, n);
    },
    removeNotification: (key) => {
      notes.delete(key);
    },
    notifications: () => Array.from(notes, ([key, n]) => ({ key, ...n })),
    takeInjectedFailure: () => {
      const f = failure;
      failure = null;
      return f;
    },
    theme: () => ({
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#242424",
      controlBackgroundColor: "#F5F5F5",
      controlForegroundColor: "#242424",
    }),
    displayLanguage: () => "de-DE",
    userProfile: () => ({
      displayName: "Sam Carter",
      emailAddress: "sam.carter@contoso.com",
      timeZone: "UTC",
    }),
    mailboxRequirementSet: () => "1.10",
    associate: (id, handler) => {
      calls.associated.set(id, handler);
    },
    onThemeChanged: (listener) => {
      listeners.theme.push(listener);
    },
    onItemChanged: (listener) => {
      listeners.item.push(listener);
    },
  };
  return {
    bridge,
    calls,
    notes,
    listeners,
    failNext: (f: SimOfficeError) => (failure = f),
    selectItem: (next: ItemSnapshot | null) => (item = next),
  };
}

export function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      data.set(k, v);
    },
  };
}

export const READ_ITEM: ItemSnapshot = {
  surfaceId: "msg-1",
  mode: "read",
  itemId: "msg-1",
  internetMessageId: "<m1@example.com>",
  subject: "RE: Demo request",
  from: { displayName: "Rachel Stone", emailAddress: "rachel.stone@granitebuild.com" },
  to: [{ displayName: "Sam Carter", emailAddress: "sam.carter@contoso.com" }],
  cc: [],
  dateTimeCreated: "2026-11-09T15:15:00.000Z",
  conversationId: "conv-1",
};

export const COMPOSE_ITEM: ItemSnapshot = {
  surfaceId: "draft-1",
  mode: "compose",
  subject: "RE: Demo request",
  from: { displayName: "Sam Carter", emailAddress: "sam.carter@contoso.com" },
  to: [{ displayName: "Rachel Stone", emailAddress: "rachel.stone@granitebuild.com" }],
  cc: [],
  conversationId: "conv-1",
  composeType: "reply",
};

/** A received message as the simulator's inbox holds it; tests give the body they need. */
export function simMessage(body: Pick<SimMessage, "text"> | Pick<SimMessage, "html">): SimMessage {
  return {
    id: "m1",
    fileName: "m1.eml",
    from: { displayName: "Rachel Stone", emailAddress: "rachel.stone@granitebuild.com" },
    to: [{ displayName: "Sam Carter", emailAddress: "sam.carter@contoso.com" }],
    cc: [],
    subject: "Demo request",
    date: "2026-11-09T15:15:00.000Z",
    internetMessageId: "<m1@x>",
    conversationId: "c1",
    ...body,
  };
}
