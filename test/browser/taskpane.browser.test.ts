// The task pane in demo mode, end to end in headless Chromium: the debtor team compares from the client sheet,
// a social worker sees only OCMW rows and continues collection for one, she compares with her own client file, a bad
// import is refused in Dutch without changing the workbook, the ribbon's Vergelijk runs on the page, the DPO reads
// the log — and no request leaves 127.0.0.1. Screenshots per role go to test-output/screenshots/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { compareFromSheet, demoSuite, logRows, playAs, SCREENSHOTS, sheetRows, signIn } from "./demoDriver";

const TEAM = "an.demo@stad.genk.example";
const WORKER = "sofie.demo@ocmw.genk.example";
const OCMW_STATUSES = ["cliënt OCMW", "mogelijke match – te bevestigen", "invorderingsprocedure voortzetten"];

// The warm-up keeps Chromium's own first start-up out of the start-up budget below.
const demo = demoSuite({ warmUp: true });

/** Vergelijk from the client sheet, then the summary's count per status. */
async function compareAndCount(page: Page): Promise<Record<string, number>> {
  await compareFromSheet(page);
  const counts: Record<string, number> = {};
  for (const status of ["nog niet vergeleken", "geen cliënt", ...OCMW_STATUSES]) {
    counts[status] = Number(await page.getByTestId(`aantal-${status}`).textContent());
  }
  return counts;
}

const count = (values: readonly string[], wanted: string) => values.filter((v) => v === wanted).length;

test("the demo is interactive within 2 s of navigation (best of 3 loads: other work on a shared machine only adds time)", async () => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { context, guard, interactiveAfter } = await demo.openDemo();
    times.push(Math.round(interactiveAfter));
    guard.assertClean();
    await context.close();
  }
  expect(Math.min(...times)).toBeLessThan(2000);
});

test("debtor team: Vergelijk from the client sheet marks the grid, shows the summary and logs it", async () => {
  const { context, page, guard } = await demo.openDemo();
  await expect(page.getByTestId("identiteit").textContent()).resolves.toBe(`U bent aangemeld als ${TEAM} (Microsoft 365-account).`);
  await signIn(page, "vergelijking uitvoeren");

  const counts = await compareAndCount(page);
  expect(counts["nog niet vergeleken"]).toBe(0);
  expect(counts["cliënt OCMW"]).toBeGreaterThan(0);
  expect(counts["mogelijke match – te bevestigen"]).toBeGreaterThan(0);
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(60);
  await expect(page.getByTestId("grafiek").getAttribute("aria-label")).resolves.toContain(`cliënt OCMW: ${counts["cliënt OCMW"]}`);
  await expect(page.getByTestId("gegevenskwaliteit").textContent()).resolves.toContain("Gegevenskwaliteit");
  await page.getByTestId("blad-verwijderen-aanbod").waitFor();

  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors[0]).toEqual(["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer", "Status", "Match", "Rij-ID"]);
  const statuses = debtors.slice(1).map((r) => r[6]);
  for (const [status, n] of Object.entries(counts)) expect([status, count(statuses, status)]).toEqual([status, n]);

  const log = await logRows(page);
  const actions = log.map((r) => r.Actie);
  expect(count(actions, "vergelijking")).toBe(1);
  expect(count(actions, "status gewijzigd")).toBe(60);
  const comparison = log.find((r) => r.Actie === "vergelijking")!;
  expect([comparison.Gebruiker, comparison.Rol, comparison.Veld, comparison["Oude waarde"], comparison.Doel]).toEqual([TEAM, "Debiteurenteam", "cliëntenlijst", "blad OCMW-cliënten", "vergelijking uitvoeren"]);

  // Locked at rest; the Bewerken switch opens the debtor team's data columns, never the add-in's (Status, Match, Rij-ID).
  await page.getByTestId("blad-Debiteuren").click();
  await expect(page.getByTestId("cel-B2").getAttribute("aria-label")).resolves.toContain("(vergrendeld)");
  await page.getByTestId("bewerken").click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="cel-B2"]')?.getAttribute("aria-label")?.includes("(vergrendeld)"));
  await expect(page.getByTestId("cel-G2").getAttribute("aria-label")).resolves.toContain("(vergrendeld)");
  await page.screenshot({ path: join(SCREENSHOTS, "debiteurenteam.png") });
  await page.getByTestId("sectie-vergelijk").screenshot({ path: join(SCREENSHOTS, "debiteurenteam-samenvatting.png") });

  // Data minimisation: after comparing, the client sheet is deleted on confirmation, and that is logged.
  await page.getByTestId("blad-verwijderen").click();
  await expect(page.getByRole("dialog").textContent()).resolves.toContain("Bevestigen dat het blad ‘OCMW-cliënten’ uit de werkmap verwijderd wordt?");
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("blad-verwijderd").waitFor();
  await expect(page.getByTestId("blad-OCMW-cliënten").count()).resolves.toBe(0);
  const logAfter = await logRows(page);
  expect([logAfter[logAfter.length - 1].Actie, logAfter[logAfter.length - 1]["Oude waarde"]]).toEqual(["blad verwijderd", "OCMW-cliënten"]);
  guard.assertClean();
  expect(guard.requests.every((url) => url.startsWith(demo.server.url))).toBe(true);
  await context.close();
});

