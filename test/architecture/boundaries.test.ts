// The boundary rules (.dependency-cruiser.cjs) fail where they should: dependency-cruiser run on a fixture project
// with known violations reports exactly those, and nothing for what is allowed.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const FIXTURE = join(__dirname, "fixture");

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
  /** For a cycle: the way back, each step with its dependency types ("type-only" for `import type`). */
  readonly cycle?: { readonly name: string; readonly dependencyTypes: string[] }[];
}

function cruiseFixture(): Violation[] {
  const cli = join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
  const run = spawnSync(process.execPath, [cli, "src", "--config", join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "json"], {
    cwd: FIXTURE,
    encoding: "utf8",
  });
  if (run.stdout === "") throw new Error(`dependency-cruiser did not run: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe("the boundary rules on a fixture project", () => {
  let violations: Violation[];
  let found: string[];
  beforeAll(() => {
    violations = cruiseFixture();
    found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  }, 60_000);

  it("fail on a cycle even when one of its imports is type-only", () => {
    const cycle = violations.find((v) => v.rule.name === "no-cycles");
    expect(found).toContain("no-cycles: src/cli/command.ts → src/cli/table.ts");
    expect(cycle?.cycle).toEqual([
      { name: "src/cli/table.ts", dependencyTypes: ["local", "import"] },
      { name: "src/cli/command.ts", dependencyTypes: ["local", "type-only", "import"] },
    ]);
  });

  it("fail on a driven adapter importing a use case, and let the driving adapter do so", () => {
    expect(found).toContain("driven-adapters-not-app: src/excel/writer.ts → src/app/payDebt.ts");
    expect(found.filter((f) => f.includes("src/excel-events/gridEvents.ts →"))).toEqual([]);
  });

  it("fail on a driven adapter importing the driving one, and on the driving one passing the public modules", () => {
    expect(found).toContain("driven-adapters-not-driving: src/excel/writer.ts → src/excel-events/gridEvents.ts");
    expect(found).toContain("driving-adapter-scope: src/excel-events/sheetEvents.ts → src/excel/writer.ts");
  });

  it("fail on the host package's internals reached past its entry points, and on the taskpane importing the host", () => {
    expect(found).toContain("host-public-entries: src/file/converter.ts → packages/memory-excel/src/grid.ts");
    expect(found).toContain("taskpane-not-host: src/taskpane/pane.ts → packages/memory-excel/src/index.ts");
  });

  it("let the domain use the host package's A1 module", () => {
    expect(found.filter((f) => f.includes("src/domain/"))).toEqual([]);
  });

  it("report nothing else", () => {
    expect(found).toHaveLength(6);
  });
});
