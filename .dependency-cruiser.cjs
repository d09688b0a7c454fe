// The layers' import rules, checked by dependency-cruiser in `npm test` (`npm run boundaries`). docs/architecture.md
// explains the layers; test/architecture/ shows these rules failing on fixtures. What an import rule cannot see (DOM
// and Office globals) stays in eslint.config.mjs.

/** Layers outside the domain: the domain may import none of them. */
const OUTER = "^src/(app|ports|excel|file|taskpane|commands|cli|platform|memory-excel|demo|synthetic)/";
/** Packages that tie code to a UI, Office, files or a browser driver. */
const UI_OFFICE_FILES = "^node_modules/(react|react-dom|@fluentui|@microsoft|@types/office-js|office-addin-[^/]+|exceljs|papaparse|playwright-core)/";
/** The host's public entry points: its index, and test-support for tests. */
const HOST_ENTRIES = "^src/memory-excel/(index|test-support)\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment: "No import cycles, type-only imports included: move the shared types to a module of their own.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-pure",
      comment: "src/domain and its tests: pure TypeScript, no outer layer, no Node, no UI/Office/file library.",
      severity: "error",
      from: { path: "^(src|test)/domain/" },
      to: {
        pathNot: "^(src|test)/domain/",
        path: [OUTER, UI_OFFICE_FILES, "^test/"],
      },
    },
    {
      name: "domain-tests-reach-no-adapter",
      comment: "Domain tests may get a CryptoPort from src/platform, but never reach an adapter, the host or a use case.",
      severity: "error",
      from: { path: "^test/domain/" },
      to: { path: "^src/(app|ports|excel|file|taskpane|commands|cli|memory-excel|demo)/", reachable: true },
    },
    {
      name: "domain-no-node",
      comment: "The domain runs in Office's webviews: no Node built-ins (time, randomness and hashing are passed in).",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "app-over-ports",
      comment: "Use cases (src/app) and ports talk to the domain and to ports only: no adapter, UI, Node or file library.",
      severity: "error",
      from: { path: "^src/(app|ports)/" },
      to: { path: ["^src/(excel|file|taskpane|commands|cli|memory-excel|demo|synthetic|platform)/", UI_OFFICE_FILES] },
    },
    {
      name: "app-no-node",
      severity: "error",
      from: { path: "^src/(app|ports)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "driven-adapters-not-app",
      comment:
        "Driven adapters (src/excel, src/file) implement ports; they never call use cases. The grid-event part of " +
        "src/excel (gridEvents.ts, gridShadow.ts) drives use cases and is the exception until it has its own folder.",
      severity: "error",
      from: { path: "^src/(excel|file)/", pathNot: "^src/excel/(gridEvents|gridShadow)\\.ts$" },
      to: { path: "^src/app/" },
    },
    {
      name: "excel-adapter-not-host",
      comment: "The Office.js adapter runs against real Excel: it may not depend on the in-memory host.",
      severity: "error",
      from: { path: "^src/excel/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^src/memory-excel/" },
    },
    {
      name: "host-public-entries",
      comment: "Outside src/memory-excel, the host is reached only through its index (and test-support, for tests).",
      severity: "error",
      from: { pathNot: "^src/memory-excel/" },
      to: { path: "^src/memory-excel/", pathNot: HOST_ENTRIES },
    },
    {
      name: "host-stands-alone",
      comment: "The in-memory host models Excel; of the add-in it may use only the A1 notation module.",
      severity: "error",
      from: { path: "^src/memory-excel/" },
      to: { path: "^src/", pathNot: ["^src/memory-excel/", "^src/domain/a1\\.ts$"] },
    },
    {
      name: "taskpane-not-host",
      comment: "The taskpane runs in Excel: it never imports the in-memory host (the demo page, src/demo, may).",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: "^src/memory-excel/" },
    },
    {
      name: "components-use-cases-only",
      comment: "Components talk to use cases, never to adapters (wiring lives in src/taskpane/host.ts).",
      severity: "error",
      from: { path: "^src/taskpane/components/" },
      to: { path: "^src/(excel|file|cli)/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves (a typo or a missing dependency fails here, not at run time).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a cycle through `import type` is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    skipAnalysisNotInRules: true,
  },
};
