/**
 * Splits HTML into text, tags and comments the way a browser finds tag boundaries: a quote
 * only protects a ">" inside an attribute value, so `<p a">` ends at its first ">". One pass:
 * every character is read once, whatever the input (no regular expression can backtrack).
 */
export type HtmlToken =
  | { kind: "text"; start: number; text: string }
  | { kind: "comment"; start: number }
  | { kind: "tag"; start: number; closing: boolean; name: string; attributes: string };

const NAME_START = /[A-Za-z]/;
const NAME_PART = /[A-Za-z0-9:-]/;
const SPACE = /[\t\n\f\r ]/;

/** The index just past the tag's ">", or -1 when the text ends inside the tag. */
function tagEnd(html: string, from: number): number {
  let at = from;
  while (at < html.length) {
    const char = html[at];
    if (char === ">") return at + 1;
    if (char !== "=") {
      at += 1;
      continue;
    }
    at += 1;
    while (at < html.length && SPACE.test(html[at])) at += 1;
    const quote = html[at];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, at + 1);
      if (close < 0) return -1;
      at = close + 1;
    }
  }
  return -1;
}

export function* htmlTokens(html: string): Generator<HtmlToken> {
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    if (open < 0) {
      yield { kind: "text", start: at, text: html.slice(at) };
      return;
    }
    if (open > at) yield { kind: "text", start: at, text: html.slice(at, open) };
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      yield { kind: "comment", start: open };
      if (close < 0) return;
      at = close + 3;
      continue;
    }
    const closing = html[open + 1] === "/";
    let nameEnd = open + (closing ? 2 : 1);
    if (!NAME_START.test(html[nameEnd] ?? "")) {
      yield { kind: "text", start: open, text: "<" };
      at = open + 1;
      continue;
    }
    while (nameEnd < html.length && NAME_PART.test(html[nameEnd])) nameEnd += 1;
    const end = tagEnd(html, nameEnd);
    // A tag left open at the end of the text is dropped by browsers; so is it here.
    if (end < 0) return;
    const name = html.slice(open + (closing ? 2 : 1), nameEnd).toLowerCase();
    yield { kind: "tag", start: open, closing, name, attributes: html.slice(nameEnd, end - 1) };
    at = end;
  }
}
