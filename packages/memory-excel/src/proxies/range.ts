// Range proxy: address and size, values / formulas / numberFormat / text / valueTypes, derived ranges,
// clear, insert/delete with shifting. Cell arrays are refused above the read limit (5,000,000 cells by default).

import {
  MAX_COLS, MAX_ROWS, Rect, cellCount, formatAddress, isEntireColumns, isEntireRows, isValidRect, lastCol, lastRow, rect,
} from "../address";
import { ValueType, readFormula, readText, readValue, readValueType } from "../coercion";
import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import type { ChangeType } from "../events";
import { requireEditable, requireFormattable, requireShiftAllowed } from "../protection";
import type { Cell, SheetModel } from "../sheet";
import { cellState, editRecord, gridAccessor, writeContents, writeNumberFormat } from "../writes";
import { ProxyBase, Resolver } from "./base";
import { DataValidationProxy } from "./data-validation";
import { RangeFormatProxy } from "./range-format";
import { WorksheetProxy } from "./worksheet";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const CELL_ARRAYS = new Set(["values", "formulas", "numberFormat", "text", "valueTypes"]);

export class RangeProxy extends ProxyBase<RangeTarget> {
  protected readonly scalarNames = [
    "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount",
    "values", "formulas", "numberFormat", "text", "valueTypes", "isEntireRow", "isEntireColumn",
  ] as const;
  private navFormat?: RangeFormatProxy;
  private navValidation?: DataValidationProxy;
  private navSheet?: WorksheetProxy;

  constructor(context: MemoryContext, resolver: Resolver<RangeTarget>, orNull = false) {
    super(context, "Range", resolver, orNull);
  }

  static at(context: MemoryContext, sheet: () => SheetModel, r: Rect, location: string): RangeProxy {
    return new RangeProxy(context, () => {
      if (!isValidRect(r)) throw richApiError("InvalidArgument", location);
      return { sheet: sheet(), rect: r };
    });
  }

