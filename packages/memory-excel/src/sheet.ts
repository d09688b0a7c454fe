// One worksheet's cells: stored sparsely (row → array of cells), plus "format layers" so that formatting a whole
// column ("D:D" as text, "H:H" unlocked) costs one record instead of a million, as Excel's column formats do.

import { MAX_COLS, MAX_ROWS, Rect, cellCount, contains, containsCell, intersection, lastCol, lastRow, rect } from "./address";

export type Scalar = string | number | boolean;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface Cell {
  v: Scalar | null; // null = empty
  f?: string; // formula, with leading "="
  e?: boolean; // v is an error value such as "#NAME?"
  nf?: string;
  locked?: boolean;
  bold?: boolean;
}

export type FormatProp = "nf" | "locked" | "bold";
export type FormatValue = string | boolean;
export interface FormatLayer {
  readonly rect: Rect;
  readonly prop: FormatProp;
  readonly value: FormatValue;
}

/** Excel's defaults: General number format, cells locked (FormatProtection.locked docs: "locked by default"), not bold. */
export const FORMAT_DEFAULTS: Record<FormatProp, FormatValue> = { nf: "General", locked: true, bold: false };

/** Formatting more cells than this at once becomes a layer instead of per-cell records. */
const LAYER_THRESHOLD = 200_000;

export type ProtectionOptions = Required<Omit<Excel.WorksheetProtectionOptions, "selectionMode">> & {
  selectionMode: "Normal" | "Unlocked" | "None";
};

export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = {
  allowAutoFilter: false, allowDeleteColumns: false, allowDeleteRows: false, allowEditObjects: false,
  allowEditScenarios: false, allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false,
  allowInsertColumns: false, allowInsertHyperlinks: false, allowInsertRows: false, allowPivotTables: false,
  allowSort: false, selectionMode: "Normal",
};

export interface AllowEditRangeModel {
  title: string;
  rect: Rect;
  password: string | null;
  paused: boolean; // per session; this host is one session
}

export interface SheetProtection {
  protected: boolean;
  options: ProtectionOptions;
  password: string | null;
  paused: boolean; // pauseProtection (ExcelApiOnline 1.1) holds for this session only
}

const isDefault = (c: Cell): boolean =>
  c.v === null && c.f === undefined && c.nf === undefined && c.locked === undefined && c.bold === undefined;

