// Excel on the web's limits (5 MB per request/response, 5 million cells per read) and round-trip counters.

import { createMemoryExcel } from "../src/index";
import { aWorkbook, rejectionOf } from "../src/testing";

const rowsOf = (count: number, columns: number) =>
  Array.from({ length: count }, (_, r) => Array.from({ length: columns }, (_, c) => `r${r}c${c}`));

describe("limits and counters", () => {
  test("a request over maxRequestBytes fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const excel = await aWorkbook({ maxRequestBytes: 1000 });
    const error = await rejectionOf(excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.getRange("Z1").values = [["klein"]];
      sheet.getRange("A1:B100").values = rowsOf(100, 2);
    }));
    expect(error).toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.model.values("Debiteuren", "Z1")).toEqual([[""]]);
  });

  test("the default request limit is 5 MB", async () => {
    const excel = await aWorkbook();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(90)]); // ~5.6 MB of JSON
    const error = await rejectionOf(excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:A60000").values = big)));
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.counters.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("reading more than maxCellsPerRead cells fails with RangeExceedsLimit; the address alone is fine", async () => {
    const excel = await aWorkbook({ maxCellsPerRead: 100 });
    const error = await rejectionOf(excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B51").load("values");
    }));
    expect(error.code).toBe("RangeExceedsLimit");
    const address = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A:E").load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("Debiteuren!A:E");
  });

  test("in the oversizedRead: \"null\" mode a read over the limit returns null values, no error (office-js #4783, #6781)", async () => {
    const excel = await aWorkbook({ maxCellsPerRead: 100, oversizedRead: "null" });
    const values = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1:B51").load("values");
      await ctx.sync();
      return r.values;
    });
    expect(values).toBeNull();
  });

  test("the default read limit is 5 million cells: A:E (5,242,880 cells) cannot be read", async () => {
    const excel = await aWorkbook();
    const error = await rejectionOf(excel.run(async (ctx) => void ctx.workbook.worksheets.getItem("Debiteuren").getRange("A:E").load("text")));
    expect(error.code).toBe("RangeExceedsLimit");
  });

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded; writes in that batch were applied", async () => {
    const excel = await aWorkbook({ maxRequestBytes: 2000 });
    excel.userEdit("Debiteuren", "A1:B200", rowsOf(200, 2)); // typed in, so no request
    const error = await rejectionOf(excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Debiteuren");
      sheet.getRange("Z1").values = [["geschreven"]];
      sheet.getRange("A1:B200").load("values");
    }));
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(excel.model.values("Debiteuren", "Z1")).toEqual([["geschreven"]]);
  });

  test("counters: a sync counts only when something is queued; bytes add up; the largest request is kept", async () => {
    const excel = await aWorkbook({ values: [["a"]] });
    await excel.run(async (ctx) => {
      await ctx.sync(); // nothing queued: no round trip
      const r = ctx.workbook.worksheets.getItem("Debiteuren").getRange("A1").load("values");
      await ctx.sync();
      r.values = [["b".repeat(500)]];
    }); // Excel.run's final sync carries the write
    expect(excel.counters.syncs).toBe(2);
    expect(excel.counters.maxRequestBytes).toBeGreaterThan(500);
    expect(excel.counters.requestBytes).toBeGreaterThan(excel.counters.maxRequestBytes);
    expect(excel.counters.responseBytes).toBe(JSON.stringify({ values: [["a"]] }).length);
    excel.counters.reset();
    expect([excel.counters.syncs, excel.counters.requestBytes, excel.counters.maxRequestBytes, excel.counters.responseBytes]).toEqual([0, 0, 0, 0]);
  });

  test("100,000 rows × 10 columns are written in one sync well under a second", async () => {
    const excel = createMemoryExcel({ maxRequestBytes: Infinity });
    const rows = rowsOf(100_000, 10);
    // CPU time, not wall time: the test machine is shared, and waiting for a core is not our cost.
    const started = process.cpuUsage();
    await excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:J100000").values = rows));
    const used = process.cpuUsage(started);
    expect(excel.counters.syncs).toBe(1);
    expect(excel.model.values("Sheet1", "J100000")).toEqual([["r99999c9"]]);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
