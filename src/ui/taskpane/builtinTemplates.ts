import english from "decision-ask-templates?lang=en";
import type { DetectedLanguage, Language } from "../../core/types";
import type { ReplyTemplate, TemplateLibrary } from "../../core/templates";

/**
 * The built-in library the pane carries: its English templates. A message in another language
 * downloads that language's built-in templates in the same chunk as its reading support, so an
 * English email (the common case) loads none of them.
 */
export const builtinLibrary: TemplateLibrary = english;

// Each import names the language's chunk, so the templates travel with its reading support.
const DOWNLOADS: Partial<Record<Language, () => Promise<{ default: TemplateLibrary }>>> = {
  de: () => import(/* webpackChunkName: "lang-de" */ "decision-ask-templates?lang=de"),
  es: () => import(/* webpackChunkName: "lang-es" */ "decision-ask-templates?lang=es"),
  fr: () => import(/* webpackChunkName: "lang-fr" */ "decision-ask-templates?lang=fr"),
};

/** The languages other than English that templates/ has built-in templates for. */
export const DOWNLOADED_TEMPLATE_LANGUAGES = Object.keys(DOWNLOADS);

/**
 * The built-in templates in the message's language, or none: for English (already here), for a
 * language templates/ has none in, or when the download fails (the rep is then offered the
 * English ones, and the template picker says the prospect wrote in another language).
 */
export async function loadBuiltinTemplates(language: DetectedLanguage): Promise<readonly ReplyTemplate[]> {
  const download = language === "unknown" ? undefined : DOWNLOADS[language];
  if (!download) return [];
  try {
    return (await download()).default.templates;
  } catch {
    return [];
  }
}
