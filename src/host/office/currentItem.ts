import { HostError, type MailHost } from "../mailHost";
import { FAILURES } from "./hostMessages";

export type ItemMode = MailHost["mode"];

export type CurrentItem =
  { mode: "read"; item: Office.MessageRead } | { mode: "compose"; item: Office.MessageCompose };

/**
 * The item Outlook has open now. It is looked up on every call rather than kept, because a
 * pinned task pane stays open while the rep moves from one email to the next.
 */
export function currentItem(office: typeof Office): CurrentItem {
  const item: unknown = office.context?.mailbox?.item;
  if (!item || typeof item !== "object") {
    throw new HostError(
      FAILURES.noItem.code,
      FAILURES.noItem.message,
      "Office.context.mailbox.item is empty",
    );
  }
  // Read items carry the subject as a string; compose items as an object with getAsync/setAsync.
  if (typeof (item as { subject?: unknown }).subject === "string") {
    return { mode: "read", item: item as Office.MessageRead };
  }
  return { mode: "compose", item: item as Office.MessageCompose };
}
