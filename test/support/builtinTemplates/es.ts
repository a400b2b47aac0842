import { builtinTemplatesIn } from "../builtinLibrary";

export default builtinTemplatesIn("es");
