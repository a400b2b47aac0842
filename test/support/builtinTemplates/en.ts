import { builtinTemplatesIn } from "../builtinLibrary";

export default builtinTemplatesIn("en");
