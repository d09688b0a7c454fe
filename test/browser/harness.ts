// Shared helpers for browser tests: a headless Chromium-family browser via playwright-core (scripts/find-chromium.mjs:
// CHROMIUM_PATH, an installed Chrome/Edge/Chromium, or Chromium from npm on Linux), a server for dist/ (built first
// when missing or older than the sources), and a guard that aborts and reports every request that would leave
// 127.0.0.1 plus every page error (CSP violations included).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";
import { findChromium } from "../../scripts/find-chromium.mjs";
import { serveDirectory, type ServedDirectory } from "../../scripts/serve.mjs";

const PROJECT_ROOT = join(__dirname, "..", "..");
const DIST = join(PROJECT_ROOT, "dist");

let announced = false;

/** Headless Chromium without background traffic (updates, sync, QUIC); no sandbox, since tests may run as root. */
export async function launchBrowser(): Promise<Browser> {
  const found = await findChromium(PROJECT_ROOT);
  if (!announced) {
    process.stderr.write(`Browser tests use ${found.executablePath} (${found.source}).\n`);
    announced = true;
  }
  return chromium.launch({
    executablePath: found.executablePath,
    env: found.env,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

function newestModification(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

/** True when dist/ lacks demo.html or any input of the build changed after it was written. */
export function distIsStale(): boolean {
  const built = join(DIST, "demo.html");
  if (!existsSync(built)) return true;
  const inputs = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/csp.cjs", "scripts/manifest-rules.cjs"];
  const newest = Math.max(...inputs.map((p) => join(PROJECT_ROOT, p)).filter(existsSync).map(newestModification));
  // webpack leaves files whose content did not change untouched: compare with the newest file it wrote.
  return newest > newestModification(DIST);
}

/** Builds dist/ in development mode (a child process, so the test worker stays small). */
export function buildDevelopment(): void {
  const cli = join(PROJECT_ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = spawnSync(process.execPath, [cli, "--mode", "development"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`webpack --mode development failed:\n${run.stdout}\n${run.stderr}`);
}

/** Serves dist/ on 127.0.0.1 with a free port, building it first when it is missing or stale. */
export async function startDemoServer(): Promise<ServedDirectory> {
  if (distIsStale()) buildDevelopment();
  return serveDirectory(DIST, { port: 0, host: "127.0.0.1" });
}

export interface NetworkGuard {
  /** Every URL the pages requested, in order. */
  readonly requests: string[];
  /** Requests that would have left 127.0.0.1: aborted, never sent. */
  readonly blocked: string[];
  /** Uncaught exceptions and console errors (a CSP violation is reported as a console error). */
  readonly errors: string[];
  /** Throws, naming them, when any request was blocked or any page error occurred. */
  assertClean(): void;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return (protocol === "http:" || protocol === "https:" || protocol === "ws:") && hostname === "127.0.0.1";
}

/** Routes every request of the context through a check: local ones continue, all others are aborted. */
export async function guardNetwork(context: BrowserContext): Promise<NetworkGuard> {
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (isLocal(url)) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  const watchPage = (page: Page) => {
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  return {
    requests,
    blocked,
    errors,
    assertClean() {
      const problems = [...blocked.map((url) => `request left 127.0.0.1: ${url}`), ...errors];
      if (problems.length > 0) throw new Error(`Browser test saw ${problems.length} problem(s):\n${problems.join("\n")}`);
    },
  };
}