export class SheetModel {
  visibility: Visibility = "Visible";
  protection: SheetProtection = { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS }, password: null, paused: false };
  allowEditRanges: AllowEditRangeModel[] = [];
  frozenRows = 0;
  /** Column index → width in points (RangeFormat.columnWidth; office-js issue #187: the unit is points). Absent: default. */
  readonly columnWidths = new Map<number, number>();
  deleted = false;
  readonly rows = new Map<number, (Cell | undefined)[]>();
  layers: FormatLayer[] = [];

  constructor(readonly id: string, public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.[col];
  }

  ensure(row: number, col: number): Cell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    return (cells[col] ??= { v: null });
  }

  /** Drops a cell that holds nothing but defaults, keeping the store (and the used range) tight. */
  prune(row: number, col: number): void {
    const cells = this.rows.get(row);
    const c = cells?.[col];
    if (!cells || !c || !isDefault(c)) return;
    cells[col] = undefined;
    while (cells.length && cells[cells.length - 1] === undefined) cells.pop();
    if (!cells.length) this.rows.delete(row);
  }

  /** Visits the stored cells inside r (empty, never-formatted cells are not visited). */
  forEachCell(r: Rect, visit: (row: number, col: number, cell: Cell) => void): void {
    const end = lastCol(r);
    const visitRow = (row: number, cells: (Cell | undefined)[]) => {
      for (let col = r.col, stop = Math.min(end, cells.length - 1); col <= stop; col++) {
        const c = cells[col];
        if (c) visit(row, col, c);
      }
    };
    if (r.rows <= this.rows.size) {
      for (let row = r.row; row <= lastRow(r); row++) {
        const cells = this.rows.get(row);
        if (cells) visitRow(row, cells);
      }
    } else {
      const rowsInRange = [...this.rows.keys()].filter((row) => row >= r.row && row <= lastRow(r)).sort((a, b) => a - b);
      for (const row of rowsInRange) visitRow(row, this.rows.get(row)!);
    }
  }

  format(row: number, col: number, prop: FormatProp): FormatValue {
    const own = this.cell(row, col)?.[prop];
    if (own !== undefined) return own;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i];
      if (l.prop === prop && containsCell(l.rect, row, col)) return l.value;
    }
    return FORMAT_DEFAULTS[prop];
  }

  setFormat(r: Rect, prop: FormatProp, value: FormatValue): void {
    if (cellCount(r) > LAYER_THRESHOLD) {
      this.forEachCell(r, (row, col, c) => {
        delete c[prop];
        this.prune(row, col);
      });
      this.layers = this.layers.filter((l) => l.prop !== prop || !contains(r, l.rect)); // fully covered: obsolete
      this.layers.push({ rect: r, prop, value });
      return;
    }
    for (let row = r.row; row <= lastRow(r); row++) {
      for (let col = r.col; col <= lastCol(r); col++) (this.ensure(row, col) as unknown as Record<FormatProp, FormatValue>)[prop] = value;
    }
  }

  /** The one value of prop over r, or null when the cells differ (as Excel reports mixed formats). */
  uniformFormat(r: Rect, prop: FormatProp): FormatValue | null {
    const seen = new Set<FormatValue>();
    let own = 0;
    this.forEachCell(r, (_row, _col, c) => {
      if (c[prop] !== undefined) {
        seen.add(c[prop] as FormatValue);
        own++;
      }
    });
    if (own < cellCount(r)) for (const v of this.backgroundValues(r, prop)) seen.add(v);
    return seen.size === 1 ? [...seen][0] : null;
  }

  /** Values that layers (or the default) give over r, by sampling each piece of the layers' boundaries. */
  private backgroundValues(r: Rect, prop: FormatProp): FormatValue[] {
    const layers = this.layers.filter((l) => l.prop === prop && intersection(l.rect, r));
    if (!layers.length) return [FORMAT_DEFAULTS[prop]];
    const cuts = (start: number, end: number, spans: [number, number][]) =>
      [...new Set([start, ...spans.flatMap(([s, e]) => [s, e + 1])])].filter((x) => x >= start && x <= end).sort((a, b) => a - b);
    const rowCuts = cuts(r.row, lastRow(r), layers.map((l) => [l.rect.row, lastRow(l.rect)]));
    const colCuts = cuts(r.col, lastCol(r), layers.map((l) => [l.rect.col, lastCol(l.rect)]));
    const values = new Set<FormatValue>();
    for (const row of rowCuts) {
      for (const col of colCuts) {
        const hit = [...layers].reverse().find((l) => containsCell(l.rect, row, col));
        values.add(hit ? hit.value : FORMAT_DEFAULTS[prop]);
      }
    }
    return [...values];
  }

  /** Bounding rectangle of cells with content (valuesOnly) or with content or formatting; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity, bottom = -1, left = Infinity, right = -1;
    for (const [row, cells] of this.rows) {
      for (let col = 0; col < cells.length; col++) {
        const c = cells[col];
        if (!c || (valuesOnly && c.v === null && c.f === undefined)) continue;
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
    return bottom < 0 ? null : rect(top, left, bottom - top + 1, right - left + 1);
  }

  clear(r: Rect, what: "All" | "Formats" | "Contents"): void {
    this.forEachCell(r, (row, col, c) => {
      if (what !== "Formats") {
        c.v = null;
        delete c.f;
        delete c.e;
      }
      if (what !== "Contents") {
        delete c.nf;
        delete c.locked;
        delete c.bold;
      }
      this.prune(row, col);
    });
    if (what !== "Contents" && cellCount(r) > LAYER_THRESHOLD) {
      for (const prop of ["nf", "locked", "bold"] as const) this.setFormat(r, prop, FORMAT_DEFAULTS[prop]);
    }
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) rows at `at`, within columns [c0, c1]; cells below move.
   * Layers move only for entire-row operations (partial shifts keep column formats in place).
   */
  shiftRows(at: number, count: number, c0 = 0, c1 = MAX_COLS - 1): void {
    const n = Math.abs(count);
    const fullWidth = c0 === 0 && c1 === MAX_COLS - 1;
    const moved = new Map<number, (Cell | undefined)[]>();
    for (const [row, cells] of this.rows) {
      if (row < at) continue;
      const segment = fullWidth ? cells : cells.slice(c0, c1 + 1);
      if (!fullWidth) for (let col = c0; col <= Math.min(c1, cells.length - 1); col++) cells[col] = undefined;
      else this.rows.delete(row);
      const target = count > 0 ? row + n : row - n;
      if (count < 0 && row < at + n) continue; // deleted
      if (target < MAX_ROWS) moved.set(target, segment);
    }
    for (const [row, segment] of moved) {
      if (fullWidth) {
        this.rows.set(row, segment);
        continue;
      }
      segment.forEach((c, i) => {
        if (!c) return;
        this.ensure(row, c0 + i);
        this.rows.get(row)![c0 + i] = c;
      });
    }
    for (const [row, cells] of [...this.rows]) {
      while (cells.length && cells[cells.length - 1] === undefined) cells.pop();
      if (!cells.length) this.rows.delete(row);
    }
    if (fullWidth) this.layers = shiftLayers(this.layers, "row", at, count);
  }

  /** Inserts (count > 0) or deletes (count < 0) columns at `at`, within rows [r0, r1]; cells to the right move. */
  shiftCols(at: number, count: number, r0 = 0, r1 = MAX_ROWS - 1): void {
    for (const [row, cells] of [...this.rows]) {
      if (row < r0 || row > r1 || cells.length <= at) continue;
      if (count > 0) cells.splice(at, 0, ...new Array<undefined>(count));
      else cells.splice(at, -count);
      cells.length = Math.min(cells.length, MAX_COLS);
      while (cells.length && cells[cells.length - 1] === undefined) cells.pop();
      if (!cells.length) this.rows.delete(row);
    }
    if (r0 === 0 && r1 === MAX_ROWS - 1) this.layers = shiftLayers(this.layers, "col", at, count);
  }
}

