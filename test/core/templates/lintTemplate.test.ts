import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { lintTemplates } from "../../../src/core/templates";
import { defaultTemplateFiles } from "./defaultTemplates";

const dir = join(__dirname, "../../fixtures/templates/lint");
const expectations = JSON.parse(readFileSync(join(dir, "../lint-cases.json"), "utf8")) as Record<
  string,
  { rule: string | null; line: number | null }
>;
const source = (name: string) => ({
  path: `${name}.html`,
  text: readFileSync(join(dir, `${name}.html`), "utf8"),
});

test("every lint fixture has an expectation and every rule has a failing and a passing template", () => {
  const files = readdirSync(dir).map((file) => file.replace(/\.html$/, ""));
  expect(files.sort()).toEqual(Object.keys(expectations).sort());
  const rules = new Set(Object.values(expectations).map((expectation) => expectation.rule));
  for (const rule of [
    "metadata",
    "syntax",
    "confirms-item",
    "asks-decision",
    "asks-date",
    "no-unescaped-values",
    "known-fields",
    "safe-html",
    "plain-html",
  ]) {
    expect(rules).toContain(rule);
  }
});

const passing = Object.entries(expectations).filter(([, expectation]) => expectation.rule === null);
const failing = Object.entries(expectations).filter(([, expectation]) => expectation.rule !== null);

test.each(passing)("%s lints clean", (name) => {
  expect(lintTemplates([source(name)])).toEqual([]);
});

test.each(failing)("%s fails with the expected rule, file and line", (name, { rule, line }) => {
  const failures = lintTemplates([source(name)]);
  expect(failures).toContainEqual(expect.objectContaining({ file: `${name}.html`, rule, line }));
  for (const failure of failures) expect(failure.message.length).toBeGreaterThan(10);
});

test("two templates with one id: the second is named", () => {
  const text = readFileSync(join(dir, "pass-basic.html"), "utf8");
  const failures = lintTemplates([
    { path: "a.html", text },
    { path: "b.html", text },
  ]);
  expect(failures).toEqual([expect.objectContaining({ file: "b.html", line: 2, rule: "metadata" })]);
});

test("the default library lints clean", () => {
  const files = defaultTemplateFiles();
  expect(files.length).toBeGreaterThanOrEqual(26);
  expect(lintTemplates(files)).toEqual([]);
});

test("a template built to make the scanners backtrack is linted in linear time", () => {
  const head = readFileSync(join(dir, "pass-basic.html"), "utf8");
  const nasty = head + "<p " + "a='".repeat(20_000) + "<".repeat(50_000) + "{{".repeat(10_000);
  const started = Date.now();
  lintTemplates([{ path: "nasty.html", text: nasty }]);
  expect(Date.now() - started).toBeLessThan(3_000);
});
