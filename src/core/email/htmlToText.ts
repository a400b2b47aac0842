/**
 * Turns mail HTML into the plain text the quote and signature finders read. A hand-written
 * single pass: no DOM (it runs in Node and in the task pane alike) and no backtracking. Each
 * "<" is looked at once; the next ">" is found with one forward search that is reused, so a
 * text full of "<" with no ">" still costs time linear in its length.
 *
 * Outlook's quote markup becomes a rule line the quote finder knows ("____…"): the
 * `appendonsend` and `divRplyFwdMsg` divs and Gmail's `gmail_quote` always start quoted
 * history; an `<hr>` or a `border-top` div (classic Outlook/Word) does when a `From:` block
 * follows it. `<blockquote>` lines get "> " per level, as plain-text mail quotes them.
 */
import { readEntity } from "./entities";
import { startsHeaderBlock } from "./quoteHeaders";

export const QUOTE_RULE = "________________________________";
const SIGNATURE_DELIMITER = "-- ";

/** Stands for a rule that is kept only when a From: block follows; never reaches the output. */
const MAYBE_RULE = "\u0000rule";

/**
 * Deeper quotes are old history either way; capping the "> " prefix keeps the output linear
 * in the input even for thousands of nested blockquotes.
 */
const MAX_QUOTE_PREFIX = 16;

const SKIPPED = new Set(["head", "style", "script", "title", "xml", "template", "noscript", "object"]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "main",
  "nav",
  "ol",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "caption",
]);
const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
}

function isNameChar(c: string): boolean {
  return (
    (c >= "a" && c <= "z") ||
    (c >= "A" && c <= "Z") ||
    (c >= "0" && c <= "9") ||
    c === ":" ||
    c === "-" ||
    c === "_"
  );
}

function isSpace(c: string): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f" || c === "\u00a0";
}

/** Attributes of the text between the tag name and ">"; only the few we act on are kept. */
function readAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (isSpace(text[i]) || text[i] === "/")) i++;
    const start = i;
    while (i < n && !isSpace(text[i]) && text[i] !== "=" && text[i] !== "/") i++;
    const name = text.slice(start, i).toLowerCase();
    if (name === "") {
      i++;
      continue;
    }
    while (i < n && isSpace(text[i])) i++;
    let value = "";
    if (text[i] === "=") {
      i++;
      while (i < n && isSpace(text[i])) i++;
      const quote = text[i];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, i + 1);
        const end = close < 0 ? n : close;
        value = text.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(text[i])) i++;
        value = text.slice(valueStart, i);
      }
    }
    if (name === "id" || name === "class" || name === "style" || name === "type")
      attrs[name] = value.toLowerCase();
  }
  return attrs;
}

class TextBuilder {
  readonly lines: string[] = [];
  private parts: string[] = [];
  private hasText = false;
  private pendingSpace = false;
  private blankWanted = false;
  quoteDepth = 0;
  preDepth = 0;
  private lineDepth = 0;

  private prefix(depth: number): string {
    return depth > 0 ? ">".repeat(Math.min(depth, MAX_QUOTE_PREFIX)) + " " : "";
  }

  text(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      const c = chunk[i];
      if (this.preDepth > 0 && c === "\n") {
        this.hardBreak();
        i++;
      } else if (isSpace(c)) {
        // A non-breaking space is how Outlook and Word write an empty line: it opens one.
        if (this.preDepth > 0) {
          this.startText();
          this.parts.push(c === "\t" ? c : " ");
        } else {
          if (c === "\u00a0" && !this.hasText) this.startText();
          this.pendingSpace = true;
        }
        i++;
      } else {
        let j = i + 1;
        while (j < n && !isSpace(chunk[j])) j++;
        this.startText();
        if (this.pendingSpace) {
          this.parts.push(" ");
          this.pendingSpace = false;
        }
        this.parts.push(chunk.slice(i, j));
        i = j;
      }
    }
  }

  /** Text that is not reflowed (a list bullet, a rule). */
  literal(chunk: string): void {
    this.startText();
    this.pendingSpace = false;
    this.parts.push(chunk);
  }

  private startText(): void {
    if (this.hasText) return;
    if (this.blankWanted && this.lines.length > 0 && this.lines[this.lines.length - 1].trim() !== "") {
      this.lines.push(this.prefix(this.quoteDepth).trimEnd());
    }
    this.blankWanted = false;
    this.hasText = true;
    this.pendingSpace = false;
    this.lineDepth = this.quoteDepth;
  }

  /** Ends the current line if it has text (block boundaries). */
  softBreak(): void {
    if (this.hasText) this.flush();
    this.pendingSpace = false;
  }

  /** Ends the current line, or adds an empty one (`<br>`). */
  hardBreak(): void {
    if (this.hasText) this.flush();
    else this.lines.push(this.prefix(this.quoteDepth).trimEnd());
    this.pendingSpace = false;
  }

  blank(): void {
    this.softBreak();
    this.blankWanted = true;
  }

  rule(line: string): void {
    this.softBreak();
    this.lines.push(this.prefix(this.quoteDepth) + line);
    this.blankWanted = false;
  }

  private flush(): void {
    const text = this.parts.join("");
    this.lines.push(this.prefix(this.lineDepth) + (this.preDepth > 0 ? text : text.trimStart()));
    this.parts = [];
    this.hasText = false;
  }

  finish(): string[] {
    this.softBreak();
    return this.lines;
  }
}

