// Converts an .xlsx file (exceljs) to and from the in-memory Excel host's WorkbookSnapshot, so the CLI runs the same
// Office.js adapter and use cases on workbook files. What a file or exceljs cannot carry is listed in docs/cli.md.
// No Node imports (exceljs is loaded on demand); checking sheet passwords against their hashes is workbookFile.ts's job.
import { columnLetter, parseCell } from "@debiteurencheck/memory-excel/a1";
import {
  DEFAULT_PROTECTION_OPTIONS,
  MAX_COLS,
  MAX_ROWS,
  containsCell,
  formatRect,
  lastCol,
  lastRow,
  parseAddress,
  rect,
  type CellSnapshot,
  type FormatRangeSnapshot,
  type Rect,
  type SheetSnapshot,
  type TableSnapshot,
  type Visibility,
  type WorkbookSnapshot,
} from "@debiteurencheck/memory-excel";

type ExcelJsModule = typeof import("exceljs");
type Worksheet = import("exceljs").Worksheet;
type ExcelCell = import("exceljs").Cell;
type CellValue = import("exceljs").CellValue;
type Style = Partial<import("exceljs").Style>;
type ProtectionOptions = SheetSnapshot["protection"]["options"];

/** The SHA-512 hash an .xlsx keeps instead of a sheet's protection password (ECMA-376 Part 1, 18.3.1.85). */
export interface PasswordHash {
  readonly algorithmName: string;
  readonly hashValue: string;
  readonly saltValue: string;
  readonly spinCount: number;
}

export type { SheetStyling } from "../domain/logDisplay";
import type { SheetStyling } from "../domain/logDisplay";

export interface XlsxRead {
  /** Protection passwords are null here: a file keeps only their hashes (below), the caller supplies the passwords. */
  readonly snapshot: WorkbookSnapshot;
  /** Sheet name → the hash of its protection password (absent: protected without a password, or not protected). */
  readonly passwordHashes: ReadonlyMap<string, PasswordHash>;
  /** Per sheet: what the in-memory host does not model but changes what a person reads (logDisplay.ts). */
  readonly styling: ReadonlyMap<string, SheetStyling>;
}

export interface XlsxWriteOptions {
  /**
   * Spin count of the password hashes written. Excel uses 100,000, which costs exceljs about half a second per sheet.
   * The add-in's protection password is 128 random bits, so guessing it is hopeless at any spin count; 10,000 keeps
   * saving fast. (Protection is a guard against mistakes, not security: PRODUCT.md "Honesty".)
   */
  readonly spinCount?: number;
}

export const DEFAULT_SPIN_COUNT = 10_000;

export async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = await import("exceljs");
  // A CommonJS module seen through a bundler's (or tsc's CommonJS) interop may sit under `default`.
  return (mod as ExcelJsModule & { default?: ExcelJsModule }).Workbook ? mod : ((mod as { default?: ExcelJsModule }).default ?? mod);
}

// ---- formats: the host's format layers ⇄ .xlsx column, row and cell styles ----------------------------------------

interface Format {
  nf: string;
  locked: boolean;
  bold: boolean;
}
interface Layer {
  readonly rect: Rect;
  readonly nf?: string;
  readonly locked?: boolean;
  readonly bold?: boolean;
}

const DEFAULT_FORMAT: Format = Object.freeze({ nf: "General", locked: true, bold: false });
const sameFormat = (a: Format, b: Format) => a.nf === b.nf && a.locked === b.locked && a.bold === b.bold;
const formatKey = (f: Format) => `${f.nf}\u0000${f.locked}\u0000${f.bold}`;
/** Cells checked for formats that differ from their column's; far above any layout the add-in makes. */
const MAX_FORMAT_CHECKS = 5_000_000;

/** The format layers give (row, col), later layers winning, Excel's defaults where none applies. */
function background(layers: readonly Layer[], row: number, col: number): Format {
  let nf: string | undefined;
  let locked: boolean | undefined;
  let bold: boolean | undefined;
  for (let i = layers.length - 1; i >= 0 && (nf === undefined || locked === undefined || bold === undefined); i--) {
    const l = layers[i];
    if (!containsCell(l.rect, row, col)) continue;
    nf ??= l.nf;
    locked ??= l.locked;
    bold ??= l.bold;
  }
  return { nf: nf ?? DEFAULT_FORMAT.nf, locked: locked ?? DEFAULT_FORMAT.locked, bold: bold ?? DEFAULT_FORMAT.bold };
}

