import { htmlToText, wrapHtmlDocument } from "./bodies";
import { originalBodyHtml } from "./replyQuote";
import type { Surface } from "./surfaces";
import {
  OFFICE_ERRORS,
  SimulatorCallError,
  type FunctionCommandHandler,
  type ItemSnapshot,
  type SimBodyType,
  type SimMailbox,
  type SimOfficeError,
  type SimTheme,
  type SimulatorBridge,
} from "./officeEmulation/types";

/** The simulator's settings and actions a bridge needs; the page implements it. */
export interface SimulatorHost {
  me: SimMailbox;
  theme(): SimTheme;
  displayLanguage(): string;
  mailboxRequirementSet(): string;
  /** Outlook on the web's "organize by conversation": the default body mode then trims replies. */
  conversationView(): boolean;
  /** Clients such as Outlook mobile give add-ins only the new text of a reply, whatever is asked. */
  newTextOnly(): boolean;
  takeInjectedFailure(): SimOfficeError | null;
  openReply(surface: Surface, htmlBody: string, replyAll: boolean): void;
  notificationsChanged(surface: Surface): void;
  subjectChanged(surface: Surface): void;
  onThemeChanged(listener: (theme: SimTheme) => boolean): void;
  onItemChanged(listener: () => boolean): void;
}

const QUOTE_MARKER = '<div id="appendonsend"></div>';

export function snapshotOf(surface: Surface, me: SimMailbox): ItemSnapshot {
  if (surface.kind === "read") {
    const m = surface.message;
    return {
      surfaceId: m.id,
      mode: "read",
      itemId: m.id,
      internetMessageId: m.internetMessageId,
      subject: m.subject,
      from: m.from,
      to: m.to,
      cc: m.cc,
      dateTimeCreated: m.date,
      conversationId: m.conversationId,
    };
  }
  return {
    surfaceId: surface.id,
    mode: "compose",
    subject: surface.subject,
    from: me,
    to: surface.to,
    cc: surface.cc,
    conversationId: surface.conversationId,
    composeType: surface.composeType,
  };
}

function readBody(surface: Surface & { kind: "read" }, coercion: SimBodyType): string {
  const m = surface.message;
  if (coercion === "html") return wrapHtmlDocument(originalBodyHtml(m));
  return m.text ?? htmlToText(m.html ?? "");
}

function composeBody(surface: Surface & { kind: "compose" }, coercion: SimBodyType, trim: boolean) {
  const { editor } = surface;
  if (editor.bodyType === "text") return editor.text();
  let html = editor.html();
  if (trim && surface.composeType !== "newMail") {
    const cut = html.indexOf(QUOTE_MARKER);
    if (cut >= 0) html = html.slice(0, cut);
  }
  return coercion === "html" ? wrapHtmlDocument(html) : htmlToText(html);
}

/**
 * The Office.js emulation's view of the surface a frame works on: fixed for a function command,
 * the current item for a pinned task pane.
 */
export function createSurfaceBridge(
  current: () => Surface,
  host: SimulatorHost,
  associations: Map<string, FunctionCommandHandler>,
): SimulatorBridge {
  const compose = () => {
    const surface = current();
    if (surface.kind !== "compose") throw new SimulatorCallError(OFFICE_ERRORS.notAvailable);
    return surface;
  };
  return {
    item: () => snapshotOf(current(), host.me),
    getBody: (coercion, fullBody) => {
      const surface = current();
      return surface.kind === "read"
        ? readBody(surface, coercion)
        : composeBody(surface, coercion, host.newTextOnly() || (!fullBody && host.conversationView()));
    },
    getBodyType: () => compose().editor.bodyType,
    setSelectedData: (data, coercion) => compose().editor.insert(data, coercion),
    setSubject: (subject) => {
      const surface = compose();
      surface.subject = subject;
      host.subjectChanged(surface);
    },
    displayReplyForm: (htmlBody, replyAll) => {
      const surface = current();
      if (surface.kind !== "read") throw new SimulatorCallError(OFFICE_ERRORS.notAvailable);
      host.openReply(surface, htmlBody, replyAll);
    },
    replaceNotification: (key, notification) => {
      const surface = current();
      surface.notifications.set(key, notification);
      host.notificationsChanged(surface);
    },
    removeNotification: (key) => {
      const surface = current();
      surface.notifications.delete(key);
      host.notificationsChanged(surface);
    },
    notifications: () => Array.from(current().notifications, ([key, n]) => ({ key, ...n })),
    takeInjectedFailure: () => host.takeInjectedFailure(),
    theme: () => host.theme(),
    displayLanguage: () => host.displayLanguage(),
    userProfile: () => ({ ...host.me, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    mailboxRequirementSet: () => host.mailboxRequirementSet(),
    associate: (actionId, handler) => associations.set(actionId, handler),
    onThemeChanged: (listener) => host.onThemeChanged(listener),
    onItemChanged: (listener) => host.onItemChanged(listener),
  };
}
