/**
 * The built-in template library, compiled from templates/ at build time (webpack:
 * scripts/webpack/templateLibraryLoader.js; jest: test/support/builtinLibrary.ts).
 */
declare module "decision-ask-templates" {
  const library: import("../core/templates/types").TemplateLibrary;
  export default library;
}
