export {
  DECISION_TYPE_IDS,
  decisionType,
  decisionTypes,
  isDecisionTypeId,
  type DecisionText,
  type DecisionType,
  type DecisionTypeId,
} from "./decisionTypes";
export { defaultDecisionFor } from "./defaultDecision";
export {
  DECISION_BUSINESS_DAYS,
  DELIVERY_BUSINESS_DAYS,
  deliveryDateFor,
  planDates,
  suggestDecisionDate,
  type DatePlan,
  type DecisionDateInput,
} from "./decisionDate";
