// Reading the workbook in few round trips: the state block, the debtor sheet and the client sheet as whole blocks,
// chunked only to stay under Excel on the web's 5 MB response limit.
import { mapHeaders, type HeaderMap, type HeaderProblem } from "../domain/headers";
import { cellText, debtorRecordOf, readDebtorRows, type Cell } from "../domain/lists";
import type { DisplayedCells } from "../domain/logDisplay";
import { firstMisleadingCell } from "../domain/cellDisplay";
import { err, ok, type Result } from "../domain/result";
import { isStatus } from "../domain/status";
import type { DebtorRow } from "../ports/workbook";
import { columnLetter } from "./cells";

/** Protocol lists have at most 9 columns; reading 12 in the first request lets small sheets come back in one sync. */
export const FIRST_READ_COLUMNS = 12;
/** Rows in the first request (≈ 12 × 12,000 short cells ≈ 2–3 MB). */
export const FIRST_READ_ROWS = 12_000;
/** Rows per further request, sized from the first chunk's measured bytes per row. */
export function rowsPerChunk(bytesPerRow: number, maxBytes = 3_500_000): number {
  return Math.max(500, Math.floor(maxBytes / Math.max(bytesPerRow, 1)));
}

/** Excel reads at most 5,000,000 cells at once; over it, values may come back null instead of an error (office-js #4783, #6781). */
export const MAX_CELLS_PER_READ = 5_000_000;

/** A read's values, refusing the null that Excel may return for an oversized range instead of failing. */
export function valuesOf(range: Excel.Range, what: string): Cell[][] {
  const values = range.values as Cell[][] | null;
  if (!Array.isArray(values)) throw new Error(`${what}: Excel gaf geen waarden terug (te groot bereik?)`);
  return values;
}

export interface SheetBlock {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: Cell[][];
  /** The cells' number formats, same shape as values, when read (`withFormats`). */
  readonly formats?: unknown[][];
}

/**
 * Reads a sheet's used range from A1 as values (one sync for small sheets). For a sheet wider than
 * `firstColumns` only the header row is returned: lists that wide are refused by the proportionality check.
 */
export async function readUsedBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  firstColumns = FIRST_READ_COLUMNS,
  wider: "header-only" | "full" = "header-only",
  withFormats = false,
): Promise<SheetBlock> {
  const what = withFormats ? "values,numberFormat" : "values";
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowCount,columnCount,rowIndex,columnIndex");
  const first = sheet.getRangeByIndexes(0, 0, FIRST_READ_ROWS, firstColumns);
  first.load(what);
  await context.sync();
  if (used.isNullObject) return { rowCount: 0, columnCount: 0, values: [] };
  const rowCount = used.rowIndex + used.rowCount;
  const columnCount = used.columnIndex + used.columnCount;
  if (columnCount > firstColumns && wider === "header-only") {
    const header = sheet.getRangeByIndexes(0, 0, 1, columnCount);
    header.load("values");
    await context.sync();
    return { rowCount: 1, columnCount, values: [valuesOf(header, "kopregel")[0]] };
  }
  // A sheet wider than the first read (e.g. someone typed beside the log) is read again at full width.
  const values: Cell[][] = columnCount > firstColumns ? [] : valuesOf(first, "eerste blok").slice(0, rowCount).map((r) => r.slice(0, columnCount));
  const formats: unknown[][] | undefined = !withFormats ? undefined : columnCount > firstColumns ? [] : (first.numberFormat as unknown[][]).slice(0, rowCount).map((r) => r.slice(0, columnCount));
  let next = values.length;
  const perRow = (withFormats ? 2 : 1) * (values.length > 0 ? Math.max(16, JSON.stringify(values.slice(0, 200)).length / Math.min(values.length, 200)) : columnCount * 40);
  const step = Math.max(1, Math.min(rowsPerChunk(perRow), Math.floor(MAX_CELLS_PER_READ / Math.max(columnCount, 1))));
  while (next < rowCount) {
    const count = Math.min(step, rowCount - next);
    const chunk = sheet.getRangeByIndexes(next, 0, count, columnCount);
    chunk.load(what);
    await context.sync();
    values.push(...valuesOf(chunk, "blok"));
    formats?.push(...(chunk.numberFormat as unknown[][]));
    next += count;
  }
  return { rowCount, columnCount, values, ...(formats ? { formats } : {}) };
}

