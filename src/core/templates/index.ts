export { compileLibrary, validateLibrary, type CompiledLibrary, type ValidatedLibrary } from "./library";
export { lintBody, lintTemplates } from "./lintTemplate";
export { pickTemplate } from "./pickTemplate";
export { parseTemplateFile, readTemplateFile, TemplateFileError } from "./templateFile";
export {
  describeFailure,
  LIBRARY_SCHEMA_VERSION,
  TEMPLATE_TYPES,
  type LintFailure,
  type LintRule,
  type RejectedTemplate,
  type ReplyTemplate,
  type TemplateLibrary,
  type TemplateSource,
  type TemplateType,
} from "./types";
