// A repeated `vergelijk <werkmap>` on real .xlsx files, as the debtor team runs it month after month: each run reads
// the previous run's output file, with a newer client list (CSV, read in memory only).
import { setStatus } from "../../src/app/setStatus";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { importDebtors } from "../../src/app/importDebtors";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS, type Status } from "../../src/domain/status";
import { createMemoryExcel } from "@debiteurencheck/memory-excel";
import { openWorkbookFile, saveWorkbookFile, workbookPort } from "../../src/file/workbookFile";
import { webCrypto } from "../../src/platform/webCrypto";
import { memoryDisk } from "../support/memoryDisk";
import { aConfig, ALL_SETS, ANNA, aSession, DEBTOR_LIST_HEADERS, debtorRows, LUCA, MEHMET, type Person } from "../support/fixtures";
import { EXIT } from "../../src/cli/main";
import type { VergelijkWerkmapOutput } from "../../src/cli/vergelijkWerkmap";
import ExcelJS from "exceljs";
import { SHEET } from "../../src/domain/layout";

const team = aSession("debiteurenteam");
const worker = aSession("maatschappelijk-werker", { doel: "beslissing invordering registreren" });
const A = "DOS-2021-000001";
const B = "DOS-2021-000002";
const MEHMET_TYPO: Person = { ...MEHMET, rrn: "93051822460" };

const csv = (people: readonly Person[]) =>
  new TextEncoder().encode(["Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", ...people.map((p) => [p.voornaam, p.achternaam, p.rrn, p.straat, p.nr].join(";"))].join("\r\n"));

/** A set-up workbook file with these debtors, its period around today (the CLI runs on the system clock). */
async function workbookFile(debtors: readonly Person[]): Promise<Uint8Array> {
  const host = createMemoryExcel({ requirementSets: ALL_SETS });
  const deps = { workbook: workbookPort(host), crypto: webCrypto, clock: { now: () => new Date() } };
  await setUpWorkbook(deps, team, { config: aConfig({ start: "2020-01-01", einde: "2099-12-31" }), roleCodes: {} });
  await importDebtors(deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows(debtors), source: "debiteuren.csv" });
  return saveWorkbookFile(host);
}

/** A social worker's decision made in the file (as the add-in does in Excel), saved as a new file. */
async function decided(bytes: Uint8Array, rowId: string, to: Status): Promise<Uint8Array> {
  const opened = await openWorkbookFile(bytes, "w.xlsx");
  if (!opened.ok) throw new Error(opened.error.code);
  const deps = { workbook: workbookPort(opened.value.host), crypto: webCrypto, clock: { now: () => new Date() } };
  const result = await setStatus(deps, worker, { rowId: rowIdFrom(rowId), to });
  if (!result.ok) throw new Error(result.error.code);
  return saveWorkbookFile(opened.value.host);
}

async function rowsOf(bytes: Uint8Array): Promise<Record<string, [string, string]>> {
  const opened = await openWorkbookFile(bytes, "w.xlsx");
  if (!opened.ok) throw new Error(opened.error.code);
  const table = await workbookPort(opened.value.host).readDebtors();
  if (!table.ok) throw new Error(table.error.code);
  return Object.fromEntries(table.value.rows.map((r) => [r.record.dossiernummer, [r.record.status, r.record.match]]));
}

/** Runs `vergelijk` on `bytes` with this client list; returns the new file, the JSON output and the console text. */
async function vergelijk(bytes: Uint8Array, clients: readonly Person[]) {
  const args = ["vergelijk", "in.xlsx", "--uit", "uit.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren", "--clienten", "L.csv"];
  const disk = memoryDisk({ "in.xlsx": bytes, "L.csv": csv(clients) });
  const json = await disk.run(...args, "--json");
  expect([json.code, json.stderr]).toEqual([EXIT.ok, ""]);
  return {
    bytes: disk.files.get("uit.xlsx")!,
    output: JSON.parse(json.stdout) as VergelijkWerkmapOutput,
    /** The same run's console text (run again on the same input). */
    text: async () => (await memoryDisk({ "in.xlsx": bytes, "L.csv": csv(clients) }).run(...args)).stdout,
  };
}

jest.setTimeout(60_000);

