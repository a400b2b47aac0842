/**
 * Loader for the `decision-ask-templates` module: emits the built-in template library compiled
 * from templates/ as a JSON module, and as dist/library.json for teams to start their own from.
 */
const path = require("path");
const { compileTemplateLibrary } = require("./templateLibrary");

module.exports = function templateLibraryLoader() {
  const templatesDir = path.resolve(this.rootContext, "templates");
  this.addContextDependency(templatesDir);
  const { library } = compileTemplateLibrary(templatesDir);
  const json = JSON.stringify(library, null, 2);
  this.emitFile("library.json", `${json}\n`);
  return `module.exports = ${json};`;
};
