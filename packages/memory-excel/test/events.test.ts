// onChanged and friends: fired after the change, asynchronously; details only for a single cell;
// source/triggerSource tell the add-in's own writes, grid edits and co-authors apart.

import type { MemoryExcel } from "../src/index";
import { aWorkbook } from "../src/testing";

type Args = Excel.WorksheetChangedEventArgs;

/** Registers a sheet-level onChanged handler that records what it receives. */
async function listen(excel: MemoryExcel, sheet = "Debiteuren"): Promise<Args[]> {
  const seen: Args[] = [];
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => void seen.push(args));
  });
  return seen;
}

const summary = (a: Args) => ({ changeType: a.changeType, source: a.source, address: a.address, triggerSource: a.triggerSource, details: a.details });

describe("events", () => {
  test("a single-cell add-in write fires RangeEdited with details and triggerSource ThisLocalAddin", async () => {
    const excel = await aWorkbook({ values: [["nog niet vergeleken"]] });
    const seen = await listen(excel);
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").values = [["cliënt OCMW"]]));
    await excel.whenIdle();
    expect(seen.map(summary)).toEqual([{
      changeType: "RangeEdited", source: "Local", address: "A1", triggerSource: "ThisLocalAddin",
      details: {
        valueBefore: "nog niet vergeleken", valueAfter: "cliënt OCMW", valueTypeBefore: "String", valueTypeAfter: "String",
        valueAsJsonBefore: { type: "String", basicValue: "nog niet vergeleken" }, valueAsJsonAfter: { type: "String", basicValue: "cliënt OCMW" },
      },
    }]);
    expect(seen[0].worksheetId).toBe(excel.model.sheet("Debiteuren")!.id);
  });

  test("a multi-cell change has no details", async () => {
    const excel = await aWorkbook();
    const seen = await listen(excel);
    excel.userEdit("Debiteuren", "A2:C4", [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]);
    await excel.whenIdle();
    expect(seen.map(summary)).toEqual([{ changeType: "RangeEdited", source: "Local", address: "A2:C4", triggerSource: "Unknown", details: undefined }]);
  });

  test("a person typing fires Local/Unknown; a co-author fires Remote", async () => {
    const excel = await aWorkbook();
    const seen = await listen(excel);
    excel.userEdit("Debiteuren", "B3", [["0123"]]);
    excel.remoteEdit("Debiteuren", "C3", [["x"]]);
    await excel.whenIdle();
    expect(seen.map((a) => [a.source, a.triggerSource, a.address, a.details?.valueAfter])).toEqual([["Local", "Unknown", "B3", 123], ["Remote", "Unknown", "C3", "x"]]);
  });

  test("handlers run after the triggering sync has resolved, not during it", async () => {
    const excel = await aWorkbook();
    const order: string[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").onChanged.add(async () => void order.push("handler"));
    });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").values = [["x"]];
      await ctx.sync();
      order.push("after sync");
    });
    await excel.whenIdle();
    expect(order).toEqual(["after sync", "handler"]);
  });

  test("a handler may run its own batch, reading the changed range", async () => {
    const excel = await aWorkbook();
    const read: unknown[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").onChanged.add((args) => excel.run(async (c) => {
        const range = args.getRange(c).load("values");
        await c.sync();
        read.push(range.values);
      }));
    });
    excel.userEdit("Debiteuren", "A1:B1", [["a", "b"]]);
    await excel.whenIdle();
    expect(read).toEqual([[["a", "b"]]]);
  });

  test("row inserts and deletes fire RowInserted / RowDeleted with entire-row addresses", async () => {
    const excel = await aWorkbook();
    const seen = await listen(excel);
    excel.userInsertRows("Debiteuren", 4, 2);
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Debiteuren").getRange("3:3").delete("Up"));
    await excel.run(async (ctx) => void ctx.workbook.worksheets.getItem("Debiteuren").getRange("B2:C2").insert("Down"));
    await excel.whenIdle();
    expect(seen.map((a) => [a.changeType, a.address, a.triggerSource])).toEqual([
      ["RowInserted", "5:6", "Unknown"], ["RowDeleted", "3:3", "ThisLocalAddin"], ["CellInserted", "B2:C2", "ThisLocalAddin"],
    ]);
  });

  test("a removed handler is not called; handlers of other sheets are not called", async () => {
    const excel = await aWorkbook();
    const calls: string[] = [];
    let registration: OfficeExtension.EventHandlerResult<Args> | undefined;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Logboek").onChanged.add(async () => void calls.push("logboek"));
      registration = ctx.workbook.worksheets.getItem("Debiteuren").onChanged.add(async () => void calls.push("debiteuren"));
    });
    excel.userEdit("Debiteuren", "A1", [["1"]]);
    await excel.whenIdle();
    await excel.run(registration!, async () => registration!.remove());
    excel.userEdit("Debiteuren", "A1", [["2"]]);
    await excel.whenIdle();
    expect(calls).toEqual(["debiteuren"]);
  });

  test("worksheets.onAdded / onDeleted / onChanged", async () => {
    const excel = await aWorkbook();
    const seen: string[] = [];
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.onAdded.add(async (a) => void seen.push(`${a.type}:${a.source}`));
      sheets.onDeleted.add(async (a) => void seen.push(`${a.type}:${a.source}`));
      sheets.onChanged.add(async (a) => void seen.push(`${a.type}:${a.address}`));
    });
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.add("Evaluatie").getRange("A1").values = [["x"]]));
    expect(excel.userDeleteSheet("Evaluatie")).toEqual({ ok: true });
    await excel.whenIdle();
    expect(seen).toEqual(["WorksheetAdded:Local", "WorksheetChanged:A1", "WorksheetDeleted:Local"]);
  });

  test("without ExcelApi 1.14 the args have no triggerSource", async () => {
    const excel = await aWorkbook({ requirementSets: { ExcelApi: "1.13" } });
    const seen = await listen(excel);
    excel.userEdit("Debiteuren", "A1", [["x"]]);
    await excel.whenIdle();
    expect("triggerSource" in seen[0]).toBe(false);
  });

  test("whenIdle reports a handler's failure", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").onChanged.add(async () => {
        throw new Error("handler broke");
      });
    });
    excel.userEdit("Debiteuren", "A1", [["x"]]);
    await expect(excel.whenIdle()).rejects.toThrow("handler broke");
  });
});
