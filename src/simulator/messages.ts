import PostalMime from "postal-mime";
import type { SimMailbox } from "./officeEmulation/types";

/** A message in the simulated inbox, as Outlook shows it. */
export interface SimMessage {
  id: string;
  fileName: string;
  from: SimMailbox;
  to: SimMailbox[];
  cc: SimMailbox[];
  subject: string;
  /** ISO 8601. */
  date: string;
  internetMessageId: string;
  conversationId: string;
  html?: string;
  text?: string;
}

/** Larger files are refused: Outlook itself refuses messages far smaller than this. */
export const MAX_EML_BYTES = 5 * 1024 * 1024;

function mailboxes(addresses: PostalMime.Address[] | undefined): SimMailbox[] {
  const out: SimMailbox[] = [];
  for (const address of addresses ?? []) {
    const members = address.group ?? [address];
    for (const m of members) out.push({ displayName: m.name || m.address, emailAddress: m.address });
  }
  return out;
}

function conversationIdFor(subject: string): string {
  const topic = subject
    .replace(/^(?:(?:re|fw|fwd|aw|wg|tr)\s?:\s*){1,5}/i, "")
    .trim()
    .toLowerCase();
  let hash = 0;
  for (let i = 0; i < topic.length; i++) hash = (hash * 31 + topic.charCodeAt(i)) >>> 0;
  return `AAQkAD-sim-${hash.toString(16)}`;
}

/** Parses an .eml file; throws an Error whose message the simulator shows as it is. */
export async function parseEmlFile(fileName: string, raw: string | ArrayBuffer): Promise<SimMessage> {
  const size = typeof raw === "string" ? raw.length : raw.byteLength;
  if (size === 0) throw new Error(`${fileName} is empty.`);
  if (size > MAX_EML_BYTES) throw new Error(`${fileName} is larger than 5 MB.`);
  const email = await PostalMime.parse(raw);
  const [from] = mailboxes(email.from ? [email.from] : []);
  if (!from) throw new Error(`${fileName} has no From: header, so it is not an email Outlook would show.`);
  if (!email.html && !email.text) throw new Error(`${fileName} has no text or HTML body.`);
  const parsedDate = email.date ? new Date(email.date) : null;
  const subject = email.subject ?? "";
  return {
    id: `${fileName}#${email.messageId ?? size}`,
    fileName,
    from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject,
    date:
      parsedDate && !Number.isNaN(parsedDate.getTime())
        ? parsedDate.toISOString()
        : new Date(0).toISOString(),
    internetMessageId: email.messageId ?? `<${fileName}@simulator>`,
    conversationId: conversationIdFor(subject),
    html: email.html || undefined,
    text: email.text || undefined,
  };
}
