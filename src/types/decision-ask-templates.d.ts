/**
 * The built-in template library, compiled from templates/ at build time (webpack:
 * scripts/webpack/templateLibraryLoader.js; jest: test/support/builtinLibrary.ts).
 */
declare module "decision-ask-templates" {
  const library: import("../core/templates/types").TemplateLibrary;
  export default library;
}

/** One language's built-in templates ("decision-ask-templates?lang=de"), the rest of the library as above. */
declare module "decision-ask-templates?lang=*" {
  const library: import("../core/templates/types").TemplateLibrary;
  export default library;
}