/** Rows per request when values, formulas and number formats are read together (three arrays a cell). */
const DISPLAYED_FIRST_ROWS = 2_000;

/**
 * The sheet as displayed: its used range from A1 at full width, as values, formulas and number formats, read in the
 * same requests (a small log in one sync). For the Logboek check (src/domain/logDisplay.ts).
 */
export async function readDisplayedBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, firstColumns: number): Promise<SheetBlock & DisplayedCells> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowCount,columnCount,rowIndex,columnIndex");
  const first = sheet.getRangeByIndexes(0, 0, DISPLAYED_FIRST_ROWS, firstColumns);
  first.load("values,formulas,numberFormat");
  await context.sync();
  if (used.isNullObject) return { rowCount: 0, columnCount: 0, values: [], formulas: [], formats: [] };
  const rowCount = used.rowIndex + used.rowCount;
  const columnCount = Math.max(firstColumns, used.columnIndex + used.columnCount);
  const out = { values: [] as Cell[][], formulas: [] as unknown[][], formats: [] as unknown[][] };
  const take = (range: Excel.Range, rows: number) => {
    out.values.push(...(range.values as Cell[][]).slice(0, rows));
    out.formulas.push(...(range.formulas as unknown[][]).slice(0, rows));
    out.formats.push(...(range.numberFormat as unknown[][]).slice(0, rows));
  };
  if (columnCount === firstColumns) take(first, rowCount);
  const step = rowsPerChunk(columnCount * 3 * 60);
  for (let next = out.values.length; next < rowCount; next += step) {
    const count = Math.min(step, rowCount - next);
    const chunk = sheet.getRangeByIndexes(next, 0, count, columnCount);
    chunk.load("values,formulas,numberFormat");
    await context.sync();
    take(chunk, count);
  }
  return { rowCount, columnCount, ...out };
}

export interface ParsedDebtors {
  readonly headers: string[];
  readonly map: HeaderMap;
  readonly rows: DebtorRow[];
}

/** Turns the Debiteuren block into rows keyed by body index (empty rows skipped, positions kept). */
export function parseDebtorBlock(block: SheetBlock): Result<ParsedDebtors, HeaderProblem> {
  const headerCells = block.values[0] ?? [];
  const mapped = mapHeaders(headerCells, "debiteuren");
  if (!mapped.ok) return mapped;
  const read = readDebtorRows(headerCells, block.values.slice(1), { firstRowNumber: 2 });
  if (!read.ok) return read;
  const misleading = block.formats && firstMisleadingCell(block.values, block.formats);
  if (misleading) return err({ code: "misleidende-getalnotatie", bronrij: misleading.row + 1, column: columnLetter(misleading.column), format: misleading.format });
  const rows: DebtorRow[] = read.value.records.map((r) => {
    const rawStatus = r.status ?? "";
    return {
      index: r.bronrij - 2,
      record: debtorRecordOf(r),
      ...(rawStatus && !isStatus(rawStatus) ? { unknownStatus: rawStatus } : {}),
    };
  });
  return ok({ headers: headerCells.map((h) => cellText(h)), map: mapped.value, rows });
}

export function addressOf(rowIndex: number, columnIndex: number, rowCount = 1, columnCount = 1): string {
  const start = `${columnLetter(columnIndex)}${rowIndex + 1}`;
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${columnLetter(columnIndex + columnCount - 1)}${rowIndex + rowCount}`;
}
