// The runtime dependencies' licences: docs/licences.md is current and lists only allowed licences
// (scripts/licences.mjs --check), and it covers exactly the packages npm itself marks as not dev-only.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

it("docs/licences.md is up to date and every runtime licence is allowed", () => {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "licences.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
});

it("lists exactly the packages package-lock.json does not mark as dev-only", () => {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean; link?: boolean; version: string }>;
  };
  // Not the project itself ("") nor its workspace packages (packages/*, linked into node_modules): those are ours.
  const runtime = Object.entries(lock.packages)
    .filter(([location, p]) => location.startsWith("node_modules/") && !p.link && !p.dev)
    .map(([location, p]) => `${location.slice(location.lastIndexOf("node_modules/") + 13)} | ${p.version}`);
  const listed = readFileSync(join(ROOT, "docs", "licences.md"), "utf8")
    .split("\n")
    .filter((line) => /^\| [^|]+ \| \d[^|]* \| /.test(line))
    .map((line) => line.split("|").slice(1, 3).map((c) => c.trim()).join(" | "));
  expect(listed.sort()).toEqual(runtime.sort());
});
