/**
 * Splits a message into sentences in one pass: lines are grouped into paragraphs and bullet
 * items, hard-wrapped lines are joined again, and each group is cut at sentence punctuation.
 */

export interface Sentence {
  /** Whitespace-normalised sentence text. */
  text: string;
  /** The sentence opens a bullet or numbered list item. */
  bullet: boolean;
  /** The sentence is part of a list item, opening it or not ("Doesn't need to be a formal quote."). */
  listItem: boolean;
  /** The sentence ends with a colon: it introduces the list or lines that follow. */
  intro: boolean;
  /** The sentence opens a paragraph, line or list item: where a writer turns to someone by name. */
  opensBlock: boolean;
  /** A numbered section's title ("3) Contract") over the paragraph it heads, not a list item. */
  heading: boolean;
}

/** Longer runs without punctuation are cut here so every later step works on bounded text. */
export const MAX_SENTENCE = 1000;
/** Lines at least this long are probably wrapped by the mail client, not ended by the writer ... */
const WRAP_WIDTH = 50;
/** ... though below this a capitalised next line is more likely a signature ("John Smith"). */
const FULL_WIDTH = 65;

const BULLET = /^(?:[-*•·▪◦–]|\d{1,3}[.)]|[a-z]\)|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))[ \t]{1,8}/;
const ENDS_LINE = /[.?!:;,]["')\]»]{0,2}$/;
const CLOSERS = "\"')]»";

interface Block {
  text: string;
  bullet: boolean;
  lastLine: string;
  heading: boolean;
}

/** A section title is a few words: "3) Contract", "2) Data protection". */
const HEADING_WORDS = 4;

/**
 * "2) Data protection" on its own line with the paragraph it heads right under it: a bullet that
 * follows prose, not a list intro, and ends without punctuation.
 */
function headsSection(bullet: Block, before: Block | undefined): boolean {
  const words = bullet.text.split(" ").length;
  const afterIntro = before !== undefined && before.text.endsWith(":");
  return !afterIntro && before?.bullet !== true && words <= HEADING_WORDS && !ENDS_LINE.test(bullet.text);
}

function wraps(previous: string, next: string): boolean {
  if (previous.length < WRAP_WIDTH || ENDS_LINE.test(previous)) return false;
  const first = next[0];
  const lowerOrDigit = first === first.toLowerCase() && (first !== first.toUpperCase() || /\d/.test(first));
  return lowerOrDigit || previous.length >= FULL_WIDTH;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).replace(/\s+/g, " ").trim();
    from = to + 1;
    if (line === "") {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      current = { text: line.slice(bullet[0].length), bullet: true, lastLine: line, heading: false };
      out.push(current);
    } else if (current && wraps(current.lastLine, line)) {
      current.text += " " + line;
      current.lastLine = line;
    } else {
      if (current?.bullet) current.heading = headsSection(current, out[out.length - 2]);
      current = { text: line, bullet: false, lastLine: line, heading: false };
      out.push(current);
    }
  }
  return out;
}

/** Abbreviations a lower-case word may follow within one sentence ("approx. 30", "incl. the SSO add-on"). */
const ABBREVIATIONS = new Set(
  [
    "etc approx appx incl excl vs esp min max ca cf no nr fig resp dept est ref avg wk hr hrs mins yr yrs",
    // German, French, Spanish, Portuguese, Italian: "bzw. ein Datenblatt", "env. 30 postes".
    "bzw usw ggf evtl vgl sog gem zzgl inkl exkl abs env aprox ecc pag tel",
  ]
    .join(" ")
    .split(" "),
);
/** Abbreviations no sentence ends on, whatever follows: "ca. 3 Mio. Events", "inkl. Wartung". */
const NEVER_FINAL = new Set(
  "approx appx incl excl vs esp cf ca nr bzw ggf evtl vgl sog gem zzgl inkl exkl mio mrd tsd env aprox ecc".split(
    " ",
  ),
);
/** How far back the word before a full stop is read. */
const WORD_BEFORE = 12;

/**
 * "thurs or fri. not a video pls": a writer who skips capitals still ends sentences; a full stop
 * after a word of three or more letters that is no abbreviation ends one before lower case too.
 */
function endsWord(text: string, i: number): boolean {
  const before = /[\p{L}]{3,12}$/u.exec(text.slice(Math.max(0, i - WORD_BEFORE), i));
  if (!before || text[i - before[0].length - 1] === ".") return false;
  return !ABBREVIATIONS.has(before[0].toLowerCase());
}

function isBoundary(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "?" || ch === "!" || ch === "…") return true;
  if (ch !== ".") return false;
  // "e.g. the demo", "approx. 30 users": a full stop ends a sentence only before a capital or the end.
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  if (j >= text.length) return true;
  if (text[j] !== " ") return false;
  const word = /[\p{L}]{1,12}$/u.exec(text.slice(Math.max(0, i - WORD_BEFORE), i))?.[0].toLowerCase() ?? "";
  if (NEVER_FINAL.has(word)) return false;
  const next = text[j + 1] ?? "";
  const lowerCaseLetter = next !== next.toUpperCase() && next === next.toLowerCase();
  return !lowerCaseLetter || endsWord(text, i);
}

function splitBlock(block: Block, out: Sentence[]): void {
  const text = block.text;
  let start = 0;
  let first = true;
  const push = (end: number): void => {
    const sentence = text.slice(start, end).trim();
    start = end;
    if (sentence === "") return;
    out.push({
      text: sentence,
      bullet: block.bullet && first,
      listItem: block.bullet,
      intro: sentence.endsWith(":"),
      opensBlock: first,
      heading: block.heading,
    });
    first = false;
  };
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === " ") lastSpace = i;
    if (isBoundary(text, i)) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.includes(text[end]) || "?!.".includes(text[end]))) end++;
      push(end);
      i = end - 1;
    } else if (i - start >= MAX_SENTENCE) {
      // Cut at the last space of the run, tracked as we go so a spaceless megabyte stays linear.
      push(lastSpace > start ? lastSpace : i);
    }
  }
  push(text.length);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks(text)) splitBlock(block, out);
  return out;
}
