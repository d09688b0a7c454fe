// A workbook made by the use cases in the in-memory host survives an .xlsx file: same contents, formats, locking,
// protection, and a log that still verifies — and the reopened file takes further use cases.
import { parseCell } from "@debiteurencheck/memory-excel/a1";
import ExcelJS from "exceljs";
import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { setStatus } from "../../src/app/setStatus";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { verifyChain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { MAX_ROWS, type MemoryExcel } from "@debiteurencheck/memory-excel";
import { webCrypto } from "../../src/platform/webCrypto";
import { checkDigitsFor } from "../../src/synthetic";
import {
  aConfig, ANNA, aSession, aWorkbook, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows, MEHMET, type Person, type TestWorkbook,
} from "../support/fixtures";
import { openWorkbookFile, saveWorkbookFile, UNKNOWN_PASSWORD, workbookPort } from "../../src/file/workbookFile";

const team = aSession("debiteurenteam");
const worker = aSession("maatschappelijk-werker", { doel: "beslissing invordering registreren" });

/** Born 2001: the number starts with 0, and its check digits follow the rule for births from 2000. */
const NR_2001 = `010203123${checkDigitsFor("010203123", true)}`;
const JONAS: Person = { dossier: "DOS-2021-000009", voornaam: "Jonas", achternaam: "Claes", rrn: NR_2001, straat: "Vennestraat", nr: "2" };

async function comparedWorkbook(): Promise<TestWorkbook> {
  const tw = aWorkbook();
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: { dpo: "privacy-2021" } });
  await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET, JONAS]), source: "debiteuren.csv" });
  await compare(tw.deps, team, { kind: "bestand", fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows([ANNA, JONAS]) });
  return tw;
}

async function throughFile(host: MemoryExcel, name = "werkmap.xlsx"): Promise<MemoryExcel> {
  const opened = await openWorkbookFile(await saveWorkbookFile(host, { spinCount: 1000 }), name);
  if (!opened.ok) throw new Error(opened.error.code);
  expect(opened.value.foreignlyProtected).toEqual([]);
  return opened.value.host;
}

/** What Excel would show: values, formulas and effective formats of every stored cell (of either host) and a probe grid. */
function view(host: MemoryExcel, addressesBySheet: Map<string, Set<string>>) {
  const snapshot = host.snapshot();
  return {
    activeSheet: snapshot.activeSheet,
    tables: snapshot.tables.map(({ name, sheet, address }) => ({ name, sheet, address })),
    sheets: snapshot.sheets.map((s) => {
      const model = host.model.sheet(s.name)!;
      const formats: Record<string, string> = {};
      for (const address of addressesBySheet.get(s.name) ?? []) {
        const { row, col } = parseCell(address)!;
        formats[address] = `${model.format(row, col, "nf")} | ${model.format(row, col, "locked") ? "locked" : "unlocked"} | ${model.format(row, col, "bold") ? "bold" : ""}`;
      }
      return {
        name: s.name,
        visibility: s.visibility,
        frozenRows: s.frozenRows,
        protection: s.protection,
        values: s.cells.filter((c) => c.value !== undefined || c.formula !== undefined).map(({ address, value, formula, error }) => ({ address, value, formula, error })),
        formats,
      };
    }),
  };
}

function addressesToCompare(...hosts: MemoryExcel[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const host of hosts) {
    for (const s of host.snapshot().sheets) {
      const set = map.get(s.name) ?? new Set<string>();
      s.cells.forEach((c) => set.add(c.address));
      for (const row of [1, 2, 3, 50, 1000, MAX_ROWS]) for (const col of "ABCDEFGHIJKLMNO") set.add(`${col}${row}`);
      map.set(s.name, set);
    }
  }
  return map;
}

async function expectLogIntact(host: MemoryExcel) {
  const port = workbookPort(host);
  const state = await port.readState();
  if (!state.ok) throw new Error(state.error.code);
  const log = await port.readLog();
  expect(await verifyChain(log, webCrypto, { knownHead: state.value.head })).toEqual({ ok: true, head: state.value.head, count: state.value.head.nr, segments: 1 });
  return log;
}

