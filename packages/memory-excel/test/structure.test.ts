// Workbook structure protection: no adding, deleting, renaming, moving or (un)hiding sheets while it is on,
// neither through the API (AccessDenied) nor in the grid (refused).

import type { MemoryExcel } from "../src/index";
import { aWorkbook, rejectionOf } from "../src/testing";

async function lockedStructure(): Promise<MemoryExcel> {
  const excel = await aWorkbook();
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.add("Logboek");
    ctx.workbook.protection.protect("boek");
  });
  return excel;
}

describe("workbook structure protection", () => {
  test("API changes to the sheet structure fail with AccessDenied", async () => {
    const excel = await lockedStructure();
    const attempts: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => void ctx.workbook.worksheets.add("Evaluatie"),
      (ctx) => ctx.workbook.worksheets.getItem("Logboek").delete(),
      (ctx) => void (ctx.workbook.worksheets.getItem("Logboek").name = "Log"),
      (ctx) => void (ctx.workbook.worksheets.getItem("Logboek").position = 0),
      (ctx) => void (ctx.workbook.worksheets.getItem("Logboek").visibility = "VeryHidden"),
    ];
    const codes = [];
    for (const attempt of attempts) codes.push((await rejectionOf(excel.run(async (ctx) => attempt(ctx)))).code);
    expect(codes).toEqual(["AccessDenied", "AccessDenied", "AccessDenied", "AccessDenied", "AccessDenied"]);
    expect(excel.model.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual(["Debiteuren:Visible", "Logboek:Visible"]);
  });

  test("a person cannot delete or rename sheets either", async () => {
    const excel = await lockedStructure();
    expect(excel.userDeleteSheet("Logboek")).toEqual({ ok: false, reason: "beveiligd" });
    expect(excel.userRenameSheet("Logboek", "Weg")).toEqual({ ok: false, reason: "beveiligd" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Debiteuren", "Logboek"]);
  });

  test("cell edits are not affected by structure protection", async () => {
    const excel = await lockedStructure();
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Logboek").getRange("A1").values = [["Nr"]]));
    expect(excel.model.values("Logboek", "A1")).toEqual([["Nr"]]);
  });

  test("protect twice fails; unprotect needs the password; then structure changes work again", async () => {
    const excel = await lockedStructure();
    expect((await rejectionOf(excel.run(async (ctx) => ctx.workbook.protection.protect()))).code).toBe("AccessDenied");
    expect((await rejectionOf(excel.run(async (ctx) => ctx.workbook.protection.unprotect("fout")))).code).toBe("InvalidArgument");
    const state = await excel.run(async (ctx) => {
      ctx.workbook.protection.unprotect("boek");
      ctx.workbook.worksheets.getItem("Logboek").name = "Log";
      const p = ctx.workbook.protection.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(state).toBe(false);
    expect(excel.userRenameSheet("Log", "Logboek")).toEqual({ ok: true });
  });

  test("sheet names follow Excel's rules: unique (case-insensitive), 31 characters, no []:*?/\\", async () => {
    const excel = await aWorkbook();
    const duplicate = await rejectionOf(excel.run(async (ctx) => void ctx.workbook.worksheets.add("debiteuren")));
    const invalid = await rejectionOf(excel.run(async (ctx) => void ctx.workbook.worksheets.add("Logboek [oud]")));
    const long = await rejectionOf(excel.run(async (ctx) => void ctx.workbook.worksheets.add("x".repeat(32))));
    expect([duplicate.code, invalid.code, long.code]).toEqual(["ItemAlreadyExists", "InvalidArgument", "InvalidArgument"]);
  });

  test("worksheets.add without a name picks the next free SheetN; position moves a sheet", async () => {
    const excel = await aWorkbook();
    const names = await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add();
      ctx.workbook.worksheets.add("Eerste").position = 0;
      const sheets = ctx.workbook.worksheets.load("items/name,items/position");
      await ctx.sync();
      return sheets.items.map((s) => `${s.position}:${s.name}`);
    });
    expect(names).toEqual(["0:Eerste", "1:Debiteuren", "2:Sheet2"]);
  });
});
