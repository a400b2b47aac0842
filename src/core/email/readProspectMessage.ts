/**
 * What the rest of the app calls: from the host's input to the prospect's latest message,
 * who sent it, when, in which language, without quoted history, rep draft or signature.
 */
import { InputError } from "../errors";
import type { EmailInput, Mailbox, ProspectMessage } from "../types";
import { findAddressees } from "./addressees";
import { htmlToText } from "./htmlToText";
import { detectLanguage } from "./language";
import { latestMessage, type MessageSlice, quotedProspectMessage } from "./latestMessage";
import { firstNameOf, findProspect, isOurSide, nameFromAddress, normalizeName } from "./sender";
import { cutSignature } from "./signature";

/** Offers sit at the top of the answered message; the rest of a long thread is not carried along. */
const MAX_REPLIED_TO = 8 * 1024;

function senderNames(name: string, email: string): string[] {
  const full = normalizeName(name) || nameFromAddress(email);
  const first = firstNameOf(full);
  return [full, first].filter((value) => value !== "");
}

export function readProspectMessage(input: EmailInput): ProspectMessage {
  const body = input.bodyType === "html" ? htmlToText(input.body) : input.body.replace(/\r\n?/g, "\n");
  // An empty draft is normal (a client that hands add-ins only the rep's new text, before the
  // rep typed): it quotes no prospect message, which the pane and commands handle. An email
  // received with no text is unreadable input.
  if (body.trim() === "" && input.mode === "read") throw new InputError("The email has no text");

  // Reading our own sent mail, or a colleague's forward, the prospect is the one quoted below
  // it, as in a reply draft.
  const fromQuote = input.mode === "compose" || isOurSide(input.from, input.me);
  const slice: MessageSlice = fromQuote ? quotedProspectMessage(body, input.me) : latestMessage(body);
  const header = slice.header;
  const from = fromQuote ? (header?.from ?? null) : (input.from ?? header?.from ?? null);
  // A forwarded message is signed by its author, not by the one who forwards it.
  const signers = [from, header?.from].flatMap((box) => (box ? senderNames(box.name, box.email) : []));
  const { body: own, signature } = cutSignature(slice.text, signers);
  // Answers written into the quote come after the note that points to them, past its signature.
  const text = [own, slice.answers ?? ""].filter((part) => part !== "").join("\n\n");
  const sentAt = fromQuote ? (header?.sentAt ?? null) : (input.sentAt ?? header?.sentAt ?? null);
  const subject = (fromQuote && header?.subject) || input.subject || header?.subject || "";
  // The host's To and Cc belong to the item itself; a message read from under a quote header
  // was addressed as that header says.
  const recipients = (header ? header.recipients : input.recipients) ?? [];
  return {
    text,
    signature,
    sender: findProspect({ from, signature, me: input.me }),
    sentAt,
    language: detectLanguage(text),
    subject,
    found: slice.found && text !== "",
    addressees: findAddressees(recipients, from, input.me, slice.participants),
    repliesTo: theirAnswer(slice, from),
  };
}

/** The quoted message the prospect answers, unless the prospect wrote it too (a follow-up to their own mail). */
function theirAnswer(slice: MessageSlice, prospect: Mailbox | null): string {
  const quoted = slice.repliesTo;
  if (!quoted) return "";
  const sameWriter =
    prospect !== null &&
    quoted.from !== null &&
    quoted.from.email !== "" &&
    quoted.from.email.toLowerCase() === prospect.email.toLowerCase();
  return sameWriter ? "" : quoted.text.slice(0, MAX_REPLIED_TO);
}
