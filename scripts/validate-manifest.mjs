// `npm run validate`: checks manifest.xml offline — the Office XSDs in schemas/office-manifest/ (inside the
// project) via xmllint-wasm, libxml2 compiled to WebAssembly, so no system package is needed (VersionOverrides
// included: the main schema imports its schema) — then the rules no schema states (scripts/manifest-rules.cjs).
// Usage: node scripts/validate-manifest.mjs [--production] [path/to/manifest.xml]
//   --production  checks dist/manifest.xml (the built one) and also refuses localhost URLs.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";
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

/** The schemas live in the project (schemas/office-manifest, see its README): a fresh clone needs nothing beside it. */
const SCHEMA_FOLDER = join(projectRoot, "schemas", "office-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

async function validateAgainstSchema(manifest) {
  const xsds = readdirSync(SCHEMA_FOLDER).filter((name) => name.endsWith(".xsd"));
  if (!xsds.includes(MAIN_SCHEMA)) fail(`[schemas] ${display(join(SCHEMA_FOLDER, MAIN_SCHEMA))} ontbreekt: herstel de map schemas/office-manifest uit git.`);
  const file = (fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_FOLDER, fileName), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: display(manifest), contents: readFileSync(manifest, "utf8") }],
    schema: [file(MAIN_SCHEMA)],
    preload: xsds.filter((name) => name !== MAIN_SCHEMA).map(file),
  });
  if (!result.valid) {
    fail([`[xsd] ${display(manifest)} voldoet niet aan het Office-manifestschema:`, ...result.errors.map((error) => error.rawMessage)]);
  }
}

/** Paths inside the project are shown relative to it, others in full. */
function display(file) {
  const inside = relative(projectRoot, file);
  return inside && !inside.startsWith("..") ? inside : file;
}

async function main() {
  const { production, manifest } = parseArguments(process.argv.slice(2));
  const shown = display(manifest);
  if (!existsSync(manifest)) {
    fail(production ? `[productie] ${shown} bestaat niet: bouw eerst met ADDIN_URL=https://…/ npm run build.` : `${shown} bestaat niet.`);
  }
  await validateAgainstSchema(manifest);

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
  console.log(`${shown}: geldig (Office-schema via xmllint-wasm${production ? ", productieregels" : ""}, resids, gedeelde runtime, https, iconen, lintopdrachten).`);
}

await main();
