/**
 * Splits a compose body around what an insertion added, to prove nothing else changed. Where
 * the inserted markup starts or ends like its surroundings, the insertion point is ambiguous:
 * any offset in [earliest, latest] of `before` gives the same result.
 */
export function insertionDiff(
  before: string,
  after: string,
): { prefix: string; inserted: string; suffix: string; earliest: number; latest: number } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  let common = 0;
  while (common < max && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
  return {
    prefix: before.slice(0, start),
    inserted: after.slice(start, after.length - end),
    suffix: before.slice(before.length - end),
    earliest: Math.max(0, before.length - common),
    latest: start,
  };
}

/** True when the insertion can have been made right after `text` in `before`. */
export function insertedRightAfter(before: string, after: string, text: string): boolean {
  const { earliest, latest } = insertionDiff(before, after);
  const at = before.indexOf(text);
  return at >= 0 && at + text.length >= earliest && at + text.length <= latest;
}

export const QUOTE_MARKER = '<div id="appendonsend"></div>';

/** The rep's part of a reply body (above Outlook's quote marker) and the quoted thread below it. */
export function splitReply(html: string): { reply: string; quote: string } {
  const at = html.indexOf(QUOTE_MARKER);
  if (at < 0) throw new Error("The body has no Outlook quote marker.");
  return { reply: html.slice(0, at), quote: html.slice(at) };
}

export function textOf(html: string): string {
  return html
    .replace(/<[^>]{0,2000}>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s{1,1000}/g, " ");
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A written-out calendar date such as "December 18" or "18 December". */
export const WRITTEN_DATE = new RegExp(`${MONTH}\\s\\d{1,2}|\\d{1,2}\\.?\\s${MONTH}`);
