// Drives the demo page for browser tests: one server and browser per test file, a fresh guarded context per test,
// and the steps the tests share (sign in with a purpose, play another role, compare, read a sheet's grid).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ServedDirectory } from "../../scripts/serve.mjs";
import { guardNetwork, launchBrowser, startDemoServer, type NetworkGuard } from "./harness";

export const SCREENSHOTS = join(__dirname, "..", "..", "test-output", "screenshots");

/** The Debiteuren sheet's headers in the demo workbook. */
export const DEBTOR_HEADERS = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer", "Status", "Match", "Rij-ID"];

export interface Demo {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly guard: NetworkGuard;
  /** Milliseconds from the start of navigation until the start flow was in the page (measured in the page). */
  readonly interactiveAfter: number;
}

export interface DemoSuite {
  /** The served dist/ (available once beforeAll ran). */
  readonly server: ServedDirectory;
  readonly browser: Browser;
  /** A new context with the network guard, on demo.html, once the start flow is shown. */
  openDemo(): Promise<Demo>;
}

/**
 * Registers beforeAll/afterAll for the calling test file: the server for dist/ (built when stale, hence the long
 * time-out) and one headless browser. With `warmUp`, one throwaway load first, in its own context (own cache), so a
 * start-up budget measures the demo page rather than Chromium's own first start-up.
 */
export function demoSuite({ warmUp = false }: { warmUp?: boolean } = {}): DemoSuite {
  let server: ServedDirectory | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    if (warmUp) {
      const context = await browser.newContext();
      await (await context.newPage()).goto(`${server.url}demo.html`);
      await context.close();
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("demoSuite: the server and browser start in beforeAll; use them inside tests");
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async openDemo() {
      const context = await started(browser).newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
      const guard = await guardNetwork(context);
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-testid="start-sessie"]')) return;
          performance.mark("test:interactief");
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${started(server).url}demo.html`);
      await page.getByTestId("start-sessie").waitFor();
      const interactiveAfter = await page.evaluate(() => performance.getEntriesByName("test:interactief")[0].startTime);
      return { context, page, guard, interactiveAfter };
    },
  };
}

/**
 * Signs in with a purpose. With `gridLogging`, also waits until grid logging listens: it starts once per workbook,
 * after the first session opened the workbook, by loading the grid-events chunk; its set-up after that runs on
 * promises only (in-memory host), so it is done before the page handles the next input event. A grid edit made
 * earlier would only be found on the next open. Only the first session of a page loads the chunk.
 */
export async function signIn(page: Page, purpose: string, { gridLogging = false }: { gridLogging?: boolean } = {}): Promise<void> {
  const gridLoggingLoaded = gridLogging ? page.waitForResponse((r) => r.url().endsWith("/grid-events.js")) : Promise.resolve();
  await page.getByRole("radio", { name: purpose, exact: true }).check();
  await page.getByTestId("start-sessie").click();
  await page.getByTestId("sessie").waitFor();
  await gridLoggingLoaded;
}

/** Switches to the demo person `label` (e.g. "Sofie (maatschappelijk werker)") and signs in with a purpose. */
export async function playAs(page: Page, label: string, purpose: string): Promise<void> {
  await page.getByRole("radio", { name: label }).check();
  await page.getByTestId("start-sessie").waitFor();
  await signIn(page, purpose);
}

/** Runs Vergelijk with the client list from the workbook's OCMW-cliënten sheet and waits for the summary. */
export async function compareFromSheet(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "Uit het blad ‘OCMW-cliënten’ in deze werkmap" }).check();
  await page.getByTestId("vergelijk").click();
  await page.getByTestId("samenvatting").waitFor();
}

/** One Logboek row as the grid shows it, by column name. */
export type LogRow = Readonly<Record<string, string>>;

/** The Logboek's rows below its header, each by column name: a reader finds a column by its header, not its place. */
export async function logRows(page: Page): Promise<LogRow[]> {
  const [header, ...rows] = await sheetRows(page, "Logboek");
  return rows.map((row) => Object.fromEntries(header.map((name, c) => [name, row[c]])));
}

/** The grid of one sheet as text rows (row 1 = headers), read from the DOM. */
export async function sheetRows(page: Page, sheet: string): Promise<string[][]> {
  await page.getByTestId(`blad-${sheet}`).click();
  await page.locator(`[data-testid="raster"][data-blad="${sheet}"]`).waitFor();
  return page.$$eval('[data-testid="raster"] tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}
