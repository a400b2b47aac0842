/**
 * Node-side reading of a template folder, shared by the CLI, the webpack build and the tests:
 * every file below the folder is a template except JSON (the schema) and READMEs.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import {
  compileLibrary,
  type CompiledLibrary,
  type TemplateLibrary,
  type TemplateSource,
} from "../core/templates";

export function isTemplateFile(name: string): boolean {
  return !name.endsWith(".json") && !/^readme/i.test(name) && !name.startsWith(".");
}

/** The template files below `dir`, with paths relative to it, sorted so builds are reproducible. */
export function readTemplateFiles(dir: string): TemplateSource[] {
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const files: TemplateSource[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isTemplateFile(entry.name)) {
        files.push({ path: relative(dir, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const BUILTIN_LIBRARY_NAME = "Decision Ask built-in templates";

export function compileTemplateDir(dir: string, meta: { name: string; version: string }): CompiledLibrary {
  return compileLibrary(readTemplateFiles(dir), meta);
}

const ROOT = join(__dirname, "..", "..");
export const BUILTIN_TEMPLATES_DIR = join(ROOT, "templates");

/**
 * The built-in library as the bundles (webpack), the tests (jest) and the CLI ship it: every
 * file of templates/, versioned as the package. Throws when a built-in template fails the lint,
 * since the product must not ship one.
 */
export function compileBuiltinLibrary(dir: string = BUILTIN_TEMPLATES_DIR): TemplateLibrary {
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const { library, rejected } = compileTemplateDir(dir, { name: BUILTIN_LIBRARY_NAME, version });
  if (rejected.length > 0) {
    const reasons = rejected.map((r) => `${r.path}: ${r.errors.join("; ")}`).join("\n");
    throw new Error(`Built-in templates failed the template lint:\n${reasons}`);
  }
  return library;
}
