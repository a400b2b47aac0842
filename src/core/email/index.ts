/**
 * Reading a prospect's email. The rest of the app calls `readProspectMessage` (and
 * `parseEml` for .eml files); the smaller functions are exported for tests and tools.
 */
export { parseEml } from "./parseEml";
export { htmlToText, QUOTE_RULE } from "./htmlToText";
export {
  findQuoteHeaders,
  readAttribution,
  readLabel,
  readSeparator,
  type QuoteHeader,
} from "./quoteHeaders";
export { latestMessage, quotedProspectMessage, type MessageSlice } from "./latestMessage";
export { cutSignature, isSignOff, type SignatureSplit } from "./signature";
export {
  companyFromDomain,
  companyFromSignature,
  findProspect,
  firstNameOf,
  nameFromAddress,
  normalizeName,
  signedName,
  type SenderClues,
} from "./sender";
export { detectLanguage } from "./language";
export { parseHeaderDate } from "./headerDate";
export { parseMailbox } from "./mailbox";
export { splitLines, unquote, type QuotedLine } from "./lines";
export { readProspectMessage } from "./readProspectMessage";
