// The DPO's tools in demo mode, end to end in headless Chromium: after the debtor team compared, the DPO checks the
// Logboek (intact), seals it (seal text shown), and closes the project — the Evaluatie sheet appears, Debiteuren keeps
// only its headers, and the log still verifies against the seal. A debtor team member reaches Afsluiten through a
// role switch with the DPO role code. No request leaves 127.0.0.1 and nothing but the staff name may be stored.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { compareFromSheet, DEBTOR_HEADERS, demoSuite, logRows, playAs, SCREENSHOTS, sheetRows, signIn, type LogRow } from "./demoDriver";

const NAME_KEY = "debiteurencheck.naam";
const SEAL = /^DC-ZEGEL \d{4}-\d{2}-\d{2}T\S+ (\d+):[0-9a-f]{64}$/;

const demo = demoSuite();

/** Runs "Controleer logboek" (the `run`-th time, with a seal when given) and returns the result's intact flag and text. */
async function verify(page: Page, run: number, seal = ""): Promise<{ intact: string | null; text: string }> {
  await page.getByTestId("controle-zegel").fill(seal);
  await page.getByTestId("controleer").click();
  const result = page.locator(`[data-testid="controle-resultaat"][data-controle="${run}"]`);
  await result.waitFor();
  return { intact: await result.getAttribute("data-intact"), text: (await result.textContent()) ?? "" };
}

const actions = (log: readonly LogRow[]) => log.map((r) => r.Actie);

test("DPO: checks and seals the log, then closes the project after the debtor team compared; the log still verifies", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  await compareFromSheet(page);

  await playAs(page, "Dirk (functionaris gegevensbescherming)", "controle logboek");
  const checked = await verify(page, 1);
  expect(checked.intact).toBe("true");
  expect(checked.text).toMatch(/^Logboek intactHet Logboek is intact: \d+ rijen, Nr 1 t\.e\.m\. \d+\./);

  await page.getByTestId("verzegel").click();
  const seal = await page.getByTestId("zegel-tekst").inputValue();
  expect(seal).toMatch(SEAL);
  await expect(page.getByTestId("zegel").textContent()).resolves.toContain("Bewaar deze zegel buiten de werkmap");

  const log = await logRows(page);
  expect(actions(log).slice(-2)).toEqual(["controle", "verzegeling"]);
  const sealRow = log[log.length - 1];
  expect([sealRow.Nr, sealRow.Rol, sealRow["Nieuwe waarde"]]).toEqual([SEAL.exec(seal)![1], "Functionaris gegevensbescherming", `${log.length - 1}:${log[log.length - 2].Hash}`]);

  // The DPO page as a whole, in a viewport tall enough to show the task pane's tools without scrolling.
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.locator("#taskpane").screenshot({ path: join(SCREENSHOTS, "dpo-hulpmiddelen.png") });
  await page.setViewportSize({ width: 1440, height: 1000 });

  // Afsluiten: behind a dialog that needs the backup confirmed, the exact word typed, and — the demo's period still
  // runs and nobody exported the halt list — a reason for each.
  await page.getByTestId("afsluiten").click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.textContent()).resolves.toContain("Dit kan niet ongedaan worden gemaakt.");
  await expect(page.getByTestId("afsluiten-bevestigen").isDisabled()).resolves.toBe(true);
  await page.getByTestId("afsluiten-reservekopie").check();
  await page.getByTestId("afsluiten-woord").fill("afsluiten");
  await page.getByTestId("afsluiten-reden-vroeg").fill("evaluatie vervroegd");
  await page.getByTestId("afsluiten-reden-lijst").fill("geen dwangbevelen meer gepland");
  await expect(page.getByTestId("afsluiten-bevestigen").isDisabled()).resolves.toBe(true); // lower case is not the word
  await page.getByTestId("afsluiten-woord").fill("AFSLUITEN");
  await page.screenshot({ path: join(SCREENSHOTS, "dpo-afsluiten-dialoog.png") });
  await page.getByTestId("afsluiten-bevestigen").click();
  const summary = page.getByTestId("afsluiting-klaar");
  await summary.waitFor({ timeout: 30_000 });
  await expect(summary.textContent()).resolves.toContain("Het blad ‘OCMW-cliënten’ is verwijderd.");
  await expect(page.getByTestId("afsluitingsrecord").inputValue()).resolves.toMatch(/^DC-AFSLUITING \S+ \d+:[0-9a-f]{64} -> \d+:[0-9a-f]{64}$/);
  const closeRecord = await page.getByTestId("afsluitingsrecord").inputValue();
  // The earlier check and seal are gone from the screen: they described the log before the close.
  await expect(page.locator('[data-testid="controle-resultaat"]').count()).resolves.toBe(0);
  await expect(page.getByTestId("zegel").count()).resolves.toBe(0);
  await page.getByTestId("sectie-afsluiten").screenshot({ path: join(SCREENSHOTS, "dpo-afgesloten.png") });
  await page.getByTestId("banner-periode").waitFor();
  await expect(page.getByTestId("banner-periode").textContent()).resolves.toMatch(/^Project afgeslotenHet project werd afgesloten op \d{4}-\d{2}-\d{2}\./);

  // The grid: an Evaluatie tab, no client sheet, and Debiteuren holds its headers and nothing else.
  await expect(page.getByTestId("blad-Evaluatie").isVisible()).resolves.toBe(true);
  await expect(page.getByTestId("blad-OCMW-cliënten").count()).resolves.toBe(0);
  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors[0]).toEqual(DEBTOR_HEADERS);
  expect(debtors.slice(1).flat().filter((cell) => cell !== "")).toEqual([]);
  const evaluation = await sheetRows(page, "Evaluatie");
  expect(evaluation.length).toBeGreaterThan(1);

  // Still intact after the close; the seal made before it is not checkable alone, and found with the close record.
  const alone = await verify(page, 1, seal);
  expect(alone.intact).toBe("true");
  expect(alone.text).toContain("in 2 ketensegmenten");
  expect(alone.text).toContain("De zegel is ouder dan de afsluiting en kan niet worden nagegaan");
  await page.getByTestId("controle-afsluiting").fill(closeRecord);
  const after = await verify(page, 2, seal);
  expect(after.text).toContain("werd teruggevonden");
  expect(actions(await logRows(page)).slice(-5)).toEqual(["nieuw ketensegment", "afsluiting", "configuratie vastgelegd", "controle", "controle"]);

  guard.assertClean();
  expect(guard.requests.every((url) => url.startsWith(demo.server.url))).toBe(true);
  // The one key the add-in may keep is the staff member's own stated name; nothing else, and no session storage.
  const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect({ local: stored.local.filter((k) => k !== NAME_KEY), session: stored.session }).toEqual({ local: [], session: [] });
  await context.close();
});

