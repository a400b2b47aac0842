import type { RequestType } from "../../core/types";

/** The taxonomy as a rep would name it in the request-type picker. */
export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  demo: "Demo",
  pricing: "Pricing or quote",
  proposal: "Proposal or RFP response",
  information: "Information or documentation",
  "case-study": "Case studies",
  references: "Customer references",
  trial: "Trial or proof of concept",
  security: "Security or compliance documents",
  contract: "Contract or terms",
  meeting: "Call or meeting",
};
