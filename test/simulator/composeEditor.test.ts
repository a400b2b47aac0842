/** @jest-environment jsdom */
import { ComposeEditor } from "../../src/simulator/composeEditor";
import { OFFICE_ERRORS } from "../../src/simulator/officeEmulation/types";
import { replyBodyHtml } from "../../src/simulator/replyQuote";
import { simMessage } from "./fakeBridge";

const MESSAGE = simMessage({ text: "Hi Sam,\nCould you give us a demo?\nRachel" });

function editorWith(html: string, type: "html" | "text" = "html") {
  const element = document.createElement("div");
  document.body.replaceChildren(element);
  element.innerHTML = html;
  return new ComposeEditor(element, type);
}

function placeCursor(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  document.dispatchEvent(new Event("selectionchange"));
}

describe("the compose editor", () => {
  test("inserts HTML at the rep's cursor, leaving the text around it and the quote untouched", () => {
    const quote = replyBodyHtml({
      message: MESSAGE,
      newHtml: "<div>Hi Rachel, thanks!</div>",
      language: "en-US",
    });
    const editor = editorWith(quote);
    const text = editor.element.querySelector("div")!.firstChild!;
    placeCursor(text, "Hi Rachel,".length);
    const before = editor.html();
    editor.insert("<p>INSERTED</p>", "html");
    const after = editor.html();
    const at = after.indexOf("<p>INSERTED</p>");
    expect(at).toBeGreaterThan(0);
    expect(after.slice(0, at) + after.slice(at + "<p>INSERTED</p>".length)).toBe(before);
  });

  test("remembers the cursor after focus leaves, as Outlook does when the pane is clicked", () => {
    const editor = editorWith("<div>one</div><div>two</div>");
    placeCursor(editor.element.children[1].firstChild!, 3);
    document.getSelection()?.removeAllRanges();
    editor.insert("!", "text");
    expect(editor.html()).toBe("<div>one</div><div>two!</div>");
  });

  test("inserts at the start of the body when the rep never placed the cursor", () => {
    const editor = editorWith('<div class="elementToProof"><br></div><div id="appendonsend"></div>');
    editor.insert("<p>Reply</p>", "html");
    expect(editor.html()).toBe(
      '<div class="elementToProof"><p>Reply</p><br></div><div id="appendonsend"></div>',
    );
  });

  test("replaces a selection, and a second insert goes after the first", () => {
    const editor = editorWith("<div>keep REPLACE keep</div>");
    const text = editor.element.firstChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 12);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
    editor.insert("<b>new</b>", "html");
    editor.insert(" more", "text");
    expect(editor.html()).toBe("<div>keep <b>new</b> more keep</div>");
  });

  test("text coercion is escaped and keeps line breaks", () => {
    const editor = editorWith("<div><br></div>");
    editor.insert("a < b\nc", "text");
    expect(editor.html()).toBe("<div>a &lt; b<br>c<br></div>");
  });

  test("strips scripts and event handlers from inserted HTML", () => {
    const editor = editorWith("<div><br></div>");
    editor.insert('<p onclick="x()">ok</p><script>alert(1)</script>', "html");
    expect(editor.html()).toBe("<div><p>ok</p><br></div>");
  });

  test("refuses HTML into a plain-text body and changes nothing", () => {
    const editor = editorWith("draft", "text");
    expect(() => editor.insert("<p>x</p>", "html")).toThrow(
      expect.objectContaining({ officeError: OFFICE_ERRORS.invalidDataFormat }),
    );
    expect(editor.html()).toBe("draft");
  });
});

describe("the reply quote", () => {
  test("follows Outlook on the web's markup: appendonsend, rule, divRplyFwdMsg header, original", () => {
    const html = replyBodyHtml({ message: MESSAGE, newHtml: "<div>new</div>", language: "en-US" });
    const order = [
      "<div>new</div>",
      '<div id="appendonsend"></div>',
      "<hr",
      '<div id="divRplyFwdMsg"',
      "<b>From:</b>",
      "<b>Sent:</b>",
      "<b>To:</b>",
      "<b>Subject:</b>",
      "Could you give us a demo?",
    ];
    const positions = order.map((s) => html.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain("Rachel Stone &lt;rachel.stone@granitebuild.com&gt;");
  });

  test("uses the display language's labels", () => {
    const html = replyBodyHtml({ message: MESSAGE, newHtml: "", language: "de-DE" });
    expect(html).toContain("<b>Von:</b>");
    expect(html).toContain("<b>Gesendet:</b>");
    expect(html).toContain("<b>Betreff:</b>");
  });
});
