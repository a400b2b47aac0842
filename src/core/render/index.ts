export {
  buildReplyContext,
  CONTEXT_SHAPE,
  type ContextDate,
  type ContextDeadline,
  type ContextRequest,
  type ContextShape,
  type Rep,
  type ReplyContext,
  type ReplyContextInput,
} from "./replyContext";
export { renderReply, type RenderedReply } from "./renderReply";
export { htmlToText } from "./htmlToText";
export { joinItems } from "./joinItems";
