// The adapter on the Excel behaviours the in-memory host imitates (docs/memory-excel.md): a host without
// Table.resize (ExcelApi 1.12), a very hidden client sheet, and reads that come back null instead of failing.
import { deleteClientSheet } from "../../src/app/deleteClientSheet";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { SHEET, TABLE } from "../../src/domain/layout";
import { createMemoryExcel } from "@debiteurencheck/memory-excel";
import { ALL_SETS, aConfig, aSession, aWorkbook, ANNA, DEBTOR_LIST_HEADERS, debtorRows, hostMode, MEHMET, type TestWorkbook } from "../support/fixtures";

const team = aSession("debiteurenteam");

async function setUp(tw: TestWorkbook): Promise<void> {
  const result = await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: { "maatschappelijk-werker": "sociaal-2021", dpo: "toezicht-2021" } });
  expect(result).toMatchObject({ ok: true });
}

const tableRows = (tw: TestWorkbook, name: string) => tw.host.model.table(name)!.rect.rows;

describe("the adapter on real Excel behaviour", () => {
  it("without ExcelApi 1.13 the log table grows because its rows are written directly below it", async () => {
    const tw = aWorkbook({ requirementSets: { ...ALL_SETS, ExcelApi: "1.12" } });
    await setUp(tw);
    const logRows = (await tw.deps.workbook.readLog()).length;
    expect(tableRows(tw, TABLE.log)).toBe(1 + logRows);
    const imported = await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET]), source: "lijst.csv" });
    expect(imported).toMatchObject({ ok: true });
    expect(tableRows(tw, TABLE.log)).toBe(1 + (await tw.deps.workbook.readLog()).length);
    expect(tableRows(tw, TABLE.debtors)).toBe(3);
  });

  it("deletes a client sheet that someone made very hidden (made visible first, office-js #365)", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    await tw.host.run(async (context) => {
      context.workbook.protection.unprotect(tw.host.model.sheet(SHEET.state)!.protection.password ?? "");
      context.workbook.worksheets.getItem(SHEET.clients).visibility = "VeryHidden";
    });
    const deleted = await deleteClientSheet(tw.deps, team);
    expect(deleted).toMatchObject({ ok: true });
    expect(tw.host.model.sheet(SHEET.clients)).toBeUndefined();
    expect(tw.host.model.structure.protected).toBe(true);
  });

  it("a read Excel answers with null values fails with a clear error, never as an empty sheet", async () => {
    const host = createMemoryExcel({ requirementSets: ALL_SETS, maxCellsPerRead: 1000, oversizedRead: "null", ...hostMode() });
    await host.run(async (context) => void (context.workbook.worksheets.add(SHEET.log).getRange("A1").values = [["Nr"]]));
    const tw = aWorkbook({ host });
    await expect(tw.deps.workbook.readLog()).rejects.toThrow(/Excel gaf geen waarden terug/);
  });
});
