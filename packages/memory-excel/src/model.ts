// The workbook as plain data: sheets in tab order, tables, workbook structure protection. Proxies, user actions
// and tests all work on this one model; it does no protection checks itself (see protection.ts).

import { MAX_COLS, MAX_ROWS, Rect, intersection, lastCol, lastRow, parseAddress, rect } from "./address";
import { readFormula, readText, readValue } from "./coercion";
import { richApiError } from "./errors";
import { Scalar, SheetModel, shiftSpan } from "./sheet";

export interface TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect; // header row included; Excel tables here always show headers and have no totals row
  /** Filter buttons on the header row (Table.showFilterButton, ExcelApi 1.3): a new table has them, as in Excel. */
  showFilterButton: boolean;
  deleted: boolean;
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export const isValidSheetName = (name: string): boolean =>
  name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  structure = { protected: false, password: null as string | null };
  activeSheetId: string | null = null;
  /** @internal Next numbers for generated ids (kept above loaded ones by snapshot.ts). */
  nextSheetId = 1;
  /** @internal */
  nextTableId = 1;

  /** A sheet by name (case-insensitive, as Excel) or by id. */
  sheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  requireSheet(nameOrId: string, location: string): SheetModel {
    const s = this.sheet(nameOrId);
    if (!s) throw richApiError("ItemNotFound", location);
    return s;
  }

  addSheet(name?: string, location = "WorksheetCollection.add"): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.checkName(sheetName, undefined, location);
    const id = `{00000000-0001-0000-${String(this.nextSheetId++).padStart(4, "0")}-000000000000}`;
    const sheet = new SheetModel(id, sheetName);
    this.sheets.push(sheet);
    this.activeSheetId ??= id;
    return sheet;
  }

  checkName(name: string, self: SheetModel | undefined, location: string): void {
    if (!isValidSheetName(name)) throw richApiError("InvalidArgument", location);
    const other = this.sheet(name);
    if (other && other !== self && other.name.toLowerCase() === name.toLowerCase()) throw richApiError("ItemAlreadyExists", location);
  }

  /** Excel keeps at least one visible sheet: deleting or hiding the last one is an invalid operation. */
  checkKeepsVisibleSheet(sheet: SheetModel, location: string): void {
    if (sheet.visibility === "Visible" && this.sheets.filter((s) => s.visibility === "Visible").length <= 1) {
      throw richApiError("InvalidOperation", location);
    }
  }

  deleteSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const t of this.tablesOn(sheet)) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const rest = this.sheets.filter((s) => s !== sheet);
    rest.splice(Math.max(0, Math.min(position, rest.length)), 0, sheet);
    this.sheets = rest;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  table(nameOrId: string): TableModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.id === nameOrId || t.name.toLowerCase() === lower);
  }

  addTable(sheet: SheetModel, area: Rect, hasHeaders: boolean, location = "TableCollection.add"): TableModel {
    const r = hasHeaders ? area : rect(area.row, area.col, area.rows + 1, area.cols);
    if (lastRow(r) >= MAX_ROWS || this.tablesOn(sheet).some((t) => intersection(t.rect, r))) throw richApiError("InvalidArgument", location);
    if (!hasHeaders) sheet.shiftRows(area.row, 1, area.col, lastCol(area)); // Excel adds a header row above the data
    let n = this.nextTableId;
    while (this.table(`Table${n}`)) n++;
    const table: TableModel = { id: String(this.nextTableId++), name: `Table${n}`, sheet, rect: r.rows === 1 ? { ...r, rows: 2 } : r, showFilterButton: true, deleted: false };
    this.tables.push(table);
    this.fillHeaders(table);
    return table;
  }

  /** Excel writes "Column1", "Column2", … into empty header cells of a new or widened table. */
  fillHeaders(table: TableModel): void {
    for (let i = 0; i < table.rect.cols; i++) {
      const c = table.sheet.ensure(table.rect.row, table.rect.col + i);
      if (c.v === null) c.v = `Column${i + 1}`;
    }
  }

  /** Column names as Excel derives them from the header cells (text; empty → ColumnN; duplicates numbered). */
  tableColumnNames(table: TableModel): string[] {
    const seen = new Set<string>();
    const names: string[] = [];
    for (let i = 0; i < table.rect.cols; i++) {
      const c = table.sheet.cell(table.rect.row, table.rect.col + i);
      let name = readText(c, "General") || `Column${i + 1}`;
      for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${readText(c, "General") || `Column${i + 1}`}${k}`;
      seen.add(name.toLowerCase());
      names.push(name);
    }
    return names;
  }

  /**
   * Excel grows a table over values entered in the row directly below it ("Resize a table by adding or removing rows
   * and columns", support.microsoft.com): a write that reaches that row, starts in the table's columns and whose first
   * cell is not blank extends the table down to the write's last row. A blank first cell leaves the table as it is.
   */
  growTablesOver(sheet: SheetModel, r: Rect): void {
    for (const t of this.tablesOn(sheet)) {
      const below = lastRow(t.rect) + 1;
      const inColumns = r.col >= t.rect.col && r.col <= lastCol(t.rect);
      if (!inColumns || r.row > below || lastRow(r) < below) continue;
      const first = sheet.cell(Math.max(r.row, below), r.col)?.v;
      if (first === null || first === undefined || first === "") continue;
      t.rect = { ...t.rect, rows: lastRow(r) - t.rect.row + 1 };
    }
  }

  deleteTable(table: TableModel): void {
    table.deleted = true;
    this.tables = this.tables.filter((t) => t !== table);
  }

  /**
   * Inserts (count > 0) or deletes (count < 0) rows or columns at `at`, limited to the cross span [s0, s1]
   * (the whole sheet width/height for entire rows/columns). Tables inside the span move or grow/shrink with it;
   * a shift that would cut through a table is refused, as in Excel.
   */
  shift(sheet: SheetModel, axis: "row" | "col", at: number, count: number, s0 = 0, s1 = (axis === "row" ? MAX_COLS : MAX_ROWS) - 1): void {
    const along = (r: Rect): [number, number] => (axis === "row" ? [r.row, r.rows] : [r.col, r.cols]);
    const cross = (r: Rect): [number, number] => (axis === "row" ? [r.col, lastCol(r)] : [r.row, lastRow(r)]);
    const affected = this.tablesOn(sheet).filter((t) => {
      const [start, len] = along(t.rect);
      const [c0, c1] = cross(t.rect);
      return start + len - 1 >= at && c1 >= s0 && c0 <= s1;
    });
    for (const t of affected) {
      const [c0, c1] = cross(t.rect);
      if (c0 < s0 || c1 > s1) throw richApiError("InvalidOperation", "Range.insert", "This operation would shift cells in a table.");
    }
    if (axis === "row") sheet.shiftRows(at, count, s0, s1);
    else sheet.shiftCols(at, count, s0, s1);
    for (const t of affected) {
      const [start, len] = along(t.rect);
      const span = shiftSpan(start, len, at, count, axis === "row" ? MAX_ROWS : MAX_COLS, false);
      const headerGone = axis === "row" && count < 0 && start >= at && start < at - count;
      if (!span || headerGone) {
        this.deleteTable(t);
        continue;
      }
      const [s, l] = [span[0], axis === "row" ? Math.max(span[1], 2) : span[1]];
      t.rect = axis === "row" ? rect(s, t.rect.col, l, t.rect.cols) : rect(t.rect.row, s, t.rect.rows, l);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Plain reads for tests and for rendering the demo grid (no load/sync involved).

  read(sheetName: string, address: string): { values: Scalar[][]; formulas: Scalar[][]; text: string[][]; numberFormat: string[][]; locked: boolean[][] } {
    const sheet = this.requireSheet(sheetName, "WorkbookModel.read");
    const r = parseAddress(address).rect;
    const grid = <T>(f: (row: number, col: number) => T): T[][] =>
      Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(r.row + i, r.col + j)));
    return {
      values: grid((row, col) => readValue(sheet.cell(row, col))),
      formulas: grid((row, col) => readFormula(sheet.cell(row, col))),
      text: grid((row, col) => readText(sheet.cell(row, col), sheet.format(row, col, "nf") as string)),
      numberFormat: grid((row, col) => sheet.format(row, col, "nf") as string),
      locked: grid((row, col) => sheet.format(row, col, "locked") as boolean),
    };
  }

  values(sheetName: string, address: string): Scalar[][] {
    return this.read(sheetName, address).values;
  }
}
