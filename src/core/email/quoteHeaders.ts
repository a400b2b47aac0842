/**
 * Finds where quoted history starts: Outlook's `From: … Sent: …` blocks (desktop, web, Mac,
 * localized), separator rules and "-----Original Message-----" lines, and "On …, X wrote:"
 * attributions (Gmail, Apple Mail, localized). Lines are read once each; a header block
 * looks ahead a fixed number of lines and only at the first characters of each, so the
 * scan stays linear however many headers or how long the lines.
 */
import type { Mailbox } from "../types";
import { parseHeaderDate } from "./headerDate";
import { type QuotedLine, unquote } from "./lines";
import { parseMailbox, parseMailboxList } from "./mailbox";

export type HeaderLabel = "from" | "sent" | "to" | "cc" | "subject";

const LABELS: Record<string, HeaderLabel> = {
  from: "from",
  von: "from",
  de: "from",
  da: "from",
  van: "from",
  sent: "sent",
  date: "sent",
  gesendet: "sent",
  datum: "sent",
  envoyé: "sent",
  envoye: "sent",
  enviado: "sent",
  enviada: "sent",
  "enviado el": "sent",
  "enviada em": "sent",
  "enviado em": "sent",
  fecha: "sent",
  data: "sent",
  inviato: "sent",
  verzonden: "sent",
  to: "to",
  an: "to",
  à: "to",
  a: "to",
  para: "to",
  aan: "to",
  cc: "cc",
  bcc: "cc",
  kopie: "cc",
  cco: "cc",
  ccn: "cc",
  subject: "subject",
  betreff: "subject",
  objet: "subject",
  asunto: "subject",
  assunto: "subject",
  oggetto: "subject",
  onderwerp: "subject",
};

/** Labels that mean the header block was written with English labels (US date order). */
const ENGLISH_LABELS = new Set(["from", "sent", "date", "to", "cc", "bcc", "subject"]);

export interface LabelLine {
  label: HeaderLabel;
  /** The label as written, lower case ("von", "envoyé"). */
  word: string;
  value: string;
}

/** "From: x", "*From:* x", "De : x" → label and value; null for any other line. */
export function readLabel(content: string): LabelLine | null {
  let i = 0;
  const n = Math.min(content.length, 40);
  while (i < n && (content[i] === " " || content[i] === "*" || content[i] === "\t")) i++;
  const start = i;
  while (i < n && content[i] !== ":") i++;
  if (i >= n || i - start > 16) return null;
  const word = content.slice(start, i).replace(/\*/g, "").trim().toLowerCase();
  const label = Object.prototype.hasOwnProperty.call(LABELS, word) ? LABELS[word] : undefined;
  if (!label) return null;
  const value = content
    .slice(i + 1)
    .replace(/^[\s*]{1,8}/, "")
    .trim();
  return { label, word, value };
}

const SEPARATOR_PHRASES = new Set([
  "original message",
  "ursprüngliche nachricht",
  "originalnachricht",
  "message d'origine",
  "message d’origine",
  "mensaje original",
  "mensagem original",
  "messaggio originale",
  "oorspronkelijk bericht",
  "origineel bericht",
  "forwarded message",
  "weitergeleitete nachricht",
  "message transféré",
  "mensaje reenviado",
  "mensagem encaminhada",
  "messaggio inoltrato",
  "doorgestuurd bericht",
]);

const FORWARD_INTROS = [
  "begin forwarded message:",
  "anfang der weitergeleiteten nachricht:",
  "début du message réexpédié :",
  "début du message réexpédié:",
  "inicio del mensaje reenviado:",
  "início da mensagem reencaminhada:",
  "inizio messaggio inoltrato:",
  "begin doorgestuurd bericht:",
];

function isForwardPhrase(phrase: string): boolean {
  return (
    phrase.includes("forward") ||
    phrase.includes("weitergeleitet") ||
    phrase.includes("transf") ||
    phrase.includes("reenviado") ||
    phrase.includes("encaminhad") ||
    phrase.includes("inoltrato") ||
    phrase.includes("doorgestuurd")
  );
}

export interface Separator {
  forward: boolean;
}

/** Outlook's `____` rule, "-----Original Message-----", "---------- Forwarded message ---------". */
export function readSeparator(content: string): Separator | null {
  const line = content.trim();
  if (line.length < 8 || line.length > 80) return null;
  if (line[0] === "_") {
    for (const c of line) if (c !== "_") return null;
    return line.length >= 10 ? { forward: false } : null;
  }
  const lower = line.toLowerCase();
  if (FORWARD_INTROS.includes(lower)) return { forward: true };
  if (!lower.startsWith("---") || !lower.endsWith("-")) return null;
  let start = 0;
  let end = lower.length;
  while (start < end && (lower[start] === "-" || lower[start] === " ")) start++;
  while (end > start && (lower[end - 1] === "-" || lower[end - 1] === " ")) end--;
  const phrase = lower.slice(start, end);
  return SEPARATOR_PHRASES.has(phrase) ? { forward: isForwardPhrase(phrase) } : null;
}

