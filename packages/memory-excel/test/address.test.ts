// A1 addresses: parsing, Excel's printing (sheet names quoted when needed), and ranges derived from ranges.

import { formatAddress, formatRect, parseAddress, quoteSheetName, rect } from "../src/address";
import { aWorkbook, rejectionOf, thrownBy } from "../src/testing";

describe("addresses", () => {
  test.each([
    ["A1", rect(0, 0)],
    ["$B$3", rect(2, 1)],
    ["A2:C4", rect(1, 0, 3, 3)],
    ["C4:A2", rect(1, 0, 3, 3)],
    ["D:D", rect(0, 3, 1_048_576, 1)],
    ["2:5", rect(1, 0, 4, 16_384)],
    ["XFD1048576", rect(1_048_575, 16_383)],
  ])("parses %s", (address, expected) => {
    expect(parseAddress(address).rect).toEqual(expected);
  });

  test("parses a sheet prefix, quoted or not", () => {
    expect(parseAddress("'OCMW-cliënten'!A1:B2")).toEqual({ sheet: "OCMW-cliënten", rect: rect(0, 0, 2, 2) });
    expect(parseAddress("'It''s'!A1").sheet).toBe("It's");
    expect(parseAddress("Debiteuren!C3").sheet).toBe("Debiteuren");
  });

  test.each(["", "A", "1", "A0", "XFE1", "A1:B", "A1:B2:C3", "!!"])("refuses %j with InvalidArgument", (address) => {
    expect(thrownBy(() => parseAddress(address)).code).toBe("InvalidArgument");
  });

  test("prints cells, areas, entire columns and entire rows the way Excel does", () => {
    expect([rect(2, 1), rect(1, 0, 3, 3), rect(0, 0, 1_048_576, 3), rect(1, 0, 3, 16_384)].map(formatRect)).toEqual(["B3", "A2:C4", "A:C", "2:4"]);
  });

  test("quotes sheet names that are not plain identifiers", () => {
    expect(["Debiteuren", "OCMW-cliënten", "Cliënten", "Mijn blad", "A1", "2021", "It's"].map(quoteSheetName))
      .toEqual(["Debiteuren", "'OCMW-cliënten'", "Cliënten", "'Mijn blad'", "'A1'", "'2021'", "'It''s'"]);
    expect(formatAddress("OCMW-cliënten", rect(0, 0, 2, 2))).toBe("'OCMW-cliënten'!A1:B2");
  });

  test("range.address carries the quoted sheet name", async () => {
    const excel = await aWorkbook({ sheet: "OCMW-cliënten" });
    const address = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("OCMW-cliënten").getRange("b2:c3").load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("'OCMW-cliënten'!B2:C3");
  });

  test("derived ranges: cell, resized, offset, row, column, last row, entire row", async () => {
    const excel = await aWorkbook();
    const addresses = await excel.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem("Debiteuren").getRange("B2:D5");
      const ranges = [
        base.getCell(1, 2), base.getResizedRange(1, -1), base.getOffsetRange(2, 1), base.getRow(0),
        base.getColumn(2), base.getLastRow(), base.getEntireRow(), base.getEntireColumn(),
      ].map((r) => r.load("address"));
      await ctx.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "Debiteuren!D3", "Debiteuren!B2:C6", "Debiteuren!C4:E7", "Debiteuren!B2:D2",
      "Debiteuren!D2:D5", "Debiteuren!B5:D5", "Debiteuren!2:5", "Debiteuren!B:D",
    ]);
  });

  test("getRangeByIndexes and size properties", async () => {
    const excel = await aWorkbook();
    const r = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRangeByIndexes(1, 2, 3, 4).load("address,rowIndex,columnIndex,rowCount,columnCount,cellCount");
      await ctx.sync();
      return range.toJSON();
    });
    expect(r).toEqual({ address: "Debiteuren!C2:F4", rowIndex: 1, columnIndex: 2, rowCount: 3, columnCount: 4, cellCount: 12 });
  });

  test("an offset beyond the sheet fails at sync with InvalidArgument", async () => {
    const excel = await aWorkbook();
    const error = await rejectionOf(excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").getOffsetRange(-1, 0).load("address");
    }));
    expect(error.code).toBe("InvalidArgument");
  });

  test("the used range spans contents (and formats unless valuesOnly); an empty sheet's is A1 or a null object", async () => {
    const excel = await aWorkbook();
    const result = await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      const empty = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject(true);
      sheet.getRange("B2").values = [["x"]];
      sheet.getRange("D7").format.font.bold = true;
      const all = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await ctx.sync();
      return [empty.address, none.isNullObject, all.address, valuesOnly.address];
    });
    expect(result).toEqual(["Debiteuren!A1", true, "Debiteuren!B2:D7", "Debiteuren!B2"]);
  });
});
