/** Unit and component tests. Browser tests (test/browser) run separately under Chromium. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Languages other than English are registered on demand in the task pane; here, all of them.
  setupFiles: ["<rootDir>/test/support/registerLanguages.ts"],
  // webpack compiles templates/ into this module at build time; jest compiles it from the files.
  moduleNameMapper: {
    "^decision-ask-templates$": "<rootDir>/test/support/builtinLibrary.ts",
    "^decision-ask-templates\\?lang=([a-z]{2})$": "<rootDir>/test/support/builtinTemplates/$1.ts",
    // chrono-node's per-locale entry points ("./*" in its exports), which jest 29's resolver misses.
    "^chrono-node/([a-z]{2})$": "<rootDir>/node_modules/chrono-node/dist/cjs/locales/$1/index.js",
  },
};