function styleOf(f: Format): Style {
  const style: Style = { protection: { locked: f.locked } };
  if (f.nf !== "General") style.numFmt = f.nf;
  if (f.bold) style.font = { bold: true };
  return style;
}

/** One shared style object per distinct format: exceljs deduplicates them anyway, and 100,000 rows stay cheap. */
function styleCache(): (f: Format) => Style {
  const cache = new Map<string, Style>();
  return (f) => {
    const key = formatKey(f);
    let style = cache.get(key);
    if (!style) cache.set(key, (style = styleOf(f)));
    return style;
  };
}

// ---- snapshot → .xlsx ------------------------------------------------------------------------------------------------

const STATE: Record<Visibility, Worksheet["state"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export async function snapshotToXlsx(snapshot: WorkbookSnapshot, options: XlsxWriteOptions = {}): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Debiteurencheck";
  for (const sheet of snapshot.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    if (sheet.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: 0 }];
    for (const [letter, points] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(letter).width = pointsToFileWidth(points);
    writeSheet(ws, sheet, snapshot.tables.filter((t) => t.sheet === sheet.name));
    if (sheet.protection.protected) await ws.protect(sheet.protection.password ?? "", protectionToXlsx(sheet.protection.options, options.spinCount ?? DEFAULT_SPIN_COUNT));
  }
  const active = Math.max(0, snapshot.sheets.findIndex((s) => s.name === snapshot.activeSheet));
  const firstVisible = Math.max(0, snapshot.sheets.findIndex((s) => s.visibility === "Visible"));
  workbook.views = [{ x: 0, y: 0, width: 16000, height: 10000, firstSheet: firstVisible, activeTab: active, visibility: "visible" }];
  // Fast deflate: a 100,000-row workbook compresses in a fraction of the default level's time, for a slightly larger file.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as Parameters<typeof workbook.xlsx.writeBuffer>[0]);
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * A file keeps a column's width in units of the widest digit of the default font, its 5 pixels of padding included
 * (ECMA-376 Part 1, 18.3.1.13 `col`); Office.js speaks points (office-js issue #187). Excel's default font (Calibri 11)
 * has 7-pixel digits at 96 pixels per inch, so one unit is 7 px = 5.25 pt: Excel's default 8.43 characters (64 px,
 * 48 pt) is stored as 9.14. Another default font gives other widths in Excel; the points here stay as the add-in set them.
 */
const POINTS_PER_FILE_WIDTH = 5.25;
export const pointsToFileWidth = (points: number): number => points / POINTS_PER_FILE_WIDTH;
export const fileWidthToPoints = (width: number): number => Math.round(width * POINTS_PER_FILE_WIDTH * 100) / 100;

function writeSheet(ws: Worksheet, sheet: SheetSnapshot, tables: readonly TableSnapshot[]): void {
  const layers: Layer[] = sheet.formats.map((f) => ({ rect: parseAddress(f.address).rect, nf: f.numberFormat, locked: f.locked, bold: f.bold }));
  const style = styleCache();

  // Column styles: what the layers give at the bottom of each column (Excel's "whole column" formats).
  const tails = layers.filter((l) => lastRow(l.rect) === MAX_ROWS - 1);
  const lastStyledColumn = Math.min(MAX_COLS - 1, Math.max(-1, ...tails.map((l) => lastCol(l.rect))));
  const columnFormats: Format[] = [];
  for (let c = 0; c <= lastStyledColumn; c++) {
    columnFormats[c] = background(layers, MAX_ROWS - 1, c);
    if (!sameFormat(columnFormats[c], DEFAULT_FORMAT)) ws.getColumn(c + 1).style = style(columnFormats[c]);
  }
  const columnFormat = (c: number) => columnFormats[c] ?? DEFAULT_FORMAT;

  // Tables first: exceljs writes their header and body cells, which the cells below then overwrite.
  const cellAt = new Map(sheet.cells.map((c) => [c.address, c]));
  for (const t of tables) addTable(ws, t, cellAt);

  // Every stored cell is written with its full format (a cell in a file never inherits its column's style) …
  const written = new Set<string>();
  const put = (row: number, col: number, own: CellSnapshot | undefined) => {
    const bg = background(layers, row, col);
    const cell = ws.getCell(row + 1, col + 1);
    if (own) writeValue(cell, own);
    cell.style = style({ nf: own?.numberFormat ?? bg.nf, locked: own?.locked ?? bg.locked, bold: own?.bold ?? bg.bold });
  };
  for (const c of sheet.cells) {
    const { row, col } = cellPosition(c.address);
    put(row, col, c);
    written.add(c.address);
  }
  // … and so is an empty cell whose format differs from its column's: above a whole-column layer's first row, or
  // inside a bounded layer (e.g. the locked header cell over an unlocked column).
  let checks = 0;
  for (const l of layers) {
    const tail = lastRow(l.rect) === MAX_ROWS - 1;
    const [from, to] = tail ? [0, l.rect.row - 1] : [l.rect.row, lastRow(l.rect)];
    checks += Math.max(0, to - from + 1) * l.rect.cols;
    if (checks > MAX_FORMAT_CHECKS) throw new Error(`snapshotToXlsx: the formats of sheet ${sheet.name} are too fragmented to save`);
    for (let r = from; r <= to; r++) {
      for (let c = l.rect.col; c <= lastCol(l.rect); c++) {
        const address = formatRect(rect(r, c));
        if (written.has(address) || sameFormat(background(layers, r, c), columnFormat(c))) continue;
        put(r, c, undefined);
        written.add(address);
      }
    }
  }
}

/** "B12" → 0-based row and column (snapshot cell addresses are always single cells). */
function cellPosition(address: string): { row: number; col: number } {
  const cell = parseCell(address);
  if (!cell) throw new Error(`Not a cell address: ${address}`);
  return cell;
}

function addTable(ws: Worksheet, table: TableSnapshot, cellAt: ReadonlyMap<string, CellSnapshot>): void {
  const r = parseAddress(table.address).rect;
  const used = new Set<string>();
  const columns = Array.from({ length: r.cols }, (_, i) => {
    const header = cellAt.get(formatRect(rect(r.row, r.col + i)))?.value;
    // Excel needs unique, non-empty column names; the host names empty headers ColumnN too.
    let name = header === undefined || header === "" ? `Column${i + 1}` : String(header);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${String(header ?? "Column")}${n}`;
    used.add(name.toLowerCase());
    return { name, filterButton: table.showFilterButton !== false };
  });
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: formatRect(rect(r.row, r.col)),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns,
    rows: Array.from({ length: r.rows - 1 }, () => new Array<null>(r.cols).fill(null)),
  });
}

function writeValue(cell: ExcelCell, c: CellSnapshot): void {
  const plain = (v: CellSnapshot["value"], error?: true): CellValue =>
    v === undefined ? null : error ? { error: String(v) as import("exceljs").CellErrorValue["error"] } : typeof v === "string" ? escapeText(v) : v;
  if (c.formula !== undefined) {
    const result = plain(c.value, c.error);
    cell.value = { formula: c.formula.replace(/^=/, ""), ...(result === null ? {} : { result }) } as CellValue;
  } else {
    cell.value = plain(c.value, c.error);
  }
}

/**
 * XML 1.0 cannot hold most control characters and turns CR LF into LF, which would change log values (and break
 * their hashes). Spreadsheet files escape such characters as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19), and a literal
 * "_xHHHH_" as "_x005F_xHHHH_"; exceljs decodes both when reading.
 */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
  if (!/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x[0-9a-f]{4}_/i.test(text)) return text;
  return text
    .replace(/_x[0-9a-f]{4}_/gi, (m) => `_x005F_${m.slice(1)}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Excel's protection options → exceljs's (true = allowed); selection mode → the two select flags. */
function protectionToXlsx(o: ProtectionOptions, spinCount: number): Partial<import("exceljs").WorksheetProtection> {
  return {
    selectLockedCells: o.selectionMode === "Normal",
    selectUnlockedCells: o.selectionMode !== "None",
    formatCells: o.allowFormatCells,
    formatColumns: o.allowFormatColumns,
    formatRows: o.allowFormatRows,
    insertColumns: o.allowInsertColumns,
    insertRows: o.allowInsertRows,
    insertHyperlinks: o.allowInsertHyperlinks,
    deleteColumns: o.allowDeleteColumns,
    deleteRows: o.allowDeleteRows,
    sort: o.allowSort,
    autoFilter: o.allowAutoFilter,
    pivotTables: o.allowPivotTables,
    objects: o.allowEditObjects,
    scenarios: o.allowEditScenarios,
    spinCount,
  };
}

// ---- .xlsx → snapshot ------------------------------------------------------------------------------------------------

/** exceljs's runtime models, richer than its typings. */
interface SheetProtectionModel {
  sheet?: boolean;
  objects?: boolean;
  scenarios?: boolean;
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
  insertColumns?: boolean;
  insertRows?: boolean;
  insertHyperlinks?: boolean;
  deleteColumns?: boolean;
  deleteRows?: boolean;
  sort?: boolean;
  autoFilter?: boolean;
  pivotTables?: boolean;
  algorithmName?: string;
  hashValue?: string;
  saltValue?: string;
  spinCount?: number;
}
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  autoFilterRef?: string;
  columns?: { filterButton?: boolean }[];
}

const VISIBILITY: Record<string, Visibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** Reads the bytes of an .xlsx; throws when exceljs cannot read them (the caller turns that into a Dutch message). */
export async function xlsxToSnapshot(bytes: Uint8Array): Promise<XlsxRead> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const date1904 = !!(workbook.properties as { date1904?: boolean } | undefined)?.date1904;
  const worksheets = workbook.worksheets; // in tab order (exceljs sorts them by their place in workbook.xml)
  const passwordHashes = new Map<string, PasswordHash>();
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  const styling = new Map<string, SheetStyling>();
  worksheets.forEach((ws, i) => {
    styling.set(ws.name, stylingOf(ws));
    const { protection, hash } = protectionFromXlsx((ws as unknown as { sheetProtection?: SheetProtectionModel | null }).sheetProtection);
    if (hash) passwordHashes.set(ws.name, hash);
    const { cells, formats } = readCellsAndFormats(ws, date1904);
    const frozen = ws.views?.find((v) => v.state === "frozen") as { ySplit?: number } | undefined;
    const widths = (ws.columns ?? []).flatMap((c, col) => (typeof c.width === "number" ? [[columnLetter(col), fileWidthToPoints(c.width)] as const] : []));
    sheets.push({
      id: `{00000000-0001-0000-${String(i + 1).padStart(4, "0")}-000000000000}`,
      name: ws.name,
      visibility: VISIBILITY[ws.state] ?? "Visible",
      frozenRows: frozen?.ySplit ?? 0,
      ...(widths.length > 0 ? { columnWidths: Object.fromEntries(widths) } : {}),
      protection,
      allowEditRanges: [],
      cells,
      formats,
    });
    for (const t of ws.getTables() as unknown as { table: TableModel }[]) {
      const range = parseAddress(t.table.tableRef ?? t.table.ref ?? "").rect;
      const body = t.table.totalsRow && range.rows > 2 ? { ...range, rows: range.rows - 1 } : range;
      // Filter buttons: an autoFilter element whose columns do not hide their button (ECMA-376 Part 1, 18.3.2.7 hiddenButton).
      const filtered = !!t.table.autoFilterRef && (t.table.columns ?? []).every((c) => c.filterButton !== false);
      tables.push({ id: String(tables.length + 1), name: t.table.name, sheet: ws.name, address: formatRect(body), ...(filtered ? {} : { showFilterButton: false }) });
    }
  });
  const activeTab = workbook.views?.[0]?.activeTab ?? 0;
  const active = worksheets[activeTab]?.name ?? worksheets[0]?.name ?? null;
  return {
    snapshot: { version: 1, activeSheet: active, structureProtection: { protected: false, password: null }, sheets, tables },
    passwordHashes,
    styling,
  };
}

/** Cells whose text has runs of their own font, and conditional formats that set a number format (A1 ranges). */
function stylingOf(ws: Worksheet): SheetStyling {
  const richText: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (v !== null && typeof v === "object" && "richText" in v) richText.push(cell.address);
    });
  });
  const formats = ((ws as unknown as { conditionalFormattings?: { ref: string; rules?: { style?: { numFmt?: unknown } }[] }[] }).conditionalFormattings ?? []);
  return { richText, numberFormatRules: formats.filter((f) => (f.rules ?? []).some((r) => !!r.style?.numFmt)).map((f) => f.ref) };
}

