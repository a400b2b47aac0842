/**
 * What `decision-ask-templates` is under jest: the built-in library compiled from templates/ by
 * the same code the webpack loader uses for the bundles; `decision-ask-templates?lang=xx` is one
 * language's part of it (test/support/builtinTemplates/).
 */
import { compileBuiltinLibrary } from "../../src/node/templateFiles";
import type { TemplateLibrary } from "../../src/core/templates";

const library = compileBuiltinLibrary();

export function builtinTemplatesIn(language: string): TemplateLibrary {
  return { ...library, templates: library.templates.filter((template) => template.language === language) };
}

export default library;