test("social worker: sees only OCMW rows and continues collection for one, confirmed, visible in grid and log", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  const counts = await compareAndCount(page);

  await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
  await page.getByTestId("tab-alle").click();
  const items = page.locator('li[data-testid^="dossier-"]');
  await items.first().waitFor();
  const badges = await items.getByTestId("status").allTextContents();
  expect(badges.length).toBe(counts["cliënt OCMW"] + counts["mogelijke match – te bevestigen"]);
  expect(badges.every((b) => OCMW_STATUSES.includes(b))).toBe(true);

  const item = items.filter({ has: page.getByTestId("naar-invorderingsprocedure voortzetten") }).first();
  const dossier = (await item.getAttribute("data-testid"))!.replace("dossier-", "");
  await item.getByTestId("naar-invorderingsprocedure voortzetten").click();
  await expect(page.getByRole("dialog").textContent()).resolves.toContain(`Bevestigen dat de invorderingsprocedure voor dossier ${dossier} wordt voortgezet?`);
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("status-klaar").waitFor();
  await expect(page.getByTestId("status-klaar").textContent()).resolves.toBe(`Dossier ${dossier}: ‘cliënt OCMW’ → ‘invorderingsprocedure voortzetten’.`);
  await expect(page.getByTestId(`dossier-${dossier}`).getByTestId("status").textContent()).resolves.toBe("invorderingsprocedure voortzetten");
  await page.screenshot({ path: join(SCREENSHOTS, "maatschappelijk-werker.png") });

  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors.filter((r) => r[0] === dossier).map((r) => r[6])).toEqual(["invorderingsprocedure voortzetten"]);

  // In the grid, a social worker cannot change debtor data: the sheet protection refuses it, as Excel would.
  await page.getByTestId("cel-B2").dblclick();
  await page.getByRole("textbox", { name: "Nieuwe waarde voor B2" }).fill("Gewijzigd");
  await page.getByRole("textbox", { name: "Nieuwe waarde voor B2" }).press("Enter");
  await expect(page.getByTestId("raster-geweigerd").textContent()).resolves.toContain("Cel B2 op ‘Debiteuren’ is vergrendeld");
  await expect(page.getByTestId("cel-B2").textContent()).resolves.toBe(debtors[1][1]);
  const log = await logRows(page);
  const newest = log[log.length - 1];
  expect([newest.Gebruiker, newest.Identiteit, newest.Rol, newest.Actie, newest.Over.startsWith(dossier), newest["Oude waarde"], newest["Nieuwe waarde"], newest.Doel]).toEqual([
    WORKER,
    "Microsoft 365-account",
    "Maatschappelijk werker",
    "status gewijzigd",
    true,
    "cliënt OCMW",
    "invorderingsprocedure voortzetten",
    "beslissing invordering registreren",
  ]);
  guard.assertClean();
  await context.close();
});

test("a debtor file with a Bedrag column is refused in Dutch, naming it, and the workbook stays unchanged", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "debiteuren voorbereiden voor dwangbevel");
  const debtorsBefore = (await sheetRows(page, "Debiteuren")).length;
  const logBefore = (await logRows(page)).length;

  const csv = "Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer;Bedrag\r\nDOS-2099-000001;Test;Fictief;85073003328;Teststraat;1;125,50\r\n";
  await page.getByTestId("import-bestand").setInputFiles({ name: "debiteuren-met-bedrag.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  const message = page.getByTestId("sectie-import").getByTestId("fout");
  await message.waitFor();
  await expect(message.textContent()).resolves.toContain("Het bestand bevat een kolom die het protocol niet toelaat: Bedrag. Verwijder deze kolom en probeer opnieuw.");
  await expect(page.getByTestId("importeren").count()).resolves.toBe(0);

  await page.getByTestId("sectie-import").screenshot({ path: join(SCREENSHOTS, "import-geweigerd.png") });
  expect((await sheetRows(page, "Debiteuren")).length).toBe(debtorsBefore);
  expect((await logRows(page)).length).toBe(logBefore);
  guard.assertClean();
  await context.close();
});

