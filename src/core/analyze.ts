import { findDates, findDeadline } from "./dates";
import { detectRequests } from "./detect/detectRequests";
import { readProspectMessage } from "./email";
import type { Analysis, EmailInput, IsoDate } from "./types";

/**
 * The whole reading of one email: the prospect's latest message, what it asks for, the dates
 * it names and the deadline set for the item. Throws InputError for input it cannot read.
 * `today` resolves relative dates when the message carries no date of its own.
 */
export function analyzeEmail(input: EmailInput, today?: IsoDate): Analysis {
  const message = readProspectMessage(input);
  if (!message.found) return { message, requests: [], dates: [], deadline: null };
  const { text, sentAt, language } = message;
  const requests = detectRequests(text, language);
  const dates = findDates(text, sentAt, language, today);
  // A deadline belongs to a requested item; with no request there is nothing it could be for.
  const deadline = requests.length > 0 ? findDeadline(text, sentAt, language, today) : null;
  return { message, requests, dates, deadline };
}