const WROTE_LEADS = ["on ", "am ", "le ", "el ", "em ", "il ", "op "];
/** Verbs that come after the name ("X wrote:") and before it ("schrieb X:"). */
const VERBS_AFTER_NAME = [" wrote", " a écrit", " escribió", " escreveu", " ha scritto", " skrev"];
const VERBS_BEFORE_NAME = [" schrieb ", " schreef "];
const MAX_WROTE_LENGTH = 400;

export interface Attribution {
  name: string;
  email: string;
  date: string;
}

function splitDateAndName(text: string): { date: string; name: string } {
  // The date ends at the last time ("3:15 PM", "09:40 Uhr") or, failing that, the last year.
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ":" && i > 0 && i + 2 < text.length && isDigit(text[i - 1]) && isDigit(text[i + 1])) {
      let j = i + 1;
      while (j < text.length && isDigit(text[j])) j++;
      cut = j;
    }
  }
  if (cut < 0) {
    for (let i = 0; i + 4 <= text.length; i++) {
      if (isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]))
        cut = i + 4;
    }
  }
  if (cut < 0) return { date: "", name: text };
  let rest = text.slice(cut);
  const suffix = rest.trimStart().toLowerCase();
  for (const word of ["am", "pm", "a.m.", "p.m.", "uhr"]) {
    if (suffix.startsWith(word) && !/^[a-z]/.test(suffix.slice(word.length))) {
      const skip = rest.length - suffix.length + word.length;
      return { date: text.slice(0, cut + skip), name: rest.slice(skip) };
    }
  }
  rest = rest.replace(/^[\s,]{0,5}/, "");
  return { date: text.slice(0, cut), name: rest };
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** "On Fri, Nov 20, 2026 at 3:15 PM Noah Williams <noah@x.co> wrote:" and its localized forms. */
export function readAttribution(content: string): Attribution | null {
  const line = content.trim();
  if (line.length > MAX_WROTE_LENGTH || !line.endsWith(":")) return null;
  const lower = line.toLowerCase();
  const lead =
    WROTE_LEADS.find((word) => lower.startsWith(word)) ??
    (lower.startsWith("il giorno ") ? "il giorno " : "");
  const body = line.slice(lead.length, -1).trim();
  const bodyLower = body.toLowerCase();
  for (const verb of VERBS_BEFORE_NAME) {
    const at = bodyLower.lastIndexOf(verb);
    if (at >= 0 && lead && /\d/.test(body.slice(0, at))) {
      const box = parseMailbox(body.slice(at + verb.length));
      return { ...box, date: body.slice(0, at).replace(/\s+um\s*$/i, "") };
    }
  }
  for (const verb of VERBS_AFTER_NAME) {
    const at = bodyLower.endsWith(verb.trim()) ? bodyLower.lastIndexOf(verb) : -1;
    if (at < 0) continue;
    const before = body.slice(0, at);
    if (!lead && !before.includes("@")) return null;
    // Mail clients always date the attribution; "On Monday you wrote:" is the writer's own prose.
    if (lead && !/\d/.test(before)) return null;
    const { date, name } = lead ? splitDateAndName(before) : { date: "", name: before };
    return { ...parseMailbox(name), date };
  }
  return null;
}

export interface QuoteHeader {
  /** First line of the header (the rule or separator when there is one). */
  readonly start: number;
  /** First line after the header. */
  readonly end: number;
  /** Quote depth of the header's lines. */
  readonly depth: number;
  readonly from: Mailbox | null;
  /** The Sent/Date value as written. */
  readonly sentText: string;
  /** The Sent/Date value as an ISO date-time, when it reads as a date. */
  readonly sentAt: string | null;
  readonly subject: string;
  /** A forwarded message rather than a reply. */
  readonly forward: boolean;
  /** The To and Cc lines' people, in order ([] for an "On … wrote:" line, which names none). */
  readonly recipients: readonly Mailbox[];
}

/**
 * A thread can hold thousands of headers and only one or two are ever looked at, so the
 * sender and date are read from the raw text when first asked for.
 */
