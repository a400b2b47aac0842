import type { DetectedLanguage } from "../types";

const AND: Record<DetectedLanguage, string> = {
  en: "and",
  de: "und",
  fr: "et",
  es: "y",
  pt: "e",
  it: "e",
  nl: "en",
  unknown: "and",
};

/** Spanish writes "e" for "y" before an /i/ sound: "precios e información", but "y hielo". */
function conjunction(language: DetectedLanguage, next: string): string {
  if (language === "es" && /^h?[ií](?![aeiouáéíóú])/i.test(next.trim())) return "e";
  return AND[language];
}

/** "a demo and pricing for 30 seats", "A, B and C": a list as a sentence says it, in the reply's language. */
export function joinItems(items: readonly string[], language: DetectedLanguage): string {
  const parts = items.map((item) => item.trim()).filter((item) => item !== "");
  if (parts.length <= 1) return parts[0] ?? "";
  const last = parts[parts.length - 1];
  return `${parts.slice(0, -1).join(", ")} ${conjunction(language, last)} ${last}`;
}
