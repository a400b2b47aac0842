/**
 * Loader for the `decision-ask-templates` module: emits the built-in template library compiled
 * from templates/ as a JSON module, and as dist/library.json for teams to start their own from;
 * with `?lang=xx`, only that language's templates.
 */
const path = require("path");
const { URLSearchParams } = require("url");
const { compileTemplateLibrary } = require("./templateLibrary");

module.exports = function templateLibraryLoader() {
  const templatesDir = path.resolve(this.rootContext, "templates");
  this.addContextDependency(templatesDir);
  const { library } = compileTemplateLibrary(templatesDir);
  // "decision-ask-templates?lang=de": one language's templates, so the task pane carries English
  // and downloads another language's templates with that language's reading support.
  const language = new URLSearchParams(this.resourceQuery).get("lang");
  if (language) {
    const templates = library.templates.filter((template) => template.language === language);
    return `module.exports = ${JSON.stringify({ ...library, templates })};`;
  }
  const json = JSON.stringify(library, null, 2);
  this.emitFile("library.json", `${json}\n`);
  return `module.exports = ${json};`;
};
