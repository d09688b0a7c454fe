// Office.js proxy semantics: nothing is readable before load + sync, loads take the documented forms,
// failed batches make nothing readable, and a finished run's context cannot queue more work.

import { createMemoryExcel } from "../src/index";
import { aWorkbook, rejectionOf, thrownBy } from "../src/testing";

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const excel = await aWorkbook({ values: [["a"]] });
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1");
      expect(thrownBy(() => range.values).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(thrownBy(() => range.values).code).toBe("PropertyNotLoaded");
    });
  });

  test("a loaded property is readable only after the sync", async () => {
    const excel = await aWorkbook({ values: [["a"]] });
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").load("values");
      expect(thrownBy(() => range.values).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([["a"]]);
    });
  });

  test("load accepts a comma list, an array, select and nested paths", async () => {
    const excel = await aWorkbook({ values: [["a", 1]] });
    const loaded = await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      const a = sheet.getRange("A1:B1").load("values, address");
      const b = sheet.getRange("A1:B1").load(["rowCount", "columnCount"]);
      const c = sheet.getRange("A1:B1").load({ select: "text" });
      const d = sheet.getRange("A1:B1").load("format/protection/locked");
      const e = sheet.getRange("A1:B1").load({ valueTypes: true, format: { protection: { locked: true } } });
      await ctx.sync();
      return [a.values, a.address, b.rowCount, b.columnCount, c.text, d.format.protection.locked, e.valueTypes, e.format.protection.locked];
    });
    expect(loaded).toEqual([[["a", 1]], "Debiteuren!A1:B1", 1, 2, [["a", "1"]], true, [["String", "Double"]], true]);
  });

  test("a collection loads its items' properties, with or without the items/ prefix", async () => {
    const excel = await aWorkbook();
    const names = await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Logboek");
      const plain = ctx.workbook.worksheets.load("name");
      await ctx.sync();
      const prefixed = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      return [plain.items.map((s) => s.name), prefixed.items.map((s) => `${s.name}:${s.visibility}`)];
    });
    expect(names).toEqual([["Debiteuren", "Logboek"], ["Debiteuren:Visible", "Logboek:Visible"]]);
  });

  test("nested collections load through paths: tables/items/name, columns/items/name", async () => {
    const excel = await aWorkbook({ values: [["Nr", "Naam"]] });
    const loaded = await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").tables.add("A1:B1", true);
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren").load("name, tables/items/name");
      const table = ctx.workbook.tables.getItem("Table1").load("name, columns/items/name, rows/count");
      await ctx.sync();
      return [sheet.tables.items.map((t) => t.name), table.columns.items.map((c) => c.name), table.rows.count];
    });
    expect(loaded).toEqual([["Table1"], ["Nr", "Naam"], 1]);
  });

  test("a property set by the add-in reads back as set, without a load", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1");
      range.values = [["007"]];
      expect(range.values).toEqual([["007"]]);
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([[7]]);
    });
  });

  test("set() assigns plain and nested properties", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:A2");
      range.set({ values: [["x"], ["y"]], format: { protection: { locked: false } } });
    });
    expect(excel.model.read("Debiteuren", "A1:A2")).toMatchObject({ values: [["x"], ["y"]], locked: [[false], [false]] });
  });

  test("toJSON gives the loaded properties", async () => {
    const excel = await aWorkbook({ values: [["a"]] });
    const json = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").load("address,values");
      await ctx.sync();
      return range.toJSON();
    });
    expect(json).toEqual({ address: "Debiteuren!A1", values: [["a"]] });
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const excel = await aWorkbook();
    const error = await rejectionOf(excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Bestaat niet").getRange("A1").load("values");
      await ctx.sync();
    }));
    expect(error).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", debugInfo: { code: "ItemNotFound" } });

    const isNull = await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Bestaat niet");
      const present = ctx.workbook.worksheets.getItemOrNullObject("debiteuren");
      expect(thrownBy(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(isNull).toEqual([true, false]);
  });

  test("a getCount() result has its value after the sync", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(thrownBy(() => count.value).code).toBe("ValueNotLoaded");
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });

  test("when a batch fails, what it loaded does not become readable", async () => {
    const excel = await aWorkbook({ values: [["a"]] });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      const range = sheet.getRange("A1").load("values");
      sheet.getRange("A1:B2").values = [["too small"]].concat([["x"]]);
      expect((await rejectionOf(ctx.sync())).code).toBe("InvalidArgument");
      expect(thrownBy(() => range.values).code).toBe("PropertyNotLoaded");
    });
  });

  test("a proxy is bound where it is created: a renamed sheet is still found", async () => {
    const excel = await aWorkbook();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.name = "Schuldenaars";
      sheet.getRange("A1").values = [["na hernoemen"]];
    });
    expect(excel.model.values("Schuldenaars", "A1")).toEqual([["na hernoemen"]]);
  });

  test("the context of a finished run cannot queue more work", async () => {
    const excel = await aWorkbook();
    let range: Excel.Range | undefined;
    await excel.run(async (ctx) => {
      range = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1");
    });
    expect(thrownBy(() => range!.load("values")).code).toBe("InvalidRequestContext");
  });

  test("run's batch must return a promise", async () => {
    const excel = createMemoryExcel();
    const error = await rejectionOf(excel.run((() => undefined) as unknown as () => Promise<void>));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  test("a new workbook has one visible sheet, Sheet1", async () => {
    const excel = createMemoryExcel();
    expect(excel.model.sheets.map((s) => [s.name, s.visibility])).toEqual([["Sheet1", "Visible"]]);
  });
});
