import { htmlTokens } from "./htmlTokens";

/**
 * The plain-text form of a rendered reply. Replies are plain semantic HTML (p, br, ul, ol, li,
 * strong, em, a), so a small converter suffices: paragraphs become blank-line separated,
 * list items "- " (or "1. ") lines, links keep their address. One pass over the input.
 */

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const BLOCKS = new Set([
  "p",
  "div",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "table",
  "tr",
]);
const SKIPPED = new Set(["script", "style", "head", "title"]);

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  // Pieces, not one growing string: checking the end of a string built by += flattens it
  // every time, which turns long inputs quadratic.
  const parts: string[] = [];
  let atLineStart = true;
  let pendingBreak = 0;
  let skipping: string | null = null;
  const lists: { ordered: boolean; count: number }[] = [];
  let href: string | null = null;
  let linkText = "";

  const trimTrailingSpaces = () => {
    while (parts.length > 0) {
      const last = parts[parts.length - 1].replace(/ +$/, "");
      if (last !== "") {
        parts[parts.length - 1] = last;
        return;
      }
      parts.pop();
    }
  };
  const newline = (count: number) => {
    trimTrailingSpaces();
    parts.push("\n".repeat(count));
    atLineStart = true;
  };
  const requestBreak = (lines: number) => {
    pendingBreak = Math.max(pendingBreak, lines);
  };
  const emit = (raw: string) => {
    let text = raw;
    if (pendingBreak > 0 && parts.length > 0) newline(pendingBreak);
    pendingBreak = 0;
    if (atLineStart) text = text.replace(/^ +/, "");
    if (text === "") return;
    parts.push(text);
    atLineStart = false;
  };

  for (const token of htmlTokens(html)) {
    if (token.kind === "comment") continue;
    if (token.kind === "text") {
      if (skipping) continue;
      const text = decodeEntities(token.text.replace(/\s+/g, " "));
      if (href !== null) linkText += text;
      else emit(text);
      continue;
    }
    const { name, closing, attributes } = token;
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing) {
      skipping = name;
    } else if (name === "br") {
      if (pendingBreak > 0 && parts.length > 0) newline(pendingBreak);
      pendingBreak = 0;
      newline(1);
    } else if (name === "li" && !closing) {
      const list = lists[lists.length - 1];
      requestBreak(1);
      if (list) list.count += 1;
      emit(list?.ordered ? `${list.count}. ` : "- ");
    } else if ((name === "ul" || name === "ol") && !closing) {
      lists.push({ ordered: name === "ol", count: 0 });
      requestBreak(lists.length > 1 ? 1 : 2);
    } else if ((name === "ul" || name === "ol") && closing) {
      lists.pop();
      requestBreak(lists.length > 0 ? 1 : 2);
    } else if (BLOCKS.has(name)) {
      requestBreak(lists.length > 0 ? 1 : 2);
    } else if (name === "a" && !closing) {
      const found = HREF.exec(attributes);
      href = found ? decodeEntities(found[1] ?? found[2] ?? found[3] ?? "") : "";
      linkText = "";
    } else if (name === "a" && closing && href !== null) {
      const address = href.replace(/^mailto:/i, "");
      const label = linkText.trim();
      emit(address === "" || address === label ? linkText : `${linkText} (${address})`);
      href = null;
    }
  }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
