/**
 * "until 25.11", "bis 30.11.", "no later than 4.12.": European day.month without a year, which
 * writers use in any language and chrono's English parser does not read. A bare "2.5" is as
 * likely a number, so it counts only with a closing dot or right after a word that sets a date.
 */
import type { IsoDate } from "../types";
import { closestDate } from "./isoDate";

/** "25.11." with its closing dot, or "25.11" after a date word; not "3.1.4", "2.5m" or "1.8%". */
const DAY_MONTH =
  /(?<![\p{L}\p{N}.,])(?:(?<cue>until|till|by|before|on|latest|deadline|due|bis|am|vor|zum|spätestens|le|avant|au|el|antes del?|hasta|il|entro|entro il|até|tot|voor|uiterlijk)\s{1,3})?(?<day>\d{1,2})\.(?<month>\d{1,2})(?<dot>\.)?(?![\p{L}\p{N}%]|\.\p{N}|,\p{N})/giu;

export interface DayMonthMention {
  index: number;
  end: number;
  text: string;
  date: IsoDate;
}

/** The day.month dates in one line, resolved to the occurrence closest to the reference day. */
export function findDayMonths(line: string, reference: IsoDate): DayMonthMention[] {
  const out: DayMonthMention[] = [];
  for (const m of line.matchAll(DAY_MONTH)) {
    const { cue, day, month, dot } = m.groups ?? {};
    if (!cue && !dot) continue;
    const date = closestDate(Number(day), Number(month), null, reference);
    if (!date || Number(day) > 31) continue;
    const start = (m.index ?? 0) + (cue ? m[0].indexOf(day, cue.length) : 0);
    const end = (m.index ?? 0) + m[0].length;
    out.push({ index: start, end, text: line.slice(start, end), date });
  }
  return out;
}
