// Flagged rows in demo mode, end to end in headless Chromium: the social worker rejects a possible match, the debtor
// team then corrects that debtor's national number in the grid, and the social worker finds the row flagged
// "nieuwe aanwijzing – te beoordelen" FIRST in her list; deciding again clears the flag. No request leaves 127.0.0.1.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { compareFromSheet, DEBTOR_HEADERS, demoSuite, playAs, SCREENSHOTS, logRows, sheetRows, signIn } from "./demoDriver";

const POSSIBLE = "mogelijke match – te bevestigen";
const COL = { dossier: 0, rrn: 3, status: 6, match: 7 } as const;
/** A valid (fictitious) national number. */
const CORRECTED_NUMBER = "85073003328";

const demo = demoSuite();

async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await page.getByTestId("blad-Debiteuren").click();
  await page.getByTestId(`cel-${address}`).dblclick();
  const editor = page.getByRole("textbox", { name: `Nieuwe waarde voor ${address}` });
  await editor.fill(text);
  await editor.press("Enter");
}

async function waitForRow(page: Page, dossier: string, ready: (row: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const row = (await sheetRows(page, "Debiteuren")).find((r) => r[COL.dossier] === dossier)!;
    if (ready(row) || Date.now() > deadline) return row;
    await page.waitForTimeout(100);
  }
}

test("social worker: a decided row whose national number the debtor team corrects comes first, flagged, until she decides again", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren", { gridLogging: true });
  await compareFromSheet(page);
  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors[0]).toEqual(DEBTOR_HEADERS);
  const index = debtors.findIndex((r) => r[COL.status] === POSSIBLE && r[COL.rrn] !== CORRECTED_NUMBER);
  expect(index).toBeGreaterThan(1); // not the first row, so "first in her list" means something
  const dossier = debtors[index][COL.dossier];

  await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
  const item = page.getByTestId(`dossier-${dossier}`);
  await item.getByTestId("naar-geen cliënt").click();
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("status-klaar").waitFor();

  // The debtor team corrects the national number in the grid: her decision stays, the row is flagged.
  await playAs(page, "An (debiteurenteam)", "debiteuren voorbereiden voor dwangbevel");
  await page.getByTestId("bewerken").click(); // locked at rest: the edit mode opens the data columns
  await page.waitForFunction((cell) => !document.querySelector(`[data-testid="cel-${cell}"]`)?.getAttribute("aria-label")?.includes("(vergrendeld)"), `D${index + 1}`);
  await typeInCell(page, `D${index + 1}`, CORRECTED_NUMBER);
  const flagged = await waitForRow(page, dossier, (r) => r[COL.match].startsWith("nieuwe aanwijzing"));
  expect([flagged[COL.status], flagged[COL.match]]).toEqual([
    "geen cliënt",
    expect.stringMatching(/^nieuwe aanwijzing – te beoordelen: gegevens gewijzigd \(Rijksregisternummer\) – eerder: afgewezen door maatschappelijk werker \(naam \+ adres/),
  ]);

  await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
  const items = page.locator('li[data-testid^="dossier-"]');
  await items.first().getByTestId("nieuwe-aanwijzing").waitFor();
  await expect(items.first().getAttribute("data-testid")).resolves.toBe(`dossier-${dossier}`);
  await expect(items.first().getByTestId("status").textContent()).resolves.toBe("geen cliënt");
  await expect(items.first().textContent()).resolves.toContain("Match: nieuwe aanwijzing – te beoordelen: gegevens gewijzigd (Rijksregisternummer)");
  await expect(page.getByTestId("nieuwe-aanwijzing").count()).resolves.toBe(1);
  await page.screenshot({ path: join(SCREENSHOTS, "maatschappelijk-werker-nieuwe-aanwijzing.png") });

  // She decides again (keeps 'geen cliënt'): the flag is gone, the decision is in the grid and the log.
  await items.first().getByTestId("naar-geen cliënt").click();
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("status-klaar").waitFor();
  await expect(page.getByTestId("nieuwe-aanwijzing").count()).resolves.toBe(0);
  const after = (await sheetRows(page, "Debiteuren")).find((r) => r[COL.dossier] === dossier)!;
  expect([after[COL.status], after[COL.match]]).toEqual(["geen cliënt", "afgewezen door maatschappelijk werker na nieuwe aanwijzing (gegevens gewijzigd (Rijksregisternummer))"]);
  const log = await logRows(page);
  const newest = log[log.length - 1];
  expect([newest.Rol, newest.Actie, newest.Veld, newest["Oude waarde"], newest["Nieuwe waarde"]]).toEqual(["Maatschappelijk werker", "status gewijzigd", "Status (nieuwe aanwijzing beoordeeld)", "geen cliënt", "geen cliënt"]);
  guard.assertClean();
  await context.close();
});
