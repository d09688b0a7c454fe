/** Browser tests (headless Chromium via playwright-core): `jest -c jest.browser.config.js`, after a dev build. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["<rootDir>/test/browser/**/*.browser.test.ts"],
  testTimeout: 60000,
  // One browser at a time: the machine has 2 cores and the build may run inside the first test.
  maxWorkers: 1,
  // .mjs too: the harness imports scripts/serve.mjs, which Jest would otherwise refuse as ESM.
  transform: { "^.+\\.m?(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }] },
};
