/**
 * Cuts a body down to one message. Read mode: the sender's latest message is what sits above
 * the first quote header (plus any answers written in between quoted lines). Compose mode:
 * the prospect's message is the block under the first quote header, up to the next one; the
 * rep's draft above it is not part of it.
 */
import type { Mailbox } from "../types";
import { isBlank, type QuotedLine, splitLines, tidyLines, unquote } from "./lines";
import { announcesInlineAnswers, markedAnswers } from "./inlineAnswers";
import { findQuoteHeaders, type QuoteHeader } from "./quoteHeaders";
import { isOurSide } from "./sender";

export interface MessageSlice {
  /** The message's lines joined, quote markers of its own level removed. */
  text: string;
  /** The quote header the message sits under (compose mode), or null. */
  header: QuoteHeader | null;
  /** False when the body holds no such message (a compose draft without a quote). */
  found: boolean;
  /** Who wrote the other messages quoted in the thread (the first few), so a draft knows the rep's side without a signed-in rep. */
  participants?: Mailbox[];
  /** The message quoted right below this one, the one it answers ("Both please" takes up its offers), or null. */
  repliesTo?: { text: string; from: Mailbox | null } | null;
  /** The answers this message wrote into the quoted one, marked with ">>" or initials; "" when none. */
  answers?: string;
}

/** Enough of a thread's other senders to find the rep among them; a thread may quote thousands. */
const MAX_PARTICIPANTS = 8;

interface Thread {
  lines: QuotedLine[];
  headers: QuoteHeader[];
}

function readThread(text: string): Thread {
  const lines = splitLines(text).map(unquote);
  return { lines, headers: findQuoteHeaders(lines) };
}

/**
 * True when the sender answered inside the quote: a line of their own sits between quoted
 * lines before the next header of the same level.
 */
function isInlineReply(thread: Thread, headerIndex: number, level: number): boolean {
  const { lines, headers } = thread;
  let next = headerIndex + 1;
  let seenQuoted = false;
  let ownAfterQuoted = false;
  for (let i = headers[headerIndex].end; i < lines.length; i++) {
    while (next < headers.length && headers[next].start < i) next++;
    if (next < headers.length && headers[next].start === i && headers[next].depth <= level) return false;
    const line = lines[i];
    if (isBlank(line.content)) continue;
    if (line.depth > level) {
      // ">> All 42 stores" right under the rep's unmarked lines: answers marked by hand, not a quote.
      if (!seenQuoted && line.depth > level + 1) return false;
      if (ownAfterQuoted) return true;
      seenQuoted = true;
    } else if (line.depth === level && seenQuoted) {
      ownAfterQuoted = true;
    } else if (line.depth < level) {
      return false;
    }
  }
  return false;
}

/** The lines at `level` from `start`, skipping deeper quotes, up to the next header at `level`. */
function collect(thread: Thread, start: number, level: number): string[] {
  const { lines, headers } = thread;
  const out: string[] = [];
  let h = 0;
  while (h < headers.length && headers[h].start < start) h++;
  let i = start;
  while (i < lines.length) {
    while (h < headers.length && headers[h].start < i) h++;
    const header = h < headers.length && headers[h].start === i ? headers[h] : null;
    if (header) {
      if (header.depth < level) break;
      if (header.depth === level && !isInlineReply(thread, h, level)) break;
      i = header.end;
      h++;
      continue;
    }
    const line = lines[i];
    if (line.depth === level) out.push(line.content);
    else if (line.depth < level && !isBlank(line.content)) break;
    i++;
  }
  return out;
}

function messageUnder(thread: Thread, index: number): MessageSlice {
  const header = thread.headers[index];
  let next = header.end;
  while (next < thread.lines.length && isBlank(thread.lines[next].content)) next++;
  const nextDepth = next < thread.lines.length ? thread.lines[next].depth : header.depth;
  const level = nextDepth > header.depth ? header.depth + 1 : header.depth;
  const text = tidyLines(collect(thread, header.end, level));
  return { text, header, found: text !== "" };
}

/** What `own` wrote into the message quoted under the header at `index`, if it says it did. */
function answersBelow(thread: Thread, index: number, own: string): string {
  const header = thread.headers[index];
  if (!header || !announcesInlineAnswers(own)) return "";
  const end = thread.headers[index + 1]?.start ?? thread.lines.length;
  return markedAnswers(thread.lines.slice(header.end, end));
}

/** The message under the header at `index`, unless it is forwarded on rather than answered. */
function answered(thread: Thread, index: number): MessageSlice["repliesTo"] {
  const header = thread.headers[index];
  if (!header || header.forward) return null;
  return { text: messageUnder(thread, index).text, from: header.from };
}

function prospectMessage(thread: Thread, me: Mailbox | undefined): MessageSlice {
  const index = thread.headers.findIndex((header) => !isOurSide(header.from, me));
  if (index < 0) return { text: "", header: null, found: false };
  const participants = thread.headers
    .slice(0, MAX_PARTICIPANTS)
    .flatMap((header, i) => (i !== index && header.from ? [header.from] : []));
  const message = messageUnder(thread, index);
  return {
    ...message,
    participants,
    repliesTo: answered(thread, index + 1),
    answers: answersBelow(thread, index + 1, message.text),
  };
}

/** Read mode: the sender's own latest message. */
export function latestMessage(text: string): MessageSlice {
  const thread = readThread(text);
  const own = tidyLines(collect(thread, 0, 0));
  const first = thread.headers[0];
  // A forward with no note of its own: the forwarded message is what the sender passes on.
  if (own === "" && first && first.forward) return messageUnder(thread, 0);
  const answers = answersBelow(thread, 0, own);
  return {
    text: own,
    header: null,
    found: own !== "" || answers !== "",
    repliesTo: answered(thread, 0),
    answers,
  };
}

/** Compose mode: the prospect's message under the first quote header not written by `me`. */
export function quotedProspectMessage(text: string, me?: Mailbox): MessageSlice {
  return prospectMessage(readThread(text), me);
}
