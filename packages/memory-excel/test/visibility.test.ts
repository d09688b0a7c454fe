// Very hidden sheets: absent from Excel's UI (also from its Unhide list), readable and writable by the API,
// and only the API can make them visible again. Excel keeps at least one visible sheet.

import { aWorkbook, rejectionOf } from "../src/testing";

describe("sheet visibility", () => {
  test("a very hidden sheet stays readable and writable through the API", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const state = ctx.workbook.worksheets.add("Staat");
      state.visibility = "VeryHidden";
      state.getRange("A1").values = [["logHoofd"]];
    });
    const read = await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Staat").load("visibility");
      const a1 = sheet.getRange("A1").load("values");
      await ctx.sync();
      return [sheet.visibility, a1.values];
    });
    expect(read).toEqual(["VeryHidden", [["logHoofd"]]]);
  });

  test("a very hidden sheet cannot be deleted (GeneralException, office-js #365) until it is made visible", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.add("Staat").visibility = "VeryHidden"));
    expect((await rejectionOf(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Staat").delete()))).code).toBe("GeneralException");
    expect(excel.userDeleteSheet("Staat")).toEqual({ ok: false, reason: "beveiligd" });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Staat");
      sheet.visibility = "Visible";
      sheet.delete();
    });
    expect(excel.model.sheet("Staat")).toBeUndefined();
  });

  test("the model tells the UI which sheets it may list", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Verborgen").visibility = "Hidden";
      ctx.workbook.worksheets.add("Staat").visibility = "VeryHidden";
    });
    const inUi = excel.model.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name);
    expect(inUi).toEqual(["Debiteuren", "Verborgen"]);
  });

  test("the API can make a very hidden sheet visible again", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.add("Staat").visibility = "VeryHidden"));
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Staat").visibility = "Visible"));
    expect(excel.model.sheet("Staat")!.visibility).toBe("Visible");
  });

  test("the last visible sheet cannot be hidden or deleted; a hidden sheet cannot be activated", async () => {
    const excel = await aWorkbook();
    const hide = await rejectionOf(excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").visibility = "VeryHidden")));
    const remove = await rejectionOf(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Debiteuren").delete()));
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.add("Staat").visibility = "Hidden"));
    const activate = await rejectionOf(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Staat").activate()));
    expect([hide.code, remove.code, activate.code]).toEqual(["InvalidOperation", "InvalidOperation", "InvalidOperation"]);
  });

  test("hiding the active sheet activates the first visible one", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Logboek").activate();
      ctx.workbook.worksheets.getItem("Logboek").visibility = "Hidden";
    });
    const active = await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      return sheet.name;
    });
    expect(active).toBe("Debiteuren");
  });
});
