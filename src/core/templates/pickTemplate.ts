import type { DetectedLanguage, DetectedRequest } from "../types";
import type { ReplyTemplate, TemplateLibrary, TemplateType } from "./types";

/**
 * The template for a reply: the rep's choice when it exists; else the one for the first
 * request's type in the prospect's language, else that type in English, else the general
 * reply in the prospect's language, else the English general reply. A library with none of
 * these still offers its first template rather than none.
 */
export function pickTemplate(
  library: TemplateLibrary,
  requests: readonly Pick<DetectedRequest, "type">[],
  language: DetectedLanguage,
  preferredId?: string,
): ReplyTemplate | null {
  const templates = library.templates;
  if (preferredId !== undefined) {
    const preferred = templates.find((template) => template.id === preferredId);
    if (preferred) return preferred;
  }
  const find = (type: TemplateType, lang: string) =>
    templates.find((template) => template.language === lang && template.types.includes(type));
  const first = requests[0]?.type;
  return (
    (first && (find(first, language) ?? find(first, "en"))) ||
    find("general", language) ||
    find("general", "en") ||
    templates[0] ||
    null
  );
}
