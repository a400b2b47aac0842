/**
 * Cuts the sign-off and signature from the end of a message ("Thanks,\nRachel Stone\nGranite
 * Build Co.", "Best,\nAhmed Hassan\nHead of Pricing and Demo Centre", "-- ", "Sent from my
 * iPhone", legal disclaimers), so words in a job title or a footer are never read as the
 * prospect's request. Only the last lines are examined, each at most once.
 */
import { nicknameOf } from "./nickname";

export interface SignatureSplit {
  body: string;
  /** The cut text, "" when there is none. */
  signature: string;
}

const SIGN_OFFS = new Set([
  "thanks",
  "thank you",
  "thanks so much",
  "thank you so much",
  "many thanks",
  "thanks again",
  "thanks in advance",
  "many thanks in advance",
  "thank you in advance",
  "thanks a lot",
  "thanks very much",
  "thank you very much",
  "with thanks",
  "with many thanks",
  "have a great day",
  "have a great weekend",
  "have a nice day",
  "looking forward to hearing from you",
  "look forward to hearing from you",
  "thanks and regards",
  "thanks & regards",
  "thx",
  "ty",
  "best",
  "all the best",
  "best regards",
  "best wishes",
  "kind regards",
  "kindest regards",
  "warm regards",
  "warmest regards",
  "regards",
  "with regards",
  "cheers",
  "sincerely",
  "yours sincerely",
  "yours truly",
  "yours",
  "br",
  "rgds",
  "talk soon",
  "speak soon",
  "take care",
  "cordialement",
  "bien cordialement",
  "très cordialement",
  "bien à vous",
  "salutations",
  "meilleures salutations",
  "merci",
  "merci beaucoup",
  "merci d'avance",
  "merci d’avance",
  "bonne journée",
  "grüße",
  "gruß",
  "viele grüße",
  "beste grüße",
  "liebe grüße",
  "freundliche grüße",
  "mit freundlichen grüßen",
  "mit besten grüßen",
  "mfg",
  "lg",
  "vg",
  "danke",
  "vielen dank",
  "besten dank",
  "saludos",
  "un saludo",
  "saludos cordiales",
  "un cordial saludo",
  "atentamente",
  "gracias",
  "muchas gracias",
  "obrigado",
  "obrigada",
  "muito obrigado",
  "muito obrigada",
  "atenciosamente",
  "cumprimentos",
  "melhores cumprimentos",
  "abraço",
  "abraços",
  "um abraço",
  "grazie",
  "grazie mille",
  "cordiali saluti",
  "distinti saluti",
  "saluti",
  "un saluto",
  "buona giornata",
  "met vriendelijke groet",
  "met vriendelijke groeten",
  "vriendelijke groet",
  "vriendelijke groeten",
  "hartelijke groet",
  "groeten",
  "groet",
  "bedankt",
  "alvast bedankt",
  "dank je",
  "dank u",
  "dank je wel",
  "dank u wel",
]);

const MOBILE_FOOTERS = [
  "sent from my ",
  "sent from outlook",
  "sent from mail for windows",
  "sent from yahoo mail",
  "get outlook for ",
  "von meinem ",
  "gesendet von meinem",
  "gesendet mit ",
  "envoyé de mon ",
  "envoyé depuis mon ",
  "enviado desde mi ",
  "enviado de mi ",
  "enviado do meu ",
  "enviado a partir do ",
  "inviato da ",
  "inviato dal mio ",
  "verstuurd vanaf mijn ",
  "verzonden vanaf mijn ",
  "verzonden met ",
];

const DISCLAIMERS = [
  "confidentiality notice",
  "confidential:",
  "disclaimer",
  "this email and any",
  "this e-mail and any",
  "this message and any",
  "this email is confidential",
  "this e-mail is confidential",
  "this email is intended",
  "this e-mail is intended",
  "this message is intended",
  "this message contains confidential",
  "the information contained in this",
  "the information in this e-mail",
  "the information in this email",
  "this communication is confidential",
  "if you are not the intended recipient",
  "please consider the environment before printing",
  "diese e-mail enthält",
  "diese nachricht enthält",
  "ce message et",
  "ce courriel",
  "este mensaje",
  "este correo",
  "esta mensagem",
  "este e-mail",
  "questo messaggio",
  "questa e-mail",
  "deze e-mail",
  "dit bericht is",
];

/** Abbreviations a company line may end with; any other final period ends a sentence. */
const COMPANY_ENDINGS = new Set([
  "co.",
  "inc.",
  "ltd.",
  "corp.",
  "llc.",
  "plc.",
  "pty.",
  "s.a.",
  "s.l.",
  "b.v.",
  "n.v.",
  "ag.",
  "gmbh.",
  "lda.",
  "s.p.a.",
  "s.r.l.",
  "jr.",
  "sr.",
  "etc.",
]);

const MAX_TAIL_LINES = 15;
const MAX_SIGNATURE_LINE = 80;
const EDGE_PUNCTUATION = " \t,.!:;-–—";
/** What may stand between a sign-off and the name on one line ("Thanks - Arjun", "Thanks, Noah"). */
const NAME_LINE_SEPARATORS = [" |", ",", " -", " –", " ·", " /", " •"];
const NAME_SEPARATORS = " \t-–—,";

function stripEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.includes(text[start])) start++;
  while (end > start && EDGE_PUNCTUATION.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

function isNameWords(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (text.trim() === "" || words.length > 3 || text.length > 40) return false;
  return words.every((word) => word[0] !== word[0].toLowerCase() || word.length <= 3);
}

/** "Thanks,", "Best regards", "Cheers - Arjun", "Thanks, Noah". */
export function isSignOff(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 60) return false;
  const norm = stripEdges(trimmed.toLowerCase());
  if (SIGN_OFFS.has(norm)) return true;
  for (const phrase of SIGN_OFFS) {
    if (!norm.startsWith(phrase)) continue;
    const sep = norm[phrase.length];
    if (sep !== "," && sep !== " " && sep !== "-" && sep !== "–" && sep !== "!") continue;
    const name = stripEdges(trimmed.slice(phrase.length));
    if (name !== "" && isNameWords(name)) return true;
  }
  return false;
}

