/**
 * Answers written into the quoted message: "I put my answers between your questions, see below
 * in the text with >>." Outlook quotes the rep's message without markers, so the prospect marks
 * their own lines instead: with ">>", or with their initials ("[AM] 18 outlets + 1 central
 * kitchen"). Those lines are part of the prospect's latest message.
 */
import { isBlank, type QuotedLine } from "./lines";

/**
 * The message says its answers sit in the quote below. Asked of the prospect's own text only,
 * so a thread's ordinary nested quotes are never read as answers.
 */
const ANNOUNCES_ANSWERS = new RegExp(
  [
    // en: "answers inline", "see my replies below", "answered between your questions", "in red".
    "(?:answers?|answered|replies|replied|responses?|comments?|notes?)(?:[^.\\n]{0,40}?)(?:in-?line|in line|below|between|in (?:red|blue|green|bold)|marked|under each)",
    "(?:in-?line|below|between your questions)(?:[^.\\n]{0,30}?)(?:answers?|replies|responses?|comments?)",
    // de, nl, fr, es, pt, it: "Antworten unten im Text", "antwoorden tussen de tekst",
    // "réponses ci-dessous", "respuestas entre líneas", "respostas abaixo", "risposte sotto".
    "(?:antworten|anmerkungen|antwoorden|opmerkingen|réponses|commentaires|respuestas|comentarios|respostas|comentários|risposte|commenti)(?:[^.\\n]{0,40}?)(?:unten|im text|inline|zwischen|hieronder|tussen|in de tekst|ci-dessous|dans le texte|en ligne|abajo|entre líneas|en línea|abaixo|no texto|sotto|nel testo|in linea)",
  ].join("|"),
  "iu",
);

/** A line the prospect marked as theirs with initials: "[AM] …", "AM: …" is too common to trust. */
const INITIALS_TAG = /^\s*\[[\p{Lu}]{1,4}\]\s*/u;

/** Whether the prospect's own text says the answers are in the quote. */
export function announcesInlineAnswers(ownText: string): boolean {
  return ANNOUNCES_ANSWERS.test(ownText);
}

/**
 * The prospect's marked lines in the quoted message (`lines`, from its first line to the next
 * quote header), as paragraphs. The quoted message sets its depth with its first line; a deeper
 * line (">> All 42 stores") or one tagged with initials is an answer.
 */
export function markedAnswers(lines: readonly QuotedLine[]): string {
  const first = lines.find((line) => !isBlank(line.content));
  if (!first) return "";
  const base = first.depth;
  const paragraphs: string[][] = [];
  let open = false;
  for (const line of lines) {
    const tagged = INITIALS_TAG.test(line.content);
    const answer = !isBlank(line.content) && (line.depth > base || tagged);
    if (!answer) {
      open = false;
      continue;
    }
    if (!open) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(line.content.replace(INITIALS_TAG, ""));
    open = true;
  }
  return paragraphs.map((p) => p.join("\n")).join("\n\n");
}
