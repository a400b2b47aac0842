import type { ReplyTemplate, TemplateLibrary } from "../core/templates";
import { LIBRARY_CACHE_KEY, type KeyValueCache } from "./cacheKey";

/**
 * The saved team library for this address, for the moment the pane opens and the fresh copy is
 * still on its way, so the rep is never offered the built-in templates the team replaced.
 * Checked by shape only: the schema validator loads with the library loader, which replaces
 * this copy with a fully checked one within seconds, and every reply is escaped and sanitized.
 */
export function savedCopyWhileLoading(cache: KeyValueCache, url: string): TemplateLibrary | null {
  let entry: unknown;
  try {
    const text = cache.getItem(LIBRARY_CACHE_KEY);
    entry = text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(entry) || entry.url !== url || !isRecord(entry.library)) return null;
  const { schemaVersion, name, version, templates } = entry.library;
  if (schemaVersion !== 1 || typeof name !== "string" || typeof version !== "string") return null;
  if (!Array.isArray(templates) || templates.length === 0 || !templates.every(isTemplate)) return null;
  return { schemaVersion: 1, name, version, templates };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isTemplate(value: unknown): value is ReplyTemplate {
  if (!isRecord(value)) return false;
  const { id, name, description, language, version, body, types } = value;
  return (
    [id, name, description, language, body].every((field) => typeof field === "string") &&
    typeof version === "number" &&
    Array.isArray(types) &&
    types.every((type) => typeof type === "string")
  );
}
