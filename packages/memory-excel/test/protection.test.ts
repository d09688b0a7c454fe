// Worksheet protection: locked cells refuse writes with AccessDenied, the batch stops there without rollback,
// unlocked cells and open allow-edit ranges stay writable, passwords and pauses behave per session.

import type { MemoryExcel } from "../src/index";
import { aWorkbook, rejectionOf } from "../src/testing";

const HEADER = ["Dossiernummer", "Voornaam", "Achternaam", "Status"];

/** Debiteuren with a header and one debtor; column D (Status) unlocked; sheet protected with "geheim". */
async function protectedDebtors(options: Excel.WorksheetProtectionOptions = {}): Promise<MemoryExcel> {
  const excel = await aWorkbook({ values: [HEADER, ["D-1", "Jan", "Peeters", "nog niet vergeleken"]] });
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
    sheet.getRange("D:D").format.protection.locked = false;
    sheet.protection.protect(options, "geheim");
  });
  return excel;
}

const inDebtors = (excel: MemoryExcel, write: (sheet: Excel.Worksheet) => void) =>
  excel.run(async (ctx) => write(ctx.workbook.worksheets.getItem("Debiteuren")));

describe("worksheet protection", () => {
  test("cells are locked by default; locked reads null over mixed cells", async () => {
    const excel = await aWorkbook();
    const locked = await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.getRange("B1").format.protection.locked = false;
      const [a, b, mixed] = ["A1", "B1", "A1:B1"].map((addr) => sheet.getRange(addr).load("format/protection/locked"));
      await ctx.sync();
      return [a, b, mixed].map((r) => r.format.protection.locked);
    });
    expect(locked).toEqual([true, false, null]);
  });

  test("the wrong role's write to a locked column fails with AccessDenied; earlier writes in the batch stay, later ones do not run", async () => {
    const excel = await protectedDebtors();
    const error = await rejectionOf(inDebtors(excel, (sheet) => {
      sheet.getRange("D2").values = [["cliënt OCMW"]];
      sheet.getRange("B2").values = [["Gewijzigd"]];
      sheet.getRange("D3").values = [["niet uitgevoerd"]];
    }));
    expect(error).toMatchObject({ name: "RichApi.Error", code: "AccessDenied", debugInfo: { code: "AccessDenied", errorLocation: "Range.values" } });
    expect(excel.model.values("Debiteuren", "B2:D3")).toEqual([["Jan", "Peeters", "cliënt OCMW"], ["", "", ""]]);
  });

  test("writes to unlocked cells of a protected sheet succeed, also for a whole unlocked column", async () => {
    const excel = await protectedDebtors();
    await inDebtors(excel, (sheet) => {
      sheet.getRange("D2:D3").values = [["cliënt OCMW"], ["geen cliënt"]];
    });
    expect(excel.model.values("Debiteuren", "D2:D3")).toEqual([["cliënt OCMW"], ["geen cliënt"]]);
  });

  test("formulas, number formats, clear and locking are refused on locked cells too", async () => {
    const excel = await protectedDebtors();
    const codes = [];
    for (const write of [
      (s: Excel.Worksheet) => void (s.getRange("A2").formulas = [["=1"]]),
      (s: Excel.Worksheet) => void (s.getRange("A2").numberFormat = [["@"]]),
      (s: Excel.Worksheet) => s.getRange("A2").clear(),
      (s: Excel.Worksheet) => void (s.getRange("D2").format.protection.locked = true),
    ]) codes.push((await rejectionOf(inDebtors(excel, write))).code);
    expect(codes).toEqual(["AccessDenied", "AccessDenied", "AccessDenied", "AccessDenied"]);
  });

  test("unprotect() of an unprotected sheet does nothing, or fails with AccessDenied in the office-js #6784 mode", async () => {
    const lenient = await aWorkbook();
    await inDebtors(lenient, (s) => s.protection.unprotect());
    const strict = await aWorkbook({ unprotectUnprotected: "AccessDenied" });
    expect((await rejectionOf(inDebtors(strict, (s) => s.protection.unprotect()))).code).toBe("AccessDenied");
    await inDebtors(strict, (s) => s.protection.protect());
    await inDebtors(strict, (s) => s.protection.unprotect());
    expect(strict.model.sheet("Debiteuren")!.protection.protected).toBe(false);
  });

  test("a number format on unlocked cells is allowed", async () => {
    const excel = await protectedDebtors();
    await inDebtors(excel, (sheet) => void (sheet.getRange("D2").numberFormat = [["@"]]));
    expect(excel.model.read("Debiteuren", "D2").numberFormat).toEqual([["@"]]);
  });

  test("protect() on a protected sheet fails; unprotect with a wrong password fails; the right one works", async () => {
    const excel = await protectedDebtors();
    expect((await rejectionOf(inDebtors(excel, (s) => s.protection.protect()))).code).toBe("AccessDenied");
    expect((await rejectionOf(inDebtors(excel, (s) => s.protection.unprotect("fout"))))).toMatchObject({ code: "InvalidArgument" });
    await inDebtors(excel, (s) => s.protection.unprotect("geheim"));
    await inDebtors(excel, (s) => void (s.getRange("B2").values = [["Jan-Pieter"]]));
    expect(excel.model.values("Debiteuren", "B2")).toEqual([["Jan-Pieter"]]);
  });

  test("protection state and options load as in Excel", async () => {
    const excel = await protectedDebtors({ allowInsertRows: true });
    const state = await excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Debiteuren").protection.load("protected,options,isPasswordProtected,isPaused");
      await ctx.sync();
      return [p.protected, p.options.allowInsertRows, p.options.allowDeleteRows, p.isPasswordProtected, p.isPaused];
    });
    expect(state).toEqual([true, true, false, true, false]);
  });

  test("inserting rows needs allowInsertRows; deleting rows with locked cells is refused", async () => {
    const excel = await protectedDebtors({ allowInsertRows: true, allowDeleteRows: true });
    await inDebtors(excel, (s) => void s.getRange("2:2").insert("Down"));
    expect(excel.model.values("Debiteuren", "A3")).toEqual([["D-1"]]);
    expect((await rejectionOf(inDebtors(excel, (s) => s.getRange("3:3").delete("Up")))).code).toBe("AccessDenied");
    expect(excel.userDeleteRows("Debiteuren", 2, 1)).toEqual({ ok: false, reason: "beveiligd" });

    const strict = await protectedDebtors();
    expect((await rejectionOf(inDebtors(strict, (s) => void s.getRange("2:2").insert("Down")))).code).toBe("AccessDenied");
    expect(strict.userInsertRows("Debiteuren", 1, 1)).toEqual({ ok: false, reason: "beveiligd" });
  });

  test("a person typing in the grid is refused on locked cells and allowed on unlocked ones", async () => {
    const excel = await protectedDebtors();
    expect(excel.userEdit("Debiteuren", "B2", [["Piet"]])).toEqual({ ok: false, reason: "beveiligd" });
    expect(excel.userEdit("Debiteuren", "D2", [["geen cliënt"]])).toEqual({ ok: true });
    expect(excel.model.values("Debiteuren", "B2:D2")).toEqual([["Jan", "Peeters", "geen cliënt"]]);
  });

  test("pauseProtection opens the sheet for this session only; co-authors stay protected; resume closes it", async () => {
    const excel = await protectedDebtors();
    expect((await rejectionOf(inDebtors(excel, (s) => s.protection.pauseProtection("fout")))).code).toBe("InvalidArgument");
    await inDebtors(excel, (s) => {
      s.protection.pauseProtection("geheim");
      s.getRange("B2").values = [["door add-in"]];
    });
    expect(excel.model.values("Debiteuren", "B2")).toEqual([["door add-in"]]);
    expect(excel.remoteEdit("Debiteuren", "C2", [["co-auteur"]])).toEqual({ ok: false, reason: "beveiligd" });
    await inDebtors(excel, (s) => s.protection.resumeProtection());
    expect((await rejectionOf(inDebtors(excel, (s) => void (s.getRange("B2").values = [["weer dicht"]])))).code).toBe("AccessDenied");
  });

  test("pauseProtection needs ExcelApiOnline 1.1: without it the sync fails with ApiNotFound", async () => {
    const excel = await aWorkbook({ requirementSets: { ExcelApi: "1.17" } });
    const error = await rejectionOf(excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Debiteuren").protection.pauseProtection()));
    expect(error.code).toBe("ApiNotFound");
  });

  test("allow-edit ranges: added only while unprotected; open without password, or after pausing with it", async () => {
    const excel = await aWorkbook({ values: [HEADER] });
    await inDebtors(excel, (s) => {
      s.protection.allowEditRanges.add("Status", "D2:D100");
      s.protection.allowEditRanges.add("Namen", "B2:C100", { password: "namen" });
      s.protection.protect();
    });
    expect((await rejectionOf(inDebtors(excel, (s) => s.protection.allowEditRanges.add("Later", "E:E")))).code).toBe("AccessDenied");
    await inDebtors(excel, (s) => void (s.getRange("D2").values = [["cliënt OCMW"]]));
    expect((await rejectionOf(inDebtors(excel, (s) => void (s.getRange("B2").values = [["x"]])))).code).toBe("AccessDenied");
    await inDebtors(excel, (s) => {
      s.protection.allowEditRanges.getItem("Namen").pauseProtection("namen");
      s.getRange("B2").values = [["Jan"]];
    });
    expect(excel.model.values("Debiteuren", "B2:D2")).toEqual([["Jan", "", "cliënt OCMW"]]);
  });

  test("changing which cells are locked is refused while the sheet is protected", async () => {
    const excel = await protectedDebtors();
    const error = await rejectionOf(inDebtors(excel, (s) => void (s.getRange("E:E").format.protection.locked = false)));
    expect(error.code).toBe("AccessDenied");
  });
});
