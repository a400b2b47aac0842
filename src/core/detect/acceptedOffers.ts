/**
 * "Both please.", "The sandbox would be more useful", "Second option works for us": a reply that
 * takes up what the rep offered in the message it answers. The prospect asks for something the
 * reply itself never names; the rep's quoted offer names it. Each offer is read back as the
 * prospect's own ask ("I can send over our SOC 2 report" → "Could you send over your SOC 2
 * report?") through the same detector, so items and types come out as for any other request.
 */
import type { DetectedLanguage, DetectedRequest, Language, RequestType } from "../types";
import { findCues } from "./cues";
import { detectRequests } from "./detectRequests";
import { lexiconsFor } from "./lexicon";
import { occurs } from "./lexicon/build";
import { enOffers } from "./lexicon/en-offers";
import type { Lexicon, OfferWords } from "./lexicon/types";
import { splitSentences, type Sentence } from "./segment";
import { normalizeWord, plainText, swapWord, tokenize } from "./tokens";

/** The languages whose replies to an offer are read; the others read the prospect's words only. */
const OFFER_WORDS: Partial<Record<Language, OfferWords>> = { en: enOffers };

/** A reply takes up an offer in its first sentences; a "yes" further down answers something else. */
const ACCEPT_WINDOW = 3;
/** Offers sit near the top of the rep's message; a long quoted thread is not read to its end. */
const MAX_OFFER_TEXT = 8 * 1024;
/** Words this short ("the", "one") say nothing about which offer is meant. */
const MIN_NAMING_WORD = 4;
/** "Thanks Marc", "Thank you so much": a short thanks before the answer. */
const MAX_THANKS_WORDS = 4;
/** Enough of a word to match "recording" with "recorded", "slides" with "slide deck". */
const STEM = 5;

interface Offer {
  requests: OfferedRequest[];
}

interface OfferedRequest extends DetectedRequest {
  /** Stems of its item's words and its type's name, for a reply that names it ("the recorded one", "no need for the references"). */
  stems: ReadonlySet<string>;
}

interface Reply {
  /** The sentence that takes the offer up: the evidence of the ask. */
  sentence: string;
  /** Parts that accept ("the sandbox would be more useful") and parts that turn down ("the recording not needed"). */
  accepting: string[];
  declining: string[];
  /** Takes up everything offered: "Both please", "Yes please". */
  all: boolean;
  /** The sentence's other parts: "Yes please - Thursday 3pm works for the demo" answers something else. */
  rest: string[];
}

function stemOf(word: string): string {
  return normalizeWord(word).slice(0, STEM);
}

