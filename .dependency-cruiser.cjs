// The layers' import rules, checked by dependency-cruiser in `npm test` (`npm run boundaries`). docs/architecture.md
// explains the layers; test/architecture/ shows these rules failing on fixtures. What an import rule cannot see (DOM
// and Office globals) stays in eslint.config.mjs.

/** Layers outside the domain: the domain may import none of them. */
const OUTER = "^src/(app|ports|excel|excel-events|file|taskpane|commands|cli|platform|demo|synthetic)/";
/** The in-memory host, the workspace package @debiteurencheck/memory-excel. */
const HOST = "^packages/memory-excel/";
/** Its A1 notation module: pure, imports nothing; the domain and the Office.js adapters may use it. */
const HOST_A1 = "^packages/memory-excel/src/a1\\.ts$";
/** Packages that tie code to a UI, Office, files or a browser driver. */
const UI_OFFICE_FILES = "^node_modules/(react|react-dom|@fluentui|@microsoft|@types/office-js|office-addin-[^/]+|exceljs|papaparse|playwright-core)/";
/** What the driving adapter (src/excel-events) may use of the driven one: the workbook it observes, the requirement
 * checker, and the layout of an appended row (to foresee the add-in's own writes). */
const EXCEL_PUBLIC = "^src/excel/(excelWorkbook|requirements|debtorRowCells)\\.ts$";
/** The package's entry points (its package.json "exports"): the index, a1, and testing for tests. */
const HOST_ENTRIES = "^packages/memory-excel/src/(index|a1|testing)\\.ts$";
/** The host's proxies and context: a model of Excel's object graph, cyclic as that graph is. */
const HOST_OBJECT_GRAPH = "^packages/memory-excel/src/(proxies/|context\\.ts$)";
const DOMAIN_ALL = "^(src|test)/domain/";
const DOMAIN_TESTS = "^test/domain/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment:
        "No import cycles, type-only imports included: move the shared types to a module of their own. One known " +
        "exception: the host's proxies (packages/memory-excel/src/proxies, context.ts) mirror Excel's object graph " +
        "(Range.worksheet ↔ Worksheet.getRange); a cycle that leaves them still fails.",
      severity: "error",
      from: { pathNot: HOST_OBJECT_GRAPH },
      to: { circular: true },
    },
    {
      name: "no-cycles-beyond-host-object-graph",
      severity: "error",
      from: { path: HOST_OBJECT_GRAPH },
      to: { circular: true, viaSomeNot: HOST_OBJECT_GRAPH },
    },
    {
      name: "domain-pure",
      comment: "src/domain: pure TypeScript, no outer layer, no Node, no UI, Office or file library; of the host only its A1 module.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: [OUTER, HOST, UI_OFFICE_FILES, "^test/"], pathNot: HOST_A1 },
    },
    {
      name: "domain-no-node",
      comment: "The domain runs in Office's webviews: no Node built-ins (time, randomness and hashing are passed in).",
      severity: "error",
      from: { path: DOMAIN_ALL },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "domain-tests-pure",
      comment:
        "Domain tests: the domain, plus what they are handed as ports or data: Web Crypto (src/platform/webCrypto), " +
        "synthetic datasets (src/synthetic) and the pure builders in test/support (logBuilders, testCrypto).",
      severity: "error",
      from: { path: DOMAIN_TESTS },
      to: {
        path: [OUTER, HOST, UI_OFFICE_FILES, "^test/"],
        pathNot: ["^test/domain/", HOST_A1, "^src/platform/webCrypto\\.ts$", "^src/synthetic/", "^test/support/(logBuilders|testCrypto)\\.ts$"],
      },
    },
    {
      name: "domain-tests-reach-no-adapter",
      comment: "Not through a helper either: a domain test never reaches a use case, a port, an adapter or the host.",
      severity: "error",
      from: { path: DOMAIN_TESTS },
      to: { path: ["^src/(app|ports|excel|excel-events|file|taskpane|commands|cli|demo)/", HOST], pathNot: HOST_A1, reachable: true },
    },
    {
      name: "app-over-ports",
      comment: "Use cases (src/app) and ports talk to the domain and to ports only: no adapter, UI, Node or file library.",
      severity: "error",
      from: { path: "^src/(app|ports)/" },
      to: { path: ["^src/(excel|excel-events|file|taskpane|commands|cli|demo|synthetic|platform)/", HOST, UI_OFFICE_FILES] },
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
        "Driven adapters (src/excel, src/file) implement ports; they never call use cases (that is the driving " +
        "adapter's job, src/excel-events).",
      severity: "error",
      from: { path: "^src/(excel|file)/" },
      to: { path: "^src/app/" },
    },
    {
      name: "driven-adapters-not-driving",
      comment: "The driving adapter (src/excel-events) uses the driven ones; nothing in them imports it back.",
      severity: "error",
      from: { path: "^src/(excel|file)/" },
      to: { path: "^src/excel-events/" },
    },
    {
      name: "driving-adapter-scope",
      comment:
        "src/excel-events turns Excel events into use-case calls: it may import the domain, src/app, src/ports and of " +
        "src/excel only its public modules (the workbook it observes, requirements, the appended-row layout). It runs " +
        "in real Excel, so never the in-memory host (only its A1 module), and no other adapter or UI.",
      severity: "error",
      from: { path: "^src/excel-events/" },
      to: {
        path: ["^src/(excel|file|taskpane|commands|cli|demo|synthetic|platform)/", HOST, "^node_modules/(react|react-dom|@fluentui|exceljs|papaparse|playwright-core)/"],
        pathNot: [EXCEL_PUBLIC, HOST_A1],
      },
    },
    {
      name: "excel-adapter-not-host",
      comment: "The Office.js adapter runs against real Excel: of the in-memory host it may use only the A1 module.",
      severity: "error",
      from: { path: "^src/excel/" },
      to: { path: HOST, pathNot: HOST_A1 },
    },
    {
      name: "host-public-entries",
      comment: "Outside its package, the host is reached only through the entry points its package.json exports.",
      severity: "error",
      from: { pathNot: HOST },
      to: { path: HOST, pathNot: HOST_ENTRIES },
    },
    {
      name: "host-testing-entry-for-tests",
      comment: "The testing entry (@debiteurencheck/memory-excel/testing) is for tests only.",
      severity: "error",
      from: { pathNot: ["^test/", HOST] },
      to: { path: "^packages/memory-excel/src/testing\\.ts$" },
    },
    {
      name: "host-stands-alone",
      comment: "The in-memory host package models Excel: it imports nothing of the add-in, its tests included.",
      severity: "error",
      from: { path: HOST },
      to: { path: "^(src|test|scripts)/" },
    },
    {
      name: "taskpane-not-host",
      comment: "The taskpane runs in Excel: it never imports the in-memory host, only its A1 module (the demo page, src/demo, may).",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: HOST, pathNot: HOST_A1 },
    },
    {
      name: "components-use-cases-only",
      comment: "Components talk to use cases, never to adapters (wiring lives in src/taskpane/host.ts).",
      severity: "error",
      from: { path: "^src/taskpane/components/" },
      to: { path: "^src/(excel|excel-events|file|cli)/" },
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
    // Fixture with violations on purpose, checked by test/architecture/boundaries.test.ts.
    // The packages' compiled dist/ (for the CLI in Node) is not source.
    exclude: { path: ["^test/architecture/fixture/", "^packages/[^/]+/dist/"] },
    // Type-only imports count: a cycle through `import type` is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // "@debiteurencheck/source": the workspace packages' TypeScript source (their package.json "exports").
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["@debiteurencheck/source", "import", "require", "node", "default", "types"] },
    skipAnalysisNotInRules: true,
  },
};
