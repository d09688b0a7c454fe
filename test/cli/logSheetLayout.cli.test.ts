// The Logboek in a file the CLI wrote (exceljs): frozen header row, filter buttons, column widths, the reader's column
// order. A file from an earlier version keeps its own column order: `controleer` verifies it and `vergelijk` appends
// to it in that order.
import ExcelJS from "exceljs";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import { SHEET, TABLE } from "../../src/domain/layout";
import { LEGACY_LOG_HEADERS, LOG_HEADERS } from "../../src/domain/log";
import { LOG_COLUMN_WIDTH } from "../../src/excel/logSheet";
import { pointsToFileWidth } from "../../src/file/xlsxSnapshot";
import { aComparedWorkbook, memoryDisk, exceljsWorkbook } from "../support/memoryDisk";


const headerOf = (log: ExcelJS.Worksheet) => (log.getRow(1).values as unknown[]).slice(1);

/** The same rows under the earlier header order, as a version before the reader's order wrote them. */
function toLegacyOrder(log: ExcelJS.Worksheet): void {
  const from = headerOf(log).map(String);
  log.eachRow((row) => {
    const cells = from.map((_, c) => row.getCell(c + 1).value);
    LEGACY_LOG_HEADERS.forEach((header, c) => void (row.getCell(c + 1).value = cells[from.indexOf(header)]));
  });
}

describe("the Logboek sheet in a file", () => {
  let compared: Uint8Array;
  beforeAll(async () => {
    compared = await aComparedWorkbook(10, 3);
  }, 60_000);

  it("has the reader's column order, a frozen header row with filter buttons, and the set widths", async () => {
    const log = (await exceljsWorkbook(compared)).getWorksheet(SHEET.log)!;
    expect(headerOf(log)).toEqual([...LOG_HEADERS]);
    expect(log.views.map((v) => [v.state, (v as { ySplit?: number }).ySplit])).toEqual([["frozen", 1]]);
    const table = log.getTable(TABLE.log) as unknown as { table: { autoFilterRef?: string; columns: { filterButton?: boolean }[] } };
    expect(table.table.autoFilterRef).toBe(`A1:N${log.rowCount}`);
    expect(table.table.columns.map((c) => c.filterButton)).toEqual(LOG_HEADERS.map(() => true));
    expect(LOG_HEADERS.map((_, c) => log.getColumn(c + 1).width)).toEqual(LOG_HEADERS.map((h) => pointsToFileWidth(LOG_COLUMN_WIDTH[h])));
    expect(pointsToFileWidth(48)).toBeCloseTo(9.14, 2); // Excel's default column (8.43 characters) as a file stores it
  });

  it("from an earlier version: verified by controleer, appended to by vergelijk in its own order", async () => {
    const wb = await exceljsWorkbook(compared);
    toLegacyOrder(wb.getWorksheet(SHEET.log)!);
    const disk = memoryDisk({ "oud.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const check = async (file: string) => JSON.parse((await disk.run("controleer", file, "--json")).stdout) as ControleerOutput;

    const before = await check("oud.xlsx");
    expect([before.logboek.intact, before.logboek.breuk]).toEqual([true, null]);
    const run = await disk.run("vergelijk", "oud.xlsx", "--uit", "opnieuw.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren");
    expect([run.code, run.stderr]).toEqual([EXIT.ok, ""]);
    const after = await check("opnieuw.xlsx");
    expect([after.logboek.intact, after.logboek.rijen > before.logboek.rijen]).toEqual([true, true]);

    const log = (await exceljsWorkbook(disk.files.get("opnieuw.xlsx")!)).getWorksheet(SHEET.log)!;
    expect(headerOf(log)).toEqual([...LEGACY_LOG_HEADERS]);
    const last = log.getRow(log.rowCount);
    expect([last.getCell(1).value, last.getCell(2).text]).toEqual([after.logboek.rijen, expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/)]);
  });
});
