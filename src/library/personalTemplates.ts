import {
  lintBody,
  readTemplateFile,
  validateLibrary,
  type LintFailure,
  type RejectedTemplate,
  type ReplyTemplate,
} from "../core/templates";
import { HostError, type RoamingStore } from "../host/mailHost";
import { exportBody, exportTemplateFile, oneLine } from "./exportTemplateFile";
import { MAX_ID_CHARS, PERSONAL_ID_PREFIX, personalBase, uniqueId } from "./templateIds";

/** The roaming setting holding the rep's personal templates (a JSON array of templates). */
export const PERSONAL_TEMPLATES_KEY = "decisionAsk.personalTemplates";

/** Outlook keeps this much roaming data per user and add-in, for every key together. */
export const OUTLOOK_ROAMING_BYTES = 32 * 1024;

/**
 * What personal templates may take of the 32 KB. The other 8 KB are for the rest of what the
 * add-in roams: the conversation memory (at most 6,000 characters, see
 * src/ui/taskpane/conversationMemory.ts), the rep's library address (at most 2,000 characters)
 * and the JSON around them. Should those ever weigh more, the store's own limit still refuses
 * the save, and that is reported the same way.
 */
export const PERSONAL_BUDGET_BYTES = 24 * 1024;

export interface PersonalTemplates {
  templates: ReplyTemplate[];
  /** Saved templates this version of the add-in cannot use; they stay saved, untouched. */
  rejected: RejectedTemplate[];
}

export type SaveResult =
  { ok: true; template: ReplyTemplate } | { ok: false; message: string; failures: LintFailure[] };

export type DeleteResult = { ok: true } | { ok: false; message: string };

/** The rep's personal templates that pass the same checks as the team's. */
export function listPersonal(store: RoamingStore): PersonalTemplates {
  const validated = validateLibrary({
    schemaVersion: 1,
    name: "Personal",
    version: "1",
    templates: stored(store),
  });
  return { templates: validated.library?.templates ?? [], rejected: validated.rejected };
}

/**
 * The editor's live check: the team library's lint on the template as it would be saved. Body
 * rules report the line within the body; metadata problems name the field (line 1).
 */
export function lintPersonalTemplate(template: ReplyTemplate): LintFailure[] {
  const normalized = normalizeTemplate(template);
  const label = normalized.name || normalized.id || "template";
  const metadata = readTemplateFile(label, exportTemplateFile(normalized)).failures.map((failure) => ({
    ...failure,
    line: 1,
  }));
  return normalized.body === "" ? metadata : [...metadata, ...lintBody(label, normalized.body, 1)];
}

/**
 * Saves a new or edited personal template. An id that is already a personal one is updated in
 * place; any other (a team template's) gets a personal id no saved template uses. Nothing is
 * saved when the template fails the lint, when it would pass the roaming budget, or when
 * Outlook refuses; the result then says why for the rep.
 */
export async function savePersonal(store: RoamingStore, template: ReplyTemplate): Promise<SaveResult> {
  const failures = lintPersonalTemplate(template);
  if (failures.length > 0) {
    const count = failures.length === 1 ? "1 check" : `${failures.length} checks`;
    return {
      ok: false,
      message: `This template can't be saved yet: it fails ${count}.`,
      failures,
    };
  }
  const normalized = normalizeTemplate(template);
  const entries = stored(store);
  const ids = new Set(entries.map(idOf).filter((id): id is string => id !== undefined));
  const personal = normalized.id.startsWith(PERSONAL_ID_PREFIX);
  const existing = personal ? entries.findIndex((entry) => idOf(entry) === normalized.id) : -1;
  const saved = personal ? normalized : { ...normalized, id: uniqueId(personalBase(normalized.id), ids) };
  const next =
    existing >= 0 ? entries.map((entry, index) => (index === existing ? saved : entry)) : [...entries, saved];
  const problem = await write(store, entries, next);
  return problem ? { ok: false, message: problem, failures: [] } : { ok: true, template: saved };
}

/** Deletes a personal template; deleting one that is not there changes nothing. */
export async function deletePersonal(store: RoamingStore, id: string): Promise<DeleteResult> {
  const entries = stored(store);
  const next = entries.filter((entry) => idOf(entry) !== id);
  if (next.length === entries.length) return { ok: true };
  const problem = await write(store, entries, next);
  return problem ? { ok: false, message: problem } : { ok: true };
}

/**
 * A personal copy to edit: a fresh id (random, so two copies of one template never share one
 * even before they are saved), the new name, version 1.
 */
export function duplicateTemplate(template: ReplyTemplate, newName: string): ReplyTemplate {
  const suffix = `-${Math.random().toString(36).slice(2, 8).padEnd(6, "0")}`;
  const base = personalBase(template.id);
  return {
    ...template,
    types: [...template.types],
    id: `${base.slice(0, MAX_ID_CHARS - suffix.length)}${suffix}`,
    name: oneLine(newName) || template.name,
    version: 1,
  };
}

/** UTF-8 bytes, as Outlook counts the limit (without TextEncoder, which jsdom lacks). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

function normalizeTemplate(template: ReplyTemplate): ReplyTemplate {
  return {
    id: template.id.trim(),
    name: oneLine(template.name),
    description: oneLine(template.description),
    types: [...template.types],
    language: template.language,
    version: template.version,
    body: exportBody(template.body),
  };
}

/** What is saved, as saved: entries this version cannot read are kept so a save never drops them. */
function stored(store: RoamingStore): unknown[] {
  const value = store.get<unknown>(PERSONAL_TEMPLATES_KEY);
  return Array.isArray(value) ? value : [];
}

function idOf(entry: unknown): string | undefined {
  const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * Only a change that grows past the budget is refused: templates saved over it (by another
 * version, or before other settings shrank) can still be deleted or shortened.
 */
async function write(store: RoamingStore, previous: unknown[], entries: unknown[]): Promise<string | null> {
  const bytes = sizeOf(entries);
  if (bytes > PERSONAL_BUDGET_BYTES && bytes > sizeOf(previous)) {
    return `Your personal templates would take ${kilobytes(bytes)} KB; Outlook keeps ${kilobytes(OUTLOOK_ROAMING_BYTES)} KB per add-in, and ${kilobytes(PERSONAL_BUDGET_BYTES)} KB of it is for personal templates. Delete or shorten one.`;
  }
  try {
    if (entries.length === 0) await store.remove(PERSONAL_TEMPLATES_KEY);
    else await store.set(PERSONAL_TEMPLATES_KEY, entries);
    return null;
  } catch (error) {
    if (error instanceof HostError && error.code === "settingsTooLarge") {
      return `Your personal templates don't fit in the ${kilobytes(OUTLOOK_ROAMING_BYTES)} KB Outlook keeps for the add-in's settings. Delete or shorten one; nothing was changed.`;
    }
    if (error instanceof HostError) return error.message;
    return "Outlook couldn't save your personal templates, so nothing was changed. Try again.";
  }
}

function sizeOf(entries: unknown[]): number {
  return utf8Bytes(JSON.stringify({ [PERSONAL_TEMPLATES_KEY]: entries }));
}

function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024);
}
