import type { DetectedRequest, RequestType } from "../../core/types";

/** A request as the rep edits it: a stable key for React, and a type that may not be chosen yet. */
export interface EditableRequest {
  key: string;
  type: RequestType | "";
  item: string;
  evidence: string;
}

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `request-${nextKey}`;
}

export function toEditable(requests: readonly DetectedRequest[]): EditableRequest[] {
  return requests.map((request) => ({ ...request, key: newKey() }));
}

/** A row the rep adds starts empty: the pane never guesses what the prospect asked for. */
export function blankRequest(): EditableRequest {
  return { key: newKey(), type: "", item: "", evidence: "" };
}

export function requestProblems(request: EditableRequest): { type?: string; item?: string } {
  return {
    type: request.type === "" ? "Pick what they asked for." : undefined,
    item: request.item.trim() === "" ? "Describe the item, as you would confirm it in the reply." : undefined,
  };
}

/** The rows complete enough to draft from, as the core takes them. */
export function completeRequests(requests: readonly EditableRequest[]): DetectedRequest[] {
  return requests.flatMap(({ type, item, evidence }) =>
    type !== "" && item.trim() !== "" ? [{ type, item: item.trim(), evidence }] : [],
  );
}
