// Finds a Chromium-family browser for the browser tests and the demo benchmark, in this order:
//   1. CHROMIUM_PATH (must exist);
//   2. an installed Chrome, Edge or Chromium in the usual places of Windows, macOS and Linux
//      (skipped when CHROMIUM_FROM_NPM=1, to exercise step 3 on a machine that has one);
//   3. on Linux x64: the headless Chromium of the npm package @sparticuz/chromium, unpacked once into the temp
//      folder. When the machine lacks the libraries it links (NSS, expat), the package's own copies are unpacked
//      beside it and put on LD_LIBRARY_PATH.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { brotliDecompressSync } from "node:zlib";

/** The usual install locations, per platform, most likely first. */
export function installedCandidates(platform = process.platform, env = process.env) {
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(Boolean);
    const apps = ["Google\\Chrome\\Application\\chrome.exe", "Microsoft\\Edge\\Application\\msedge.exe", "Chromium\\Application\\chrome.exe"];
    return apps.flatMap((app) => roots.map((root) => `${root}\\${app}`));
  }
  if (platform === "darwin") {
    const apps = ["Google Chrome.app/Contents/MacOS/Google Chrome", "Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "Chromium.app/Contents/MacOS/Chromium"];
    const roots = ["/Applications", ...(env.HOME ? [`${env.HOME}/Applications`] : [])];
    return apps.flatMap((app) => roots.map((root) => `${root}/${app}`));
  }
  const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable"];
  return [...names.map((name) => `/usr/bin/${name}`), "/snap/bin/chromium"];
}

/** The shared libraries `ldd` cannot resolve for a binary (empty when ldd is unavailable). */
function missingLibraries(binary, env) {
  const ldd = spawnSync("ldd", [binary], { encoding: "utf8", env });
  if (ldd.status !== 0 || typeof ldd.stdout !== "string") return [];
  return ldd.stdout.split("\n").filter((line) => line.includes("not found")).map((line) => line.trim().split(" ")[0]);
}

/** Unpacks the package's Amazon Linux libraries (a brotli-compressed tar) into <tmp>/al2023/lib, once. */
function unpackLibraries(packageDir) {
  const target = join(tmpdir(), "al2023");
  if (!existsSync(join(target, "lib", "libnss3.so"))) {
    mkdirSync(target, { recursive: true });
    const tar = brotliDecompressSync(readFileSync(join(packageDir, "bin", "al2023.tar.br")));
    const run = spawnSync("tar", ["-x", "-C", target], { input: tar });
    if (run.status !== 0) throw new Error(`tar could not unpack the Chromium libraries: ${run.stderr}`);
  }
  return join(target, "lib");
}

/** Chromium from the npm registry (Linux x64 only): its path and the environment it needs. */
async function npmChromium(projectRoot) {
  const require = createRequire(join(projectRoot, "package.json"));
  const Chromium = require("@sparticuz/chromium");
  const executablePath = await Chromium.executablePath();
  let env = { ...process.env, FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), "fonts") };
  if (missingLibraries(executablePath, env).length > 0) {
    const packageDir = join(dirname(require.resolve("@sparticuz/chromium")), "..", "..");
    const lib = unpackLibraries(packageDir);
    env = { ...env, LD_LIBRARY_PATH: [lib, env.LD_LIBRARY_PATH].filter(Boolean).join(":") };
    const still = missingLibraries(executablePath, env);
    if (still.length > 0) throw new Error(`Chromium from npm still lacks ${still.join(", ")}: install them, or set CHROMIUM_PATH.`);
  }
  return { executablePath, env, source: "npm @sparticuz/chromium" };
}

/**
 * The browser to launch: `{ executablePath, env, source }` (env undefined: inherit). `projectRoot` is where
 * node_modules is. Throws with what to do when none can be found.
 */
export async function findChromium(projectRoot, env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.`);
    return { executablePath: env.CHROMIUM_PATH, env: undefined, source: "CHROMIUM_PATH" };
  }
  if (env.CHROMIUM_FROM_NPM !== "1") {
    const installed = installedCandidates().find((path) => existsSync(path));
    if (installed) return { executablePath: installed, env: undefined, source: "installed" };
  }
  if (process.platform === "linux" && process.arch === "x64") return npmChromium(projectRoot);
  throw new Error(
    "No Chrome, Edge or Chromium found. Install one of them, or set CHROMIUM_PATH to a Chromium-based browser.",
  );
}
