/**
 * What `decision-ask-templates` is under jest: the built-in library compiled from templates/ by
 * the same code the webpack loader uses for the bundles.
 */
import { compileBuiltinLibrary } from "../../src/node/templateFiles";

export default compileBuiltinLibrary();
