import { joinItems } from "../core/render/joinItems";
import type { IsoDate } from "../core/types";
import { HostError, NOTIFICATION_MAX_CHARS } from "../host/mailHost";
import { InputError } from "../core/errors";
import { DraftError } from "../core/draft";
import type { DefaultReply } from "./defaultReply";

type Outcome = "inserted" | "opened";

const NOTHING: Record<Extract<DefaultReply, { kind: "nothing" }>["reason"], string> = {
  noMessage: "Decision Ask found no message from the prospect here",
  noRequest: "Decision Ask found no request (a demo, pricing, a proposal…) in this email",
};

const NOTHING_DONE: Record<Outcome, string> = {
  inserted: "so nothing was inserted. Open the Decision Ask pane to pick the request.",
  opened: "so no reply was opened. Open the Decision Ask pane to pick the request.",
};

export function nothingFoundMessage(reason: keyof typeof NOTHING, outcome: Outcome): string {
  return `${NOTHING[reason]}, ${NOTHING_DONE[outcome]}`;
}

/**
 * "Inserted a decision ask for: a demo of route planning — decision by Fri, Dec 4". When the
 * items are too many for Outlook's 150 characters, they are shortened and the date is kept:
 * the date is what the rep checks.
 */
export function insertedMessage(items: readonly string[], decisionDate: IsoDate, locale: string): string {
  const head = "Inserted a decision ask for: ";
  const tail = ` — decision by ${shortDate(decisionDate, locale)}`;
  const what = joinItems(items, "en");
  const room = NOTIFICATION_MAX_CHARS - head.length - tail.length;
  return `${head}${shortenAtWord(what, room)}${tail}`;
}

/** What the rep reads when a command fails; the draft and the item are as they were. */
export function failureMessage(error: unknown): string {
  if (error instanceof HostError || error instanceof InputError || error instanceof DraftError)
    return error.message;
  return "Decision Ask couldn't draft the reply, and nothing was changed. Open the Decision Ask pane to try again.";
}

function shortDate(iso: IsoDate, locale: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions = {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat("en-US", options).format(date);
  }
}

function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(" ");
  return `${(lastSpace > 0 ? room.slice(0, lastSpace) : room).replace(/[\s,]+$/, "")}…`;
}