  private derive(location: string, make: (r: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      const r = make(t.rect);
      if (!isValidRect(r)) throw richApiError("InvalidArgument", location);
      return { sheet: t.sheet, rect: r };
    });
  }

  protected read(name: string, { sheet, rect: r }: RangeTarget): unknown {
    if (CELL_ARRAYS.has(name) && cellCount(r) > this.context.host.options.maxCellsPerRead) {
      if (this.context.host.options.oversizedRead === "null") return null; // office-js issues #4783, #6781
      throw richApiError("RangeExceedsLimit", `Range.${name}`);
    }
    switch (name) {
      case "address": case "addressLocal": return formatAddress(sheet.name, r);
      case "rowIndex": return r.row;
      case "columnIndex": return r.col;
      case "rowCount": return r.rows;
      case "columnCount": return r.cols;
      case "cellCount": return cellCount(r);
      case "isEntireRow": return isEntireRows(r);
      case "isEntireColumn": return isEntireColumns(r);
      case "values": return grid(sheet, r, (c) => readValue(c));
      case "formulas": return grid(sheet, r, (c) => readFormula(c));
      case "valueTypes": return grid(sheet, r, (c) => readValueType(c));
      case "numberFormat": return grid(sheet, r, (_c, row, col) => sheet.format(row, col, "nf"));
      default: return grid(sheet, r, (c, row, col) => readText(c, sheet.format(row, col, "nf") as string));
    }
  }

  protected override nav(name: string): ProxyBase<unknown> | undefined {
    return name === "format" ? this.format : name === "worksheet" ? this.worksheet : name === "dataValidation" ? this.dataValidation : undefined;
  }

  get dataValidation(): DataValidationProxy {
    return (this.navValidation ??= new DataValidationProxy(this.context, this));
  }

  get format(): RangeFormatProxy {
    return (this.navFormat ??= new RangeFormatProxy(this.context, this));
  }
  get worksheet(): WorksheetProxy {
    return (this.navSheet ??= new WorksheetProxy(this.context, () => this.target().sheet));
  }

  get address(): string { return this.get("address"); }
  get addressLocal(): string { return this.get("addressLocal"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get cellCount(): number { return this.get("cellCount"); }
  get isEntireRow(): boolean { return this.get("isEntireRow"); }
  get isEntireColumn(): boolean { return this.get("isEntireColumn"); }
  get text(): string[][] { return this.get("text"); }
  get valueTypes(): ValueType[][] { return this.get("valueTypes"); }

  get values(): unknown[][] { return this.get("values"); }
  set values(input: unknown[][]) { this.setContents("values", input); }

  get formulas(): unknown[][] { return this.get("formulas"); }
  set formulas(input: unknown[][]) { this.setContents("formulas", input); }

  get numberFormat(): unknown[][] { return this.get("numberFormat"); }
  set numberFormat(input: unknown[][]) {
    this.props.set("numberFormat", input);
    this.queue("setNumberFormat", input, ({ sheet, rect: r }) => {
      gridAccessor(input, r, "Range.numberFormat");
      requireFormattable(sheet, r, "Range.numberFormat");
      writeNumberFormat(sheet, r, input, "Range.numberFormat");
    });
  }

  private setContents(property: "values" | "formulas", input: unknown): void {
    this.props.set(property, input);
    const location = `Range.${property}`;
    this.queue(property, input, ({ sheet, rect: r }, tx) => {
      gridAccessor(input, r, location);
      requireEditable(sheet, r, location);
      const before = cellCount(r) === 1 ? cellState(sheet, r.row, r.col) : undefined;
      writeContents(sheet, r, input, location);
      this.context.host.model.growTablesOver(sheet, r);
      tx.change(editRecord(sheet, r, "Local", "ThisLocalAddin", before));
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("Range.getCell", (r) => rect(r.row + row, r.col + column));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("Range.getResizedRange", (r) => rect(r.row, r.col, r.rows + deltaRows, r.cols + deltaColumns));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("Range.getOffsetRange", (r) => rect(r.row + rowOffset, r.col + columnOffset, r.rows, r.cols));
  }
  getRow(row: number): RangeProxy {
    return this.derive("Range.getRow", (r) => (row < r.rows ? rect(r.row + row, r.col, 1, r.cols) : rect(-1, -1)));
  }
  getColumn(column: number): RangeProxy {
    return this.derive("Range.getColumn", (r) => (column < r.cols ? rect(r.row, r.col + column, r.rows, 1) : rect(-1, -1)));
  }
  getLastRow(): RangeProxy {
    return this.derive("Range.getLastRow", (r) => rect(lastRow(r), r.col, 1, r.cols));
  }
  getLastColumn(): RangeProxy {
    return this.derive("Range.getLastColumn", (r) => rect(r.row, lastCol(r), r.rows, 1));
  }
  getEntireRow(): RangeProxy {
    return this.derive("Range.getEntireRow", (r) => rect(r.row, 0, r.rows, MAX_COLS));
  }
  getEntireColumn(): RangeProxy {
    return this.derive("Range.getEntireColumn", (r) => rect(0, r.col, MAX_ROWS, r.cols));
  }

  /** Clearing contents needs editable cells; clearing formats needs formatting rights (see protection.ts). */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.queue("clear", applyTo, ({ sheet, rect: r }, tx) => {
      if (applyTo !== "Formats") requireEditable(sheet, r, "Range.clear");
      if (applyTo !== "Contents") requireFormattable(sheet, r, "Range.clear");
      const before = cellCount(r) === 1 ? cellState(sheet, r.row, r.col) : undefined;
      sheet.clear(r, applyTo);
      if (applyTo !== "Formats") tx.change(editRecord(sheet, r, "Local", "ThisLocalAddin", before));
    });
  }

  delete(shift: "Up" | "Left"): void {
    this.queue("delete", shift, (t, tx) => tx.change(shiftCells(this.context, t, shift === "Up" ? "row" : "col", false)));
  }

  /** Inserts empty cells where this range is; returns a range for them. */
  insert(shift: "Down" | "Right"): RangeProxy {
    this.queue("insert", shift, (t, tx) => tx.change(shiftCells(this.context, t, shift === "Down" ? "row" : "col", true)));
    return this.derive("Range.insert", (r) => r);
  }

  select(): void {}
  track(): this { return this; }
  untrack(): this { return this; }
}

function grid<T>(sheet: SheetModel, r: Rect, read: (c: Cell | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(r.rows);
  for (let i = 0; i < r.rows; i++) {
    const row = r.row + i;
    const cells = sheet.rows.get(row);
    const line: T[] = new Array(r.cols);
    for (let j = 0; j < r.cols; j++) line[j] = read(cells?.[r.col + j], row, r.col + j);
    out[i] = line;
  }
  return out;
}

/** Insert/delete along an axis; entire rows/columns shift the whole sheet, other ranges only their own band. */
function shiftCells(context: MemoryContext, { sheet, rect: r }: RangeTarget, axis: "row" | "col", insert: boolean) {
  const entire = axis === "row" ? isEntireRows(r) : isEntireColumns(r);
  requireShiftAllowed(sheet, axis, insert, entire, r, insert ? "Range.insert" : "Range.delete");
  const [at, n] = axis === "row" ? [r.row, r.rows] : [r.col, r.cols];
  const [s0, s1] = axis === "row" ? [r.col, lastCol(r)] : [r.row, lastRow(r)];
  context.host.model.shift(sheet, axis, at, insert ? n : -n, s0, s1);
  const changeType: ChangeType = !entire ? (insert ? "CellInserted" : "CellDeleted")
    : axis === "row" ? (insert ? "RowInserted" : "RowDeleted") : insert ? "ColumnInserted" : "ColumnDeleted";
  return { kind: "changed" as const, sheetId: sheet.id, rect: r, changeType, source: "Local" as const, triggerSource: "ThisLocalAddin" as const };
}
