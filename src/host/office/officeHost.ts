import type { MailHost } from "../mailHost";
import { currentItem } from "./currentItem";
import { insertAtCursor } from "./insertAtCursor";
import { notify } from "./notify";
import { createOfficeCaller } from "./officeCalls";
import { themeOf } from "./officeTheme";
import { openReplyForm } from "./openReplyForm";
import { readItem } from "./readItem";
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
  return {
    mode,
    readItem: () => readItem(office, caller),
    insertAtCursor: (reply) => insertAtCursor(office, caller, reply),
    openReplyForm: (reply, replyAll) => openReplyForm(office, caller, reply, replyAll),
    notify: (kind, message) => notify(office, caller, kind, message),
    settings: new OfficeRoamingStore(office, caller),
    theme: () => themeOf(office, forcedColors),
    displayLanguage: () => office.context?.displayLanguage || "en-US",
  };
}

function systemForcesColors(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(forced-colors: active)").matches
    : false;
}
