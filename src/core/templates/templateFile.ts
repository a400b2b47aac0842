import { isLanguage, isTemplateType, type LintFailure, type ReplyTemplate, type TemplateType } from "./types";

/**
 * The template file format:
 *
 *   ---
 *   id: demo-en
 *   name: Demo — decision ask
 *   description: Confirms the demo and asks what it will decide.
 *   types: demo
 *   language: en
 *   version: 1
 *   ---
 *   <p>Hi {{greetingName}},</p>
 *
 * The metadata block is simple "key: value" lines, not general YAML, so that a sales-ops person
 * cannot trip over YAML's quoting rules and the parser stays small.
 */

const FIELDS = ["id", "name", "description", "types", "language", "version"] as const;
type Field = (typeof FIELDS)[number];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ENTRY = /^([A-Za-z][\w-]{0,40})\s*:\s*(.*)$/;
const MAX_TEXT = 100_000;

export interface TemplateFileReading {
  template: ReplyTemplate | null;
  failures: LintFailure[];
  /** The file line the body starts on, so body positions can be reported as file lines. */
  bodyLine: number;
  body: string;
  /** The line of the id field (1 when it is missing). */
  idLine: number;
}

/** Reads a template file, collecting every metadata problem rather than stopping at the first. */
export function readTemplateFile(path: string, text: string): TemplateFileReading {
  const failures: LintFailure[] = [];
  const fail = (line: number, message: string) =>
    failures.push({ file: path, line, rule: "metadata", message });
  if (text.length > MAX_TEXT) {
    fail(1, `The file is ${text.length} characters; a template may have at most ${MAX_TEXT}.`);
    return { template: null, failures, bodyLine: 1, body: "", idLine: 1 };
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") {
    fail(1, "A template starts with a metadata block: a line with ---, the fields, then --- again.");
    return { template: null, failures, bodyLine: 1, body: "", idLine: 1 };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close < 0) {
    fail(1, "The metadata block is not closed: add a line with --- after the fields.");
    return { template: null, failures, bodyLine: 1, body: "", idLine: 1 };
  }
  const values = new Map<Field, { value: string; line: number }>();
  for (let index = 1; index < close; index += 1) {
    const raw = lines[index].trim();
    if (raw === "" || raw.startsWith("#")) continue;
    const entry = ENTRY.exec(raw);
    const line = index + 1;
    if (!entry) {
      fail(line, `"${raw.slice(0, 40)}" is not a "field: value" line.`);
      continue;
    }
    const key = entry[1] as Field;
    if (!FIELDS.includes(key)) {
      fail(line, `Unknown field "${entry[1]}"; the fields are ${FIELDS.join(", ")}.`);
    } else if (values.has(key)) {
      fail(line, `"${key}" is given twice.`);
    } else {
      values.set(key, { value: entry[2].trim(), line });
    }
  }
  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join("\n");
  const required = (field: Field): { value: string; line: number } | null => {
    const found = values.get(field);
    if (!found || found.value === "") {
      fail(found?.line ?? 1, `The "${field}" field is required.`);
      return null;
    }
    return found;
  };

  const id = required("id");
  if (id && !ID.test(id.value)) {
    fail(id.line, `id "${id.value}" must be lowercase letters, digits and dashes (e.g. demo-en).`);
  }
  const name = required("name");
  if (name && name.value.length > 100) fail(name.line, "name is longer than 100 characters.");
  const description = required("description");
  if (description && description.value.length > 300)
    fail(description.line, "description is longer than 300 characters.");

  const typesEntry = required("types");
  const types: TemplateType[] = [];
  if (typesEntry) {
    for (const type of typesEntry.value.split(",").map((part) => part.trim())) {
      if (!isTemplateType(type)) {
        fail(
          typesEntry.line,
          `Unknown type "${type}"; use request types such as demo or pricing, or general.`,
        );
      } else if (types.includes(type)) {
        fail(typesEntry.line, `Type "${type}" is listed twice.`);
      } else {
        types.push(type);
      }
    }
  }
  const language = required("language");
  if (language && !isLanguage(language.value)) {
    fail(language.line, `Unknown language "${language.value}"; use en, de, fr, es, pt, it or nl.`);
  }
  const version = required("version");
  if (version && !/^[1-9]\d{0,8}$/.test(version.value)) {
    fail(version.line, `version "${version.value}" must be a whole number from 1 up.`);
  }
  if (body.trim() === "") fail(bodyLine, "The template has no body after the metadata block.");

  if (
    failures.length > 0 ||
    !id ||
    !name ||
    !description ||
    !language ||
    !version ||
    !isLanguage(language.value)
  ) {
    return { template: null, failures, bodyLine, body, idLine: id?.line ?? 1 };
  }
  return {
    template: {
      id: id.value,
      name: name.value,
      description: description.value,
      types,
      language: language.value,
      version: Number(version.value),
      body: body.trim(),
    },
    failures,
    bodyLine,
    body,
    idLine: id.line,
  };
}

/** A template file that cannot be read; the message names the file and line. */
export class TemplateFileError extends Error {
  readonly failures: LintFailure[];
  readonly file: string;
  readonly line: number;

  constructor(failures: LintFailure[]) {
    super(failures.map((failure) => `${failure.file}:${failure.line}: ${failure.message}`).join("\n"));
    this.name = "TemplateFileError";
    this.failures = failures;
    this.file = failures[0].file;
    this.line = failures[0].line;
  }
}

/** The template in a file; throws TemplateFileError (file + line) when its metadata is broken. */
export function parseTemplateFile(path: string, text: string): ReplyTemplate {
  const reading = readTemplateFile(path, text);
  if (!reading.template) throw new TemplateFileError(reading.failures);
  return reading.template;
}