class FoundHeader implements QuoteHeader {
  private parsedFrom: Mailbox | null | undefined;
  private parsedSentAt: string | null | undefined;
  private parsedRecipients: Mailbox[] | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly depth: number,
    private readonly fromText: string | Mailbox | null,
    readonly sentText: string,
    private readonly monthFirst: boolean,
    readonly subject: string,
    readonly forward: boolean,
    private readonly recipientsText = "",
  ) {}

  get recipients(): readonly Mailbox[] {
    this.parsedRecipients ??= parseMailboxList(this.recipientsText);
    return this.parsedRecipients;
  }

  get from(): Mailbox | null {
    if (this.parsedFrom === undefined) {
      this.parsedFrom = typeof this.fromText === "string" ? parseMailbox(this.fromText) : this.fromText;
    }
    return this.parsedFrom;
  }

  get sentAt(): string | null {
    if (this.parsedSentAt === undefined) {
      this.parsedSentAt = this.sentText
        ? parseHeaderDate(this.sentText, { monthFirst: this.monthFirst })
        : null;
    }
    return this.parsedSentAt;
  }

  /** The same header, started earlier (at the rule above it) and marked as a forward or not. */
  widen(start: number, forward: boolean): FoundHeader {
    const from = this.fromText;
    return new FoundHeader(
      start,
      this.end,
      this.depth,
      from,
      this.sentText,
      this.monthFirst,
      this.subject,
      forward,
      this.recipientsText,
    );
  }
}

const BLOCK_LOOKAHEAD = 14;

/**
 * A block of header fields. Normally it opens with From (Outlook); right under a separator
 * any field may come first (Thunderbird writes Subject, Date, From).
 */
function labelBlock(lines: readonly QuotedLine[], at: number, fromFirst: boolean): FoundHeader | null {
  const first = readLabel(lines[at].content);
  if (!first || (fromFirst && first.label !== "from")) return null;
  const depth = lines[at].depth;
  let from = "";
  let sentText = "";
  let subject = "";
  let recipients = "";
  let labels = 0;
  let english = true;
  let sawSentOrTo = false;
  let last = at;
  const limit = Math.min(lines.length, at + BLOCK_LOOKAHEAD);
  for (let j = at; j < limit; j++) {
    const line = lines[j];
    if (line.depth !== depth) break;
    if (line.content.trim() === "") {
      // HTML written one field per paragraph leaves a blank line between fields.
      const next = lines[j + 1];
      const nextLabel = next && next.depth === depth ? readLabel(next.content) : null;
      if (subject || !nextLabel || nextLabel.label === "from") break;
      continue;
    }
    const label = readLabel(line.content);
    if (!label) {
      if (subject) break;
      continue;
    }
    if (label.label === "from") {
      if (from) break;
      from = label.value || " ";
    }
    labels++;
    last = j;
    english = english && ENGLISH_LABELS.has(label.word);
    if (label.label === "sent" && !sentText) sentText = label.value;
    if (label.label === "sent" || label.label === "to") sawSentOrTo = true;
    if (label.label === "subject" && !subject) subject = label.value || " ";
    if (label.label === "to" || label.label === "cc") recipients += `;${label.value}`;
  }
  if (!from || !sawSentOrTo || labels < 2 || (!sentText && !subject)) return null;
  return new FoundHeader(at, last + 1, depth, from, sentText, english, subject.trim(), false, recipients);
}

function attributionAt(lines: readonly QuotedLine[], at: number): FoundHeader | null {
  const line = lines[at];
  let found = readAttribution(line.content);
  let end = at + 1;
  const next = lines[at + 1];
  if (
    !found &&
    next &&
    next.depth === line.depth &&
    line.content.length + next.content.length < MAX_WROTE_LENGTH
  ) {
    const lower = line.content.trimStart().toLowerCase();
    if (WROTE_LEADS.some((word) => lower.startsWith(word))) {
      found = readAttribution(`${line.content.trimEnd()} ${next.content.trim()}`);
      end = at + 2;
    }
  }
  if (!found) return null;
  const from = { name: found.name, email: found.email };
  return new FoundHeader(at, end, line.depth, from, found.date, true, "", false);
}

function headerAt(lines: readonly QuotedLine[], at: number, afterSeparator = false): FoundHeader | null {
  return labelBlock(lines, at, !afterSeparator) ?? attributionAt(lines, at);
}

/** Every quote header in the (unquoted) lines, in order, none overlapping. */
export function findQuoteHeaders(lines: readonly QuotedLine[]): QuoteHeader[] {
  const headers: QuoteHeader[] = [];
  let i = 0;
  while (i < lines.length) {
    const separator = readSeparator(lines[i].content);
    if (separator) {
      let j = i + 1;
      while (j < lines.length && j <= i + 3 && lines[j].content.trim() === "") j++;
      const header = j < lines.length && j <= i + 3 ? headerAt(lines, j, true) : null;
      if (header) {
        headers.push(header.widen(i, separator.forward));
        i = header.end;
      } else {
        headers.push(new FoundHeader(i, i + 1, lines[i].depth, null, "", false, "", separator.forward));
        i++;
      }
      continue;
    }
    const header = headerAt(lines, i);
    if (header) {
      headers.push(header);
      i = header.end;
    } else {
      i++;
    }
  }
  return headers;
}

/** True when the line opens an Outlook header block; lets the HTML reader keep a rule only over one. */
export function startsHeaderBlock(line: string): boolean {
  const label = readLabel(unquote(line).content);
  return label !== null && label.label === "from";
}
