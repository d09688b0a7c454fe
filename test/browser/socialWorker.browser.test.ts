// The social worker's main task as she works: by keyboard only, she signs in, finds what waits on her under "Te doen",
// confirms a possible match with a reason (logged), and focus lands on the result; a status edited in the grid shows
// on her card without "Vernieuwen".
import type { Page } from "playwright-core";
import { compareFromSheet, demoSuite, logRows, sheetRows, signIn } from "./demoDriver";
import { focused, tabTo } from "./keyboard";
import { axeViolations } from "./paneWidths";

const demo = demoSuite();

/** Plays Sofie: the demo's own switch by mouse (not part of the pane), the pane's start flow by keyboard. */
async function signInAsWorkerByKeyboard(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "Sofie (maatschappelijk werker)" }).check();
  await page.getByTestId("start-sessie").waitFor();
  await page.locator("#taskpane").focus().catch(() => undefined);
  await tabTo(page, { selector: '[data-testid="doel-keuze"] input[type="radio"]' });
  // Arrow keys move within the purpose radio group; the first is checked with Space.
  await page.keyboard.press("Space");
  await tabTo(page, { testId: "start-sessie" });
  await page.keyboard.press("Enter");
  await page.getByTestId("sessie").waitFor();
}

test("keyboard only: confirm the possible match waiting under Te doen, with a reason that is logged; focus on the result", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  await compareFromSheet(page);
  await signInAsWorkerByKeyboard(page);
  const card = page.locator('li[data-testid^="dossier-"]').first();
  await card.waitFor();
  await expect(page.getByTestId("tab-te-doen").getAttribute("aria-pressed")).resolves.toBe("true");
  await expect(card.getByTestId("status").textContent()).resolves.toBe("mogelijke match – te bevestigen");
  const dossier = (await card.getAttribute("data-testid"))!.replace("dossier-", "");

  await tabTo(page, { testId: "naar-cliënt OCMW" });
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").waitFor();
  expect({ axe: await axeViolations(page) }).toEqual({ axe: [] });
  await tabTo(page, { testId: "reden" });
  await page.keyboard.type("adres en geboortedatum nagekeken in het OCMW-dossier");
  await tabTo(page, { testId: "bevestigen" });
  await page.keyboard.press("Enter");
  await page.getByTestId("status-klaar").waitFor();
  await expect(focused(page)).resolves.toBe("status-klaar");
  await expect(page.getByTestId("status-klaar").textContent()).resolves.toBe(`Dossier ${dossier}: ‘mogelijke match – te bevestigen’ → ‘cliënt OCMW’.`);
  await expect(page.getByTestId("tab-te-doen").textContent()).resolves.toBe("Te doen (0)");

  const log = await logRows(page);
  const newest = log[log.length - 1];
  expect([newest.Actie, newest.Over.startsWith(dossier), newest["Nieuwe waarde"], newest.Doel]).toEqual([
    "status gewijzigd",
    true,
    "cliënt OCMW",
    "cliëntstatus nakijken; reden: adres en geboortedatum nagekeken in het OCMW-dossier",
  ]);
  guard.assertClean();
  await context.close();
});

// Locked at rest (PRODUCT.md): she decides through the pane, so her Status cells are locked in the grid and her card
// never disagrees with the sheet. Cards reloading on grid changes (a co-author's edit) is test/taskpane/gridWatcher.test.ts.
test("her Status cell is locked in the grid and her card shows what the sheet holds", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren", { gridLogging: true });
  await compareFromSheet(page);
  await signInAsWorkerByKeyboard(page);
  await page.getByTestId("tab-clienten").click();
  const card = page.locator('li[data-testid^="dossier-"]').first();
  const dossier = (await card.getAttribute("data-testid"))!.replace("dossier-", "");
  const debtors = await sheetRows(page, "Debiteuren");
  const rowIndex = debtors.findIndex((r) => r[0] === dossier);
  const cell = `G${rowIndex + 1}`;
  await expect(page.getByTestId(`cel-${cell}`).getAttribute("aria-label")).resolves.toBe(`${cell} (vergrendeld): ${debtors[rowIndex][6]}`);
  await expect(page.getByTestId(`dossier-${dossier}`).getByTestId("status").textContent()).resolves.toBe(debtors[rowIndex][6]);
  guard.assertClean();
  await context.close();
});