describe("debiteurencheck vergelijk <werkmap>, repeated with newer client lists", () => {
  it("L1 then L2 halts B; L3 without B keeps B ‘cliënt OCMW’ and lists it", async () => {
    const first = await vergelijk(await workbookFile([ANNA, MEHMET, LUCA]), [ANNA]);
    expect((await rowsOf(first.bytes))[B][0]).toBe(STATUS.noClient);
    const second = await vergelijk(first.bytes, [ANNA, MEHMET]);
    expect((await rowsOf(second.bytes))[B]).toEqual([STATUS.client, "rijksregisternummer"]);
    expect([second.output.gewijzigd, second.output.samenvatting.herzien]).toEqual([1, 1]);
    const third = await vergelijk(second.bytes, [ANNA]);
    expect((await rowsOf(third.bytes))[B][0]).toBe(STATUS.client);
    expect(third.output.samenvatting.nietMeerInLijst).toEqual([{ rowId: "R000002", dossiernummer: B, status: STATUS.client }]);
    expect(await third.text()).toContain("Niet meer in de nieuwe lijst – behouden; alleen de maatschappelijk werker beslist:\n  - DOS-2021-000002 [R000002]: cliënt OCMW\n");
  });

  it("flags a rejected possible match that a later list finds on the number, and never overwrites it", async () => {
    const first = await vergelijk(await workbookFile([ANNA, MEHMET]), [{ ...MEHMET, rrn: "" }]);
    expect((await rowsOf(first.bytes))[B][0]).toBe(STATUS.possibleMatch);
    const rejected = await decided(first.bytes, "R000002", STATUS.noClient);
    const second = await vergelijk(rejected, [MEHMET]);
    expect((await rowsOf(second.bytes))[B]).toEqual([
      STATUS.noClient,
      "nieuwe aanwijzing – te beoordelen: gevonden op rijksregisternummer – eerder: afgewezen door maatschappelijk werker (naam + adres)",
    ]);
    expect(second.output.samenvatting.gemarkeerd).toEqual([{ rowId: "R000002", dossiernummer: B, status: STATUS.noClient }]);
    expect(await second.text()).toContain("Nieuwe aanwijzing – te beoordelen door de maatschappelijk werker (invordering stopgezet tot zij beslist):\n  - DOS-2021-000002 [R000002]: geen cliënt\n");
  });

  it("keeps ‘invorderingsprocedure voortzetten’ through every later list", async () => {
    let bytes = await decided((await vergelijk(await workbookFile([ANNA, MEHMET]), [ANNA])).bytes, "R000001", STATUS.continueCollection);
    for (const later of [[ANNA], [MEHMET], [{ ...ANNA, rrn: "" }]]) {
      bytes = (await vergelijk(bytes, later)).bytes;
      expect((await rowsOf(bytes))[A][0]).toBe(STATUS.continueCollection);
    }
  });

  it("compares a corrected number again: the edit made in the file is found and logged before comparing", async () => {
    const first = await vergelijk(await workbookFile([ANNA, MEHMET_TYPO]), [MEHMET]);
    expect((await rowsOf(first.bytes))[B][0]).toBe(STATUS.noClient);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.bytes.buffer.slice(first.bytes.byteOffset, first.bytes.byteOffset + first.bytes.byteLength) as ArrayBuffer);
    wb.getWorksheet(SHEET.debtors)!.getCell("D3").value = MEHMET.rrn;
    const second = await vergelijk(new Uint8Array(await wb.xlsx.writeBuffer()), [MEHMET]);
    expect(second.output.buitenAddin).toBe(1);
    expect((await rowsOf(second.bytes))[B]).toEqual([STATUS.client, "rijksregisternummer"]);
    expect(await second.text()).toContain("1 rij buiten de add-in gewijzigd: in het logboek gezet vóór de vergelijking.");
  });

  it("re-opens both rows of a swap of identifying data made in the file, and halts the client where her data now are", async () => {
    const first = await vergelijk(await workbookFile([ANNA, MEHMET]), [ANNA]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.bytes.buffer.slice(first.bytes.byteOffset, first.bytes.byteOffset + first.bytes.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet(SHEET.debtors)!;
    for (const col of ["B", "C", "D", "E", "F"]) {
      const [two, three] = [sheet.getCell(`${col}2`).value, sheet.getCell(`${col}3`).value];
      sheet.getCell(`${col}2`).value = three;
      sheet.getCell(`${col}3`).value = two;
    }
    const second = await vergelijk(new Uint8Array(await wb.xlsx.writeBuffer()), [ANNA]);
    expect(second.output.buitenAddin).toBe(2);
    expect(await rowsOf(second.bytes)).toEqual({ [A]: [STATUS.noClient, "geen overeenkomst"], [B]: [STATUS.client, "rijksregisternummer"] });
  });
});
