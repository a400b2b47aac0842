import type { IsoDate } from "../../core/types";
import { isIsoDate } from "../../core/dates/isoDate";
import { isWeekend } from "../../core/dates/businessDays";

type DateStyle = "short" | "long";

/**
 * Dates in the pane follow Outlook's display language. They are calendar dates, so they are
 * formatted at UTC midnight: the rep's time zone must not move "Fri, Dec 4" to Thursday.
 */
export function formatPaneDate(iso: IsoDate, locale: string, style: DateStyle = "short"): string {
  const [year, month, day] = iso.split("-").map(Number);
  return formatterFor(locale, style).format(new Date(Date.UTC(year, month - 1, day)));
}

// Building a DateTimeFormat costs far more than formatting with one, and the pane formats on every render.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createFormatter(locale, { weekday: style, month: style, day: "numeric", timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter;
}

function createFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    // A host can report a tag Intl does not accept; a readable date beats a broken pane.
    return new Intl.DateTimeFormat("en-US", options);
  }
}

/** Why the rep cannot use this decision date, or null when it is fine. */
export function decisionDateProblem(value: string, today: IsoDate, locale: string): string | null {
  if (value === "") return "Pick the date they will decide by.";
  if (!isIsoDate(value)) return "Enter a real date.";
  if (value < today) return "Pick today or a later date.";
  if (isWeekend(value)) return `${formatPaneDate(value, locale, "long")} falls on a weekend. Pick a weekday.`;
  return null;
}
