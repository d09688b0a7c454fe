// Wrong files chosen by the debtor team at 320 px: a PDF renamed .csv, an empty file, a CSV with only its header row and
// a cell too long for Excel. Each is refused with a Dutch message that says what to do, the chosen file's name stays
// readable (not cut off), and the Debiteuren sheet and the Logboek are unchanged. Wrong role codes typed with the
// keyboard: each refusal is said, and the focus stays on Verder (a disabled button would drop it to the page).
import type { Page } from "playwright-core";
import { demoSuite, sheetRows, signIn } from "./demoDriver";
import { focused, tabTo } from "./keyboard";
import { axeViolations, clippedText, horizontalOverflow, paneShot, setPaneWidth } from "./paneWidths";

const demo = demoSuite();

const HEADER = "Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer\r\n";

const WRONG_FILES: readonly { name: string; content: Buffer; message: string }[] = [
  {
    name: "jaarverslag-debiteuren-2021-definitieve-versie.pdf.csv",
    content: Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"),
    message: "De eerste rij van het bestand bevat geen enkele kolomnaam die Debiteurencheck kent: is dit wel de debiteurenlijst?",
  },
  { name: "leeg.csv", content: Buffer.alloc(0), message: 'Het bestand "leeg.csv" is leeg. Kies het bestand met de lijst.' },
  {
    name: "alleen-kop.csv",
    content: Buffer.from(HEADER),
    message: "In ‘alleen-kop.csv’ staan geen debiteuren: er is alleen een koprij. Kies het bestand met de debiteuren en probeer opnieuw. Er werd niets geïmporteerd.",
  },
  {
    name: "grote-cel.csv",
    content: Buffer.from(`${HEADER}DOS-2099-000001;${"A".repeat(40_000)};Fictief;85073003328;Teststraat;1\r\n`),
    message: "Cel B2 bevat 40.000 tekens; Excel bewaart er hoogstens 32.767 per cel. Kort de inhoud in en probeer opnieuw.",
  },
];

async function grid(page: Page): Promise<string> {
  const sheets = JSON.stringify([await sheetRows(page, "Debiteuren"), await sheetRows(page, "Logboek")]);
  await page.getByTestId("blad-Debiteuren").click();
  return sheets;
}

test("debtor team at 320 px: each wrong file is refused in Dutch, its name readable, nothing changed", async () => {
  const { context, page, guard } = await demo.openDemo();
  await setPaneWidth(page, 320);
  await signIn(page, "debiteuren voorbereiden voor dwangbevel");
  const before = await grid(page);
  for (const [i, file] of WRONG_FILES.entries()) {
    await page.getByTestId("import-bestand").setInputFiles({ name: file.name, mimeType: "text/csv", buffer: file.content });
    const message = page.getByTestId("sectie-import").getByTestId("fout");
    await message.filter({ hasText: file.message }).waitFor();
    await expect(message.textContent()).resolves.toContain(file.message);
    await expect(page.getByTestId("import-bestand-naam").textContent()).resolves.toBe(file.name);
    expect({ file: file.name, clipped: await clippedText(page), overflow: await horizontalOverflow(page) }).toEqual({ file: file.name, clipped: [], overflow: [] });
    await paneShot(page, `redteam-fout-${i}`, 320);
  }
  expect({ axe: await axeViolations(page) }).toEqual({ axe: [] });
  expect(await grid(page)).toBe(before);
  guard.assertClean();
  await context.close();
});

test("keyboard only: wrong role codes are refused one by one, focus stays on Verder, then the wait is told", async () => {
  const { context, page, guard } = await demo.openDemo();
  await setPaneWidth(page, 320);
  await page.getByTestId("rol-keuze").getByRole("radio", { name: "Maatschappelijk werker", exact: true }).check();
  await page.getByTestId("doel-keuze").getByRole("radio").first().check();
  const refused = "De rolcode voor Maatschappelijk werker klopt niet. Probeer opnieuw of vraag de code aan wie de werkmap instelde.";
  for (let attempt = 1; attempt <= 5; attempt++) {
    await tabTo(page, { testId: "rolcode" });
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(`fout-${attempt}`);
    await tabTo(page, { testId: "start-sessie" });
    await page.keyboard.press("Enter");
    const message = page.getByTestId("fout").filter({ hasText: attempt < 5 ? refused : "(5 keer na elkaar)" });
    await message.waitFor();
    await expect(focused(page)).resolves.toBe("start-sessie");
  }
  await expect(page.getByTestId("fout").textContent()).resolves.toBe(
    "De rolcode voor Maatschappelijk werker klopt niet (5 keer na elkaar). Wacht 30 seconden voor u opnieuw probeert, of vraag de code aan het debiteurenteam.",
  );
  await expect(page.getByTestId("sessie").count()).resolves.toBe(0);
  expect({ clipped: await clippedText(page), axe: await axeViolations(page) }).toEqual({ clipped: [], axe: [] });
  await paneShot(page, "redteam-rolcode", 320);
  guard.assertClean();
  await context.close();
});
