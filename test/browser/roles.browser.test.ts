// Each role's main task at real taskpane widths (320, 380, 450 px): a screenshot of the pane per role and width under
// test-output/screenshots/, no horizontal overflow, no text cut off or word broken, and axe-core with 0 violations in every pane state reached.
import type { Page } from "playwright-core";
import { compareFromSheet, demoSuite, playAs, signIn } from "./demoDriver";
import { axeViolations, brokenWords, clippedText, horizontalOverflow, paneShot, PANE_WIDTHS, setPaneWidth } from "./paneWidths";

const demo = demoSuite();

/** Overflow and axe in the state the pane is in now; a screenshot named after the state. */
async function check(page: Page, state: string, width: number): Promise<void> {
  expect({ state, overflow: await horizontalOverflow(page) }).toEqual({ state, overflow: [] });
  expect({ state, clipped: await clippedText(page), broken: await brokenWords(page) }).toEqual({ state, clipped: [], broken: [] });
  expect({ state, axe: await axeViolations(page) }).toEqual({ state, axe: [] });
  await paneShot(page, state, width);
}

describe.each(PANE_WIDTHS)("at %i px", (width) => {
  test("start flow, debtor team's Vergelijk, social worker's list, DPO's log: no overflow, no axe violations", async () => {
    const { context, page, guard } = await demo.openDemo();
    await page.setViewportSize({ width: 1440, height: 2400 });
    await setPaneWidth(page, width);
    await check(page, "start", width);

    await signIn(page, "vergelijking uitvoeren");
    await check(page, "debiteurenteam", width);
    await compareFromSheet(page);
    await check(page, "debiteurenteam-vergeleken", width);

    await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
    await page.locator('li[data-testid^="dossier-"]').first().waitFor();
    await check(page, "maatschappelijk-werker", width);

    await playAs(page, "Dirk (functionaris gegevensbescherming)", "controle logboek");
    await page.getByTestId("logrij").first().waitFor();
    await check(page, "dpo", width);
    await page.getByTestId("logrij").first().locator("summary").click();
    await page.getByTestId("rapport").click();
    await page.getByTestId("rapport-tekst").waitFor();
    await expect(page.getByTestId("rapport-tekst").getByRole("heading").allTextContents()).resolves.toEqual([
      "Nalevingsrapport",
      "Protocol",
      "Gegevens (proportionaliteit)",
      "Debiteuren per status",
      "Rijksregisternummers",
      "Wijzigingen buiten de add-in",
      "Controle van het Logboek",
    ]);
    await check(page, "dpo-rapport", width);
    guard.assertClean();
    await context.close();
  });
});
