// Writing cell contents and number formats, shared by Range setters and by simulated grid edits.
// A 2-D input must match the range exactly; a single value (scalar, or a 1×1 array) fills every cell
// (Range.values docs: "If the argument is a single value, it will be applied to all cells";
// office-js-docs-reference issue #578 shows [["…"]] is the form that works). Mismatch: InvalidArgument (issue #1025).

import { Rect, cellCount } from "./address";
import { coerceInput, readValue, readValueType } from "./coercion";
import { DIMENSION_MISMATCH, richApiError } from "./errors";
import type { CellState, ChangeRecord } from "./events";
import type { Cell, Scalar, SheetModel } from "./sheet";

type At = (i: number, j: number) => unknown;

export function gridAccessor(input: unknown, r: Rect, location: string): At {
  if (!Array.isArray(input)) return () => input;
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const only = input[0][0];
    return () => only;
  }
  if (input.length !== r.rows || !input.every((row) => Array.isArray(row) && row.length === r.cols)) {
    throw richApiError("InvalidArgument", location, DIMENSION_MISMATCH);
  }
  return (i, j) => (input as unknown[][])[i][j];
}

export const cellState = (sheet: SheetModel, row: number, col: number): CellState => {
  const c = sheet.cell(row, col);
  return { value: readValue(c), type: readValueType(c) };
};

/** Writes values/formulas with Excel's coercion; validates every value before changing any cell. */
export function writeContents(sheet: SheetModel, r: Rect, input: unknown, location: string): void {
  const at = gridAccessor(input, r, location);
  const layered = sheet.layers.some((l) => l.prop === "nf");
  const coerced: ReturnType<typeof coerceInput>[] = new Array(cellCount(r));
  let k = 0;
  for (let i = 0; i < r.rows; i++) {
    const row = r.row + i;
    const cells = sheet.rows.get(row);
    for (let j = 0; j < r.cols; j++) {
      const col = r.col + j;
      const nf = layered ? (sheet.format(row, col, "nf") as string) : (cells?.[col]?.nf ?? "General");
      coerced[k++] = coerceInput(at(i, j), nf, location);
    }
  }
  k = 0;
  for (let i = 0; i < r.rows; i++) {
    const row = r.row + i;
    let cells = sheet.rows.get(row);
    for (let j = 0; j < r.cols; j++) {
      const w = coerced[k++];
      const col = r.col + j;
      if (w === undefined) continue; // null in the input leaves the cell as it is
      if (w === null) {
        if (cells?.[col]) clearValue(sheet, row, col, cells[col]!);
        continue;
      }
      if (!cells) sheet.rows.set(row, (cells = []));
      const written = typeof w === "object" ? w : undefined;
      const value = written ? written.v : (w as Scalar);
      const c = cells[col];
      if (!c) {
        cells[col] = written ? { v: value, ...(written.f !== undefined && { f: written.f }), ...(written.e && { e: true }), ...(written.nf !== undefined && { nf: written.nf }) } : { v: value };
        continue;
      }
      c.v = value;
      // `delete` only where needed: it slows V8's objects down, which shows at a million cells.
      if (written?.f !== undefined) c.f = written.f;
      else if (c.f !== undefined) delete c.f;
      if (written?.e) c.e = true;
      else if (c.e) delete c.e;
      if (written?.nf !== undefined) c.nf = written.nf;
    }
  }
}

function clearValue(sheet: SheetModel, row: number, col: number, c: Cell): void {
  c.v = null;
  if (c.f !== undefined) delete c.f;
  if (c.e) delete c.e;
  sheet.prune(row, col);
}

export function writeNumberFormat(sheet: SheetModel, r: Rect, input: unknown, location: string): void {
  const at = gridAccessor(input, r, location);
  const single = !Array.isArray(input) || (input.length === 1 && (input[0] as unknown[]).length === 1);
  const check = (v: unknown): string | undefined => {
    if (v === null || v === undefined) return undefined;
    if (typeof v !== "string") throw richApiError("InvalidArgument", location);
    return v;
  };
  if (single) {
    const nf = check(at(0, 0));
    if (nf !== undefined) sheet.setFormat(r, "nf", nf);
    return;
  }
  const formats = Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => check(at(i, j))));
  formats.forEach((line, i) => line.forEach((nf, j) => nf !== undefined && sheet.setFormat({ row: r.row + i, col: r.col + j, rows: 1, cols: 1 }, "nf", nf)));
}

/** A RangeEdited record; with before/after cell states only when exactly one cell changed. */
export function editRecord(
  sheet: SheetModel, r: Rect, source: "Local" | "Remote", triggerSource: "ThisLocalAddin" | "Unknown", before?: CellState,
): ChangeRecord {
  const details = before && cellCount(r) === 1 ? { before, after: cellState(sheet, r.row, r.col) } : undefined;
  return { kind: "changed", sheetId: sheet.id, rect: r, changeType: "RangeEdited", source, triggerSource, details };
}
