import Ajv, { type ErrorObject } from "ajv";
import schema from "../../../templates/library.schema.json";
import { lintBody, lintTemplates } from "./lintTemplate";
import { readTemplateFile } from "./templateFile";
import {
  describeFailure,
  LIBRARY_SCHEMA_VERSION,
  type RejectedTemplate,
  type ReplyTemplate,
  type TemplateLibrary,
  type TemplateSource,
} from "./types";

/**
 * templates/library.schema.json is the one description of the library format: the published
 * schema teams validate their files with, and what the add-in checks a loaded library against.
 */
const ajv = new Ajv({ allErrors: true, strict: true });
const checkLibrary = ajv.compile({
  ...schema,
  properties: { ...schema.properties, templates: { type: "array" } },
});
const checkTemplate = ajv.compile(schema.definitions.template);

function schemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) =>
    `${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`.trim(),
  );
}

export interface CompiledLibrary {
  library: TemplateLibrary;
  rejected: RejectedTemplate[];
}

/**
 * Builds the versioned library from template files. A file that fails the lint is left out
 * and listed with its reasons; the output is deterministic (templates ordered by id, no build
 * time) so an unchanged templates/ folder builds an identical file.
 */
export function compileLibrary(
  files: readonly TemplateSource[],
  meta: { name: string; version: string },
): CompiledLibrary {
  const templates: ReplyTemplate[] = [];
  const rejected: RejectedTemplate[] = [];
  const failures = lintTemplates(files);
  for (const { path, text } of files) {
    const own = failures.filter((failure) => failure.file === path);
    const { template } = readTemplateFile(path, text);
    if (own.length > 0 || !template) {
      rejected.push({ path, errors: own.map(describeFailure) });
    } else {
      templates.push(template);
    }
  }
  templates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { library: { schemaVersion: 1, name: meta.name, version: meta.version, templates }, rejected };
}

export interface ValidatedLibrary {
  /** Absent when the library as a whole is unusable (see error). */
  library?: TemplateLibrary;
  /** Templates left out, as "templates[3] demo-en", with the reasons. */
  rejected: RejectedTemplate[];
  error?: string;
}

/**
 * Checks a loaded library (parsed JSON, or the raw text) against the schema. A broken library
 * as a whole (not JSON, wrong schema version, missing fields) yields an error and no library;
 * a broken template is left out and listed, the rest stay usable.
 */
export function validateLibrary(json: unknown): ValidatedLibrary {
  let data = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json) as unknown;
    } catch (error) {
      return {
        rejected: [],
        error: `The library is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const declared =
    typeof data === "object" && data !== null
      ? (data as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (declared !== undefined && declared !== LIBRARY_SCHEMA_VERSION) {
    return {
      rejected: [],
      error: `The library has schemaVersion ${JSON.stringify(declared)}; this version of Decision Ask reads schemaVersion ${LIBRARY_SCHEMA_VERSION}.`,
    };
  }
  if (!checkLibrary(data)) {
    return {
      rejected: [],
      error: `The library does not match the schema: ${schemaErrors(checkLibrary.errors).join("; ")}`,
    };
  }
  const raw = data as { name: string; version: string; templates: unknown[] };
  const templates: ReplyTemplate[] = [];
  const rejected: RejectedTemplate[] = [];
  const ids = new Set<string>();
  raw.templates.forEach((candidate, index) => {
    const id =
      typeof candidate === "object" && candidate !== null ? (candidate as { id?: unknown }).id : undefined;
    const label = `templates[${index}]${typeof id === "string" ? ` ${id}` : ""}`;
    if (!checkTemplate(candidate)) {
      rejected.push({ path: label, errors: schemaErrors(checkTemplate.errors) });
      return;
    }
    const template = candidate as unknown as ReplyTemplate;
    // The entry's path already names the template; each reason names the body line and the rule.
    const errors = lintBody(label, template.body, 1).map(
      (failure) => `body line ${failure.line}, ${failure.rule}: ${failure.message}`,
    );
    if (ids.has(template.id)) errors.push(`id "${template.id}" appears twice.`);
    if (errors.length > 0) {
      rejected.push({ path: label, errors });
      return;
    }
    ids.add(template.id);
    templates.push(template);
  });
  return { library: { schemaVersion: 1, name: raw.name, version: raw.version, templates }, rejected };
}
