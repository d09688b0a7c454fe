// snapshot()/load(): the whole workbook as plain JSON and back, for the CLI's .xlsx adapter and for tests.

import { createMemoryExcel } from "../src/index";
import type { MemoryExcel, WorkbookSnapshot } from "../src/index";
import { aWorkbook } from "../src/testing";

async function aRichWorkbook(): Promise<MemoryExcel> {
  const excel = await aWorkbook({ values: [["Dossiernummer", "Rijksregisternummer"], ["D-1", "x"]] });
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
    sheet.getRange("B:B").numberFormat = [["@"]];
    sheet.getRange("B2").values = [["00012556777"]];
    sheet.getRange("C2").formulas = [["=1+1"]];
    sheet.getRange("A1:B1").format.font.bold = true;
    sheet.getRange("C:C").format.protection.locked = false;
    sheet.tables.add("A1:B2", true).name = "Debiteuren";
    sheet.freezePanes.freezeRows(1);
    sheet.protection.protect({ allowInsertRows: true }, "geheim");
    const state = ctx.workbook.worksheets.add("Staat");
    state.getRange("A1").values = [["config"]];
    state.visibility = "VeryHidden";
    ctx.workbook.protection.protect("boek");
  });
  return excel;
}

describe("snapshot", () => {
  test("is plain JSON naming cells, formats, tables, protection and visibility", async () => {
    const snapshot = (await aRichWorkbook()).snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    const [debtors, state] = snapshot.sheets;
    expect(debtors.cells).toEqual([
      { address: "A1", value: "Dossiernummer", bold: true },
      { address: "B1", value: "Rijksregisternummer", bold: true },
      { address: "A2", value: "D-1" },
      { address: "B2", value: "00012556777" },
      { address: "C2", value: 2, formula: "=1+1" },
    ]);
    expect(debtors.formats).toEqual([{ address: "B:B", numberFormat: "@" }, { address: "C:C", locked: false }]);
    expect(debtors.protection).toMatchObject({ protected: true, password: "geheim", options: { allowInsertRows: true, allowDeleteRows: false } });
    expect(debtors.frozenRows).toBe(1);
    expect(state).toMatchObject({ name: "Staat", visibility: "VeryHidden" });
    expect(snapshot.tables).toEqual([{ id: "1", name: "Debiteuren", sheet: "Debiteuren", address: "A1:B2" }]);
    expect(snapshot.structureProtection).toEqual({ protected: true, password: "boek" });
  });

  test("round-trips: loading a snapshot into a new host gives the same snapshot and the same behaviour", async () => {
    const original = (await aRichWorkbook()).snapshot();
    const copy = createMemoryExcel();
    copy.load(original);
    expect(copy.snapshot()).toEqual(original);
    expect(copy.userEdit("Debiteuren", "A2", [["x"]])).toEqual({ ok: false, reason: "beveiligd" });
    expect(copy.userEdit("Debiteuren", "C5", [["0123"]])).toEqual({ ok: true });
    expect(copy.model.read("Debiteuren", "B2:C5").values).toEqual([["00012556777", 2], ["", ""], ["", ""], ["", 123]]);
  });

  test("ids made after a load do not collide with loaded ones", async () => {
    const copy = createMemoryExcel();
    copy.load((await aRichWorkbook()).snapshot());
    await copy.run(async (ctx) => {
      ctx.workbook.protection.unprotect("boek");
      ctx.workbook.worksheets.add("Evaluatie").tables.add("A1:B2", true);
    });
    const ids = copy.model.sheets.map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
    expect(copy.model.tables.map((t) => t.id)).toEqual(["1", "2"]);
  });

  test("load notifies subscribers and rejects unknown versions", async () => {
    const excel = createMemoryExcel();
    let renders = 0;
    excel.subscribe(() => renders++);
    excel.load(excel.snapshot());
    expect(renders).toBe(1);
    expect(() => excel.load({ ...excel.snapshot(), version: 2 } as unknown as WorkbookSnapshot)).toThrow("Unsupported workbook snapshot version 2");
  });
});
