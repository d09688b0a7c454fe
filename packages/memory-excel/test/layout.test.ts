// What a reader sees of a sheet's layout: column widths (RangeFormat.columnWidth, points, null when the range's columns
// differ), a table's filter buttons (Table.showFilterButton), frozen rows — kept in snapshots.

import { aWorkbook, rejectionOf } from "../src/testing";

describe("layout", () => {
  test("column widths are kept per column in points; a range of unequal columns reads null", async () => {
    const excel = await aWorkbook();
    const read = await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.getRange("B:B").format.columnWidth = 135;
      sheet.getRange("C1:D1").format.columnWidth = 36;
      const ranges = ["A1", "B7", "C:D", "B:C"].map((a) => sheet.getRange(a).format.load("columnWidth"));
      await ctx.sync();
      return ranges.map((r) => r.columnWidth);
    });
    expect(read).toEqual([48, 135, 36, null]);
    expect(Object.fromEntries(excel.model.sheet("Debiteuren")!.columnWidths)).toEqual({ 1: 135, 2: 36, 3: 36 });
  });

  test("a width needs 'Format columns' on a protected sheet, and is a number of points", async () => {
    const excel = await aWorkbook();
    const set = (width: number) =>
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Debiteuren").getRange("A:A").format.columnWidth = width;
        await ctx.sync();
      });
    expect((await rejectionOf(set(-1))).code).toBe("InvalidArgument");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").protection.protect();
      await ctx.sync();
    });
    expect((await rejectionOf(set(60))).code).toBe("AccessDenied");
    expect(excel.model.sheet("Debiteuren")!.columnWidths.size).toBe(0);
  });

  test("a new table has filter buttons; they can be hidden and shown", async () => {
    const excel = await aWorkbook({ values: [["Nr", "Actie"], [1, "toegang"]] });
    const shown = await excel.run(async (ctx) => {
      const table = ctx.workbook.worksheets.getItem("Debiteuren").tables.add("A1:B2", true);
      const before = table.load("showFilterButton");
      await ctx.sync();
      const first = before.showFilterButton;
      table.showFilterButton = false;
      table.load("showFilterButton");
      await ctx.sync();
      return [first, table.showFilterButton];
    });
    expect(shown).toEqual([true, false]);
  });

  test("widths, filter buttons and frozen rows survive a snapshot", async () => {
    const excel = await aWorkbook({ values: [["Nr", "Actie"], [1, "toegang"]] });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.tables.add("A1:B2", true).showFilterButton = false;
      sheet.getRange("B:B").format.columnWidth = 125;
      sheet.freezePanes.freezeRows(1);
      await ctx.sync();
    });
    const snapshot = excel.snapshot();
    expect([snapshot.sheets[0].columnWidths, snapshot.sheets[0].frozenRows, snapshot.tables[0].showFilterButton]).toEqual([{ B: 125 }, 1, false]);
    const copy = await aWorkbook();
    copy.load(snapshot);
    expect(copy.snapshot()).toEqual(snapshot);
  });
});
