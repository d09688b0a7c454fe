// The demo-start budget for `npm run bench`: milliseconds from navigation start until the demo page is interactive in
// headless Chromium, i.e. the task pane's start button ([data-testid="start-sessie"], the same marker the browser test
// uses) is in the page and enabled. Serves dist/ over 127.0.0.1, building it (development mode) when demo.html is missing.
//   node scripts/bench-demo.mjs   prints the figure
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./find-chromium.mjs";
import { serveDirectory } from "./serve.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
/** As test/browser/harness.ts: no background traffic, no sandbox (root), no QUIC. */
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const READY_SELECTOR = '[data-testid="start-sessie"]';
const LOADS = 3;

/** Development build of the add-in's pages into `outputPath` (dist/ by default), through webpack's Node API. */
export async function buildDevelopment(outputPath = DIST) {
  const require = createRequire(import.meta.url);
  const { default: webpack } = await import("webpack");
  const configFactory = require("../webpack.config.js");
  const config = typeof configFactory === "function" ? await configFactory({}, { mode: "development" }) : configFactory;
  const configs = (Array.isArray(config) ? config : [config]).map((c) => ({ ...c, mode: "development", output: { ...c.output, path: outputPath } }));
  await new Promise((resolve, reject) =>
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** One load in a fresh context: the time (page clock, from navigation start) when the start button was usable. */
async function loadOnce(browser, url) {
  const context = await browser.newContext();
  const outside = [];
  // Nothing may leave 127.0.0.1, here as in the browser tests.
  await context.route("**/*", (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1") return route.continue();
    outside.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  try {
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      const check = (observer) => {
        const button = document.querySelector(selector);
        if (!button || button.disabled) return;
        performance.mark("bench:interactief");
        observer?.disconnect();
      };
      new MutationObserver((_, observer) => check(observer)).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled"] });
    }, READY_SELECTOR);
    await page.goto(url);
    await page.locator(READY_SELECTOR).and(page.locator(":enabled")).waitFor({ timeout: 30_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName("bench:interactief")[0]?.startTime);
    if (typeof ms !== "number") throw new Error("the demo page became interactive without the marker being recorded");
    if (outside.length > 0) throw new Error(`the demo page requested outside 127.0.0.1: ${outside.join(", ")}`);
    return ms;
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from navigation start until the demo is interactive: the best of three loads after one warm-up load
 * (Chromium's own first start is not the page's; other work on a shared machine only adds time).
 */
export async function measureDemoStart() {
  const found = await findChromium(ROOT);
  if (!existsSync(join(DIST, "demo.html"))) await buildDevelopment();
  const { chromium } = await import("playwright-core");
  const server = await serveDirectory(DIST, { port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({ executablePath: found.executablePath, env: found.env, args: CHROMIUM_ARGS });
  try {
    const url = `${server.url}demo.html`;
    await loadOnce(browser, url);
    const times = [];
    for (let i = 0; i < LOADS; i++) times.push(await loadOnce(browser, url));
    return Math.round(Math.min(...times));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`demo-pagina interactief: ${await measureDemoStart()} ms`);
}
