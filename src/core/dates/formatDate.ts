import type { DetectedLanguage, IsoDate } from "../types";
import { isoParts } from "./isoDate";

const LOCALES: Record<DetectedLanguage, string> = {
  en: "en-US",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
  pt: "pt-PT",
  it: "it-IT",
  nl: "nl-NL",
  unknown: "en-US",
};

// Building a DateTimeFormat loads locale data and costs far more than formatting with one; the
// pane formats several dates on every preview, so each language's formatter is made once.
const formatters = new Map<DetectedLanguage, Intl.DateTimeFormat>();

function formatterFor(language: DetectedLanguage): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], {
      weekday: "long",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
    formatters.set(language, formatter);
  }
  return formatter;
}

/** "Friday, December 4" / "Freitag, 4. Dezember" / "vendredi 4 décembre": the way a reply names a day. */
export function formatLongDate(iso: IsoDate, language: DetectedLanguage): string {
  const { year, month, day } = isoParts(iso);
  return formatterFor(language).format(new Date(Date.UTC(year, month - 1, day)));
}
