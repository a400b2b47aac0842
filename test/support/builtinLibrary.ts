/**
 * What `decision-ask-templates` is under jest: the built-in library compiled from templates/ by
 * the core, as the webpack loader compiles it for the bundles.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { compileLibrary, type TemplateLibrary, type TemplateSource } from "../../src/core/templates";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATES = path.join(ROOT, "templates");

/** Same rule as scripts/webpack/templateLibrary.js: everything but the schema and docs. */
function isTemplateFile(name: string): boolean {
  return !name.endsWith(".json") && !/^readme/i.test(name) && !name.startsWith(".");
}

function readTemplateFiles(dir: string, base = dir): TemplateSource[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry): TemplateSource[] => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return readTemplateFiles(full, base);
      if (!entry.isFile() || !isTemplateFile(entry.name)) return [];
      return [
        { path: path.relative(base, full).split(path.sep).join("/"), text: readFileSync(full, "utf8") },
      ];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
const { library, rejected } = compileLibrary(readTemplateFiles(TEMPLATES), {
  name: "Decision Ask built-in templates",
  version,
});
if (rejected.length > 0) {
  throw new Error(`Built-in templates failed the template lint: ${rejected.map((r) => r.path).join(", ")}`);
}

const builtinLibrary: TemplateLibrary = library;
export default builtinLibrary;
