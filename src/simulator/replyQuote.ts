import DOMPurify from "dompurify";
import { bodyContent, escapeHtml, textToHtml } from "./bodies";
import type { SimMessage } from "./messages";
import type { SimMailbox } from "./officeEmulation/types";

/** Who a reply goes to: the sender, and for reply all everyone else on the message except me. */
export function replyRecipients(message: SimMessage, replyAll: boolean, me: SimMailbox) {
  const notMe = (m: SimMailbox) => m.emailAddress.toLowerCase() !== me.emailAddress.toLowerCase();
  if (!replyAll) return { to: [message.from], cc: [] };
  return { to: [message.from, ...message.to.filter(notMe)], cc: message.cc.filter(notMe) };
}

/** The header labels Outlook on the web writes over the quoted original, in the user's language. */
const QUOTE_LABELS: Record<
  string,
  { from: string; sent: string; to: string; cc: string; subject: string; re: string }
> = {
  en: { from: "From:", sent: "Sent:", to: "To:", cc: "Cc:", subject: "Subject:", re: "RE:" },
  de: { from: "Von:", sent: "Gesendet:", to: "An:", cc: "Cc:", subject: "Betreff:", re: "AW:" },
  fr: { from: "De :", sent: "Envoyé :", to: "À :", cc: "Cc :", subject: "Objet :", re: "RE :" },
};

function labelsFor(language: string) {
  return QUOTE_LABELS[language.slice(0, 2).toLowerCase()] ?? QUOTE_LABELS.en;
}

function formatMailbox(m: SimMailbox): string {
  return m.displayName && m.displayName !== m.emailAddress
    ? `${escapeHtml(m.displayName)} &lt;${escapeHtml(m.emailAddress)}&gt;`
    : escapeHtml(m.emailAddress);
}

export function formatSentDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "full", timeStyle: "short" }).format(new Date(iso));
}

export function replySubject(subject: string, language: string): string {
  const prefix = labelsFor(language).re;
  return /^(?:re|aw|sv)\s?:/i.test(subject) ? subject : `${prefix} ${subject}`;
}

/** The original message's body as Outlook quotes it: its HTML, or its text turned into HTML. */
export function originalBodyHtml(message: SimMessage): string {
  if (message.html) return DOMPurify.sanitize(bodyContent(message.html));
  return textToHtml(message.text ?? "");
}

/**
 * The compose body of a reply as Outlook on the web builds it: the new text, the
 * `appendonsend` marker, a rule, the `divRplyFwdMsg` header and the original.
 */
export function replyBodyHtml(options: { message: SimMessage; newHtml: string; language: string }): string {
  const { message, newHtml, language } = options;
  const labels = labelsFor(language);
  const to = message.to.map(formatMailbox).join("; ");
  const cc = message.cc.length
    ? `<br>\r\n<b>${labels.cc}</b> ${message.cc.map(formatMailbox).join("; ")}`
    : "";
  return (
    `${newHtml}\r\n<div id="appendonsend"></div>\r\n` +
    '<hr style="display:inline-block;width:98%" tabindex="-1">\r\n' +
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
    `<b>${labels.from}</b> ${formatMailbox(message.from)}<br>\r\n` +
    `<b>${labels.sent}</b> ${escapeHtml(formatSentDate(message.date, language))}<br>\r\n` +
    `<b>${labels.to}</b> ${to}${cc}<br>\r\n` +
    `<b>${labels.subject}</b> ${escapeHtml(message.subject)}</font>\r\n<div>&nbsp;</div>\r\n</div>\r\n` +
    `<div>${originalBodyHtml(message)}</div>`
  );
}

/** Where the cursor starts in a new reply: an empty paragraph above the quote. */
export const EMPTY_REPLY_PARAGRAPH = '<div class="elementToProof"><br></div>';
