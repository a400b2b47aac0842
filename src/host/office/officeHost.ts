import type { MailHost } from "../mailHost";
import { currentItem } from "./currentItem";
import { insertAtCursor } from "./insertAtCursor";
import { notify } from "./notify";
import { createOfficeCaller } from "./officeCalls";
import { themeOf } from "./officeTheme";
import { openReplyForm } from "./openReplyForm";
import { MailboxEvents } from "./mailboxEvents";
import { readItem } from "./readItem";
import { supports } from "./requirements";
import { OfficeRoamingStore } from "./roamingStore";

export interface OfficeHostOptions {
  /** How long to wait for Outlook to answer one call. */
  timeoutMs?: number;
  /** Whether the system forces a high-contrast palette; defaults to the `forced-colors` media query. */
  forcedColors?: () => boolean;
}

/**
 * The MailHost over Office.js. Outlook calls go through one queue (at most three in flight)
 * and every failure comes back as a HostError with a message for the rep.
 * Throws HostError ("unavailable") when Outlook has no item open.
 */
export function createOfficeHost(office: typeof Office, options: OfficeHostOptions = {}): MailHost {
  const { mode } = currentItem(office);
  const caller = createOfficeCaller(office, { timeoutMs: options.timeoutMs });
  const forcedColors = options.forcedColors ?? systemForcesColors;
  const events = new MailboxEvents(office, caller);
  const theme = () => themeOf(office, forcedColors);
  return {
    mode,
    readItem: () => readItem(office, caller),
    insertAtCursor: (reply) => insertAtCursor(office, caller, reply),
    openReplyForm: (reply, replyAll) => openReplyForm(office, caller, reply, replyAll),
    notify: (kind, message) => notify(office, caller, kind, message),
    settings: new OfficeRoamingStore(office, caller),
    theme,
    displayLanguage: () => office.context?.displayLanguage || "en-US",
    onItemChanged: (listener) =>
      supports(office, "itemChanged") ? events.listen(office.EventType.ItemChanged, () => listener()) : noop,
    // The event carries the new colours, but theme() reads them the same way from the context.
    onThemeChanged: (listener) =>
      supports(office, "officeTheme")
        ? events.listen(office.EventType.OfficeThemeChanged, () => listener(theme()))
        : noop,
  };
}

function noop(): void {}

function systemForcesColors(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(forced-colors: active)").matches
    : false;
}
