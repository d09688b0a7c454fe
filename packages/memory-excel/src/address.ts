// A1-style addresses: parsing "Sheet!A1:C3", "'OCMW-cliënten'!A:C", "2:5" into zero-based rectangles and back.
// Grid size is Excel's: 1,048,576 rows × 16,384 columns (XFD).

import { columnIndex, columnLetter } from "./a1";
import { richApiError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Zero-based, inclusive start; rows/cols are counts (>= 1). */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const rect = (row: number, col: number, rows = 1, cols = 1): Rect => ({ row, col, rows, cols });
export const lastRow = (r: Rect): number => r.row + r.rows - 1;
export const lastCol = (r: Rect): number => r.col + r.cols - 1;
export const cellCount = (r: Rect): number => r.rows * r.cols;
export const isEntireRows = (r: Rect): boolean => r.col === 0 && r.cols === MAX_COLS;
export const isEntireColumns = (r: Rect): boolean => r.row === 0 && r.rows === MAX_ROWS;

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && lastRow(inner) <= lastRow(outer) && lastCol(inner) <= lastCol(outer);
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row <= lastRow(r) && col >= r.col && col <= lastCol(r);
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(lastRow(a), lastRow(b));
  const endCol = Math.min(lastCol(a), lastCol(b));
  return endRow < row || endCol < col ? null : rect(row, col, endRow - row + 1, endCol - col + 1);
}

export function isValidRect(r: Rect): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && lastRow(r) < MAX_ROWS && lastCol(r) < MAX_COLS;
}

type Ref = { kind: "cell"; row: number; col: number } | { kind: "col"; col: number } | { kind: "row"; row: number };

function parseRef(text: string): Ref | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnIndex(m[1]) : -1;
  const row = m[2] ? Number(m[2]) - 1 : -1;
  if ((m[1] && col >= MAX_COLS) || (m[2] && (row < 0 || row >= MAX_ROWS))) return null;
  if (m[1] && m[2]) return { kind: "cell", row, col };
  return m[1] ? { kind: "col", col } : { kind: "row", row };
}

/** Splits "Sheet!A1" / "'It''s'!A1" into sheet and reference; sheet is undefined when absent. */
function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses an A1 address; throws InvalidArgument (as Worksheet.getRange does) when it is not one. */
export function parseAddress(address: string, location = "Worksheet.getRange"): { sheet?: string; rect: Rect } {
  const { sheet, ref } = splitSheet(address.trim());
  const parts = ref.split(":");
  const a = parts.length <= 2 ? parseRef(parts[0]) : null;
  const b = parts.length === 2 ? parseRef(parts[1]) : a;
  if (!a || !b || a.kind !== b.kind || (parts.length === 1 && a.kind !== "cell")) throw richApiError("InvalidArgument", location);
  if (a.kind === "col" && b.kind === "col") {
    const c0 = Math.min(a.col, b.col);
    return { sheet, rect: rect(0, c0, MAX_ROWS, Math.abs(a.col - b.col) + 1) };
  }
  if (a.kind === "row" && b.kind === "row") {
    const r0 = Math.min(a.row, b.row);
    return { sheet, rect: rect(r0, 0, Math.abs(a.row - b.row) + 1, MAX_COLS) };
  }
  const [ca, cb] = [a as { row: number; col: number }, b as { row: number; col: number }];
  const row = Math.min(ca.row, cb.row);
  const col = Math.min(ca.col, cb.col);
  return { sheet, rect: rect(row, col, Math.abs(ca.row - cb.row) + 1, Math.abs(ca.col - cb.col) + 1) };
}

/** "B3", "A2:C4", "A:C" (entire columns) or "2:4" (entire rows), the way Excel prints them. */
export function formatRect(r: Rect): string {
  if (isEntireColumns(r)) return `${columnLetter(r.col)}:${columnLetter(lastCol(r))}`;
  if (isEntireRows(r)) return `${r.row + 1}:${lastRow(r) + 1}`;
  const start = `${columnLetter(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${columnLetter(lastCol(r))}${lastRow(r) + 1}`;
}

/**
 * Excel quotes a sheet name unless it is a plain identifier (letters, digits, underscore, dot; not starting
 * with a digit) that cannot be read as a cell reference: 'OCMW-cliënten'!A1, but Debiteuren!A1.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*C?\d*|C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export const formatAddress = (sheetName: string, r: Rect): string => `${quoteSheetName(sheetName)}!${formatRect(r)}`;
