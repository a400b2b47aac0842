/**
 * Whom a sentence turns to. "Raj, can you pull together our store count and get it over to
 * Jordan?" asks the prospect's colleague, the rep only copied: it is no ask of the rep.
 */
import type { Addressees } from "../types";
import type { Sentence } from "./segment";

const NAME = "[\\p{Lu}][\\p{L}'-]{1,30}";
/** "Raj, …", "Raj: …", "Raj - …", "@Raj …", "P.S. Raj, …". */
const OPENING = new RegExp(
  `^(?:[Pp]\\.?[Ss]\\.?:?\\s{1,3})?(?:@(${NAME})|(${NAME})\\s{0,2}(?:[,:]|\\s[-–—]))\\s`,
  "u",
);
/** "Mark," alone on the salutation line. */
const SALUTATION = new RegExp(`^@?(${NAME})\\s{0,2}[,:!]?$`, "u");
/** "… over to Jordan, Raj?" */
const CLOSING = new RegExp(`,\\s{1,3}@?(${NAME})[?.!]{0,3}$`, "u");
const NAMES = new RegExp(`(?<![\\p{L}'])${NAME}`, "gu");

export type Side = "theirs" | "ours" | "none";

export interface Turn {
  side: Side;
  /** Opening words turn to someone for the sentences that follow too; a closing "…, Raj?" does not. */
  lasting: boolean;
}

const NO_TURN: Turn = { side: "none", lasting: false };

function sideOf(name: string, addressees: Addressees): Side {
  const lower = name.toLowerCase();
  if (addressees.theirs.includes(lower)) return "theirs";
  if (addressees.ours.includes(lower)) return "ours";
  return "none";
}

/** A name of ours later in the sentence, not right after the vocative ("Thanks, Sam, could you …"). */
function namesOurs(text: string, from: number, addressees: Addressees): boolean {
  const rest = text.slice(from).replace(/^[\s,:]{0,4}[\p{L}'-]{1,31}/u, "");
  for (const m of rest.matchAll(NAMES)) if (sideOf(m[0], addressees) === "ours") return true;
  return false;
}

/** The names a greeting holds: "Hi Raj and Sam," → Raj, Sam (the greeting word itself is not one). */
function greetedNames(greeting: string): string[] {
  return [...greeting.replace(/^\s*\S+/, "").matchAll(NAMES)].map((m) => m[0]);
}

/**
 * Whom `text` (a sentence, greeting already cut off by the caller when `greeted` names it)
 * speaks to by name: "theirs" for a colleague of the prospect, "ours" for the rep's side, "none"
 * when it names no one. An unknown name turning to someone while the sentence names the rep as
 * the one to receive ("Priya, can you send Sam our headcount?") is the prospect's side too.
 */
function turnsTo(text: string, greeted: readonly string[], addressees: Addressees): Turn {
  if (addressees.ours.length === 0 && addressees.theirs.length === 0) return NO_TURN;
  // "Hi Raj and Sam,": greeting the rep among others still speaks to the rep.
  const greetedSides = greeted.map((name) => sideOf(name, addressees));
  if (greetedSides.includes("ours")) return { side: "ours", lasting: true };
  if (greetedSides.includes("theirs")) return { side: "theirs", lasting: true };
  const opening = OPENING.exec(text);
  if (opening) {
    const side = sideOf(opening[1] ?? opening[2], addressees);
    if (side !== "none") return { side, lasting: true };
    if (namesOurs(text, opening[0].length, addressees)) return { side: "theirs", lasting: true };
  }
  const closing = CLOSING.exec(text);
  return closing ? { side: sideOf(closing[1], addressees), lasting: false } : NO_TURN;
}

/**
 * For each sentence, whether it speaks to the prospect's side. Turning to a colleague of the
 * prospect by name holds until the paragraph ends or the writer turns to someone else.
 * `greetingOf` gives the greeting a sentence opens with ("Hi Raj,"), or "".
 */
export function turnedAway(
  sentences: readonly Sentence[],
  greetingOf: (text: string) => string,
  addressees: Addressees,
): boolean[] {
  let elsewhere = false;
  // A mail that opens "Mark," on a line of its own is written to Mark, paragraph after
  // paragraph, until it turns to the rep ("Jordan - FYI, …").
  let salutedTheirs = false;
  return sentences.map((sentence) => {
    const greeting = greetingOf(sentence.text);
    const rest = sentence.text.slice(greeting.length).trim();
    const turn = turnsTo(rest, greetedNames(greeting), addressees);
    const saluted = SALUTATION.exec(rest);
    const salutation = rest === "" || saluted !== null;
    if (salutation) {
      const side = saluted ? sideOf(saluted[1], addressees) : turn.side;
      if (side !== "none") salutedTheirs = side === "theirs";
    }
    if (turn.side === "ours" && turn.lasting) salutedTheirs = false;
    if (sentence.opensBlock || (turn.side === "ours" && turn.lasting)) elsewhere = salutedTheirs;
    if (turn.side === "theirs" && turn.lasting) elsewhere = true;
    return elsewhere || turn.side === "theirs";
  });
}