/**
 * Moves a span [start, start+len) for an insert/delete at `at`. With `inheritBefore` (formats), lines inserted right
 * after the span join it, as they take the format of the line before; tables grow only for inserts inside them.
 */
export function shiftSpan(start: number, len: number, at: number, count: number, max: number, inheritBefore = true): [number, number] | null {
  if (start === 0 && len === max) return [start, len]; // entire rows/columns stay entire
  if (count > 0) {
    if (start >= at) start += count;
    else if (start + len > at || (inheritBefore && start + len === at)) len += count;
    return start >= max ? null : [start, Math.min(len, max - start)];
  }
  const n = -count;
  const before = Math.max(0, Math.min(start, at + n) - at);
  const inside = Math.max(0, Math.min(start + len, at + n) - Math.max(start, at));
  return len - inside <= 0 ? null : [start - before, len - inside];
}

function shiftLayers(layers: FormatLayer[], axis: "row" | "col", at: number, count: number): FormatLayer[] {
  const out: FormatLayer[] = [];
  for (const l of layers) {
    const [s, len, max] = axis === "row" ? [l.rect.row, l.rect.rows, MAX_ROWS] : [l.rect.col, l.rect.cols, MAX_COLS];
    const span = shiftSpan(s, len, at, count, max);
    if (!span) continue;
    const r = axis === "row" ? rect(span[0], l.rect.col, span[1], l.rect.cols) : rect(l.rect.row, span[0], l.rect.rows, span[1]);
    out.push({ ...l, rect: r });
  }
  return out;
}
