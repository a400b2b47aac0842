/** Unit and component tests. Browser tests (test/browser) run separately under Chromium. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // webpack compiles templates/ into this module at build time; jest compiles it from the files.
  moduleNameMapper: { "^decision-ask-templates$": "<rootDir>/test/support/builtinLibrary.ts" },
};