function protectionFromXlsx(p: SheetProtectionModel | null | undefined): { protection: SheetSnapshot["protection"]; hash?: PasswordHash } {
  // An unprotected sheet keeps no options in a file; the host's are Excel's defaults.
  if (p?.sheet !== true) return { protection: { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS }, password: null } };
  const options: ProtectionOptions = {
    allowAutoFilter: p.autoFilter === true,
    allowDeleteColumns: p.deleteColumns === true,
    allowDeleteRows: p.deleteRows === true,
    allowEditObjects: p.objects !== false,
    allowEditScenarios: p.scenarios !== false,
    allowFormatCells: p.formatCells === true,
    allowFormatColumns: p.formatColumns === true,
    allowFormatRows: p.formatRows === true,
    allowInsertColumns: p.insertColumns === true,
    allowInsertHyperlinks: p.insertHyperlinks === true,
    allowInsertRows: p.insertRows === true,
    allowPivotTables: p.pivotTables === true,
    allowSort: p.sort === true,
    selectionMode: p.selectLockedCells === false ? (p.selectUnlockedCells === false ? "None" : "Unlocked") : "Normal",
  };
  const hash =
    p.algorithmName && p.hashValue && p.saltValue ? { algorithmName: p.algorithmName, hashValue: p.hashValue, saltValue: p.saltValue, spinCount: p.spinCount ?? 0 } : undefined;
  return { protection: { protected: true, options, password: null }, ...(hash ? { hash } : {}) };
}

