import { findDates, findDeadline } from "./dates";
import { detectRequests, textForTheRep } from "./detect/detectRequests";
import { readAcceptedOffers } from "./language/offerReading";
import type { Analysis, IsoDate, ProspectMessage } from "./types";

/**
 * What a prospect message already read asks for, the dates it names and the deadline set for
 * the item. It reads with the languages registered (src/core/language): callers register or
 * load the message's language first. `today` resolves relative dates when the message carries
 * no date of its own.
 */
export function analyzeMessage(message: ProspectMessage, today?: IsoDate): Analysis {
  if (!message.found) return { message, requests: [], dates: [], deadline: null };
  const { text, sentAt, language, addressees } = message;
  const own = detectRequests(text, language, addressees);
  const forRep = textForTheRep(text, language, addressees);
  const requests = [...own, ...readAcceptedOffers(forRep, message.repliesTo ?? "", language, own)];
  const dates = findDates(text, sentAt, language, today);
  // A deadline belongs to a requested item; with no request there is nothing it could be for.
  const deadline =
    requests.length > 0
      ? findDeadline(
          forRep,
          sentAt,
          language,
          today,
          requests.map((r) => r.evidence),
        )
      : null;
  return { message, requests, dates, deadline };
}
