/**
 * Compiles templates/ with the core's own compileLibrary, so the bundles and dist/library.json
 * ship the library exactly as the core reads it.
 */
const fs = require("fs");
const path = require("path");
const tsx = require("tsx/cjs/api");

const ROOT = path.resolve(__dirname, "../..");
const COMPILER = path.join(ROOT, "src/core/templates/index.ts");
const LIBRARY_NAME = "Decision Ask built-in templates";

/** Every file in templates/ is a template except the schema and documentation beside them. */
function isTemplateFile(name) {
  return !name.endsWith(".json") && !/^readme/i.test(name) && !name.startsWith(".");
}

function readTemplateFiles(dir) {
  const files = [];
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isTemplateFile(entry.name)) {
        files.push({
          path: path.relative(dir, full).split(path.sep).join("/"),
          text: fs.readFileSync(full, "utf8"),
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Throws when a built-in template fails the core's lint: the product must not ship a broken one. */
function compileTemplateLibrary(templatesDir) {
  // tsx's scoped require loads the TypeScript core without hooking every require in webpack's process.
  const { compileLibrary } = tsx.require(COMPILER, path.join(__dirname, "templateLibrary.js"));
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const { library, rejected } = compileLibrary(readTemplateFiles(templatesDir), {
    name: LIBRARY_NAME,
    version,
  });
  if (rejected.length > 0) {
    const reasons = rejected.map((r) => `${r.path}: ${r.errors.join("; ")}`).join("\n");
    throw new Error(`Built-in templates failed the template lint:\n${reasons}`);
  }
  return { library };
}

module.exports = { compileTemplateLibrary, readTemplateFiles, LIBRARY_NAME };
