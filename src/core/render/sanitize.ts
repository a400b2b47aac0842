import DOMPurify, { type WindowLike } from "dompurify";

/**
 * Template HTML goes through this before preview and before insertion. The allow-list is
 * the plain semantic HTML a reply needs and nothing else: no style (it would override the
 * rep's font and can carry expression()/url()), no images (remote images track the reader),
 * no classes; links only to https: and mailto:.
 */
const ALLOWED_TAGS = ["p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "a", "span"];
const ALLOWED_ATTR = ["href"];
const SAFE_LINK = /^(?:https:|mailto:)/i;

export type SanitizeHtml = (html: string) => string;

/** A sanitizer bound to a window: the browser's, or jsdom's in Node. */
export function createSanitizer(win: WindowLike): SanitizeHtml {
  const purify = DOMPurify(win);
  return (html: string) =>
    purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOWED_URI_REGEXP: SAFE_LINK,
      ALLOW_DATA_ATTR: false,
      KEEP_CONTENT: true,
    });
}
