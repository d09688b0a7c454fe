/** Unit and integration tests (Node). Type-checking is done separately by `tsc --noEmit`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: { "^.+\\.m?(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", transform: { react: { runtime: "automatic" } } } }] },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose index pulls an ESM-only dependency (TOOLCHAIN.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
