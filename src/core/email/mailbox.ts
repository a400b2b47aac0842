import type { Mailbox } from "../types";

const LOCAL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'";
const DOMAIN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-";

/** The first address in a piece of header text, or "" when it names none. */
export function findAddress(text: string): { email: string; start: number; end: number } | null {
  const at = text.indexOf("@");
  if (at <= 0) return null;
  let start = at;
  while (start > 0 && LOCAL_CHARS.includes(text[start - 1])) start--;
  let end = at + 1;
  while (end < text.length && DOMAIN_CHARS.includes(text[end])) end++;
  while (end > at + 1 && text[end - 1] === ".") end--;
  if (start === at || end === at + 1 || !text.slice(at + 1, end).includes(".")) return null;
  return { email: text.slice(start, end), start, end };
}

const NAME_TRIM = " \t\"'<>[]()·,;:*";

function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

/**
 * "Ana Costa <ana@x.com>", "\"Costa, Ana\" <ana@x.com>", "Ana Costa [mailto:ana@x.com]",
 * "ana@x.com", "Sam Carter" → name and address as written (the name may still be "Last, First").
 */
export function parseMailbox(value: string): Mailbox {
  const text = value.trim().slice(0, 500);
  const found = findAddress(text);
  if (!found) return { name: trimChars(text, NAME_TRIM), email: "" };
  let before = text.slice(0, found.start);
  if (before.toLowerCase().endsWith("mailto:")) before = before.slice(0, -7);
  const after = text.slice(found.end);
  const name = trimChars(`${trimChars(before, NAME_TRIM)} ${trimChars(after, NAME_TRIM)}`, NAME_TRIM);
  return { name: name === found.email ? "" : name, email: found.email.toLowerCase() };
}

/** How many recipients of one header line are read; a quote header lists a handful. */
const MAX_RECIPIENTS = 50;

/**
 * "Sam Carter <sam@x.com>; Raj Malhotra" (Outlook), "Sam <sam@x.com>, Raj <raj@y.com>" (Mac,
 * Gmail). Outlook separates with semicolons because a name may hold a comma ("Carter, Sam"), so
 * a comma separates only where an address closes the entry before it.
 */
export function parseMailboxList(value: string): Mailbox[] {
  const out: Mailbox[] = [];
  for (const part of value.slice(0, MAX_RECIPIENTS * 100).split(";")) {
    let rest = part;
    while (rest.trim() !== "" && out.length < MAX_RECIPIENTS) {
      const found = findAddress(rest);
      const closing = found ? rest.indexOf(",", found.end) : -1;
      const entry = closing < 0 ? rest : rest.slice(0, closing);
      const mailbox = parseMailbox(entry);
      if (mailbox.name || mailbox.email) out.push(mailbox);
      rest = closing < 0 ? "" : rest.slice(closing + 1);
    }
  }
  return out;
}
