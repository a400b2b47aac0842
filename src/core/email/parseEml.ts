/**
 * Reads an .eml file with postal-mime (MIME structure, quoted-printable, base64, charsets,
 * encoded-word headers) into the plain input the core works on, in read mode. Files that
 * are empty, binary or not an email are refused with a message the rep can act on.
 */
import PostalMime, { type Address } from "postal-mime";
import { InputError } from "../errors";
import type { EmailInput, Mailbox } from "../types";
import { parseHeaderDate } from "./headerDate";

/** How much of the start of the file is checked for the shape of an email. */
const SNIFF_BYTES = 8192;

function isHeaderNameChar(code: number): boolean {
  return code > 32 && code < 127 && code !== 58;
}

/**
 * An email starts with header fields ("Name: value"); a leading "From " mbox line is allowed.
 * Binary data has NUL bytes or control characters near the start.
 */
function checkShape(head: string): void {
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) throw new InputError("This is a binary file, not an email");
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls++;
  }
  if (controls > head.length / 100 + 2) throw new InputError("This is a binary file, not an email");
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/);
  let at = 0;
  while (at < lines.length && lines[at].trim() === "") at++;
  if (at < lines.length && lines[at].startsWith("From ")) at++;
  const first = lines[at] ?? "";
  let i = 0;
  while (i < first.length && isHeaderNameChar(first.charCodeAt(i))) i++;
  if (i === 0 || first[i] !== ":")
    throw new InputError("This does not look like an email: it has no email headers");
}

function toMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  const mailbox = address.group ? address.group[0] : address;
  if (!mailbox || !mailbox.address) return undefined;
  return { name: mailbox.name.trim(), email: mailbox.address.toLowerCase() };
}

function toMailboxes(addresses: readonly Address[] | undefined): Mailbox[] {
  const out: Mailbox[] = [];
  for (const address of addresses ?? []) {
    for (const mailbox of address.group ?? [address]) {
      if (mailbox.address) out.push({ name: mailbox.name.trim(), email: mailbox.address.toLowerCase() });
    }
  }
  return out;
}

function headerValue(headers: readonly { key: string; value: string }[], key: string): string {
  return headers.find((header) => header.key === key)?.value ?? "";
}

/**
 * postal-mime fills `text` from the HTML when a message has no text/plain part; that text
 * has lost Outlook's quote markup, so for HTML-only mail we read the HTML ourselves.
 */
function hasPlainTextPart(raw: string): boolean {
  const lower = raw.toLowerCase();
  const headerEnd = lower.search(/\r?\n\r?\n/);
  const topHeaders = headerEnd < 0 ? lower : lower.slice(0, headerEnd);
  if (!/(^|\n)content-type:/.test(topHeaders)) return true;
  let at = lower.indexOf("content-type:");
  while (at >= 0) {
    const lineStart = at === 0 || lower[at - 1] === "\n";
    if (
      lineStart &&
      lower
        .slice(at + 13, at + 40)
        .trimStart()
        .startsWith("text/plain")
    )
      return true;
    at = lower.indexOf("content-type:", at + 13);
  }
  return false;
}

/** The Date header with the sender's own offset kept (the day they wrote on), else postal-mime's reading. */
function sentAtOf(dateHeader: string, parsed: string | undefined): string | undefined {
  const own = dateHeader ? parseHeaderDate(dateHeader) : null;
  if (own) return own;
  return parsed && !Number.isNaN(Date.parse(parsed)) ? parsed : undefined;
}

export async function parseEml(raw: Uint8Array | string): Promise<EmailInput> {
  const size = typeof raw === "string" ? raw.length : raw.byteLength;
  if (size === 0) throw new InputError("The file is empty");
  const head =
    typeof raw === "string"
      ? raw.slice(0, SNIFF_BYTES)
      : new TextDecoder("latin1").decode(raw.subarray(0, SNIFF_BYTES));
  if (head.trim() === "" && size <= SNIFF_BYTES) throw new InputError("The file is empty");
  checkShape(head);
  let email;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw new InputError(
      `This email could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const from = toMailbox(email.from);
  if (!from && !email.subject && !email.date && !email.messageId) {
    throw new InputError("This does not look like an email: it has no sender, subject or date");
  }
  const rawText = typeof raw === "string" ? raw : new TextDecoder("latin1").decode(raw);
  const text = email.text?.trim() && hasPlainTextPart(rawText) ? email.text : "";
  const html = email.html?.trim() ? email.html : "";
  const input: EmailInput = {
    mode: "read",
    body: text || html,
    bodyType: text || !html ? "text" : "html",
    subject: email.subject ?? "",
  };
  if (from) input.from = from;
  const recipients = toMailboxes([...(email.to ?? []), ...(email.cc ?? [])]);
  if (recipients.length > 0) input.recipients = recipients;
  const sentAt = sentAtOf(headerValue(email.headers, "date"), email.date);
  if (sentAt) input.sentAt = sentAt;
  return input;
}
