// Jest runs the core outside any bundle, as the CLI does: every language is there, so no test
// reads a German fixture with English alone. Tests of on-demand loading use a fresh registry.
import { registerAllLanguages } from "../../src/core/language/allLanguages";

registerAllLanguages();
