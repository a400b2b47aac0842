import { HostError } from "../mailHost";
import { currentItem } from "./currentItem";
import { FAILURES } from "./hostMessages";
import { describeThrown, type OfficeCaller } from "./officeCalls";
import { supports } from "./requirements";

/** Outlook limits a reply form's htmlBody to 32 KB of characters. */
export const MAX_REPLY_HTML_CHARS = 32 * 1024;

/** Read mode: opens Outlook's reply (or reply-all) form with the drafted reply as its body. */
export async function openReplyForm(
  office: typeof Office,
  caller: OfficeCaller,
  reply: { html: string },
  replyAll = false,
): Promise<void> {
  const current = currentItem(office);
  if (current.mode !== "read") {
    throw new HostError(
      FAILURES.replyInCompose.code,
      FAILURES.replyInCompose.message,
      "item is in compose mode",
    );
  }
  const item = current.item;
  if (reply.html.length > MAX_REPLY_HTML_CHARS) {
    throw new HostError(
      FAILURES.replyTooLarge.code,
      FAILURES.replyTooLarge.message,
      `${reply.html.length} characters > ${MAX_REPLY_HTML_CHARS}`,
    );
  }
  const formData: Office.ReplyFormData = { htmlBody: reply.html };
  if (supports(office, "replyFormAsync")) {
    // The async forms (Mailbox 1.9) report failures instead of failing silently.
    await caller.call<void>(FAILURES.reply, (callback) =>
      replyAll
        ? item.displayReplyAllFormAsync(formData, callback)
        : item.displayReplyFormAsync(formData, callback),
    );
    return;
  }
  try {
    if (replyAll) item.displayReplyAllForm(formData);
    else item.displayReplyForm(formData);
  } catch (error) {
    throw new HostError(FAILURES.reply.code, FAILURES.reply.message, describeThrown(error));
  }
}
