import type { EmailInput, Mailbox } from "../core/types";

/**
 * What the task pane and the commands need from the mail client. Outlook implements it over
 * Office.js (src/host/office); nothing outside that folder touches `Office`.
 */
export interface MailHost {
  readonly mode: "read" | "compose";
  /** The current item as plain data for the core. */
  readItem(): Promise<HostItem>;
  /**
   * Inserts at the cursor in the body's own type, replacing nothing else. The host picks
   * `html` or `text` after asking the body for its type.
   */
  insertAtCursor(reply: { html: string; text: string }): Promise<void>;
  /** Read mode: opens a reply (or reply-all) form whose body holds the drafted reply. */
  openReplyForm(reply: { html: string }, replyAll?: boolean): Promise<void>;
  notify(kind: "info" | "error", message: string): Promise<void>;
  readonly settings: RoamingStore;
  /** Outlook's theme, so the pane can follow light, dark and high contrast. */
  theme(): HostTheme;
  /** The client's display language (BCP 47), for formatting dates in the pane. */
  displayLanguage(): string;
  /**
   * A pinned pane stays open while the rep selects another email: the listener runs then, so
   * the pane can read the new item. Returns a function that stops listening. Hosts without
   * pinning (or clients before Mailbox 1.5) never call it.
   */
  onItemChanged?(listener: () => void): () => void;
  /** The listener runs with the new theme when the rep switches Outlook's theme. Returns a stop function. */
  onThemeChanged?(listener: (theme: HostTheme) => void): () => void;
}

/** Outlook shows at most this many characters in a notification; hosts shorten longer messages. */
export const NOTIFICATION_MAX_CHARS = 150;

export interface HostItem extends EmailInput {
  conversationId?: string;
  /** Compose mode: what kind of draft this is. */
  composeType?: "newMail" | "reply" | "forward";
  to?: Mailbox[];
}

export interface HostTheme {
  kind: "light" | "dark" | "highContrast";
}

/** Per-user settings that roam with the mailbox (Outlook: roamingSettings, 32 KB in all). */
export interface RoamingStore {
  get<T>(key: string): T | undefined;
  /** Saves; rejects with a HostError (code "settingsTooLarge") past the host's limit. */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export type HostErrorCode =
  | "unavailable"
  | "readFailed"
  | "insertFailed"
  | "replyFailed"
  | "notSupported"
  | "settingsTooLarge"
  | "settingsFailed"
  | "notifyFailed";

/** A failed host call, with a message a rep understands (shown in the pane or a notification). */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}
