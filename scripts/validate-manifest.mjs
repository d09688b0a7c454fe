// `npm run validate`: checks manifest.xml offline — the Office XSDs via xmllint (VersionOverrides included,
// the main schema imports its schema), then the rules no schema states (scripts/manifest-rules.cjs).
// Usage: node scripts/validate-manifest.mjs [--production] [path/to/manifest.xml]
//   --production  checks dist/manifest.xml (the built one) and also refuses localhost URLs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import rules from "./manifest-rules.cjs";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function fail(lines) {
  for (const line of [].concat(lines)) console.error(line);
  process.exit(1);
}

function parseArguments(argv) {
  const production = argv.includes("--production");
  const paths = argv.filter((a) => !a.startsWith("--"));
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--production");
  if (unknown.length > 0) fail(`Onbekende optie ${unknown.join(", ")}. Gebruik: node scripts/validate-manifest.mjs [--production] [manifest.xml]`);
  const manifest = resolve(paths[0] ?? join(projectRoot, production ? "dist/manifest.xml" : "manifest.xml"));
  return { production, manifest };
}

/** The shared XSD folder: $OFFICE_MANIFEST_SCHEMAS, else ../shared/office-manifest-schemas beside the project. */
function schemaFile() {
  const folder = resolve(process.env.OFFICE_MANIFEST_SCHEMAS ?? join(projectRoot, "..", "shared", "office-manifest-schemas"));
  const file = join(folder, "OfficeAppManifestV1_1.xsd");
  if (!existsSync(file)) {
    fail([
      `[schemas] ${file} ontbreekt.`,
      "De Office-manifestschema's horen in ../shared/office-manifest-schemas naast het project;",
      "wijs een andere map aan met OFFICE_MANIFEST_SCHEMAS=/pad/naar/schemas.",
    ]);
  }
  return file;
}

function validateWithXmllint(manifest, schema) {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], { encoding: "utf8" });
  if (run.error && run.error.code === "ENOENT") {
    fail("[xmllint] xmllint is niet geïnstalleerd. Installeer het met: apt-get install -y libxml2-utils (Debian/Ubuntu) of brew install libxml2 (Mac).");
  }
  if (run.error) fail(`[xmllint] xmllint kon niet starten: ${run.error.message}`);
  if (run.status !== 0) fail([`[xsd] ${display(manifest)} voldoet niet aan het Office-manifestschema:`, run.stderr.trim()]);
}

/** Paths inside the project are shown relative to it, others in full. */
function display(file) {
  const inside = relative(projectRoot, file);
  return inside && !inside.startsWith("..") ? inside : file;
}

function main() {
  const { production, manifest } = parseArguments(process.argv.slice(2));
  const shown = display(manifest);
  if (!existsSync(manifest)) {
    fail(production ? `[productie] ${shown} bestaat niet: bouw eerst met ADDIN_URL=https://…/ npm run build.` : `${shown} bestaat niet.`);
  }
  validateWithXmllint(manifest, schemaFile());

  const assetRoot = dirname(manifest);
  const commands = join(projectRoot, "src", "commands", "commands.ts");
  const violations = rules.checkManifest(readFileSync(manifest, "utf8"), {
    production,
    readAsset: (path) => {
      const file = join(assetRoot, path);
      return existsSync(file) ? readFileSync(file) : null;
    },
    commandsSource: existsSync(commands) ? readFileSync(commands, "utf8") : "",
  });
  if (violations.length > 0) {
    fail([`${shown}: ${violations.length} ${violations.length === 1 ? "probleem" : "problemen"}:`, ...violations.map((v) => `  [${v.rule}] ${v.message}`)]);
  }
  console.log(`${shown}: geldig (Office-schema via xmllint${production ? ", productieregels" : ""}, resids, gedeelde runtime, https, iconen, lintopdrachten).`);
}

main();
