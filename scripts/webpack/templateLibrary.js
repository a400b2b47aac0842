/**
 * Compiles templates/ with the core's own compileLibrary, so the bundles, dist/library.json and
 * the tests all ship the library exactly as the core reads it.
 */
const fs = require("fs");
const path = require("path");
const tsx = require("tsx/cjs/api");

const COMPILER = path.resolve(__dirname, "../../src/core/templates/index.ts");

function readTemplateFiles(dir) {
  const files = [];
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files.push({
          path: path.relative(dir, full).split(path.sep).join("/"),
          content: fs.readFileSync(full, "utf8"),
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function compileTemplateLibrary(templatesDir) {
  // tsx's scoped require loads the TypeScript core without registering a global hook in webpack's process.
  const { compileLibrary } = tsx.require(COMPILER, path.join(__dirname, "templateLibrary.js"));
  const files = readTemplateFiles(templatesDir);
  return { files, library: compileLibrary(files, { source: "built-in" }) };
}

module.exports = { compileTemplateLibrary, readTemplateFiles };
