import type { DetectedLanguage, IsoDate } from "../types";
import { lastBusinessDayOfMonth } from "./businessDays";
import { addDays, closestDate, fridayOfWeek, isoFromParts, isoParts } from "./isoDate";

/**
 * Date phrases chrono does not resolve, or resolves to a day that is not what a buyer means:
 * "this week" is Friday of the week to them, "end of month" the last working day, "by the
 * 15th" the next 15th. Each pattern is a plain alternation, linear in the line.
 */
export type PeriodKind =
  | "this-week"
  | "week-end"
  | "next-week-end"
  | "month-end"
  | "quarter-end"
  | "year-end"
  | "end-of-day"
  | "day-of-month"
  | "numeric-date";

interface PeriodPattern {
  kind: PeriodKind;
  pattern: RegExp;
}

export interface PeriodMention {
  index: number;
  end: number;
  text: string;
  date: IsoDate;
  kind: PeriodKind;
}

// More specific phrases come first: "end of next week" must win over "end of … week".
const PERIODS: Record<Exclude<DetectedLanguage, "unknown">, PeriodPattern[]> = {
  en: [
    { kind: "next-week-end", pattern: /\b(?:the )?end of (?:the )?next week\b/gi },
    { kind: "month-end", pattern: /\b(?:the )?end of (?:the |this )?month\b|\bmonth[- ]end\b|\bEOM\b/gi },
    { kind: "week-end", pattern: /\b(?:the )?end of (?:the |this )?week\b|\bEOW\b/gi },
    { kind: "quarter-end", pattern: /\b(?:the )?end of (?:the |this )?quarter\b|\bquarter[- ]end\b/gi },
    { kind: "year-end", pattern: /\b(?:the )?end of (?:the |this )?year\b|\byear[- ]end\b/gi },
    { kind: "this-week", pattern: /\bthis week\b/gi },
    {
      kind: "end-of-day",
      pattern: /\b(?:EOD|COB|EOB|end of (?:the )?(?:business )?day|close of business)\b/gi,
    },
    { kind: "day-of-month", pattern: /\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/gi },
  ],
  de: [
    { kind: "next-week-end", pattern: /\bEnde (?:der )?nächste[rn]? Woche\b/gi },
    { kind: "month-end", pattern: /\bEnde (?:des |dieses )?Monats\b|\bMonatsende\b/gi },
    { kind: "week-end", pattern: /\bEnde (?:der |dieser )?Woche\b|\bWochenende\b/gi },
    { kind: "quarter-end", pattern: /\bEnde (?:des |dieses )?Quartals\b|\bQuartalsende\b/gi },
    { kind: "year-end", pattern: /\bEnde (?:des |dieses )?Jahres\b|\bJahresende\b/gi },
    { kind: "this-week", pattern: /\bdiese(?:r)? Woche\b/gi },
    { kind: "numeric-date", pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)/g },
    {
      kind: "day-of-month",
      pattern: /\b(?:zum|am) (\d{1,2})\.(?!\s*(?:\d|Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez))/gi,
    },
  ],
  fr: [
    { kind: "next-week-end", pattern: /\bfin de (?:la )?semaine prochaine\b/gi },
    { kind: "month-end", pattern: /\bfin (?:du |de ce |de )mois\b/gi },
    { kind: "week-end", pattern: /\bfin (?:de la |de cette |de )semaine\b/gi },
    { kind: "quarter-end", pattern: /\bfin (?:du |de ce )trimestre\b/gi },
    { kind: "year-end", pattern: /\bfin (?:de l['’]|d['’])année\b/gi },
    { kind: "this-week", pattern: /\bcette semaine\b/gi },
    {
      kind: "day-of-month",
      pattern:
        /\ble (\d{1,2})(?:er)?(?![\d/]|[.,]\d)(?!\s*(?:%|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc))/gi,
    },
  ],
  es: [
    { kind: "next-week-end", pattern: /\b(?:fin|final|finales) de la (?:próxima semana|semana que viene)/gi },
    { kind: "month-end", pattern: /\b(?:fin|final|finales) de(?:l| este)? mes\b/gi },
    { kind: "week-end", pattern: /\b(?:fin|final) de (?:la |esta )?semana\b/gi },
    { kind: "quarter-end", pattern: /\b(?:fin|final|finales) del? (?:este )?trimestre\b/gi },
    { kind: "year-end", pattern: /\b(?:fin|final|finales) de(?:l| este)? año\b/gi },
    { kind: "this-week", pattern: /\besta semana\b/gi },
    {
      kind: "day-of-month",
      pattern: /\b(?:(?:d?el|al)(?: día)?|día) (\d{1,2})(?![\d/]|[.,]\d)(?!\s*(?:%|de\s))/gi,
    },
  ],
  pt: [
    { kind: "next-week-end", pattern: /\b(?:fim|final) da (?:próxima semana|semana que vem)/gi },
    { kind: "month-end", pattern: /\b(?:fim|final) d[oe](?: este)? mês/gi },
    { kind: "week-end", pattern: /\b(?:fim|final) d[ae](?: esta)? semana\b/gi },
    { kind: "quarter-end", pattern: /\b(?:fim|final) do (?:este )?trimestre\b/gi },
    { kind: "year-end", pattern: /\b(?:fim|final) do ano\b/gi },
    { kind: "this-week", pattern: /\besta semana\b/gi },
    { kind: "day-of-month", pattern: /\bdia (\d{1,2})(?![\d/]|[.,]\d)(?!\s*(?:%|de\s))/gi },
  ],
  it: [
    { kind: "next-week-end", pattern: /\bfine (?:della )?(?:prossima settimana|settimana prossima)/gi },
    { kind: "month-end", pattern: /\bfine (?:del |di questo )?mese\b/gi },
    { kind: "week-end", pattern: /\bfine (?:della |di questa )?settimana\b/gi },
    { kind: "quarter-end", pattern: /\bfine (?:del )?trimestre\b/gi },
    { kind: "year-end", pattern: /\bfine (?:dell['’])?anno\b/gi },
    { kind: "this-week", pattern: /\bquesta settimana\b/gi },
  ],
  nl: [
    { kind: "next-week-end", pattern: /\beinde? (?:van )?volgende week\b/gi },
    { kind: "month-end", pattern: /\beinde? van (?:de|deze) maand\b/gi },
    { kind: "week-end", pattern: /\beinde? van (?:de|deze) week\b/gi },
    { kind: "quarter-end", pattern: /\beinde? van (?:het|dit) kwartaal\b/gi },
    { kind: "year-end", pattern: /\beinde? van (?:het|dit) jaar\b/gi },
    { kind: "this-week", pattern: /\bdeze week\b/gi },
  ],
};

/** The next time the month reaches this day, from the reference on ("the 15th" on the 20th is next month's). */
function nextDayOfMonth(day: number, reference: IsoDate): IsoDate | null {
  if (day < 1 || day > 31) return null;
  const { year, month, day: today } = isoParts(reference);
  for (let ahead = day >= today ? 0 : 1; ahead <= 2; ahead += 1) {
    const candidate = isoFromParts(year, month + ahead, day);
    if (isoParts(candidate).day === day) return candidate;
  }
  return null;
}

function periodDate(kind: PeriodKind, match: RegExpExecArray, reference: IsoDate): IsoDate | null {
  const { year, month } = isoParts(reference);
  switch (kind) {
    case "month-end":
      return lastBusinessDayOfMonth(reference);
    case "week-end":
    case "this-week":
      return fridayOfWeek(reference);
    case "next-week-end":
      return fridayOfWeek(addDays(reference, 7));
    case "quarter-end":
      return lastBusinessDayOfMonth(isoFromParts(year, Math.ceil(month / 3) * 3, 1));
    case "year-end":
      return lastBusinessDayOfMonth(isoFromParts(year, 12, 1));
    case "end-of-day":
      return reference;
    case "day-of-month":
      return nextDayOfMonth(Number(match[1]), reference);
    case "numeric-date":
      return closestDate(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : null, reference);
  }
}

/** The period phrases in one line, without overlaps (the first, more specific pattern wins). */
export function findPeriods(line: string, reference: IsoDate, language: DetectedLanguage): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const { kind, pattern } of PERIODS[language === "unknown" ? "en" : language]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((other) => index < other.end && other.index < end)) continue;
      const date = periodDate(kind, match, reference);
      if (date !== null) found.push({ index, end, text: match[0], date, kind });
    }
  }
  return found;
}
