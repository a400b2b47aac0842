import { NOTIFICATION_MAX_CHARS } from "../mailHost";
import { currentItem } from "./currentItem";
import { FAILURES } from "./hostMessages";
import type { OfficeCaller } from "./officeCalls";

/** One key, so each new message replaces the last instead of stacking up above the email. */
export const NOTIFICATION_KEY = "decisionAsk";

/** Informational messages must name an icon from the manifest's <Resources><Images>. */
export const NOTIFICATION_ICON_RESID = "Icon.16x16";

export async function notify(
  office: typeof Office,
  caller: OfficeCaller,
  kind: "info" | "error",
  message: string,
): Promise<void> {
  const { item } = currentItem(office);
  const types = office.MailboxEnums.ItemNotificationMessageType;
  const text = shortenMessage(message, NOTIFICATION_MAX_CHARS);
  const details: Office.NotificationMessageDetails =
    kind === "info"
      ? { type: types.InformationalMessage, message: text, icon: NOTIFICATION_ICON_RESID, persistent: false }
      : { type: types.ErrorMessage, message: text };
  await caller.call<void>(FAILURES.notify, (callback) =>
    item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, callback),
  );
}

/** Cuts at a word boundary and marks the cut, so a shortened message never ends mid-word. */
export function shortenMessage(message: string, max: number): string {
  const text = message.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(" ");
  const cut = lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}
