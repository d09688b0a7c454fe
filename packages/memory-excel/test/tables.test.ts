// Tables: creation, column names, ranges, rows.add, resize (also on a protected sheet), growing over values written below.

import type { MemoryExcel } from "../src/index";
import { aWorkbook, rejectionOf } from "../src/testing";

const DEBTORS = [["Dossiernummer", "Voornaam", "Status"], ["D-1", "Jan", "nog niet vergeleken"], ["D-2", "An", "nog niet vergeleken"]];

async function withTable(): Promise<MemoryExcel> {
  const excel = await aWorkbook({ values: DEBTORS });
  await excel.run(async (ctx) => {
    const table = ctx.workbook.worksheets.getItem("Debiteuren").tables.add("A1:C3", true);
    table.name = "Debiteuren";
  });
  return excel;
}

const tableAddress = (excel: MemoryExcel) => excel.run(async (ctx) => {
  const range = ctx.workbook.tables.getItem("Debiteuren").getRange().load("address");
  await ctx.sync();
  return range.address;
});

describe("tables", () => {
  test("a table has a name, columns named after the header, and header/body ranges", async () => {
    const excel = await withTable();
    const t = await excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem("debiteuren").load("name,id");
      const columns = table.columns.load("items/name");
      const count = table.rows.load("count");
      const header = table.getHeaderRowRange().load("address");
      const body = table.getDataBodyRange().load("address,values");
      const status = table.columns.getItem("Status").getDataBodyRange().load("values");
      await ctx.sync();
      return { name: table.name, id: table.id, columns: columns.items.map((c) => c.name), rows: count.count, header: header.address, body: body.address, status: status.values };
    });
    expect(t).toEqual({
      name: "Debiteuren", id: "1", columns: ["Dossiernummer", "Voornaam", "Status"], rows: 2,
      header: "Debiteuren!A1:C1", body: "Debiteuren!A2:C3", status: [["nog niet vergeleken"], ["nog niet vergeleken"]],
    });
  });

  test("getItemOrNullObject finds tables by name; sheet-level collections only see their sheet's tables", async () => {
    const excel = await withTable();
    const result = await excel.run(async (ctx) => {
      const other = ctx.workbook.worksheets.add("Logboek");
      const missing = ctx.workbook.tables.getItemOrNullObject("Logboek");
      const elsewhere = other.tables.getItemOrNullObject("Debiteuren");
      const here = ctx.workbook.worksheets.getItem("Debiteuren").tables.load("count");
      await ctx.sync();
      return [missing.isNullObject, elsewhere.isNullObject, here.count];
    });
    expect(result).toEqual([true, true, 1]);
  });

  test("empty headers get ColumnN names; a header-only range gets one empty data row", async () => {
    const excel = await aWorkbook({ values: [["Nr", ""]] });
    await excel.run(async (ctx) => void ctx.workbook.tables.add("Debiteuren!A1:B1", true));
    expect(excel.model.tables[0]).toMatchObject({ name: "Table1" });
    expect(excel.model.values("Debiteuren", "A1:B1")).toEqual([["Nr", "Column2"]]);
    expect(excel.model.tableColumnNames(excel.model.tables[0])).toEqual(["Nr", "Column2"]);
    expect(excel.model.tables[0].rect.rows).toBe(2);
  });

  test("values written directly below a table extend it over every written row", async () => {
    const excel = await withTable();
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange("A4:C5").values = [["D-3", "Els", "x"], ["D-4", "Bo", "y"]]));
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C5");
  });

  test("a write overlapping the last row and reaching below extends the table too; typing below does as well", async () => {
    const excel = await withTable();
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange("A3:A4").values = [["D-2"], ["D-3"]]));
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C4");
    excel.userEdit("Debiteuren", "B5", [["Els"]]);
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C5");
  });

  test("no growth when the first cell written below is blank, when a row is skipped, or beside the table", async () => {
    const excel = await withTable();
    const write = (address: string, values: unknown[][]) => excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange(address).values = values));
    await write("A4:C4", [["", "Els", "x"]]);
    await write("A6:C6", [["D-6", "Bo", "y"]]);
    await write("D4", [["naast"]]);
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C3");
  });

  test("rows.add appends (or inserts) rows and grows the table", async () => {
    const excel = await withTable();
    await excel.run(async (ctx) => {
      const rows = ctx.workbook.tables.getItem("Debiteuren").rows;
      rows.add(undefined, [["D-3", "Els", "nog niet vergeleken"]]);
      rows.add(0, [["D-0", "Bo", "nog niet vergeleken"]]);
    });
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C5");
    expect(excel.model.values("Debiteuren", "A2:A5")).toEqual([["D-0"], ["D-1"], ["D-2"], ["D-3"]]);
  });

  test("resize to a larger range keeps the header row; a range that moves the header is refused", async () => {
    const excel = await withTable();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A4:C5").values = [["D-3", "Els", "x"], ["D-4", "Tom", "x"]];
      ctx.workbook.tables.getItem("Debiteuren").resize("A1:C5");
    });
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C5");
    const error = await rejectionOf(excel.run(async (ctx) => ctx.workbook.tables.getItem("Debiteuren").resize("A2:C9")));
    expect(error.code).toBe("InvalidArgument");
  });

  test("on a protected sheet, writing unlocked table cells works but resize and rows.add are refused", async () => {
    const excel = await withTable();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.getRange("C:C").format.protection.locked = false;
      sheet.protection.protect();
    });
    await excel.run(async (ctx) => void (ctx.workbook.tables.getItem("Debiteuren").columns.getItem("Status").getDataBodyRange().values = [["cliënt OCMW"], ["geen cliënt"]]));
    expect(excel.model.values("Debiteuren", "C2:C3")).toEqual([["cliënt OCMW"], ["geen cliënt"]]);
    const resize = await rejectionOf(excel.run(async (ctx) => ctx.workbook.tables.getItem("Debiteuren").resize("A1:C9")));
    const add = await rejectionOf(excel.run(async (ctx) => void ctx.workbook.tables.getItem("Debiteuren").rows.add(undefined, [["D-3", "Els", "x"]])));
    expect([resize.code, add.code]).toEqual(["AccessDenied", "AccessDenied"]);
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C3");
  });

  test("resize needs ExcelApi 1.13", async () => {
    const excel = await withTable();
    const old = await aWorkbook({ values: DEBTORS, requirementSets: { ExcelApi: "1.12" } });
    await old.run(async (ctx) => void ctx.workbook.tables.add("Debiteuren!A1:C3", true));
    const error = await rejectionOf(old.run(async (ctx) => ctx.workbook.tables.getItem("Table1").resize("A1:C9")));
    expect(error.code).toBe("ApiNotFound");
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C3");
  });

  test("inserting sheet rows inside a table grows it; deleting rows shrinks it; rows below it move it", async () => {
    const excel = await withTable();
    excel.userInsertRows("Debiteuren", 2, 2);
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C5");
    excel.userDeleteRows("Debiteuren", 1, 1);
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C4");
    excel.userInsertRows("Debiteuren", 0, 1);
    expect(await tableAddress(excel)).toBe("Debiteuren!A2:C5");
  });

  test("a row inserted right below a table stays outside it", async () => {
    const excel = await withTable();
    excel.userInsertRows("Debiteuren", 3, 1);
    expect(await tableAddress(excel)).toBe("Debiteuren!A1:C3");
  });

  test("without headers, Excel adds a header row above the data", async () => {
    const excel = await aWorkbook({ values: [["D-1", "Jan"], ["D-2", "An"]] });
    await excel.run(async (ctx) => void ctx.workbook.tables.add("Debiteuren!A1:B2", false));
    expect(excel.model.values("Debiteuren", "A1:B3")).toEqual([["Column1", "Column2"], ["D-1", "Jan"], ["D-2", "An"]]);
    expect(excel.model.tables[0].rect).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
  });

  test("tables cannot overlap", async () => {
    const excel = await withTable();
    const error = await rejectionOf(excel.run(async (ctx) => void ctx.workbook.tables.add("Debiteuren!C3:D6", true)));
    expect(error.code).toBe("InvalidArgument");
  });

  test("delete removes the table and its contents", async () => {
    const excel = await withTable();
    await excel.run(async (ctx) => ctx.workbook.tables.getItem("Debiteuren").delete());
    expect(excel.model.tables).toEqual([]);
    expect(excel.model.values("Debiteuren", "A1:A2")).toEqual([[""], [""]]);
  });
});
