import Mustache from "mustache";
import { htmlToText } from "./htmlToText";
import type { ReplyContext } from "./replyContext";

export interface RenderedReply {
  html: string;
  text: string;
}

/**
 * Renders a template body against the context. Mustache's {{ }} escapes every value, so text
 * from the email cannot become markup; the linter refuses {{{ }}} and {{& }}. Partials are not
 * part of the template format and render as nothing.
 */
export function renderReply(template: string | { body: string }, context: ReplyContext): RenderedReply {
  const body = typeof template === "string" ? template : template.body;
  const html = Mustache.render(body, context, {}).trim();
  return { html, text: htmlToText(html) };
}
