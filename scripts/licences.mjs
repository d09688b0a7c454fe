// Lists the licences of the runtime dependencies — package.json "dependencies" and everything they pull in at run
// time, resolved through package-lock.json as Node resolves node_modules — and writes docs/licences.md.
//   node scripts/licences.mjs           write docs/licences.md
//   node scripts/licences.mjs --check   exit 1 when docs/licences.md is out of date or a licence is not allowed
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUTPUT = join(ROOT, "docs", "licences.md");

/** Permissive licences a city may ship in an add-in without obligations beyond keeping the notice. */
export const ALLOWED = new Set(["MIT", "MIT/X11", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "0BSD", "BlueOak-1.0.0", "CC0-1.0", "Unlicense", "Zlib", "Python-2.0"]);

/**
 * Packages whose published package.json names no licence, checked by hand (name@version, so a new version is checked
 * again). The reason is printed in docs/licences.md.
 */
export const REVIEWED = new Map([
  ["buffers@0.1.1", { licence: "MIT", reason: "the npm package declares none; the LICENSE file of github.com/substack/node-buffers is the MIT License (James Halliday, 2010)" }],
]);

/** "(MIT OR GPL-3.0-or-later)": allowed when one alternative is; "(MIT AND Zlib)": when all parts are. */
export function licenceAllowed(expression) {
  const e = expression.replace(/^\(|\)$/g, "").trim();
  if (/\sOR\s/.test(e)) return e.split(/\s+OR\s+/).some(licenceAllowed);
  if (/\sAND\s/.test(e)) return e.split(/\s+AND\s+/).every(licenceAllowed);
  return ALLOWED.has(e);
}

function licenceOf(entry, location, name) {
  const reviewed = REVIEWED.get(`${name}@${entry.version}`);
  if (reviewed) return reviewed.licence;
  const fromManifest = () => {
    const path = join(ROOT, location, "package.json");
    if (!existsSync(path)) return undefined;
    const pkg = JSON.parse(readFileSync(path, "utf8"));
    return pkg.license ?? pkg.licenses;
  };
  const raw = entry.license ?? fromManifest();
  if (raw === undefined) return "onbekend";
  if (typeof raw === "string") return raw;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((l) => (typeof l === "string" ? l : l.type)).join(" OR ");
}

/** Where Node finds `name` when required from the package at `from` ("" = the project): nearest node_modules upwards. */
function resolve(packages, from, name) {
  let base = from;
  for (;;) {
    const candidate = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === "") return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

/**
 * The runtime dependency closure: { name, version, licence, location, via } sorted by name and version.
 * `via` names the direct dependencies through which the package comes in.
 */
export function runtimeLicences(root = ROOT) {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  if (lock.lockfileVersion < 2) throw new Error("package-lock.json v2 or later is needed (npm 7+).");
  const packages = lock.packages;
  const found = new Map(); // location → { via: Set }
  const visit = (location, direct) => {
    const seen = found.get(location);
    if (seen) {
      if (seen.via.has(direct)) return;
      seen.via.add(direct);
    } else {
      found.set(location, { via: new Set([direct]) });
    }
    const entry = packages[location];
    const optionalPeers = new Set(Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional).map(([n]) => n));
    const wanted = [
      ...Object.keys(entry.dependencies ?? {}).map((n) => [n, false]),
      ...Object.keys(entry.optionalDependencies ?? {}).map((n) => [n, true]),
      ...Object.keys(entry.peerDependencies ?? {}).map((n) => [n, optionalPeers.has(n)]),
    ];
    for (const [name, optional] of wanted) {
      const at = resolve(packages, location, name);
      if (at) visit(at, direct);
      else if (!optional) throw new Error(`${name} (needed by ${location}) is not in package-lock.json: run npm install.`);
    }
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const at = resolve(packages, "", name);
    if (!at) throw new Error(`${name} is not in package-lock.json: run npm install.`);
    visit(at, name);
  }
  return [...found.entries()]
    .map(([location, { via }]) => {
      const entry = packages[location];
      const name = entry.name ?? location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);
      return { name, version: entry.version, licence: licenceOf(entry, location, name), location, via: [...via].sort() };
    })
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version, "en", { numeric: true }) : a.name < b.name ? -1 : 1));
}

export function renderLicences(list) {
  const counts = new Map();
  for (const p of list) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  const refused = list.filter((p) => !licenceAllowed(p.licence));
  const lines = [
    "# Licences of the runtime dependencies",
    "",
    "Generated by `node scripts/licences.mjs` from `package.json` (`dependencies`) and `package-lock.json`; do not edit by",
    "hand. `npm test` runs `node scripts/licences.mjs --check` (test/security/licences.test.ts), which fails when this",
    "file is out of date or a licence is not on the allowed list (permissive licences only:",
    `${[...ALLOWED].join(", ")}; for "A OR B" one allowed alternative suffices).`,
    "",
    "Development tools (webpack, Jest, TypeScript, ESLint, Playwright …) are not shipped and not listed. Three that",
    "`npm test` runs and that bring more than JavaScript, or guard the code, are named here (all MIT):",
    "xmllint-wasm (libxml2 compiled to WebAssembly, MIT like libxml2; validates manifest.xml against schemas/),",
    "@sparticuz/chromium (a headless Chromium build, whose own components are under Chromium's BSD-3-Clause and the",
    "third-party licences it lists; drives the browser tests on Linux without an installed browser) and",
    "dependency-cruiser (checks the layers' imports, .dependency-cruiser.cjs).",
    "",
    `${list.length} packages; ${refused.length === 0 ? "all licences allowed" : `NOT ALLOWED: ${refused.map((p) => `${p.name}@${p.version} (${p.licence})`).join(", ")}`}.`,
    "",
    "| licence | packages |",
    "|---|---|",
    ...[...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([licence, n]) => `| ${licence} | ${n} |`),
    "",
    "Dual-licensed packages are used under their permissive alternative (jszip: MIT).",
    ...[...REVIEWED.entries()].filter(([key]) => list.some((p) => `${p.name}@${p.version}` === key)).map(([key, r]) => `Reviewed by hand: ${key} is ${r.licence} — ${r.reason}.`),
    "",
    "| package | version | licence | comes in through |",
    "|---|---|---|---|",
    ...list.map((p) => `| ${p.name} | ${p.version} | ${p.licence} | ${p.via.join(", ")} |`),
    "",
  ];
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const list = runtimeLicences();
  const text = renderLicences(list);
  const refused = list.filter((p) => !licenceAllowed(p.licence));
  if (process.argv.includes("--check")) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, "utf8") : "";
    const problems = [
      ...(current === text ? [] : ["docs/licences.md is out of date: run `node scripts/licences.mjs`."]),
      ...refused.map((p) => `${p.name}@${p.version}: licence ${p.licence} is not on the allowed list.`),
    ];
    if (problems.length > 0) {
      console.error(problems.join("\n"));
      process.exit(1);
    }
    console.log(`${list.length} runtime packages, all licences allowed; docs/licences.md is up to date.`);
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`docs/licences.md: ${list.length} runtime packages${refused.length ? `, ${refused.length} NOT ALLOWED` : ""}.`);
    if (refused.length > 0) process.exit(1);
  }
}
