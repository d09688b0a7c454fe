import { listAt } from "../src/proxies/data-validation";
import { aWorkbook, rejectionOf } from "../src/testing";

const STATUS_LIST = { list: { inCellDropDown: true, source: "nog niet vergeleken,geen cliënt,cliënt OCMW" } };

describe("Range.dataValidation (list rules only)", () => {
  test("a list rule is stored for its cells and read back; clear() removes it", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("G2:G100");
      range.dataValidation.clear();
      range.dataValidation.rule = STATUS_LIST;
      range.dataValidation.errorAlert = { showAlert: false, style: "Information" as Excel.DataValidationAlertStyle, title: "", message: "" };
    });
    const sheet = excel.model.sheets[0];
    expect([listAt(sheet, 1, 6), listAt(sheet, 100, 6), listAt(sheet, 1, 5)]).toEqual([["nog niet vergeleken", "geen cliënt", "cliënt OCMW"], undefined, undefined]);
    const read = await excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Debiteuren").getRange("G5").dataValidation;
      dv.load("type, rule");
      await ctx.sync();
      return [dv.type, dv.rule];
    });
    expect(read).toEqual(["List", STATUS_LIST]);
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Debiteuren").getRange("G2:G100").dataValidation.clear());
    expect(listAt(sheet, 1, 6)).toBeUndefined();
  });

  test("values written by the add-in are not checked against the rule", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("G2");
      range.dataValidation.rule = STATUS_LIST;
      range.values = [["betaald"]];
    });
    expect(excel.model.values("Debiteuren", "G2")).toEqual([["betaald"]]);
  });

  test("needs ExcelApi 1.8: ApiNotFound at sync without it", async () => {
    const excel = await aWorkbook({ requirementSets: { ExcelApi: "1.7" } });
    const error = await rejectionOf(excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange("G2").dataValidation.rule = STATUS_LIST)));
    expect(error.code).toBe("ApiNotFound");
  });
});
