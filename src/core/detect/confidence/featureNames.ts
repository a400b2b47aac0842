import { REQUEST_TYPES } from "../../types";

/**
 * The names of the values requestFeatures gives, in its order: written beside the fitted weights
 * so a reader can see what each weighs, and checked against them by the tests. Kept apart from
 * features.ts so the task pane does not download them.
 */
export const FEATURE_NAMES: readonly string[] = [
  "bias",
  ...REQUEST_TYPES.map((type) => `type ${type}`),
  "question",
  "opens with a modal",
  "please",
  "modal you",
  "hand-over verb",
  "we'd need or like",
  "if you have",
  "opens with a third person",
  "future",
  "past",
  "you sent",
  "thanks",
  "negation",
  "i or we",
  "you",
  "need or want",
  "another party",
  "time clause",
  "if",
  "list item",
  "item words",
  "item opens with 'the'",
  "item opens with 'a'",
  "item opens with 'our'/'your'",
  "requests in the message",
  "place among them",
  "sentence words",
  "place in the message",
];
