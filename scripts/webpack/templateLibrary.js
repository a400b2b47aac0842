/**
 * Compiles templates/ with the core's own compileLibrary, so the bundles and dist/library.json
 * ship the library exactly as the core reads it.
 */
const path = require("path");
const tsx = require("tsx/cjs/api");

const NODE_TEMPLATES = path.resolve(__dirname, "../../src/node/templateFiles.ts");

/** Throws when a built-in template fails the core's lint: the product must not ship a broken one. */
function compileTemplateLibrary(templatesDir) {
  // tsx's scoped require loads the TypeScript without hooking every require in webpack's process.
  const { compileBuiltinLibrary } = tsx.require(NODE_TEMPLATES, __filename);
  return { library: compileBuiltinLibrary(templatesDir) };
}

module.exports = { compileTemplateLibrary };
