/** Unit and integration tests (Node). Type-checking is done separately by `tsc --noEmit`. */
const base = {
  testEnvironment: "node",
  // Tests assert behaviour, not speed (speed is `npm run bench`): some write and read whole workbooks with exceljs,
  // which takes seconds on a busy or slow CI machine. Jest's 5 s default made them fail there for no real reason.
  testTimeout: 30_000,
  setupFiles: ["<rootDir>/test/support/fastCheckSeed.ts"],
  // Tests live in test/, and a workspace package's in packages/<name>/test (README, "Tests live in test/").
  roots: ["<rootDir>/test", "<rootDir>/packages"],
  // Workspace packages (packages/*) are run from their TypeScript source, not their dist/ (package.json "exports").
  testEnvironmentOptions: { customExportConditions: ["@debiteurencheck/source", "node", "node-addons"] },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/", "/dist/"],
  transform: { "^.+\\.m?(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", transform: { react: { runtime: "automatic" } } } }] },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose index pulls an ESM-only dependency (TOOLCHAIN.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

module.exports = {
  projects: [
    { ...base, displayName: "unit" },
    {
      // The adapter suite again on a host where unprotecting an unprotected sheet fails with AccessDenied, as on the
      // builds of office-js issue #6784 (test/support/fixtures.ts reads the global).
      ...base,
      displayName: "adapter, office-js #6784",
      roots: ["<rootDir>/test"],
      testMatch: ["<rootDir>/test/app/**/*.test.ts", "<rootDir>/test/contract/**/*.test.ts", "<rootDir>/test/taskpane/services.test.ts"],
      globals: { MEMORY_EXCEL_UNPROTECT_UNPROTECTED: "AccessDenied" },
    },
  ],
};
