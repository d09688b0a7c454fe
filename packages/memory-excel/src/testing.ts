// The package's testing entry (@debiteurencheck/memory-excel/testing), for tests only: a host with a named first sheet, and
// capturing a rejection or a throw.

import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions, type RichApiError } from "./index";

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<RichApiError> {
  try {
    await promise;
  } catch (e) {
    return e as RichApiError;
  }
  throw new Error("Expected the promise to reject, but it resolved");
}

/** The error a synchronous call throws; fails the test when it returns. */
export function thrownBy(f: () => unknown): RichApiError {
  try {
    f();
  } catch (e) {
    return e as RichApiError;
  }
  throw new Error("Expected the call to throw");
}

/** A host whose first sheet is named `sheet` (default "Debiteuren"), optionally with values from A1. */
export async function aWorkbook(options: MemoryExcelOptions & { sheet?: string; values?: unknown[][] } = {}): Promise<MemoryExcel> {
  const excel = createMemoryExcel(options);
  const { sheet = "Debiteuren", values } = options;
  await excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.name = sheet;
    if (values) ws.getRangeByIndexes(0, 0, values.length, values[0].length).values = values;
  });
  excel.counters.reset();
  return excel;
}
