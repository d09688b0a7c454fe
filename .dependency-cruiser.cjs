// The layers' import rules, checked by dependency-cruiser in `npm test` (`npm run boundaries`). docs/architecture.md
// explains the layers; test/architecture/ shows these rules failing on fixtures. What an import rule cannot see (DOM
// and Office globals) stays in eslint.config.mjs.

/** Layers outside the domain: the domain may import none of them. */
const OUTER = "^src/(app|ports|excel|excel-events|file|taskpane|commands|cli|platform|memory-excel|demo|synthetic)/";
/** Packages that tie code to a UI, Office, files or a browser driver. */
const UI_OFFICE_FILES = "^node_modules/(react|react-dom|@fluentui|@microsoft|@types/office-js|office-addin-[^/]+|exceljs|papaparse|playwright-core)/";
/** What the driving adapter (src/excel-events) may use of the driven one: the workbook it observes, the requirement
 * checker, and the layout of an appended row (to foresee the add-in's own writes). */
const EXCEL_PUBLIC = "^src/excel/(excelWorkbook|requirements|debtorRowCells)\\.ts$";
/** The host's public entry points: its index, and test-support for tests. */
const HOST_ENTRIES = "^src/memory-excel/(index|test-support)\\.ts$";
/** The host's proxies and context: a model of Excel's object graph, cyclic as that graph is. */
const HOST_OBJECT_GRAPH = "^src/memory-excel/(proxies/|context\\.ts$)";
const TEST_FILE = "\\.test\\.tsx?$";
const DOMAIN_ALL = "^(src|test)/domain/";
/** test/domain and the tests beside src/domain. */
const DOMAIN_TESTS = "^test/domain/|^src/domain/.+\\.test\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment:
        "No import cycles, type-only imports included: move the shared types to a module of their own. One known " +
        "exception: the host's proxies (src/memory-excel/proxies, context.ts) mirror Excel's object graph " +
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
      comment: "src/domain: pure TypeScript, no outer layer, no Node, no UI, Office or file library.",
      severity: "error",
      from: { path: "^src/domain/", pathNot: TEST_FILE },
      to: { path: [OUTER, UI_OFFICE_FILES, "^test/"] },
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
        path: [OUTER, UI_OFFICE_FILES, "^test/"],
        pathNot: ["^test/domain/", "^src/platform/webCrypto\\.ts$", "^src/synthetic/", "^test/support/(logBuilders|testCrypto)\\.ts$"],
      },
    },
    {
      name: "domain-tests-reach-no-adapter",
      comment: "Not through a helper either: a domain test never reaches a use case, a port, an adapter or the host.",
      severity: "error",
      from: { path: DOMAIN_TESTS },
      to: { path: "^src/(app|ports|excel|excel-events|file|taskpane|commands|cli|memory-excel|demo)/", reachable: true },
    },
    {
      name: "app-over-ports",
      comment: "Use cases (src/app) and ports talk to the domain and to ports only: no adapter, UI, Node or file library.",
      severity: "error",
      from: { path: "^src/(app|ports)/" },
      to: { path: ["^src/(excel|excel-events|file|taskpane|commands|cli|memory-excel|demo|synthetic|platform)/", UI_OFFICE_FILES] },
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
        "adapter's job, src/excel-events). Their tests may use use cases to set up a workbook.",
      severity: "error",
      from: { path: "^src/(excel|file)/", pathNot: TEST_FILE },
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
        "in real Excel, so never the in-memory host, and no other adapter or UI.",
      severity: "error",
      from: { path: "^src/excel-events/", pathNot: TEST_FILE },
      to: {
        path: ["^src/(excel|file|taskpane|commands|cli|memory-excel|demo|synthetic|platform)/", "^node_modules/(react|react-dom|@fluentui|exceljs|papaparse|playwright-core)/"],
        pathNot: EXCEL_PUBLIC,
      },
    },
    {
      name: "excel-adapter-not-host",
      comment: "The Office.js adapter runs against real Excel: it may not depend on the in-memory host.",
      severity: "error",
      from: { path: "^src/excel/", pathNot: TEST_FILE },
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
    exclude: { path: "^test/architecture/fixture/" },
    // Type-only imports count: a cycle through `import type` is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    skipAnalysisNotInRules: true,
  },
};
