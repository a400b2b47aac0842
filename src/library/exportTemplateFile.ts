import type { ReplyTemplate } from "../core/templates";

/**
 * A template as a file in the templates/ format, so a rep's personal template can be proposed
 * to sales ops for the team library as it is. `parseTemplateFile` reads it back unchanged.
 */
export function exportTemplateFile(template: ReplyTemplate): string {
  return [
    "---",
    `id: ${oneLine(template.id)}`,
    `name: ${oneLine(template.name)}`,
    `description: ${oneLine(template.description)}`,
    `types: ${template.types.join(", ")}`,
    `language: ${template.language}`,
    `version: ${template.version}`,
    "---",
    exportBody(template.body),
    "",
  ].join("\n");
}

/**
 * Metadata fields are one "key: value" line each, so a line break in a name would end the field
 * (or, as "---", the whole metadata block); it becomes a space, as HTML would show it.
 */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The body as the template file reader gives it back: LF line ends, no surrounding blank space. */
export function exportBody(body: string): string {
  return body.replace(/\r\n?/g, "\n").trim();
}