function inProspectVoice(words: OfferWords, text: string): string {
  return text.replace(/[\p{L}']+/gu, (word) => swapWord(words.toProspectVoice, word));
}

/**
 * The offered thing without what only details it: "a live session with your IAM team where our
 * SE connects to a Workday sandbox" offers the session, not the sandbox; "if you'd rather start
 * on paper" is the rep's reason.
 */
function mainClause(lexicon: Lexicon, offered: string): string {
  const w = lexicon.words;
  let end = offered.length;
  const subordinate = offered.search(lexicon.subordinate);
  if (subordinate > 0) end = subordinate;
  for (const token of tokenize(offered)) {
    if (token.start === 0 || token.start >= end) continue;
    const detail =
      w.conditions?.has(token.norm) || (w.relatives?.has(token.norm) && !/ing$/.test(token.norm));
    if (detail) {
      end = token.start;
      break;
    }
  }
  return offered.slice(0, end);
}

function asAsk(lexicon: Lexicon, words: OfferWords, offered: string): string {
  const rest = mainClause(lexicon, offered.replace(words.speaker, "").replace(words.listJoin, ""))
    .replace(words.pointer, " them ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,:-]+|[\s,.;:!?(-]+$/g, "");
  const frame = words.thing.test(rest) ? words.askThing : words.askAction;
  return `${frame} ${inProspectVoice(words, rest)}?`;
}

/**
 * `context`: what the rep said just before the offer, for "I have a couple of case studies from
 * construction customers - want me to send them over?".
 */
function readOffer(
  lexicon: Lexicon,
  language: DetectedLanguage,
  offered: string,
  context: string,
): Offer | null {
  const words = OFFER_WORDS[lexicon.language];
  if (!words) return null;
  const ask = asAsk(lexicon, words, offered);
  const said = context === "" ? "" : `${inProspectVoice(words, context)}\n`;
  const requests = detectRequests(said + ask, language).filter(
    (r) => ask.includes(r.evidence) || r.evidence.includes(ask),
  );
  if (requests.length === 0) return null;
  const stemsOf = (r: DetectedRequest) =>
    new Set(tokenize(`${r.item} ${r.type.replace("-", " ")}`).map((t) => stemOf(t.norm)));
  return { requests: requests.map((r) => ({ ...r, stems: stemsOf(r) })) };
}

/** What follows an offer frame, or null when the sentence offers nothing. */
function offeredIn(words: OfferWords, sentence: string): string | null {
  words.offer.lastIndex = 0;
  const match = words.offer.exec(sentence);
  words.offer.lastIndex = 0;
  return match ? sentence.slice(match.index + match[0].length) : null;
}

/** "send either": the offer names its things only by pointing at them. */
function pointsOnly(words: OfferWords, offered: string): boolean {
  return occurs(words.pointer, offered) && tokenize(offered.replace(words.pointer, " ")).length <= 2;
}

/**
 * "Two things that might help: our ROI calculator (I can pre-fill it), or our benchmarking
 * report." — the things a sentence lists after its colon, without their asides.
 */
function thingsListed(words: OfferWords, sentence: string): string[] {
  const listed = sentence.slice(sentence.lastIndexOf(":") + 1).replace(/\([^()]*\)/g, " ");
  return listed
    .split(words.alternative)
    .map((thing) => thing.replace(/[\s,.;!?]+$/, "").trim())
    .filter((thing) => thing !== "");
}

/**
 * The rep's offers in the order made: "I can either set up a sandbox, or send over our
 * datasheet" is two; an offer ending in a colon ("For next week I can do one of two things:")
 * offers each list item under it.
 */
function findOffers(
  lexicon: Lexicon,
  words: OfferWords,
  language: DetectedLanguage,
  repText: string,
): Offer[] {
  const sentences = splitSentences(plainText(repText.slice(0, MAX_OFFER_TEXT)));
  const offers: Offer[] = [];
  const add = (offer: Offer | null) => {
    if (offer) offers.push(offer);
  };
  let listOffered = false;
  sentences.forEach((sentence, i) => {
    if (listOffered && sentence.listItem) {
      if (sentence.bullet) add(readOffer(lexicon, language, sentence.text, ""));
      return;
    }
    const offered = offeredIn(words, sentence.text);
    listOffered = offered !== null && sentence.intro;
    if (offered === null || listOffered) return;
    const before = sentence.text.slice(0, sentence.text.length - offered.length);
    const said = i > 0 ? sentences[i - 1].text : "";
    const things = pointsOnly(words, offered) ? thingsListed(words, said) : [];
    if (things.length > 1) {
      for (const thing of things)
        add(readOffer(lexicon, language, offered.replace(words.pointer, thing), ""));
      return;
    }
    const context = `${said} ${before}`.trim();
    for (const part of offered.split(words.alternative)) add(readOffer(lexicon, language, part, context));
  });
  return offers;
}

/** The sentence without an opening "Thanks Marc -": what follows it is the answer. */
function afterThanks(words: OfferWords, parts: string[]): string[] {
  const [first, ...rest] = parts;
  const short = first !== undefined && tokenize(first).length <= MAX_THANKS_WORDS;
  return short && rest.length > 0 && words.thanks.test(first) ? rest : parts;
}

/**
 * The sentence taking an offer up, read from the reply's opening: an answer to the rep comes
 * first, before the reply goes on to asks of its own ("Do you have a one-pager? … something
 * short is best" prefers among its own things).
 */
function readReply(
  lexicon: Lexicon,
  words: OfferWords,
  sentences: readonly Sentence[],
  own: readonly DetectedRequest[],
): Reply | null {
  const opening = sentences.filter((s) => !lexicon.greeting.test(s.text)).slice(0, ACCEPT_WINDOW);
  for (const { text } of opening) {
    const reply = readAnswer(lexicon, words, text);
    if (reply) return reply;
    if (own.some((r) => text.includes(r.evidence) || r.evidence.includes(text))) return null;
  }
  return null;
}

function readAnswer(lexicon: Lexicon, words: OfferWords, text: string): Reply | null {
  const parts = afterThanks(
    words,
    text
      .split(/[,;:]|\s[-–—]\s/)
      .flatMap((part) => part.split(lexicon.contrast))
      .map((part) => part.trim())
      .filter((part) => part !== ""),
  );
  if (parts.length === 0) return null;
  const declining = parts.filter((part) => occurs(words.decline, part) || occurs(lexicon.negation, part));
  // Read from the answer's start, not per part: "Yes, will do" is no bare "Yes".
  const answer = text.slice(text.indexOf(parts[0]));
  const all = !declining.includes(parts[0]) && words.acceptAll.test(answer);
  // "Yes please to the construction ones" takes up the offers its words name, if any;
  // "something short is best" names none.
  const indefinite = lexicon.unnamed?.indefinite;
  const accepting = parts.filter(
    (part, i) =>
      !declining.includes(part) &&
      ((all && i === 0) || (occurs(words.prefer, part) && !(indefinite && indefinite.test(part)))),
  );
  const rest = parts.filter((part) => !declining.includes(part) && !accepting.includes(part));
  return all || accepting.length > 0 ? { sentence: text, accepting, declining, all, rest } : null;
}

/** Words of the reply that can name an offer: not function words, times or the accepting phrase itself. */
function namingWords(lexicon: Lexicon, words: OfferWords, part: string): string[] {
  const bare = part.replace(words.prefer, " ").replace(words.acceptAll, " ");
  const w = lexicon.words;
  const naming = (t: string) =>
    t.length >= MIN_NAMING_WORD &&
    !/\d/.test(t) &&
    ![w.determiners, w.stopBefore, w.stopAfter, words.notNaming].some((set) => set.has(t));
  return tokenize(bare)
    .map((t) => t.norm)
    .filter(naming);
}

function ordinalIn(words: OfferWords, part: string, count: number): number | null {
  const has = (table: Readonly<Record<string, number>>, word: string): boolean =>
    Object.prototype.hasOwnProperty.call(table, word);
  const tokens = tokenize(part);
  for (const [i, token] of tokens.entries()) {
    // "Option two please": a number in words picks only after "option"; "two" alone counts things.
    const next = tokens[i + 1]?.norm ?? "";
    const index = has(words.ordinals, token.norm)
      ? words.ordinals[token.norm]
      : words.pickedBy.has(token.norm) && has(words.cardinals, next)
        ? words.cardinals[next]
        : null;
    if (index === null) continue;
    const at = index < 0 ? count + index : index;
    if (at >= 0 && at < count) return at;
  }
  return null;
}

/** Shares a word stem with the offered item or its type: "the recorded one" names "a 20-minute recorded walkthrough". */
function names(naming: readonly string[], request: OfferedRequest): boolean {
  return naming.some((word) => request.stems.has(stemOf(word)));
}

function picked(
  lexicon: Lexicon,
  words: OfferWords,
  reply: Reply,
  offers: readonly Offer[],
): DetectedRequest[] {
  const pick = (part: string): OfferedRequest[] => {
    const ordinal = ordinalIn(words, part, offers.length);
    if (ordinal !== null) return offers[ordinal].requests;
    const naming = namingWords(lexicon, words, part);
    return offers.flatMap((offer) => offer.requests.filter((request) => names(naming, request)));
  };
  const all = offers.flatMap((offer) => offer.requests);
  const declined = new Set(reply.declining.flatMap(pick));
  const accepted = new Set(reply.accepting.flatMap(pick));
  // "Yes please" takes up all offered; "Yes please - Thursday 3pm works for the demo" names a
  // time or a thing the rep did not offer: it answers something the rep asked.
  const namesOther = [...reply.accepting, ...reply.rest].some(
    (part) => occurs(words.scheduling, part) || findCues(lexicon, part, part).length > 0,
  );
  if (accepted.size === 0 && reply.all && !namesOther) for (const request of all) accepted.add(request);
  return all.filter((request) => accepted.has(request) && !declined.has(request));
}

/**
 * The requests a reply makes by taking up the rep's offers in `repText`, the message it answers;
 * types the reply already asks for in its own words (`own`) are left to those. Empty when the
 * reply takes nothing up, the rep offered nothing, or the language has no offer words.
 */
export function acceptedOffers(
  text: string,
  repText: string,
  language: DetectedLanguage,
  own: readonly DetectedRequest[] = [],
): DetectedRequest[] {
  if (repText.trim() === "") return [];
  const lexicon = lexiconsFor(language, text)[0];
  const words = OFFER_WORDS[lexicon.language];
  if (!words) return [];
  const reply = readReply(lexicon, words, splitSentences(plainText(text)), own);
  if (!reply) return [];
  const offers = findOffers(lexicon, words, language, repText);
  const asked = new Set<RequestType>(own.map((r) => r.type));
  const out: DetectedRequest[] = [];
  for (const request of picked(lexicon, words, reply, offers)) {
    if (asked.has(request.type)) continue;
    asked.add(request.type);
    out.push({ type: request.type, item: request.item, evidence: reply.sentence });
  }
  return out;
}
