import DOMPurify from "dompurify";
import { escapeHtml, htmlToText } from "./bodies";
import { OFFICE_ERRORS, SimulatorCallError, type SimBodyType } from "./officeEmulation/types";

/**
 * The compose body: a real contenteditable whose cursor the rep moves. Outlook inserts add-in
 * data at the last cursor position in the body even after focus has moved to the task pane, so
 * the editor remembers the last selection it had.
 */
export class ComposeEditor {
  private lastRange: Range | null = null;
  private readonly onSelectionChange = () => this.rememberSelection();

  constructor(
    readonly element: HTMLElement,
    readonly bodyType: SimBodyType,
  ) {
    element.setAttribute("contenteditable", bodyType === "text" ? "plaintext-only" : "true");
    element.ownerDocument.addEventListener("selectionchange", this.onSelectionChange);
  }

  dispose(): void {
    this.element.ownerDocument.removeEventListener("selectionchange", this.onSelectionChange);
  }

  html(): string {
    return this.element.innerHTML;
  }

  text(): string {
    return this.bodyType === "text" ? (this.element.textContent ?? "") : htmlToText(this.element.innerHTML);
  }

  /** Replaces the selection (or inserts at the cursor) and leaves the cursor after the insertion. */
  insert(data: string, coercion: SimBodyType): void {
    if (coercion === "html" && this.bodyType === "text") {
      throw new SimulatorCallError(OFFICE_ERRORS.invalidDataFormat);
    }
    const range = this.insertionRange();
    const fragment =
      coercion === "html"
        ? range.createContextualFragment(DOMPurify.sanitize(data))
        : this.textFragment(range, data);
    const last = fragment.lastChild;
    range.deleteContents();
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
    }
    this.lastRange = range.cloneRange();
    const selection = this.element.ownerDocument.getSelection();
    if (selection && this.element.ownerDocument.activeElement === this.element) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  private textFragment(range: Range, text: string): DocumentFragment {
    if (this.bodyType === "text") {
      const fragment = this.element.ownerDocument.createDocumentFragment();
      fragment.appendChild(this.element.ownerDocument.createTextNode(text));
      return fragment;
    }
    return range.createContextualFragment(escapeHtml(text).replace(/\r?\n/g, "<br>"));
  }

  private rememberSelection(): void {
    const range = this.currentRange();
    if (range && this.element.contains(range.commonAncestorContainer)) this.lastRange = range.cloneRange();
  }

  private currentRange(): Range | null {
    try {
      return this.element.ownerDocument.getSelection()?.getRangeAt(0) ?? null;
    } catch {
      // getRangeAt throws IndexSizeError when the document has no selection at all.
      return null;
    }
  }

  /** Where Outlook inserts: the last cursor position, else the start of the body. */
  private insertionRange(): Range {
    if (this.lastRange && this.element.contains(this.lastRange.commonAncestorContainer)) {
      return this.lastRange.cloneRange();
    }
    const range = this.element.ownerDocument.createRange();
    const first = this.element.firstElementChild;
    if (first && first.tagName === "DIV") range.setStart(first, 0);
    else range.setStart(this.element, 0);
    range.collapse(true);
    return range;
  }
}