function startsWithFold(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Position after the `</name …>` that closes a skipped element, or the end of the text. */
function skipElement(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const lt = html.indexOf("<", at);
    if (lt < 0) return html.length;
    if (
      html[lt + 1] === "/" &&
      startsWithFold(html, lt + 2, name) &&
      !isNameChar(html[lt + 2 + name.length] ?? " ")
    ) {
      const gt = html.indexOf(">", lt);
      return gt < 0 ? html.length : gt + 1;
    }
    at = lt + 1;
  }
}

/** Where Outlook (web, Windows, new Mac, mobile) puts the message being replied to. */
const QUOTE_IDS = new Set(["appendonsend", "divrplyfwdmsg", "mail-editor-reference-message-container"]);

/** Outlook prefixes the ids of a received message's markup with "x_" (once per forward). */
function elementId(tag: Tag): string {
  let id = tag.attrs.id ?? "";
  while (id.startsWith("x_")) id = id.slice(2);
  return id;
}

function isQuoteStart(tag: Tag): "rule" | "maybe" | null {
  const style = tag.attrs.style ?? "";
  const classes = tag.attrs.class ?? "";
  if (tag.name === "hr") return "maybe";
  if (tag.name !== "div") return null;
  const id = elementId(tag);
  if (QUOTE_IDS.has(id) || classes.includes("gmail_quote") || classes.includes("reference-message"))
    return "rule";
  if (
    classes.includes("yahoo_quoted") ||
    classes.includes("moz-cite-prefix") ||
    classes.includes("outlookmessageheader")
  ) {
    return "rule";
  }
  if (style.includes("border-top") && style.includes("solid")) return "maybe";
  return null;
}

/** Signature blocks mail clients mark up: Gmail, Outlook on the web, Thunderbird. */
function isSignatureBlock(tag: Tag): boolean {
  if (tag.name !== "div") return false;
  const classes = tag.attrs.class ?? "";
  return (
    elementId(tag) === "signature" || classes.includes("gmail_signature") || classes.includes("moz-signature")
  );
}

/**
 * Gmail and Outlook's "increase indent" write a borderless blockquote; that is the writer's
 * own text, not a quote.
 */
function isIndent(tag: Tag): boolean {
  const style = (tag.attrs.style ?? "").replace(/\s/g, "");
  const classes = tag.attrs.class ?? "";
  return tag.attrs.type !== "cite" && !classes.includes("quote") && style.includes("border:none");
}

/** Keeps a maybe-rule only where a From: block follows; collapses rules in a row. */
function settleRules(lines: readonly string[]): string[] {
  const keep: boolean[] = new Array(lines.length).fill(true);
  let nextText = "";
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.endsWith(MAYBE_RULE)) {
      keep[i] = startsHeaderBlock(nextText);
      continue;
    }
    if (line.replace(/^[>\s]{0,64}/, "") !== "") nextText = line;
  }
  const out: string[] = [];
  let lastText = "";
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    const line = lines[i].endsWith(MAYBE_RULE)
      ? lines[i].slice(0, -MAYBE_RULE.length) + QUOTE_RULE
      : lines[i];
    const isRule = line.endsWith(QUOTE_RULE);
    if (isRule && lastText.endsWith(QUOTE_RULE)) continue;
    out.push(line);
    if (line.trim() !== "") lastText = line;
  }
  return out;
}

