// The debtor team's and the DPO's main tasks as they work: keyboard only, with focus landing on the result and the
// result announced; a text file that is no list is told so; the import preview shows the mapping and the first rows;
// the ribbon's Vergelijk without a client sheet asks for the file. axe-core in each state reached.
import { compareFromSheet, demoSuite, signIn } from "./demoDriver";
import { focused, tabTo } from "./keyboard";
import { axeViolations } from "./paneWidths";

const demo = demoSuite();

test("debtor team, keyboard only: Verder lands in the page, Vergelijk from the sheet lands on the announced result", async () => {
  const { context, page, guard } = await demo.openDemo();
  await tabTo(page, { selector: '[data-testid="doel-keuze"] input[type="radio"]' });
  await page.keyboard.press("Space");
  await tabTo(page, { testId: "start-sessie" });
  await page.keyboard.press("Enter");
  await page.getByTestId("sessie").waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Hoe werkt het?");
  await expect(page.getByTestId("aangekondigd").textContent()).resolves.toBe("Aangemeld als Debiteurenteam. De pagina van uw rol is geopend.");

  await tabTo(page, { selector: '[data-testid="bron-keuze"] input[value="bestand"]' });
  await page.keyboard.press("ArrowDown");
  await tabTo(page, { testId: "vergelijk" });
  await page.keyboard.press("Enter");
  await page.getByTestId("samenvatting").waitFor();
  await expect(focused(page)).resolves.toBe("resultaat");
  await expect(page.getByTestId("vergelijk-aangekondigd").textContent()).resolves.toMatch(
    /^Vergelijking klaar: 60 debiteuren vergeleken; \d+ cliënten? op rijksregisternummer, \d+ mogelijke match(es)? op naam \+ adres\.$/,
  );
  expect({ axe: await axeViolations(page) }).toEqual({ axe: [] });
  guard.assertClean();
  await context.close();
});

test("debtor team: a .txt without columns is no list; a CSV shows its mapping, first rows and findings before importing", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "debiteuren voorbereiden voor dwangbevel");
  await page.getByTestId("import-bestand").setInputFiles({ name: "notities.txt", mimeType: "text/plain", buffer: Buffer.from("Dit is geen werkmap.\r\nMaar wat notities.\r\n") });
  const message = page.getByTestId("sectie-import").getByTestId("fout");
  await expect(message.textContent()).resolves.toMatch(/^De eerste rij van het bestand bevat geen enkele kolomnaam die Debiteurencheck kent: is dit wel de debiteurenlijst\?/);

  const csv = [
    "Dossiernr;Voornaam;Achternaam;RRN;Straat;Huisnummer",
    "DOS-2099-000001;Test;Fictief;85073003328;Teststraat;1",
    "DOS-2099-000002;Ander;Persoon;85073003328;Teststraat;2",
  ].join("\r\n");
  await page.getByTestId("import-bestand").setInputFiles({ name: "nieuw.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByTestId("import-voorbeeld").waitFor();
  await expect(page.getByTestId("import-kolommen").locator("li").allTextContents()).resolves.toEqual([
    "Dossiernr → Dossiernummer",
    "Voornaam",
    "Achternaam",
    "RRN → Rijksregisternummer",
    "Straat",
    "Huisnummer",
  ]);
  await expect(page.getByTestId("import-rijen").locator("li").allTextContents()).resolves.toEqual([
    "DOS-2099-000001: Test Fictief, Teststraat 1",
    "DOS-2099-000002: Ander Persoon, Teststraat 2",
  ]);
  await expect(page.getByTestId("import-kwaliteit").textContent()).resolves.toContain("hetzelfde rijksregisternummer bij verschillende namen");
  expect({ axe: await axeViolations(page) }).toEqual({ axe: [] });
  guard.assertClean();
  await context.close();
});

test("ribbon Vergelijk after the client sheet was deleted asks for the file, with focus on its button", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  await compareFromSheet(page);
  await page.getByTestId("blad-verwijderen").click();
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("blad-verwijderd").waitFor();
  await page.getByTestId("demo-lint-vergelijk").click();
  const message = page.getByTestId("sectie-vergelijk").getByTestId("fout");
  await expect(message.textContent()).resolves.toBe(
    "Het blad ‘OCMW-cliënten’ staat niet of niet meer in deze werkmap. Kies hieronder het bestand met de OCMW-cliënten en klik op Vergelijk: het wordt alleen gelezen, niet in de werkmap bewaard.",
  );
  await expect(page.getByTestId("bron-keuze").locator('input[value="bestand"]').isChecked()).resolves.toBe(true);
  await expect(page.evaluate(() => document.activeElement?.hasAttribute("data-bestand-knop"))).resolves.toBe(true);
  guard.assertClean();
  await context.close();
});

test("DPO, keyboard only: checks the log and opens the newest entry's details", async () => {
  const { context, page, guard } = await demo.openDemo();
  await page.getByRole("radio", { name: "Dirk (functionaris gegevensbescherming)" }).check();
  await page.getByTestId("start-sessie").waitFor();
  await tabTo(page, { selector: '[data-testid="doel-keuze"] input[type="radio"]' });
  await page.keyboard.press("Space");
  await tabTo(page, { testId: "start-sessie" });
  await page.keyboard.press("Enter");
  await page.getByTestId("controleer").waitFor();
  await tabTo(page, { testId: "controleer" });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("controle-resultaat").textContent()).resolves.toContain("Logboek intact");
  await tabTo(page, { selector: '[data-testid="logrij"] summary' });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("logrij").first().locator("details").getAttribute("open")).resolves.toBe("");
  expect({ axe: await axeViolations(page) }).toEqual({ axe: [] });
  guard.assertClean();
  await context.close();
});
