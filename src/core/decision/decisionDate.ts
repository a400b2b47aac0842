import { addBusinessDays, businessDayOnOrAfter, businessDayOnOrBefore } from "../dates/businessDays";
import { maxIso } from "../dates/isoDate";
import type { DetectedRequest, IsoDate, RequestType } from "../types";

/** Business days a team needs to deliver each item: what a rep can promise without overcommitting. */
export const DELIVERY_BUSINESS_DAYS: Record<RequestType, number> = {
  pricing: 1,
  information: 1,
  "case-study": 1,
  demo: 2,
  meeting: 2,
  trial: 2,
  references: 3,
  security: 3,
  contract: 3,
  proposal: 4,
};

/** Business days the prospect gets, after delivery, to look at the item and decide. */
export const DECISION_BUSINESS_DAYS = 3;

/** The day every requested item can be delivered: the slowest item sets it. No request: one day. */
export function deliveryDateFor(requests: readonly Pick<DetectedRequest, "type">[], today: IsoDate): IsoDate {
  const days = Math.max(1, ...requests.map(({ type }) => DELIVERY_BUSINESS_DAYS[type]));
  return addBusinessDays(today, days);
}

export interface DecisionDateInput {
  today: IsoDate;
  requests: readonly Pick<DetectedRequest, "type">[];
  /** The date the prospect set for the item, if any. */
  deadline: IsoDate | null;
}

export interface DatePlan {
  /** When we deliver the item(s). */
  deliveryDate: IsoDate;
  /** When we ask the prospect to decide. */
  decisionDate: IsoDate;
}

/**
 * Delivery and decision dates together. Without a deadline: delivery as fast as the items
 * allow, the decision three business days later. With a deadline, the prospect's date is when
 * their decision happens (they asked for the item by then because they need it by then), so:
 * - the decision is asked for three business days after delivery, but no later than the
 *   deadline (its business day, or the Friday before when it falls on a weekend);
 * - if the deadline leaves no room, the decision is asked for on the deadline itself, and
 *   delivery moves up to meet it: a reply that promises the item after the prospect's own
 *   date would ignore their timeline;
 * - a deadline whose last business day is today or already past cannot be met; it is ignored
 *   rather than asking for a decision today or in the past.
 * Neither date is ever on a weekend or before today.
 */
export function planDates({ today, requests, deadline }: DecisionDateInput): DatePlan {
  const earliest = businessDayOnOrAfter(today);
  const capacity = deliveryDateFor(requests, today);
  const relaxed = addBusinessDays(capacity, DECISION_BUSINESS_DAYS);
  const limit = deadline === null ? null : businessDayOnOrBefore(deadline);
  if (limit === null || limit <= today) return { deliveryDate: capacity, decisionDate: relaxed };
  if (relaxed <= limit) return { deliveryDate: capacity, decisionDate: relaxed };
  const decisionDate = maxIso(limit, earliest);
  const deliveryDate = capacity <= decisionDate ? capacity : decisionDate;
  return { deliveryDate, decisionDate };
}

/** The decision date to suggest: see planDates for how a deadline shapes it. */
export function suggestDecisionDate(input: DecisionDateInput): IsoDate {
  return planDates(input).decisionDate;
}
