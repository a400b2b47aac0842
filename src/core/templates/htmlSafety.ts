import { decodeEntities } from "../render/htmlToText";
import { htmlTokens } from "../render/htmlTokens";
import type { LintRule } from "./types";

export interface HtmlProblem {
  rule: Extract<LintRule, "safe-html" | "plain-html">;
  offset: number;
  message: string;
}

const ATTRIBUTE = /([^\s"'=<>`/]{1,60})(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]{1,4000})))?/g;

const DANGEROUS_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "link",
  "meta",
  "base",
  "svg",
  "math",
]);
const PLAIN_TAGS = new Set(["p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "a", "span"]);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "background",
  "poster",
  "xlink:href",
  "data",
]);
const LOADING_ATTRIBUTES = new Set(["src", "srcset", "background", "poster", "data"]);

/** What a browser would see: entities decoded, and the whitespace and controls it ignores in a scheme removed. */
function normalizeUrl(value: string): string {
  let url = "";
  for (const char of decodeEntities(value)) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && (code < 0x7f || code > 0x9f)) url += char;
  }
  return url.toLowerCase();
}

function checkAttribute(
  tag: string,
  name: string,
  value: string,
  offset: number,
  problems: HtmlProblem[],
): void {
  const url = normalizeUrl(value);
  if (name.startsWith("on")) {
    problems.push({ rule: "safe-html", offset, message: `Event handler "${name}" on <${tag}> runs script.` });
  } else if (URL_ATTRIBUTES.has(name) && /^(?:javascript:|vbscript:|data:text\/html)/.test(url)) {
    problems.push({ rule: "safe-html", offset, message: `${name} on <${tag}> holds a script URL.` });
  } else if (LOADING_ATTRIBUTES.has(name) && /^(?:https?:)?\/\//.test(url)) {
    problems.push({
      rule: "safe-html",
      offset,
      message: `${name} on <${tag}> loads a remote resource; replies must not track the reader.`,
    });
  } else if (name === "style" && /expression\(|url\(|javascript:|@import/.test(url)) {
    problems.push({
      rule: "safe-html",
      offset,
      message: `style on <${tag}> uses expression(), url() or @import.`,
    });
  } else if (tag === "a" && name === "href" && !/^(?:https:|mailto:|#)/.test(url)) {
    problems.push({
      rule: "safe-html",
      offset,
      message:
        "Links must start with https: or mailto: (a value from the email must never be a link address).",
    });
  } else if (!(tag === "a" && name === "href")) {
    problems.push({
      rule: "plain-html",
      offset,
      message: `Attribute "${name}" on <${tag}>: replies use plain HTML so they take the rep's own font and colours.`,
    });
  }
}

/** Scripts, handlers, forms, frames, remote resources and script links, plus anything beyond plain semantic HTML. */
export function htmlProblems(body: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  for (const token of htmlTokens(body)) {
    if (token.kind !== "tag" || token.closing) continue;
    const { name: tag, attributes, start } = token;
    if (DANGEROUS_TAGS.has(tag)) {
      problems.push({
        rule: "safe-html",
        offset: start,
        message: `<${tag}> is not allowed in a reply.`,
      });
      continue;
    }
    const loads = tag === "img" || tag === "video" || tag === "audio" || tag === "source";
    if (!PLAIN_TAGS.has(tag) && !loads) {
      problems.push({
        rule: "plain-html",
        offset: start,
        message: `<${tag}> is not plain reply HTML; use p, br, ul, ol, li, strong, em, a.`,
      });
    }
    const unsafeBefore = problems.filter((problem) => problem.rule === "safe-html").length;
    ATTRIBUTE.lastIndex = 0;
    for (let attribute = ATTRIBUTE.exec(attributes); attribute; attribute = ATTRIBUTE.exec(attributes)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? "";
      checkAttribute(tag, attribute[1].toLowerCase(), value, start, problems);
    }
    const flaggedUnsafe = problems.filter((problem) => problem.rule === "safe-html").length > unsafeBefore;
    if (loads && !flaggedUnsafe) {
      problems.push({
        rule: "plain-html",
        offset: start,
        message: `<${tag}> is not plain reply HTML; replies carry no media.`,
      });
    }
  }
  return problems;
}
