// A repeated comparison in demo mode, end to end in headless Chromium: the social worker rejects a possible match,
// later compares with her own newer client file that has that person's national number, and finds the row flagged
// "nieuwe aanwijzing – te beoordelen" FIRST in her list; deciding again clears the flag. No request leaves 127.0.0.1.
import { join } from "node:path";
import { parseNationalNumber } from "../../src/domain/nationalNumber";
import { compareFromSheet, DEBTOR_HEADERS, demoSuite, playAs, SCREENSHOTS, sheetRows, signIn } from "./demoDriver";

const POSSIBLE = "mogelijke match – te bevestigen";
const COL = { dossier: 0, voornaam: 1, achternaam: 2, rrn: 3, straat: 4, nr: 5, status: 6, match: 7 } as const;

const demo = demoSuite();

test("social worker: a rejected possible match that her newer list finds on the number comes first, flagged, until she decides", async () => {
  const { context, page, guard } = await demo.openDemo();
  await signIn(page, "vergelijking uitvoeren");
  await compareFromSheet(page);
  const debtors = await sheetRows(page, "Debiteuren");
  expect(debtors[0]).toEqual(DEBTOR_HEADERS);
  // A possible match whose debtor has a valid national number (the client sheet had none for that person).
  const row = debtors.slice(1).find((r) => r[COL.status] === POSSIBLE && parseNationalNumber(r[COL.rrn]).ok)!;
  expect(row).toBeDefined();
  const dossier = row[COL.dossier];

  await playAs(page, "Sofie (maatschappelijk werker)", "beslissing invordering registreren");
  const item = page.getByTestId(`dossier-${dossier}`);
  await item.getByTestId("naar-geen cliënt").click();
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("status-klaar").waitFor();

  // Her newer list, read in memory only: this person now with the national number.
  const csv = ["Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", [row[COL.voornaam], row[COL.achternaam], row[COL.rrn], row[COL.straat], row[COL.nr]].join(";")].join("\r\n");
  await page.getByTestId("clienten-bestand").setInputFiles({ name: "nieuwere-lijst.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByTestId("vergelijk").click();
  await page.getByTestId("gemarkeerd").waitFor();
  await expect(page.getByTestId("gemarkeerd").textContent()).resolves.toContain(`${dossier}: geen cliënt`);

  const items = page.locator('li[data-testid^="dossier-"]');
  await items.first().getByTestId("nieuwe-aanwijzing").waitFor();
  await expect(items.first().getAttribute("data-testid")).resolves.toBe(`dossier-${dossier}`);
  await expect(items.first().getByTestId("status").textContent()).resolves.toBe("geen cliënt");
  await expect(items.first().textContent()).resolves.toContain("Match: nieuwe aanwijzing – te beoordelen: gevonden op rijksregisternummer");
  await expect(page.getByTestId("nieuwe-aanwijzing").count()).resolves.toBe(1);
  await page.screenshot({ path: join(SCREENSHOTS, "maatschappelijk-werker-nieuwe-aanwijzing.png") });

  // She decides again (confirms the client): the flag is gone, the decision is in the grid and the log.
  await items.first().getByTestId("naar-cliënt OCMW").click();
  await page.getByTestId("bevestigen").click();
  await page.getByTestId("status-klaar").waitFor();
  await expect(page.getByTestId("nieuwe-aanwijzing").count()).resolves.toBe(0);
  const after = (await sheetRows(page, "Debiteuren")).find((r) => r[COL.dossier] === dossier)!;
  expect([after[COL.status], after[COL.match]]).toEqual(["cliënt OCMW", "bevestigd door maatschappelijk werker na nieuwe aanwijzing (gevonden op rijksregisternummer)"]);
  const log = await sheetRows(page, "Logboek");
  const newest = log[log.length - 1];
  expect([newest[5], newest[6], newest[8], newest[9], newest[10]]).toEqual(["Maatschappelijk werker", "status gewijzigd", "Status (nieuwe aanwijzing beoordeeld)", "geen cliënt", "cliënt OCMW"]);
  guard.assertClean();
  await context.close();
});
