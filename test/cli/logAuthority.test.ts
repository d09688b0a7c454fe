// The red-team findings F1 and F6 (docs/security.md "Logboek als autoriteit"), done as someone holding the .xlsx file
// would: with exceljs, and the row digests in the state sheet recomputed (the digest format is public). The Logboek is
// untouched, so the chain is intact; `controleer` must still exit 1 and name the rows and what differs.
import ExcelJS from "exceljs";
import { SHEET } from "../../src/domain/layout";
import type { DebtorRecord } from "../../src/domain/records";
import { rowDigest } from "../../src/domain/rowDigest";
import { STATUS } from "../../src/domain/status";
import { aComparedWorkbook, memoryDisk } from "../support/memoryDisk";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";

let compared: Uint8Array;

beforeAll(async () => {
  compared = await aComparedWorkbook(20, 11);
});

const check = async (bytes: Uint8Array) => {
  const result = await memoryDisk({ "w.xlsx": bytes }).run("controleer", "w.xlsx", "--json");
  const text = await memoryDisk({ "w.xlsx": bytes }).run("controleer", "w.xlsx");
  return { code: result.code, output: JSON.parse(result.stdout) as ControleerOutput, text: text.stdout };
};

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? "" : String(v));
const COL = { dossier: 1, status: 7, match: 8, rijId: 9 } as const;

/** Edits the compared workbook's Debiteuren sheet, then recomputes every row digest in the state sheet. */
async function forged(edit: (debtors: ExcelJS.Worksheet, find: (status: string) => number) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(compared.buffer.slice(compared.byteOffset, compared.byteOffset + compared.byteLength) as ArrayBuffer);
  const debtors = wb.getWorksheet(SHEET.debtors)!;
  const find = (status: string) => {
    for (let r = 2; r <= debtors.rowCount; r++) if (text(debtors.getCell(r, COL.status).value) === status) return r;
    throw new Error(`no row with ${status}`);
  };
  edit(debtors, find);
  const digests = new Map<string, string>();
  for (let r = 2; r <= debtors.rowCount; r++) {
    const [dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer, status] = [1, 2, 3, 4, 5, 6, 7].map((c) => text(debtors.getCell(r, c).value));
    digests.set(text(debtors.getCell(r, COL.rijId).value), rowDigest({ dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer, status } as DebtorRecord));
  }
  const state = wb.getWorksheet(SHEET.state)!;
  for (let r = 1; r <= state.rowCount; r++) {
    const id = text(state.getCell(r, 4).value);
    if (digests.has(id)) state.getCell(r, 5).value = digests.get(id)!;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

it("the compared workbook itself agrees with its log (exit 0, no rows named)", async () => {
  const { code, output } = await check(compared);
  expect(code).toBe(EXIT.ok);
  expect(output.protocol?.logboekAfwijkingen).toEqual([]);
});

it("F1: Status, Match and Rij-ID swapped between a client and a 'geen cliënt' row: exit 1, both rows named by their dossier", async () => {
  let client = { dossier: "", rijId: "" };
  let other = { dossier: "", rijId: "" };
  const bytes = await forged((d, find) => {
    const a = find(STATUS.client);
    const b = find(STATUS.noClient);
    client = { dossier: text(d.getCell(a, COL.dossier).value), rijId: text(d.getCell(a, COL.rijId).value) };
    other = { dossier: text(d.getCell(b, COL.dossier).value), rijId: text(d.getCell(b, COL.rijId).value) };
    for (const col of [COL.status, COL.match, COL.rijId]) {
      const t = d.getCell(a, col).value;
      d.getCell(a, col).value = d.getCell(b, col).value;
      d.getCell(b, col).value = t;
    }
    d.getCell(a, COL.match).value = "afgewezen door maatschappelijk werker (gevonden op rijksregisternummer)";
  });
  const { code, output, text: shown } = await check(bytes);
  expect(code).toBe(EXIT.logBroken);
  expect(output.logboek.intact).toBe(true);
  expect(output.protocol?.buitenAddin).toEqual({ gewijzigd: 0, zonderDigest: 0, verdwenen: 0 });
  const found = new Map(output.protocol!.logboekAfwijkingen!.map((f) => [f.rijId, f]));
  expect([...found.keys()].sort()).toEqual([client.rijId, other.rijId].sort());
  expect(found.get(other.rijId)).toEqual({
    rijId: other.rijId,
    dossiernummer: client.dossier,
    verschillen: [
      { veld: "Dossiernummer", logboek: other.dossier, blad: client.dossier },
      { veld: "Match", logboek: "geen beslissing van de maatschappelijk werker", blad: "afgewezen door maatschappelijk werker (gevonden op rijksregisternummer)" },
    ],
  });
  expect(found.get(client.rijId)).toEqual({ rijId: client.rijId, dossiernummer: other.dossier, verschillen: [{ veld: "Dossiernummer", logboek: client.dossier, blad: other.dossier }] });
  expect(shown).toContain("AFWIJKEND VAN HET LOGBOEK (2 rijen");
  expect(shown).toContain(`${client.dossier} [${other.rijId}]: Dossiernummer ‘${client.dossier}’, in het Logboek ‘${other.dossier}’`);
  expect(shown).not.toContain("Geen wijzigingen aan debiteuren buiten de add-in");
});

it("F6: a status set to 'invorderingsprocedure voortzetten' without the add-in: exit 1, the row and both statuses named", async () => {
  let row = { dossier: "", rijId: "" };
  const bytes = await forged((d, find) => {
    const a = find(STATUS.client);
    row = { dossier: text(d.getCell(a, COL.dossier).value), rijId: text(d.getCell(a, COL.rijId).value) };
    d.getCell(a, COL.status).value = STATUS.continueCollection;
    d.getCell(a, COL.match).value = "afgewezen door maatschappelijk werker (andere persoon)";
  });
  const { code, output, text: shown } = await check(bytes);
  expect(code).toBe(EXIT.logBroken);
  expect(output.protocol?.logboekAfwijkingen).toEqual([
    {
      rijId: row.rijId,
      dossiernummer: row.dossier,
      verschillen: [
        { veld: "Status", logboek: STATUS.client, blad: STATUS.continueCollection },
        { veld: "Match", logboek: "geen beslissing van de maatschappelijk werker", blad: "afgewezen door maatschappelijk werker (andere persoon)" },
      ],
    },
  ]);
  expect(shown).toContain(`${row.dossier} [${row.rijId}]: Status ‘${STATUS.continueCollection}’, in het Logboek ‘${STATUS.client}’`);
});