function startsWithAny(line: string, starts: readonly string[]): boolean {
  const lower = line.trim().toLowerCase();
  return starts.some((start) => lower.startsWith(start));
}

function isHardCut(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "--" || trimmed === "—") return true;
  if (trimmed.length <= MAX_SIGNATURE_LINE && startsWithAny(trimmed, MOBILE_FOOTERS)) return true;
  return startsWithAny(trimmed.slice(0, 60), DISCLAIMERS);
}

/** Names, titles, companies, phone numbers, addresses: short, and not a sentence or a question. */
function looksLikeSignatureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_SIGNATURE_LINE) return false;
  const last = trimmed[trimmed.length - 1];
  if (last === "?" || last === "!") return false;
  if (last === ".") {
    const words = trimmed.toLowerCase().split(/\s+/);
    const lastWord = words[words.length - 1];
    // "s.r.o.", "e.V.": an abbreviation, not the end of a sentence.
    return COMPANY_ENDINGS.has(lastWord) || lastWord.slice(0, -1).includes(".");
  }
  return trimmed.split(/\s+/).length <= 8;
}

/** "Monica Reyes", "Simon Clarke | Director", "Marco Vitale, Demo Centre Lead"; "Rob" for Robert. */
function matchesName(line: string, names: readonly string[]): boolean {
  const bare = stripEdges(line.trim());
  const norm = bare.toLowerCase();
  if (norm === "") return false;
  if (names.some((candidate) => nicknameOf(bare, candidate) !== null)) return true;
  return names.some((candidate) => {
    const name = candidate.toLowerCase();
    if (name === "" || !norm.startsWith(name)) return false;
    const rest = norm.slice(name.length);
    return rest === "" || NAME_LINE_SEPARATORS.some((separator) => rest.startsWith(separator));
  });
}

/** Where the sign-off or signature starts among the last lines, or -1. */
function signatureStart(lines: readonly string[], end: number, names: readonly string[]): number {
  let nameLine = -1;
  let seen = 0;
  for (let i = end - 1; i > 0 && seen < MAX_TAIL_LINES; i--) {
    const line = lines[i];
    if (line.trim() === "") continue;
    seen++;
    if (isSignOff(line)) return hasTextAbove(lines, i) ? i : -1;
    if (matchesName(line, names)) nameLine = i;
    else if (!looksLikeSignatureLine(line)) break;
  }
  return nameLine > 0 && hasTextAbove(lines, nameLine) ? nameLine : -1;
}

function hasTextAbove(lines: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) if (lines[i].trim() !== "") return true;
  return false;
}

/**
 * "… for our QA team? Thanks - Arjun", "… in the printing industry? Olga": a sign-off or the
 * sender's name closing the last sentence. Returns where the sign-off starts, or -1.
 */
function inlineSignOffStart(line: string, names: readonly string[]): number {
  const trimmed = line.trimEnd();
  const lower = trimmed.toLowerCase();
  let end = trimmed.length;
  const name = names.find((candidate) => candidate !== "" && lower.endsWith(` ${candidate.toLowerCase()}`));
  if (name) end -= name.length;
  else {
    const lastSpace = trimmed.lastIndexOf(" ");
    const word = stripEdges(trimmed.slice(lastSpace + 1));
    if (lastSpace < 0 || !isNameWords(word) || word.length < 2) return -1;
    end = lastSpace + 1;
  }
  let rest = trimmed.slice(0, end);
  while (rest.length > 0 && NAME_SEPARATORS.includes(rest[rest.length - 1])) {
    rest = rest.slice(0, -1);
  }
  const restLower = rest.toLowerCase();
  let cut = -1;
  for (const phrase of SIGN_OFFS) {
    if (!restLower.endsWith(phrase)) continue;
    const before = rest.slice(0, rest.length - phrase.length).trimEnd();
    const mark = before[before.length - 1];
    if (before === "" || mark === "." || mark === "?" || mark === "!") cut = Math.max(cut, before.length);
  }
  if (cut >= 0) return cut;
  // A bare name closing the sentence only counts when it is the sender's.
  const mark = rest[rest.length - 1];
  return name && (mark === "." || mark === "?" || mark === "!") ? rest.length : -1;
}

function tidy(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === "") start++;
  while (end > start && lines[end - 1].trim() === "") end--;
  return lines
    .slice(start, end)
    .map((line) => line.trimEnd())
    .join("\n");
}

/** Splits a message into its body and its signature; `names` are the sender's names when known. */
export function cutSignature(text: string, names: readonly string[] = []): SignatureSplit {
  const lines = text.split("\n");
  let end = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (isHardCut(lines[i]) && hasTextAbove(lines, i)) {
      end = i;
      break;
    }
  }
  const start = signatureStart(lines, end, names);
  if (start > 0) end = start;
  const bodyLines = lines.slice(0, end);
  let last = bodyLines.length - 1;
  while (last >= 0 && bodyLines[last].trim() === "") last--;
  let inline = "";
  if (last >= 0) {
    const cut = inlineSignOffStart(bodyLines[last], names);
    if (cut > 0) {
      inline = bodyLines[last].slice(cut).trim();
      bodyLines[last] = bodyLines[last].slice(0, cut);
    }
  }
  const signature = tidy([inline, ...lines.slice(end)]);
  return { body: tidy(bodyLines), signature };
}
