import type { CallFailure } from "./officeCalls";

/**
 * What the rep reads when an Outlook call fails: what happened, in Outlook's words, and what to
 * do next. The technical cause travels in HostError.detail for support, never in these texts.
 */
export const FAILURES = {
  noItem: {
    code: "unavailable",
    message: "Decision Ask needs an open email. Select or open one, then try again.",
  },
  readBody: {
    code: "readFailed",
    message: "Outlook couldn't read this email. Try again, or reopen the draft.",
  },
  readDetails: {
    code: "readFailed",
    message: "Outlook couldn't read the subject or recipients of this draft. Try again, or reopen the draft.",
  },
  bodyType: {
    code: "insertFailed",
    message:
      "Outlook couldn't tell whether this draft is HTML or plain text, so nothing was inserted. Try again.",
  },
  insert: {
    code: "insertFailed",
    message:
      "Outlook couldn't insert the reply, and your draft was left as it was. Click in the message body, then try again.",
  },
  insertTooLarge: {
    code: "insertFailed",
    message:
      "The reply is too long for Outlook to insert, and your draft was left as it was. Shorten it and try again.",
  },
  insertInRead: {
    code: "notSupported",
    message: "The reply can only be inserted into a draft. Use Reply with decision ask on a received email.",
  },
  reply: {
    code: "replyFailed",
    message:
      "Outlook couldn't open the reply. Try again, or reply by hand and insert the decision ask there.",
  },
  replyTooLarge: {
    code: "replyFailed",
    message:
      "The reply is too long for Outlook to open in a reply window. Shorten it, or reply by hand and insert it there.",
  },
  replyInCompose: {
    code: "notSupported",
    message:
      "A reply window can only be opened from a received email. Insert the reply into this draft instead.",
  },
  notify: {
    code: "notifyFailed",
    message: "Outlook couldn't show Decision Ask's message above this email.",
  },
  settingsSave: {
    code: "settingsFailed",
    message: "Outlook couldn't save your Decision Ask settings. Your change was not kept; try again.",
  },
  settingsTooLarge: {
    code: "settingsTooLarge",
    message:
      "Decision Ask's saved settings would pass Outlook's 32 KB limit, so the change was not saved. Remove something you no longer need and try again.",
  },
} as const satisfies Record<string, CallFailure>;
