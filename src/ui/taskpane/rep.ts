import type { DraftOptions } from "../../core/draft";
import type { HostItem } from "../../host/mailHost";

/** The rep signs the reply; the item's "me" is the signed-in mailbox in every host. */
export function repFromItem(item: HostItem): DraftOptions["rep"] {
  const name = item.me?.name.trim() ?? "";
  return { name, firstName: name.split(/\s+/)[0] ?? "", email: item.me?.email };
}
