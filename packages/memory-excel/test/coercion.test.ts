// Excel's type coercion on write and the text format "@" that keeps strings as typed.

import type { MemoryExcel } from "../src/index";
import { aWorkbook, rejectionOf } from "../src/testing";

/** Writes one value into A1 (after giving A1 a number format) and reads values/formulas/text/valueTypes back. */
async function roundTrip(excel: MemoryExcel, value: unknown, numberFormat = "General") {
  return excel.run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1");
    cell.numberFormat = [[numberFormat]];
    cell.values = [[value]];
    cell.load("values,formulas,text,valueTypes,numberFormat");
    await ctx.sync();
    return { value: cell.values[0][0], formula: cell.formulas[0][0], text: cell.text[0][0], type: cell.valueTypes[0][0], format: cell.numberFormat[0][0] };
  });
}

describe("type coercion on write", () => {
  let excel: MemoryExcel;
  beforeEach(async () => (excel = await aWorkbook()));

  test("a national number typed as a string loses its leading zeros in a General cell", async () => {
    expect(await roundTrip(excel, "00012556777")).toEqual({ value: 12556777, formula: 12556777, text: "12556777", type: "Double", format: "General" });
  });

  test("in a text (@) cell it stays the string as written", async () => {
    expect(await roundTrip(excel, "00012556777", "@")).toEqual({ value: "00012556777", formula: "00012556777", text: "00012556777", type: "String", format: "@" });
  });

  test("a string starting with = becomes a formula; a constant formula is evaluated", async () => {
    expect(await roundTrip(excel, '="cliënt " & "OCMW"')).toMatchObject({ value: "cliënt OCMW", formula: '="cliënt " & "OCMW"', type: "String" });
    expect(await roundTrip(excel, "=1+2*3")).toMatchObject({ value: 7, formula: "=1+2*3", type: "Double" });
  });

  test("a formula naming anything gives #NAME?, an error value", async () => {
    expect(await roundTrip(excel, "=HYPERLINK(\"x\")")).toMatchObject({ value: "#NAME?", text: "#NAME?", type: "Error" });
  });

  test("a string starting with + or - that is not a number is read as a formula", async () => {
    expect(await roundTrip(excel, "-abc")).toMatchObject({ value: "#NAME?", formula: "=-abc", type: "Error" });
    expect(await roundTrip(excel, "-12,5")).toMatchObject({ formula: "=-12,5", type: "Error" });
    expect(await roundTrip(excel, "-12.5")).toMatchObject({ value: -12.5, type: "Double" });
  });

  test("in a text cell, =, + and - stay text", async () => {
    expect(await roundTrip(excel, "=SUM(A2:A9)", "@")).toMatchObject({ value: "=SUM(A2:A9)", formula: "=SUM(A2:A9)", type: "String" });
    expect(await roundTrip(excel, "+32 89 65 44 11", "@")).toMatchObject({ value: "+32 89 65 44 11", type: "String" });
  });

  test("a leading apostrophe makes text and is not stored", async () => {
    expect(await roundTrip(excel, "'0123")).toMatchObject({ value: "0123", type: "String" });
  });

  test("TRUE/FALSE strings and booleans become booleans", async () => {
    expect(await roundTrip(excel, "true")).toMatchObject({ value: true, text: "TRUE", type: "Boolean" });
    expect(await roundTrip(excel, false)).toMatchObject({ value: false, text: "FALSE", type: "Boolean" });
  });

  test("an ISO date becomes a date serial with a date format", async () => {
    expect(await roundTrip(excel, "2021-04-01")).toEqual({ value: 44287, formula: 44287, text: "2021-04-01", type: "Double", format: "yyyy-mm-dd" });
  });

  test("other strings stay strings: formatted national numbers, dates with a time", async () => {
    expect(await roundTrip(excel, "85.07.30-033.28")).toMatchObject({ value: "85.07.30-033.28", type: "String" });
    expect(await roundTrip(excel, "2021-04-01T10:00:00+02:00")).toMatchObject({ value: "2021-04-01T10:00:00+02:00", type: "String" });
  });

  test('"" clears the cell but keeps its format', async () => {
    await roundTrip(excel, "x", "@");
    expect(await roundTrip(excel, "", "@")).toEqual({ value: "", formula: "", text: "", type: "Empty", format: "@" });
  });

  test("null leaves a cell as it is", async () => {
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B1");
      r.values = [["a", "b"]];
      r.values = [[null, "c"]] as unknown as string[][];
    });
    expect(excel.model.values("Debiteuren", "A1:B1")).toEqual([["a", "c"]]);
  });

  test("numbers read back as text through the number format", async () => {
    expect((await roundTrip(excel, 1234.5, "#,##0.00")).text).toBe("1,234.50");
    expect((await roundTrip(excel, 0.256, "0%")).text).toBe("26%");
    expect((await roundTrip(excel, 44287, "dd/mm/yyyy")).text).toBe("01/04/2021");
    expect((await roundTrip(excel, 85073003328, "General")).text).toBe("85073003328");
  });

  test("numberFormat defaults to General and broadcasts a single value over a range", async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("B1:C2").numberFormat = [["@"]];
    });
    expect(excel.model.read("Debiteuren", "A1:C2").numberFormat).toEqual([["General", "@", "@"], ["General", "@", "@"]]);
  });

  test("a text format on a whole column keeps later writes in it as text", async () => {
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.getRange("D:D").numberFormat = [["@"]];
      sheet.getRange("C100000:D100000").values = [["0123", "0123"]];
    });
    expect(excel.model.values("Debiteuren", "C100000:D100000")).toEqual([[123, "0123"]]);
  });

  test("a single value fills the range; other shapes must match exactly", async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B2").values = [["nog niet vergeleken"]];
    });
    expect(excel.model.values("Debiteuren", "A1:B2")).toEqual([["nog niet vergeleken", "nog niet vergeleken"], ["nog niet vergeleken", "nog niet vergeleken"]]);
    const error = await rejectionOf(excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B2").values = [["a", "b"]];
    }));
    expect(error).toMatchObject({
      code: "InvalidArgument",
      message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      debugInfo: { errorLocation: "Range.values" },
    });
  });

  test("values that are not string, number or boolean are refused", async () => {
    const error = await rejectionOf(excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").values = [[{ x: 1 }]];
    }));
    expect(error.code).toBe("InvalidArgument");
  });

  test("formulas setter and clear()", async () => {
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B1");
      r.formulas = [["=2^3", "tekst"]];
    });
    expect(excel.model.read("Debiteuren", "A1:B1")).toMatchObject({ values: [[8, "tekst"]], formulas: [["=2^3", "tekst"]] });
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B1").clear());
    expect(excel.model.values("Debiteuren", "A1:B1")).toEqual([["", ""]]);
  });
});
