/** Body conversions Outlook performs when an add-in asks for a coercion the item lacks. */

const BLOCK_TAGS = new Set([
  "ADDRESS",
  "BLOCKQUOTE",
  "DIV",
  "DL",
  "DT",
  "DD",
  "FIELDSET",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HR",
  "LI",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
  "ARTICLE",
  "HEADER",
  "FOOTER",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "HEAD", "TITLE", "META", "TEMPLATE"]);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as Outlook turns it into HTML: escaped, one line per line. */
export function textToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return `<div class="PlainText">${lines.map((line) => escapeHtml(line)).join("<br>\n")}</div>`;
}

/** The text of an HTML body: block boundaries and <br> become line breaks, markup goes. */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, "text/html");
  const out: string[] = [];
  const newline = () => {
    if (out.length > 0 && !out[out.length - 1].endsWith("\n")) out.push("\n");
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? "").replace(/[ \t\r\n]{1,1000}/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName)) return;
    if (el.tagName === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) newline();
    if (el.tagName === "PRE") out.push(el.textContent ?? "");
    else el.childNodes.forEach(walk);
    if (block) newline();
  };
  if (doc.body) doc.body.childNodes.forEach(walk);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/^ /, "").replace(/ $/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The inner HTML of a message's <body>, without its <head> styles or scripts. */
export function bodyContent(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, "text/html");
  doc.querySelectorAll("script").forEach((s) => s.remove());
  return doc.body ? doc.body.innerHTML : "";
}

/** Outlook on the web hands add-ins a whole HTML document, not a fragment. */
export function wrapHtmlDocument(inner: string): string {
  return (
    '<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n' +
    '<style type="text/css" style="display:none">P {margin-top:0;margin-bottom:0;}</style>\r\n' +
    `</head>\r\n<body dir="ltr">\r\n${inner}\r\n</body>\r\n</html>\r\n`
  );
}
