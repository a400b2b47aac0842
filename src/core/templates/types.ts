import { LANGUAGES, REQUEST_TYPES, type Language, type RequestType } from "../types";

/** What a template fits: a request type, or "general" for the reply used when no typed one exists. */
export const TEMPLATE_TYPES = [...REQUEST_TYPES, "general"] as const;
export type TemplateType = RequestType | "general";

export function isTemplateType(value: string): value is TemplateType {
  return (TEMPLATE_TYPES as readonly string[]).includes(value);
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** One reply template: metadata from the file's front matter and its mustache HTML body. */
export interface ReplyTemplate {
  id: string;
  name: string;
  description: string;
  types: TemplateType[];
  language: Language;
  version: number;
  body: string;
}

/** The compiled, versioned library the add-in loads (see templates/library.schema.json). */
export interface TemplateLibrary {
  schemaVersion: 1;
  name: string;
  version: string;
  templates: ReplyTemplate[];
}

export const LIBRARY_SCHEMA_VERSION = 1;

export type LintRule =
  | "metadata"
  | "syntax"
  | "confirms-item"
  | "asks-decision"
  | "asks-date"
  | "no-unescaped-values"
  | "known-fields"
  | "safe-html"
  | "plain-html";

/** One problem in one template, where a sales-ops person can find it. */
export interface LintFailure {
  file: string;
  /** 1-based line in the template file. */
  line: number;
  rule: LintRule;
  message: string;
}

export interface TemplateSource {
  path: string;
  text: string;
}

/** A template left out of a library, and why ("file:line rule: message" lines). */
export interface RejectedTemplate {
  path: string;
  errors: string[];
}

export function describeFailure(failure: LintFailure): string {
  return `${failure.file}:${failure.line} ${failure.rule}: ${failure.message}`;
}