test("DPO: reads the latest log entries, newest first, below the tools for checking, sealing, exporting and closing", async () => {
  const { context, page, guard } = await demo.openDemo();
  await playAs(page, "Dirk (functionaris gegevensbescherming)", "controle logboek");
  const rows = page.getByTestId("logrij");
  await rows.first().waitFor();
  const newest = rows.first();
  await expect(newest.getByTestId("log-wat").textContent()).resolves.toBe("toegang");
  await expect(newest.getByTestId("log-wie").textContent()).resolves.toBe("dirk.demo@genk.example");
  await expect(newest.getByTestId("log-wanneer").textContent()).resolves.toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  // Details on expanding the entry.
  await newest.locator("summary").click();
  await expect(newest.locator("dl").textContent()).resolves.toContain("RolFunctionaris gegevensbescherming");
  await page.getByTestId("filter-actie").selectOption("import");
  await expect(rows.count()).resolves.toBe(1);
  await expect(page.locator("#taskpane h2").allTextContents()).resolves.toEqual([
    "Hoe werkt het?",
    "Logboek controleren",
    "Verzegelen",
    "Exporteren",
    "Nalevingsrapport",
    "Logboek",
    "Project afsluiten",
  ]);
  // Reading everything, changing nothing: the grid is locked for the DPO.
  await expect(page.getByTestId("cel-B2").getAttribute("aria-label")).resolves.toContain("(vergrendeld)");
  await expect(page.getByTestId("cel-G2").getAttribute("aria-label")).resolves.toContain("(vergrendeld)");
  await page.screenshot({ path: join(SCREENSHOTS, "dpo.png") });
  guard.assertClean();
  expect(guard.requests.every((url) => url.startsWith(demo.server.url))).toBe(true);
  await context.close();
});

test("social worker: compares with her own client file, read in memory only, and then sees only OCMW rows", async () => {
  const { context, page, guard } = await demo.openDemo();
  // The demo's fictitious client list, as the social worker would keep it on her own computer.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("demo-clientenbestand").click()]);
  const clientCsv = readFileSync((await download.path())!);
  await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
  await page.getByTestId("eigen-lijst-openen").click();
  await expect(page.getByTestId("sectie-vergelijk").getByRole("heading").textContent()).resolves.toBe("Vergelijk met een eigen cliëntenlijst");
  await expect(page.getByTestId("aantal-dossiers").textContent()).resolves.toBe("0 dossiers");
  const sheetsBefore = await page.locator("main").getByRole("tab").allTextContents();

  await page.getByTestId("clienten-bestand").setInputFiles({ name: "mijn-clienten.csv", mimeType: "text/csv", buffer: clientCsv });
  await page.getByTestId("vergelijk").click();
  await page.getByTestId("samenvatting").waitFor();
  const exact = Number(await page.getByTestId("aantal-exact").textContent());
  const possible = Number(await page.getByTestId("aantal-mogelijk").textContent());
  expect(exact).toBeGreaterThan(0);
  // Only what concerns the OCMW: no counts of debtors who are no client, no notes naming their dossiers.
  await expect(page.getByTestId("aantal-geen cliënt").count()).resolves.toBe(0);
  await expect(page.getByTestId("tab-te-doen").textContent()).resolves.toBe(`Te doen (${possible})`);
  await page.getByTestId("tab-alle").click();
  await expect(page.getByTestId("aantal-dossiers").textContent()).resolves.toBe(`${exact + possible} dossiers`);
  const badges = await page.locator('li[data-testid^="dossier-"]').getByTestId("status").allTextContents();
  expect(badges.every((b) => OCMW_STATUSES.includes(b))).toBe(true);

  // The file never entered the workbook: same sheets, and the log names it as not stored.
  await expect(page.locator("main").getByRole("tab").allTextContents()).resolves.toEqual(sheetsBefore);
  const log = await logRows(page);
  const comparison = log.find((r) => r.Actie === "vergelijking")!;
  expect([comparison.Gebruiker, comparison.Veld, comparison["Oude waarde"]]).toEqual([WORKER, "cliëntenlijst", "bestand mijn-clienten.csv (niet opgeslagen)"]);
  guard.assertClean();
  await context.close();
});

test("ribbon: Vergelijk pressed before signing in waits for the session, then runs from the client sheet; a DPO is told why not", async () => {
  const { context, page, guard } = await demo.openDemo();
  await page.getByTestId("demo-lint-vergelijk").click();
  await expect(page.getByTestId("lint-melding").textContent()).resolves.toContain("Meld u eerst aan: daarna start de vergelijking met het blad ‘OCMW-cliënten’.");
  await signIn(page, "vergelijking uitvoeren");
  await page.getByTestId("samenvatting").waitFor();
  await expect(page.getByTestId("via-lint").textContent()).resolves.toBe("Gestart met ‘Vergelijk’ op het lint: de cliëntenlijst komt uit het blad ‘OCMW-cliënten’.");
  await expect(page.getByTestId("aantal-nog niet vergeleken").textContent()).resolves.toBe("0");
  await expect(page.getByTestId("lint-melding").count()).resolves.toBe(0);

  await playAs(page, "Dirk (functionaris gegevensbescherming)", "controle logboek");
  await page.getByTestId("controleer").waitFor();
  const logRowsBefore = (await logRows(page)).length;
  await page.getByTestId("demo-lint-vergelijk").click();
  await expect(page.getByTestId("lint-melding").textContent()).resolves.toContain("Als Functionaris gegevensbescherming kunt u ‘Vergelijk’ op het lint niet gebruiken");
  expect((await logRows(page)).length).toBe(logRowsBefore);
  guard.assertClean();
  await context.close();
});
