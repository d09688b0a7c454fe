// Turns a WorkbookChange into write operations, grouped into syncs that each stay under the request limit.
import { entryToRow, type LogEntry, type LogLayout } from "../domain/log";
import { blockBytes, chunkRows, MAX_CHUNK_BYTES, textFormats } from "./cells";
import { addressOf } from "./readSheets";

/** One queued write: its estimated request size and the function that queues it on a context. */
export interface WriteOp {
  readonly bytes: number;
  readonly label: string;
  queue(context: Excel.RequestContext): void;
}

/** Greedy grouping of operations into syncs under the byte budget (an op larger than the budget goes alone). */
export function groupOps(ops: readonly WriteOp[], maxBytes = MAX_CHUNK_BYTES): WriteOp[][] {
  const groups: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > maxBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Writes a block of text cells: "@" number format first, then the values, so nothing typed by a person can turn
 * into a number (lost leading zeros) or a formula. `numericColumns` keeps e.g. the log's Nr as a number.
 */
export function textBlockOps(sheetName: string, firstRow: number, firstColumn: number, rows: readonly (readonly (string | number)[])[], label: string, numericColumns: readonly number[] = []): WriteOp[] {
  return chunkRows(rows, MAX_CHUNK_BYTES / 2).map((chunk) => {
    const columnCount = chunk.rows[0]?.length ?? 0;
    const formats = textFormats(chunk.rows.length, columnCount);
    for (const f of formats) for (const c of numericColumns) f[c] = "0";
    return {
      bytes: blockBytes(chunk.rows) + blockBytes(formats),
      label,
      queue(context: Excel.RequestContext) {
        const range = context.workbook.worksheets
          .getItem(sheetName)
          .getRange(addressOf(firstRow + chunk.start, firstColumn, chunk.rows.length, columnCount));
        range.numberFormat = formats;
        range.values = chunk.rows as (string | number)[][];
      },
    };
  });
}

/**
 * Log rows below the existing ones (not `table.rows.add`, which conflicts when co-authoring), in the sheet's own column
 * order: a Logboek written by an earlier version keeps its order. Nr stays a number, everything else text.
 */
export function logOps(sheetName: string, existingRows: number, entries: readonly LogEntry[], layout: LogLayout, label = "logboek"): WriteOp[] {
  if (entries.length === 0) return [];
  return textBlockOps(sheetName, 1 + existingRows, 0, entries.map((e) => entryToRow(e, layout)), label, [layout.indexOf("Nr")]);
}

