// Lint rules, including the layering: dependencies point inwards (domain ← app ← adapters/UI).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const outer = (names) => names.map((n) => ({ group: [`**/${n}/**`, `**/${n}`], message: `This layer may not import ${n}/.` }));
const officeReact = [
  { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "Pure layer: no React/Fluent." },
  { group: ["node:*"], message: "Pure layer: no Node." },
];
/** Exact module names (a pattern would also match the domain's own ./crypto port). */
const nodeAndFiles = ["fs", "path", "os", "crypto", "child_process", "exceljs", "papaparse"].map((name) => ({ name, message: "Pure layer: no Node or file libraries." }));

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
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // domain/: pure TypeScript. No Office, React, DOM or Node — in tests too.
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: nodeAndFiles, patterns: [...officeReact, ...outer(["app", "ports", "excel", "file", "taskpane", "commands", "cli", "platform", "memory-excel", "demo"])] }],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "navigator", "fetch", "XMLHttpRequest", "Office", "Excel", "process", "Buffer", "crypto", "require"],
    },
  },
  {
    // app/ and ports/: use cases over ports; no Office, React or Node.
    files: ["src/app/**", "src/ports/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: nodeAndFiles, patterns: [...officeReact, ...outer(["excel", "file", "taskpane", "commands", "cli", "memory-excel", "demo"])] }],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "Office", "Excel", "process", "Buffer"],
    },
  },
  {
    // The taskpane talks to use cases, never to Excel adapters directly (wiring lives in taskpane/host.ts).
    files: ["src/taskpane/components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: outer(["excel", "file", "cli", "memory-excel"]) }],
      "no-restricted-globals": ["error", "Excel", "localStorage"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
