import { REQUEST_TYPES, type DetectedRequest } from "../../types";

/**
 * What a found request looks like from the outside, as numbers a learned model weighs: how its
 * sentence asks, who speaks in it, what the item is, where it sits in the message. Precision is
 * the detector's larger loss on mail it has never seen, and the rules that cause it are many and
 * small; these features let the labelled corpus say which of them to trust.
 */

/**
 * Words and marks of the evidence sentence (read in lower case), in the order featureNames.ts
 * names them. English.
 */
const SENTENCE_MARKS: readonly RegExp[] = [
  /\?/,
  /^\s*(?:could|can|would|will)\b/,
  /\bplease\b/,
  /\b(?:could|can|would|will) you\b/,
  /\b(?:send|share|forward)\b/,
  /\b(?:we|i)(?:'d| would) (?:need|like|love)\b/,
  /\bif you have\b/,
  /^\s*(?:we|our|they|their|he|she|his|her)\b/,
  /\b(?:will|'ll)\b/,
  /\b(?:was|were|had|sent|received|got|did)\b/,
  /\byou (?:sent|shared|provided)\b/,
  /\bthank/,
  /\b(?:not|no|don't|doesn't|won't|never)\b/,
  /\b(?:i|we)\b/,
  /\byou\b/,
  /\b(?:need|needs|require|requires|want|wants)\b/,
  /\b(?:team|legal|procurement|auditor|cfo|ceo|it|board|boss|manager)\b/,
  /\b(?:when|once|after|before)\b/,
  /\bif\b/,
  /^[-*•\d]/,
];

/** Caps so one long sentence or a crowded message does not outweigh everything else. */
const MAX_ITEM_WORDS = 12;
const MAX_REQUESTS = 5;
const MAX_SENTENCE_WORDS = 60;
/** How much of the evidence is looked up in the message to place it. */
const PLACE_BY = 40;

/** Item words, its three openings, the message's requests, the place among them, sentence words, place in the message. */
const SHAPE_FEATURES = 8;

/** How many values requestFeatures gives; a fitted model has as many weights. */
export const FEATURE_COUNT = 1 + REQUEST_TYPES.length + SENTENCE_MARKS.length + SHAPE_FEATURES;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

/**
 * The features of the `index`th of `count` requests found in `message`, in the order
 * featureNames.ts names them.
 */
export function requestFeatures(
  request: DetectedRequest,
  index: number,
  count: number,
  message: string,
): number[] {
  const sentence = request.evidence.toLowerCase();
  const item = request.item.toLowerCase();
  const at = message.indexOf(request.evidence.slice(0, PLACE_BY));
  const flag = (on: boolean): number => (on ? 1 : 0);
  return [
    1,
    ...REQUEST_TYPES.map((type) => flag(request.type === type)),
    ...SENTENCE_MARKS.map((mark) => flag(mark.test(sentence))),
    Math.min(words(item), MAX_ITEM_WORDS) / MAX_ITEM_WORDS,
    flag(item.startsWith("the ")),
    flag(item.startsWith("a ") || item.startsWith("an ")),
    flag(item.startsWith("our") || item.startsWith("your")),
    Math.min(count, MAX_REQUESTS) / MAX_REQUESTS,
    Math.min(index, MAX_REQUESTS) / MAX_REQUESTS,
    Math.min(words(sentence), MAX_SENTENCE_WORDS) / MAX_SENTENCE_WORDS,
    at >= 0 ? at / Math.max(1, message.length) : 0.5,
  ];
}
