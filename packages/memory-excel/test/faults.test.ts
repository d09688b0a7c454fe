// Injected round-trip failures: before (nothing applied), after (all applied, response lost), partial (first half).

import { aWorkbook, rejectionOf } from "../src/testing";

const writeFour = (ctx: Excel.RequestContext) => {
  const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
  sheet.getRange("A1").values = [["een"]];
  sheet.getRange("A2").values = [["twee"]];
  sheet.getRange("A3").values = [["drie"]];
  sheet.getRange("A4").values = [["vier"]];
};

describe("faults", () => {
  test("before: the sync rejects and nothing is applied", async () => {
    const excel = await aWorkbook();
    excel.faults.failSync(1, "before");
    expect((await rejectionOf(excel.run(async (ctx) => writeFour(ctx)))).code).toBe("ConnectionFailure");
    expect(excel.model.values("Debiteuren", "A1:A4")).toEqual([[""], [""], [""], [""]]);
  });

  test("after: everything is applied but the sync rejects, and loads stay unreadable", async () => {
    const excel = await aWorkbook();
    excel.faults.failSync(1, "after");
    let probe: Excel.Range | undefined;
    const error = await rejectionOf(excel.run(async (ctx) => {
      writeFour(ctx);
      probe = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").load("values");
    }));
    expect(error.code).toBe("ConnectionFailure");
    expect(excel.model.values("Debiteuren", "A1:A4")).toEqual([["een"], ["twee"], ["drie"], ["vier"]]);
    expect(() => probe!.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("partial: the first half of the queued operations is applied", async () => {
    const excel = await aWorkbook();
    excel.faults.failSync(1, "partial");
    const error = await rejectionOf(excel.run(async (ctx) => writeFour(ctx)));
    expect(error.code).toBe("GeneralException");
    expect(excel.model.values("Debiteuren", "A1:A4")).toEqual([["een"], ["twee"], [""], [""]]);
  });

  test("k counts round trips from now; clear() cancels pending faults", async () => {
    const excel = await aWorkbook();
    excel.faults.failSync(2, "before");
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange("B1").values = [["eerste"]]));
    expect((await rejectionOf(excel.run(async (ctx) => writeFour(ctx)))).code).toBe("ConnectionFailure");
    excel.faults.failSync(1, "before");
    excel.faults.clear();
    await excel.run(async (ctx) => writeFour(ctx));
    expect(excel.model.values("Debiteuren", "A1:B1")).toEqual([["een", "eerste"]]);
  });
});
