import { htmlProblems } from "./htmlSafety";
import { lineIndex } from "./lineIndex";
import { fieldUses, type FieldUse } from "./mustacheFields";
import { readTemplateFile } from "./templateFile";
import type { LintFailure, LintRule, TemplateSource } from "./types";

/**
 * The commitment rule, enforced: every template confirms the item, asks for the decision and
 * its date, escapes every value, uses only context fields, and holds only plain, safe HTML.
 */
export function lintBody(file: string, body: string, firstLine: number): LintFailure[] {
  const failures: LintFailure[] = [];
  const lineOf = lineIndex(body, firstLine);
  const fail = (rule: LintRule, offset: number, message: string) =>
    failures.push({ file, line: lineOf(offset), rule, message });

  let uses: FieldUse[];
  try {
    uses = fieldUses(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Mustache reports an unclosed section at the end of the text; the author needs its opening.
    const unclosed = /^Unclosed section "([^"]{1,100})"/.exec(message);
    const opening = unclosed ? body.indexOf(`#${unclosed[1]}`) : -1;
    const at = /at (\d+)\s*$/.exec(message);
    fail(
      "syntax",
      opening >= 0 ? opening : at ? Number(at[1]) : 0,
      `Mustache cannot read the template: ${message}`,
    );
    return failures;
  }

  for (const use of uses) {
    if (use.kind === "{" || use.kind === "&") {
      fail(
        "no-unescaped-values",
        use.offset,
        `"${use.name}" is output unescaped; write {{${use.name}}} instead.`,
      );
    }
    if (use.kind === ">") {
      fail("known-fields", use.offset, `Partials ({{> ${use.name}}}) are not part of the template format.`);
    } else if (use.path === null) {
      fail(
        "known-fields",
        use.offset,
        `"${use.name}" is not a field of the reply context (see templates/README.md).`,
      );
    }
  }

  const paths = new Set(uses.map((use) => use.path));
  if (!paths.has("items") && !paths.has("requests[].item")) {
    fail(
      "confirms-item",
      0,
      "The reply must confirm the item: use {{items}} or {{#requests}}{{item}}{{/requests}}.",
    );
  }
  if (!paths.has("decision.ask") && !paths.has("decision.label")) {
    fail(
      "asks-decision",
      0,
      "The reply must ask for the decision: use {{decision.ask}} or {{decision.label}}.",
    );
  }
  if (![...paths].some((path) => path !== null && path.startsWith("decisionDate"))) {
    fail("asks-date", 0, "The reply must ask for a date: use {{decisionDate.long}}.");
  }
  for (const problem of htmlProblems(body)) fail(problem.rule, problem.offset, problem.message);
  return failures;
}

/** Lints template files; an empty list means every one may ship. Failures are ordered by file and line. */
export function lintTemplates(files: readonly TemplateSource[]): LintFailure[] {
  const failures: LintFailure[] = [];
  const seen = new Map<string, string>();
  for (const { path, text } of files) {
    const reading = readTemplateFile(path, text);
    failures.push(...reading.failures);
    if (reading.body.trim() !== "") failures.push(...lintBody(path, reading.body, reading.bodyLine));
    const id = reading.template?.id;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        failures.push({
          file: path,
          line: reading.idLine,
          rule: "metadata",
          message: `id "${id}" is already used by ${first}.`,
        });
      } else {
        seen.set(id, path);
      }
    }
  }
  return failures.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