/** The file's column and row styles become format layers; a cell records only the formats that differ from them. */
function readCellsAndFormats(ws: Worksheet, date1904: boolean): { cells: CellSnapshot[]; formats: FormatRangeSnapshot[] } {
  const layers: Layer[] = [];
  const formats: FormatRangeSnapshot[] = [];
  const addLayer = (r: Rect, f: Format) => {
    if (sameFormat(f, DEFAULT_FORMAT)) return;
    layers.push({ rect: r, nf: f.nf, locked: f.locked, bold: f.bold });
    formats.push({
      address: formatRect(r),
      ...(f.nf !== DEFAULT_FORMAT.nf ? { numberFormat: f.nf } : {}),
      ...(f.locked !== DEFAULT_FORMAT.locked ? { locked: f.locked } : {}),
      ...(f.bold !== DEFAULT_FORMAT.bold ? { bold: f.bold } : {}),
    });
  };
  // Neighbouring columns with the same style become one layer ("A:F").
  const columns = (ws.columns ?? []).map((c) => formatOf(c.style as Style | undefined));
  for (let c = 0; c < columns.length; ) {
    let end = c;
    while (end + 1 < columns.length && sameFormat(columns[end + 1], columns[c])) end++;
    addLayer(rect(0, c, MAX_ROWS, end - c + 1), columns[c]);
    c = end + 1;
  }
  // A row style applies to that row's absent cells and wins over the column's.
  // Only rows that exist are walked: a file can claim any row number (ws.rowCount) without holding the rows.
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const style = (row as unknown as { style?: Style }).style;
    if (style && Object.keys(style).length > 0) addLayer(rect(r - 1, 0, 1, MAX_COLS), formatOf(style));
  });

  const cells: CellSnapshot[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (r > MAX_ROWS) throw new Error(`Rij ${r} ligt voorbij de laatste rij van Excel (${MAX_ROWS}).`);
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const snap: CellSnapshot = { address: `${columnLetter(c - 1)}${r}`, ...readValue(cell, date1904) };
      // A cell present in the file has its own style (none: Excel's defaults), never its column's.
      const own = formatOf(cell.style as Style | undefined);
      const bg = background(layers, r - 1, c - 1);
      if (own.nf !== bg.nf) snap.numberFormat = own.nf;
      if (own.locked !== bg.locked) snap.locked = own.locked;
      if (own.bold !== bg.bold) snap.bold = own.bold;
      if (Object.keys(snap).length > 1) cells.push(snap);
    }
  });
  return { cells, formats };
}

function formatOf(style: Style | undefined): Format {
  return {
    nf: style?.numFmt || DEFAULT_FORMAT.nf,
    locked: style?.protection?.locked !== false,
    bold: style?.font?.bold === true,
  };
}

type ValueFields = Pick<CellSnapshot, "value" | "formula" | "error">;

function readValue(cell: ExcelCell, date1904: boolean): ValueFields {
  const v = cell.value;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    // cell.formula also gives a shared formula's translated text.
    const result = plainValue((v as { result?: CellValue }).result ?? null, date1904);
    return { formula: `=${cell.formula}`, ...result };
  }
  return plainValue(v, date1904);
}

/** Strings stay strings, dates become Excel serial numbers (as the host stores them), errors keep their code. */
function plainValue(v: CellValue, date1904: boolean): ValueFields {
  if (v === null || v === undefined || v === "") return {};
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: v.getTime() / 86_400_000 + (date1904 ? 24_107 : 25_569) };
  if ("error" in v) return { value: String(v.error), error: true };
  if ("richText" in v) return { value: v.richText.map((part) => part.text).join("") };
  if ("hyperlink" in v) return plainValue((v as { text?: CellValue }).text ?? null, date1904);
  return {};
}
