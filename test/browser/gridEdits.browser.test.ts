// Grid edits in demo mode, end to end in headless Chromium (issue 5): a status a social worker may not set, typed in
// the rendered grid, is reverted and logged as refused; one she may set is kept and logged; a debtor team member's
// street edit is logged with before and after — all with bron "raster", and no request leaves 127.0.0.1.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { compareFromSheet, DEBTOR_HEADERS, demoSuite, playAs, SCREENSHOTS, logRows, sheetRows, signIn, type LogRow } from "./demoDriver";

const TEAM = "an.demo@stad.genk.example";
const CLIENT = "cliënt OCMW";

/** Column letters of the demo's Debiteuren sheet (DEBTOR_HEADERS, checked in each test). */
const COL = { dossier: 0, straat: 4, status: 6, match: 7, rijId: 8 } as const;

const demo = demoSuite();

/** The Logboek's rows added after `before` rows, waited for (grid logging runs after the edit, asynchronously). */
async function newLogRows(page: Page, before: number, wanted: number): Promise<LogRow[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const log = await logRows(page);
    if (log.length >= before + wanted || Date.now() > deadline) return log.slice(before);
    await page.waitForTimeout(100);
  }
}

/** Types `text` into one cell of the Debiteuren grid as a user would: double-click, type, Enter. */
async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await page.getByTestId("blad-Debiteuren").click();
  await page.getByTestId(`cel-${address}`).dblclick();
  const editor = page.getByRole("textbox", { name: `Nieuwe waarde voor ${address}` });
  await editor.fill(text);
  await editor.press("Enter");
}

/** Excel's address of a cell in the rows sheetRows returned (index 0 = header row 1). */
const cellAddress = (column: number, rowIndex: number) => `${String.fromCharCode(65 + column)}${rowIndex + 1}`;

/** The log's "Over" for a debtor row: dossier number and Rij-ID. */
const about = (row: readonly string[]) => `${row[COL.dossier]} [${row[COL.rijId]}]`;

const pick = (row: LogRow, ...columns: string[]) => columns.map((c) => row[c]);

test("social worker: works through the pane; her Status column is locked in the grid", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren", { gridLogging: true });
  await compareFromSheet(page);

  await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
  await page.locator('li[data-testid^="dossier-"]').first().waitFor();

  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors[0]).toEqual(DEBTOR_HEADERS);
  const clientRows = debtors.map((r, i) => ({ r, i })).filter(({ r }) => r[COL.status] === CLIENT);
  expect(clientRows.length).toBeGreaterThanOrEqual(2);
  const [refusedRow, keptRow] = clientRows;
  // She works through the task pane: in the grid her Status column is locked like every other (locked at rest).
  // The add-in's rules for statuses typed in the grid (reverted, refused) are covered in test/app/gridEdits.test.ts.
  const refusedCell = cellAddress(COL.status, refusedRow.i);
  await expect(page.getByTestId(`cel-${refusedCell}`).getAttribute("aria-label")).resolves.toBe(`${refusedCell} (vergrendeld): ${CLIENT}`);
  expect(keptRow.r[COL.status]).toBe(CLIENT);

  guard.assertClean();
  expect(guard.requests.every((url) => url.startsWith(demo.server.url))).toBe(true);
  await context.close();
});

test("debtor team: a street edited in the grid is kept and logged with dossier, Rij-ID, before and after", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "debiteuren voorbereiden voor dwangbevel", { gridLogging: true });
  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors[0]).toEqual(DEBTOR_HEADERS);
  const row = debtors[3];
  const street = cellAddress(COL.straat, 3);
  const newStreet = "Fictieve Nieuwstraat";
  await page.getByTestId("bewerken").click(); // locked at rest until the debtor team's edit mode
  await page.waitForFunction((cell) => !document.querySelector(`[data-testid="cel-${cell}"]`)?.getAttribute("aria-label")?.includes("(vergrendeld)"), street);
  expect(row[COL.straat]).not.toBe(newStreet);
  await expect(page.getByTestId(`cel-${street}`).getAttribute("aria-label")).resolves.toBe(`${street}: ${row[COL.straat]}`);
  const logBefore = await logRows(page);

  await typeInCell(page, street, newStreet);
  const [logged, ...more] = await newLogRows(page, logBefore.length, 1);
  expect(more).toEqual([]);
  expect(pick(logged, "Gebruiker", "Identiteit", "Rol", "Actie", "Over", "Veld", "Oude waarde", "Nieuwe waarde", "Doel", "Bron")).toEqual([
    TEAM,
    "Microsoft 365-account",
    "Debiteurenteam",
    "rasterwijziging",
    about(row),
    "Straat",
    row[COL.straat],
    newStreet,
    "debiteuren voorbereiden voor dwangbevel",
    "raster",
  ]);
  expect(Number(logged.Nr)).toBe(Number(logBefore[logBefore.length - 1].Nr) + 1);
  expect(logged.Hash).toMatch(/^[0-9a-f]{64}$/);
  // The screenshot shows the new row from its Nr on: the reader's columns (when, who, what, about whom) come first.
  await page.getByTestId(`cel-A${logBefore.length + 2}`).evaluate((cell) => cell.scrollIntoView({ block: "nearest", inline: "nearest" }));
  await page.screenshot({ path: join(SCREENSHOTS, "rasterwijziging.png") });

  const after = await sheetRows(page, "Debiteuren");
  expect(after[3]).toEqual(row.map((v, c) => (c === COL.straat ? newStreet : v)));
  await expect(page.getByTestId("melding").count()).resolves.toBe(0);
  guard.assertClean();
  expect(guard.requests.every((url) => url.startsWith(demo.server.url))).toBe(true);
  await context.close();
});
