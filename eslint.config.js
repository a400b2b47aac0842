// typescript-eslint's and React's recommended rules, with the Office add-in rules of
// eslint-plugin-office-addins (the rules its own config turns on). Its bundled config is not
// spread whole: it registers an older copy of the @typescript-eslint plugin that clashes
// with the project's, and names a parser only for .ts files.
const js = require("@eslint/js");
const officeAddins = require("eslint-plugin-office-addins");
const prettierPlugin = require("eslint-plugin-prettier");
const prettierConfig = require("eslint-config-prettier");
const react = require("eslint-plugin-react");
const tseslint = require("typescript-eslint");

const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/") || name.startsWith("prettier/")),
);

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

module.exports = [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ...react.configs.flat.recommended, files: ["**/*.tsx"] },
  prettierConfig,
  {
    files: ["**/*.{ts,tsx,js}"],
    plugins: { "office-addins": officeAddins, prettier: prettierPlugin },
    settings: { react: { version: "19" } },
    rules: {
      ...officeRules,
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
