/**
 * The plain data the core works on. No Office.js, no React, no Node APIs: the same types
 * travel through the CLI, the simulator and Outlook.
 */

export const REQUEST_TYPES = [
  "demo",
  "pricing",
  "proposal",
  "information",
  "case-study",
  "references",
  "trial",
  "security",
  "contract",
  "meeting",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];
/** "unknown" when the text gives too little to tell, or is in a language we do not read. */
export type DetectedLanguage = Language | "unknown";

export type Mode = "read" | "compose";
export type BodyType = "text" | "html";

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Mailbox {
  name: string;
  email: string;
}

/** What a host (Outlook, the simulator, the CLI) hands the core. */
export interface EmailInput {
  mode: Mode;
  /** The whole body as the host gives it; in compose mode this includes the quoted thread. */
  body: string;
  bodyType: BodyType;
  /** Read mode: the item's sender. Compose mode: absent; the prospect comes from the quote header. */
  from?: Mailbox;
  subject?: string;
  /** ISO 8601 date-time the message was sent, when the host knows it. */
  sentAt?: string;
  /** The rep, so a thread's own messages are not taken for the prospect's. */
  me?: Mailbox;
  /** Read mode: whom the message was addressed to, To and Cc. */
  recipients?: Mailbox[];
}

export interface Prospect {
  name: string;
  firstName: string;
  email: string;
  company: string;
}

export interface ProspectMessage {
  /** The prospect's latest message as plain text: no quoted history, no rep draft, no signature. */
  text: string;
  /** The signature block cut from the message ("" when none). */
  signature: string;
  sender: Prospect;
  /** ISO 8601 date-time the message was sent, or null when nothing says. */
  sentAt: string | null;
  language: DetectedLanguage;
  subject: string;
  /** False when a compose draft holds no quoted prospect message (new mail, or a client that strips it). */
  found: boolean;
  /** Who the message speaks to besides the prospect's own words: see `Addressees`. */
  addressees: Addressees;
  /**
   * The rep's message this one answers, quoted below it ("" when none, or when its writer is the
   * prospect): "Both please" asks for what it offered.
   */
  repliesTo?: string;
}

/**
 * First names of the people a message is addressed to, by side. "Raj, can you pull together our
 * store count" asks the prospect's colleague Raj, not the rep; "…and get it over to Jordan" names
 * the rep as the one who receives.
 */
export interface Addressees {
  /** The rep and the rep's colleagues among the recipients. */
  ours: string[];
  /** The prospect's colleagues among the recipients. */
  theirs: string[];
}

export interface DetectedRequest {
  type: RequestType;
  /** A short phrase fit to confirm in a reply: "a demo of the route-planning module". */
  item: string;
  /** The sentence the request came from. */
  evidence: string;
}

export interface MentionedDate {
  /** The words in the message that name the date. */
  text: string;
  date: IsoDate;
}

export interface Analysis {
  message: ProspectMessage;
  requests: DetectedRequest[];
  dates: MentionedDate[];
  /** The date the prospect set for the requested item, if any. */
  deadline: IsoDate | null;
}