export function htmlToText(html: string): string {
  const out = new TextBuilder();
  const n = html.length;
  let nextGt = -1;
  let textStart = 0;
  let i = 0;
  let pIsWord = false;
  let spanDepth = 0;
  let ignoreSpanDepth = 0;
  let sawQuoteStart = false;
  /** For each open blockquote, whether it quotes (true) or only indents (false). */
  const blockquotes: boolean[] = [];

  // The next "&" is searched for once and reused, like the next ">": one "&" at the very end
  // must not be looked for again from every text run before it.
  let nextAmp = -1;
  const findAmp = (from: number): number => {
    if (nextAmp < from) {
      nextAmp = html.indexOf("&", from);
      if (nextAmp < 0) nextAmp = n;
    }
    return nextAmp;
  };

  const emitText = (from: number, to: number): void => {
    if (from >= to || ignoreSpanDepth > 0) return;
    let at = from;
    while (at < to) {
      const amp = findAmp(at);
      if (amp >= to) {
        out.text(html.slice(at, to));
        return;
      }
      out.text(html.slice(at, amp));
      const entity = readEntity(html, amp);
      if (entity && amp + entity.length <= to) {
        out.text(entity.value);
        at = amp + entity.length;
      } else {
        out.text("&");
        at = amp + 1;
      }
    }
  };

  const findGt = (from: number): number => {
    if (nextGt !== -2 && nextGt < from) nextGt = html.indexOf(">", from);
    if (nextGt === -1) nextGt = -2;
    return nextGt === -2 ? -1 : nextGt;
  };

  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const c = html[lt + 1] ?? "";
    if (c === "!" && html.startsWith("<!--", lt)) {
      emitText(textStart, lt);
      const close = html.indexOf("-->", lt + 4);
      i = textStart = close < 0 ? n : close + 3;
      continue;
    }
    const isTagStart =
      c === "!" || c === "?" || c === "/" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
    const gt = isTagStart ? findGt(lt + 1) : -1;
    if (gt < 0) {
      // Not a tag ("a < b", or no ">" anywhere after it): the "<" is text.
      i = lt + 1;
      continue;
    }
    emitText(textStart, lt);
    i = textStart = gt + 1;
    if (c === "!" || c === "?") continue;
    const closing = c === "/";
    let nameEnd = lt + (closing ? 2 : 1);
    const nameStart = nameEnd;
    while (nameEnd < gt && isNameChar(html[nameEnd])) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (name === "") continue;
    const tag: Tag = {
      name,
      closing,
      selfClosing: html[gt - 1] === "/",
      attrs:
        closing || !["div", "p", "span", "blockquote", "hr"].includes(name)
          ? {}
          : readAttrs(html.slice(nameEnd, gt)),
    };

    if (!closing && SKIPPED.has(name) && !tag.selfClosing) {
      i = textStart = skipElement(html, gt + 1, name);
      continue;
    }
    if (name === "span") {
      if (closing) {
        if (ignoreSpanDepth > 0 && spanDepth === ignoreSpanDepth) ignoreSpanDepth = 0;
        spanDepth = Math.max(0, spanDepth - 1);
      } else if (!tag.selfClosing) {
        spanDepth++;
        // Word's list bullets ("·" and a run of spaces) live in an mso-list:Ignore span.
        if (ignoreSpanDepth === 0 && (tag.attrs.style ?? "").includes("mso-list:ignore")) {
          out.literal("- ");
          ignoreSpanDepth = spanDepth;
        }
      }
      continue;
    }
    if (!closing) {
      const quote = isQuoteStart(tag);
      if (quote === "rule" || (quote === "maybe" && sawQuoteStart)) {
        out.rule(QUOTE_RULE);
        sawQuoteStart = true;
      } else if (quote === "maybe") {
        out.rule(MAYBE_RULE);
      }
      // The plain-text signature delimiter, so the signature cutter finds it.
      if (isSignatureBlock(tag)) out.rule(SIGNATURE_DELIMITER);
    }
    if (name === "br") {
      out.hardBreak();
    } else if (name === "blockquote") {
      out.softBreak();
      if (closing) {
        if (blockquotes.pop()) out.quoteDepth = Math.max(0, out.quoteDepth - 1);
      } else {
        const quotes = !isIndent(tag);
        blockquotes.push(quotes);
        if (quotes) out.quoteDepth++;
      }
    } else if (name === "li") {
      out.softBreak();
      if (!closing) out.literal("- ");
    } else if (name === "td" || name === "th") {
      if (!closing) out.text(" ");
    } else if (PARAGRAPHS.has(name)) {
      if (closing) {
        if (pIsWord) out.softBreak();
        else out.blank();
        if (name === "pre") out.preDepth = Math.max(0, out.preDepth - 1);
      } else {
        out.softBreak();
        if (name === "pre") out.preDepth++;
        pIsWord = name === "p" && (tag.attrs.class ?? "").startsWith("mso");
      }
    } else if (BLOCKS.has(name) || name === "hr") {
      out.softBreak();
    }
  }
  emitText(textStart, n);
  const lines = settleRules(out.finish());
  return tidyText(lines);
}

function tidyText(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    const blank = line.replace(/^[>\s]{0,64}/, "") === "" && !line.startsWith(">");
    if (blank && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(blank ? "" : line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
