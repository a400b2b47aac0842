import type { DetectedRequest, RequestType } from "../types";
import type { DecisionTypeId } from "./decisionTypes";

/**
 * The decision each item feeds, as a top rep would frame it:
 * - pricing: a number is asked for to see whether it fits a budget, so the decision is budget approval;
 * - demo, trial, information, meeting: seeing or trying the product is an evaluation step; what
 *   follows is whether to take the next step;
 * - case studies and references: buyers ask for proof when comparing vendors, so: shortlist;
 * - proposal, security, contract: the last gates before buying; the answer is go or no-go.
 */
const DECISION_FOR: Record<RequestType, DecisionTypeId> = {
  pricing: "budget-approval",
  demo: "next-step",
  trial: "next-step",
  information: "next-step",
  meeting: "next-step",
  "case-study": "shortlist",
  references: "shortlist",
  proposal: "go-no-go",
  security: "go-no-go",
  contract: "go-no-go",
};

// With several items the reply asks for the decision furthest along the buying process:
// pricing alongside a demo means the buyer is already weighing budget.
const STAGE: Record<DecisionTypeId, number> = {
  "next-step": 0,
  "involve-decision-makers": 1,
  shortlist: 2,
  "budget-approval": 3,
  "go-no-go": 4,
};

export function defaultDecisionFor(requests: readonly Pick<DetectedRequest, "type">[]): DecisionTypeId {
  let chosen: DecisionTypeId = "next-step";
  for (const { type } of requests) {
    const candidate = DECISION_FOR[type];
    if (STAGE[candidate] > STAGE[chosen]) chosen = candidate;
  }
  return chosen;
}