test("debtor team: Afsluiten is a switch to the DPO role, with that role's code, landing on the close", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  await page.getByTestId("afsluiten-als-dpo").click();
  await expect(page.getByTestId("rolwissel-reden").textContent()).resolves.toBe(
    "Afsluiten gebeurt in de rol Functionaris gegevensbescherming. Vul de rolcode van die rol in; de rolwissel komt in het logboek.",
  );
  await expect(page.getByTestId("rol-keuze").getByRole("radio", { name: "Functionaris gegevensbescherming", exact: true }).isChecked()).resolves.toBe(true);

  await page.getByTestId("rolcode").fill("verkeerd");
  await page.getByTestId("rol-wisselen").click();
  await expect(page.getByTestId("fout").textContent()).resolves.toBe(
    "De rolcode voor Functionaris gegevensbescherming klopt niet. Probeer opnieuw of vraag de code aan wie de werkmap instelde.",
  );

  await page.getByTestId("rolcode").fill("demo-privacy");
  await page.getByTestId("rol-wisselen").click();
  await page.getByTestId("afsluiten").waitFor();
  await expect(page.getByTestId("sessie").textContent()).resolves.toContain("Functionaris gegevensbescherming");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("afsluiten");
  const log = await logRows(page);
  expect(log[log.length - 1].Actie).toBe("rolwissel");
  guard.assertClean();
  await context.close();
});

test("Zelftest: the debtor team runs the contract checks against the demo's workbook, pass per point with the version, logged", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  const sheetsBefore = await page.locator("main").getByRole("tab").allTextContents();
  await page.getByTestId("zelftest-openen").click();
  await page.getByTestId("zelftest-starten").click();
  const result = page.getByTestId("zelftest-resultaat");
  await result.waitFor({ timeout: 30_000 });
  await expect(result.textContent()).resolves.toMatch(/^Alle \d+ controles geslaagdExcel \(demo: werkmap in het geheugen van de browser\): /);
  const verdicts = await page.locator('li[data-testid^="zelftest-"]').getByTestId("uitslag").allTextContents();
  expect(verdicts.length).toBeGreaterThan(5);
  // The demo has no Office document: the auto-open and startup checks say they could not run.
  expect(verdicts.filter((v) => v !== "geslaagd")).toEqual(["niet gecontroleerd", "niet gecontroleerd"]);
  await page.locator("#taskpane").screenshot({ path: join(SCREENSHOTS, "zelftest.png") });

  // The scratch sheet is gone again, and the outcome is in the log.
  await expect(page.locator("main").getByRole("tab").allTextContents()).resolves.toEqual(sheetsBefore);
  const log = await logRows(page);
  expect([log[log.length - 1].Actie, log[log.length - 1].Veld]).toEqual(["zelftest", "Excel (demo: werkmap in het geheugen van de browser)"]);
  guard.assertClean();
  await context.close();
});
