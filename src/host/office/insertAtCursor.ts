import { HostError } from "../mailHost";
import { currentItem } from "./currentItem";
import { FAILURES } from "./hostMessages";
import type { OfficeCaller } from "./officeCalls";

/** Office.js refuses setSelectedDataAsync data past 1,000,000 characters. */
export const MAX_INSERT_CHARS = 1_000_000;

/**
 * Inserts the reply at the rep's cursor in the body's own format. setSelectedDataAsync replaces
 * only the selection (nothing, at a plain cursor); setAsync and prependAsync would rewrite the
 * body around it, so they are never used and the rep's text and the quoted thread stay as
 * they were.
 */
export async function insertAtCursor(
  office: typeof Office,
  caller: OfficeCaller,
  reply: { html: string; text: string },
): Promise<void> {
  const current = currentItem(office);
  if (current.mode !== "compose") {
    throw new HostError(FAILURES.insertInRead.code, FAILURES.insertInRead.message, "item is in read mode");
  }
  const { body } = current.item;
  const bodyType = await caller.call<Office.CoercionType>(FAILURES.bodyType, (callback) =>
    body.getTypeAsync(callback),
  );
  // Anything but a clear "html" gets text: text is safe in either kind of body, while HTML
  // in a plain-text body would show its tags.
  const coercionType =
    bodyType === office.CoercionType.Html ? office.CoercionType.Html : office.CoercionType.Text;
  const data = coercionType === office.CoercionType.Html ? reply.html : reply.text;
  if (data.length > MAX_INSERT_CHARS) {
    throw new HostError(
      FAILURES.insertTooLarge.code,
      FAILURES.insertTooLarge.message,
      `${data.length} characters > ${MAX_INSERT_CHARS}`,
    );
  }
  // The body's setSelectedDataAsync, not the item's: on the web the item's one can write into
  // the subject (OfficeDev/office-js#1808) or eat the next character of a plain-text body (#3905).
  await caller.call<void>(FAILURES.insert, (callback) =>
    body.setSelectedDataAsync(data, { coercionType }, callback),
  );
}
