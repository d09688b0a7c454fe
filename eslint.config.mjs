// Lint rules. The layers' import rules live in .dependency-cruiser.cjs (`npm run boundaries`); what an import rule
// cannot see stays here: the globals each layer may not touch (DOM, Office, Node).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  {
    // Components, and the task pane's hooks in .ts files (useTaskpanePhase.ts and its kind).
    files: ["**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // domain/ (and its tests): pure TypeScript. No DOM, Office or Node globals.
    files: ["src/domain/**", "test/domain/**"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "navigator", "fetch", "XMLHttpRequest", "Office", "Excel", "process", "Buffer", "crypto", "require"],
    },
  },
  {
    // app/ and ports/: use cases over ports; no DOM, Office or Node globals.
    files: ["src/app/**", "src/ports/**"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "localStorage", "Office", "Excel", "process", "Buffer"],
    },
  },
  {
    // Components reach Excel only through use cases (wiring lives in taskpane/host.ts).
    files: ["src/taskpane/components/**"],
    rules: { "no-restricted-globals": ["error", "Excel", "localStorage"] },
  },
  {
    // The task pane stays readable in parts: state and effects in hooks, render functions short (docs/architecture.md).
    files: ["src/taskpane/**"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
