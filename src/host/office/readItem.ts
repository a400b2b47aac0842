import type { Mailbox } from "../../core/types";
import type { HostItem } from "../mailHost";
import { currentItem } from "./currentItem";
import { FAILURES } from "./hostMessages";
import type { OfficeCaller } from "./officeCalls";
import { bodyModeEnum, supports } from "./requirements";

const COMPOSE_TYPES: ReadonlySet<string> = new Set(["newMail", "reply", "forward"]);

/** The open item as plain data for the core, in read or compose mode. */
export async function readItem(office: typeof Office, caller: OfficeCaller): Promise<HostItem> {
  const current = currentItem(office);
  return current.mode === "read"
    ? readReceived(office, caller, current.item)
    : readDraft(office, caller, current.item);
}

async function readReceived(
  office: typeof Office,
  caller: OfficeCaller,
  item: Office.MessageRead,
): Promise<HostItem> {
  const body = await caller.call<string>(FAILURES.readBody, (callback) =>
    item.body.getAsync(office.CoercionType.Html, callback),
  );
  // `from` is who wrote it; `sender` differs only when a delegate sent it, and stands in when
  // a client leaves `from` empty.
  const sender = item.from ?? item.sender;
  return {
    mode: "read",
    body,
    bodyType: "html",
    from: sender ? mailboxOf(sender) : undefined,
    subject: item.subject ?? "",
    sentAt: isoDateTime(item.dateTimeCreated),
    conversationId: item.conversationId || undefined,
    to: (item.to ?? []).map(mailboxOf),
    recipients: [...(item.to ?? []), ...(item.cc ?? [])].map(mailboxOf),
    me: signedInRep(office),
  };
}

async function readDraft(
  office: typeof Office,
  caller: OfficeCaller,
  item: Office.MessageCompose,
): Promise<HostItem> {
  const bodyMode = bodyModeEnum(office);
  // Only the body is essential: without it there is nothing to analyze. Subject, recipients and
  // compose type only refine the result, so a client that fails them still gets a reply.
  const [body, subject, to, composeType] = await Promise.all([
    caller.call<string>(FAILURES.readBody, (callback) =>
      // FullBody returns the quoted thread even when the rep's mailbox groups conversations,
      // which is where the prospect's message is in a reply draft.
      bodyMode
        ? item.body.getAsync(office.CoercionType.Html, { bodyMode: bodyMode.FullBody }, callback)
        : item.body.getAsync(office.CoercionType.Html, callback),
    ),
    optional(caller.call<string>(FAILURES.readDetails, (callback) => item.subject.getAsync(callback))),
    optional(
      caller.call<Office.EmailAddressDetails[]>(FAILURES.readDetails, (callback) =>
        item.to.getAsync(callback),
      ),
    ),
    supports(office, "composeType")
      ? optional(
          caller.call<{ composeType?: string }>(FAILURES.readDetails, (callback) =>
            item.getComposeTypeAsync(callback),
          ),
        )
      : Promise.resolve(undefined),
  ]);
  const type = composeType?.composeType;
  return {
    mode: "compose",
    body,
    bodyType: "html",
    subject: subject ?? undefined,
    conversationId: item.conversationId || undefined,
    composeType: type && COMPOSE_TYPES.has(type) ? (type as HostItem["composeType"]) : undefined,
    to: to ? to.map(mailboxOf) : undefined,
    me: signedInRep(office),
  };
}

/** The rep signed in to Outlook, so the core can tell their own messages in a thread from the prospect's. */
export function signedInRep(office: typeof Office): Mailbox | undefined {
  const profile = office.context?.mailbox?.userProfile;
  if (!profile) return undefined;
  return { name: profile.displayName ?? "", email: profile.emailAddress ?? "" };
}

function mailboxOf(details: Office.EmailAddressDetails): Mailbox {
  return { name: details.displayName ?? "", email: details.emailAddress ?? "" };
}

function isoDateTime(value: Date | string | undefined): string | undefined {
  if (!value) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function optional<T>(call: Promise<T>): Promise<T | undefined> {
  return call.catch(() => undefined);
}