describe("a workbook through an .xlsx file", () => {
  it("keeps values, formats, locked flags, visibility, sheet protection and tables, and its log verifies", async () => {
    const tw = await comparedWorkbook();
    const reopened = await throughFile(tw.host);
    const addresses = addressesToCompare(tw.host, reopened);
    expect(view(reopened, addresses)).toEqual(view(tw.host, addresses));
    const log = await expectLogIntact(reopened);
    expect(log.map((e) => e.actie)).toEqual(["werkmap ingesteld", "configuratie gewijzigd", "configuratie gewijzigd", "configuratie vastgelegd", "import", "vergelijking", ...Array(3).fill("status gewijzigd")]);
    expect(reopened.snapshot().sheets.find((s) => s.name === SHEET.state)?.visibility).toBe("VeryHidden");
  });

  it("loses only workbook structure protection, which exceljs cannot write (docs/cli.md)", async () => {
    const tw = await comparedWorkbook();
    expect(tw.host.snapshot().structureProtection.protected).toBe(true);
    expect((await throughFile(tw.host)).snapshot().structureProtection).toEqual({ protected: false, password: null });
  });

  it("takes further use cases after reopening (the sheet passwords come back from the state sheet), and again after a second file", async () => {
    const tw = await comparedWorkbook();
    const reopened = await throughFile(tw.host);
    const deps = { ...tw.deps, workbook: workbookPort(reopened) };
    expect(await setStatus(deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).toEqual({ ok: true, value: { from: STATUS.client, to: STATUS.continueCollection } });
    const again = await throughFile(reopened);
    const log = await expectLogIntact(again);
    expect(log.at(-1)).toMatchObject({ actie: "status gewijzigd", over: "DOS-2021-000001 [R000001]", oudeWaarde: STATUS.client, nieuweWaarde: STATUS.continueCollection });
    const protection = again.snapshot().sheets.find((s) => s.name === SHEET.debtors)!.protection;
    expect([protection.protected, protection.password]).toEqual([true, tw.host.snapshot().sheets.find((s) => s.name === SHEET.state)!.cells.find((c) => c.address === "B6")!.value]);
  });

  it("keeps a national number starting with 0 as text with its leading zero, in the host and in the file itself", async () => {
    const tw = await comparedWorkbook();
    const bytes = await saveWorkbookFile(tw.host, { spinCount: 1000 });
    const opened = await openWorkbookFile(bytes, "werkmap.xlsx");
    if (!opened.ok) throw new Error(opened.error.code);
    const table = await workbookPort(opened.value.host).readDebtors();
    if (!table.ok) throw new Error(table.error.code);
    expect(table.value.rows.map((r) => [r.record.rijksregisternummer, r.record.status])).toContainEqual([NR_2001, STATUS.client]);
    expect(NR_2001.startsWith("0")).toBe(true);
    const cell = opened.value.host.model.read(SHEET.debtors, "D4");
    expect(cell).toMatchObject({ values: [[NR_2001]], numberFormat: [["@"]] });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const raw = wb.getWorksheet(SHEET.debtors)!.getCell("D4");
    expect([raw.type, raw.value, raw.numFmt]).toEqual([ExcelJS.ValueType.String, NR_2001, "@"]);
  });

  it("gives a sheet re-protected with another password an unknown password, so no write can slip past it", async () => {
    const tw = await comparedWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await saveWorkbookFile(tw.host, { spinCount: 1000 })).buffer as ArrayBuffer);
    const log = wb.getWorksheet(SHEET.log)!;
    log.unprotect();
    await log.protect("iemand anders", { spinCount: 1000 });
    const opened = await openWorkbookFile(new Uint8Array(await wb.xlsx.writeBuffer()), "werkmap.xlsx");
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.foreignlyProtected).toEqual([SHEET.log]);
    expect(opened.value.host.snapshot().sheets.find((s) => s.name === SHEET.log)!.protection.password).toBe(UNKNOWN_PASSWORD);
  });
});

describe("opening a workbook file", () => {
  it("refuses other formats, empty files and bytes that are not a workbook", async () => {
    const bytes = new TextEncoder().encode("geen werkmap");
    expect(await openWorkbookFile(bytes, "lijst.csv")).toEqual({ ok: false, error: { code: "onbekend-formaat", fileName: "lijst.csv", extension: "csv" } });
    expect(await openWorkbookFile(new Uint8Array(), "leeg.xlsx")).toEqual({ ok: false, error: { code: "leeg-bestand", fileName: "leeg.xlsx" } });
    expect(await openWorkbookFile(bytes, "kapot.xlsx")).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "kapot.xlsx" } });
  });
});
