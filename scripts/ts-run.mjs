// Runs a TypeScript module in plain Node: a require hook transpiles .ts files with @swc/core (no type check).
// Usage: node scripts/ts-run.mjs <file.ts> [exportName]   — calls the export (default: main), prints its result as JSON.
// Other scripts: `import { requireTs } from "./ts-run.mjs"` and `requireTs("test/bench/matching.bench.ts")`.
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "@swc/core";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The package.json "exports" condition that names a workspace package's TypeScript source (as in jest and webpack). */
const SOURCE_CONDITION = "@debiteurencheck/source";

let registered = false;

/** "@debiteurencheck/memory-excel/a1" → the file its package's exports name for the source condition, else undefined. */
function workspaceSource(request) {
  const m = /^@debiteurencheck\/([^/]+)(\/.+)?$/.exec(request);
  if (!m) return undefined;
  const dir = join(ROOT, "node_modules", "@debiteurencheck", m[1]);
  const target = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).exports?.[`.${m[2] ?? ""}`]?.[SOURCE_CONDITION];
  return target === undefined ? undefined : join(dir, target);
}

/**
 * Teaches CommonJS `require` to load .ts/.tsx files (extensionless imports resolve to them too), and the workspace
 * packages (packages/*) from their TypeScript source rather than their compiled dist/.
 */
export function registerTs() {
  if (registered) return;
  registered = true;
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const source = workspaceSource(request);
    return source === undefined ? resolveFilename.call(this, request, ...rest) : resolveFilename.call(this, source, ...rest);
  };
  for (const ext of [".ts", ".tsx"]) {
    Module._extensions[ext] = (module, filename) => {
      const { code } = transformSync(readFileSync(filename, "utf8"), {
        filename,
        sourceMaps: "inline",
        jsc: {
          parser: { syntax: "typescript", tsx: ext === ".tsx" },
          target: "es2022",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "commonjs" },
      });
      module._compile(code, filename);
    };
  }
}

/** Loads a .ts module by path (relative to the working directory). */
export function requireTs(path) {
  registerTs();
  return createRequire(import.meta.url)(resolve(path));
}

async function main() {
  const [file, exportName = "main"] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("Gebruik: node scripts/ts-run.mjs <bestand.ts> [exportnaam]\n");
    process.exit(2);
  }
  const fn = requireTs(file)[exportName];
  if (typeof fn !== "function") {
    process.stderr.write(`${file} heeft geen functie "${exportName}".\n`);
    process.exit(2);
  }
  const result = await fn();
  if (result !== undefined) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
