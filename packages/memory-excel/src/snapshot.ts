// The whole model as plain JSON (A1 addresses, Excel's property names), so the CLI's .xlsx adapter and tests
// can convert to and from files. Session state (paused protection) is not part of a workbook and is not kept.

import { columnIndex, columnLetter } from "./a1";
import { formatRect, parseAddress } from "./address";
import type { WorkbookModel } from "./model";
import { DEFAULT_PROTECTION_OPTIONS, FormatProp, ProtectionOptions, Scalar, SheetModel, Visibility } from "./sheet";

export interface CellSnapshot {
  address: string;
  value?: Scalar; // absent: empty
  formula?: string;
  error?: true; // value is an error such as "#NAME?"
  numberFormat?: string; // absent: inherited (General unless a format range says otherwise)
  locked?: boolean;
  bold?: boolean;
}

/** A format applied to a large range at once (e.g. a whole column); later entries win. */
export interface FormatRangeSnapshot {
  address: string;
  numberFormat?: string;
  locked?: boolean;
  bold?: boolean;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  visibility: Visibility;
  frozenRows: number;
  /** Column letter → width in points, for columns whose width was set (absent: none was). */
  columnWidths?: Record<string, number>;
  protection: { protected: boolean; options: ProtectionOptions; password: string | null };
  allowEditRanges: { title: string; address: string; password: string | null }[];
  cells: CellSnapshot[]; // row by row
  formats: FormatRangeSnapshot[];
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheet: string;
  address: string; // header row included, without sheet name
  /** Absent: true (the header row has filter buttons). */
  showFilterButton?: boolean;
}

export interface WorkbookSnapshot {
  version: 1;
  activeSheet: string | null;
  structureProtection: { protected: boolean; password: string | null };
  sheets: SheetSnapshot[]; // in tab order
  tables: TableSnapshot[];
}

const PROP_NAMES: Record<FormatProp, "numberFormat" | "locked" | "bold"> = { nf: "numberFormat", locked: "locked", bold: "bold" };

export function takeSnapshot(model: WorkbookModel): WorkbookSnapshot {
  return {
    version: 1,
    activeSheet: model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? null,
    structureProtection: { ...model.structure },
    sheets: model.sheets.map(sheetSnapshot),
    tables: model.tables.map((t) => ({ id: t.id, name: t.name, sheet: t.sheet.name, address: formatRect(t.rect), ...(t.showFilterButton ? {} : { showFilterButton: false }) })),
  };
}

function sheetSnapshot(sheet: SheetModel): SheetSnapshot {
  const cells: CellSnapshot[] = [];
  for (const row of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    sheet.rows.get(row)!.forEach((c, col) => {
      if (!c) return;
      const cell: CellSnapshot = { address: formatRect({ row, col, rows: 1, cols: 1 }) };
      if (c.v !== null) cell.value = c.v;
      if (c.f !== undefined) cell.formula = c.f;
      if (c.e) cell.error = true;
      if (c.nf !== undefined) cell.numberFormat = c.nf;
      if (c.locked !== undefined) cell.locked = c.locked;
      if (c.bold !== undefined) cell.bold = c.bold;
      cells.push(cell);
    });
  }
  const { protected: isProtected, options, password } = sheet.protection;
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    frozenRows: sheet.frozenRows,
    ...(sheet.columnWidths.size > 0 ? { columnWidths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b).map(([c, w]) => [columnLetter(c), w])) } : {}),
    protection: { protected: isProtected, options: { ...options }, password },
    allowEditRanges: sheet.allowEditRanges.map((a) => ({ title: a.title, address: formatRect(a.rect), password: a.password })),
    cells,
    formats: sheet.layers.map((l) => ({ address: formatRect(l.rect), [PROP_NAMES[l.prop]]: l.value })),
  };
}

/** Replaces the model's contents with the snapshot's (in place: the host keeps its one model object). */
export function loadSnapshot(model: WorkbookModel, snapshot: WorkbookSnapshot): void {
  if (snapshot.version !== 1) throw new Error(`Unsupported workbook snapshot version ${String(snapshot.version)}`);
  model.sheets = snapshot.sheets.map(restoreSheet);
  model.tables = snapshot.tables.map((t) => {
    const sheet = model.sheet(t.sheet);
    if (!sheet) throw new Error(`Snapshot table ${t.name} names an unknown sheet`);
    return { id: t.id, name: t.name, sheet, rect: parseAddress(t.address).rect, showFilterButton: t.showFilterButton !== false, deleted: false };
  });
  model.structure = { ...snapshot.structureProtection };
  model.activeSheetId = (snapshot.activeSheet !== null ? model.sheet(snapshot.activeSheet)?.id : undefined) ?? model.sheets[0]?.id ?? null;
  // Ids made by WorkbookModel carry a counter; keep new ones above the loaded ones.
  const sheetNumber = (id: string) => Number(/-(\d+)-0{12}\}$/.exec(id)?.[1] ?? 0);
  const tableNumber = (id: string) => (/^\d+$/.test(id) ? Number(id) : 0);
  model.nextSheetId = Math.max(0, ...model.sheets.map((s) => sheetNumber(s.id))) + 1;
  model.nextTableId = Math.max(0, ...model.tables.map((t) => tableNumber(t.id))) + 1;
}

function restoreSheet(s: SheetSnapshot): SheetModel {
  const sheet = new SheetModel(s.id, s.name);
  sheet.visibility = s.visibility;
  sheet.frozenRows = s.frozenRows;
  for (const [letter, width] of Object.entries(s.columnWidths ?? {})) sheet.columnWidths.set(columnIndex(letter), width);
  sheet.protection = { protected: s.protection.protected, options: { ...DEFAULT_PROTECTION_OPTIONS, ...s.protection.options }, password: s.protection.password, paused: false };
  sheet.allowEditRanges = s.allowEditRanges.map((a) => ({ title: a.title, rect: parseAddress(a.address).rect, password: a.password, paused: false }));
  for (const c of s.cells) {
    const { rect } = parseAddress(c.address);
    const cell = sheet.ensure(rect.row, rect.col);
    cell.v = c.value ?? null;
    if (c.formula !== undefined) cell.f = c.formula;
    if (c.error) cell.e = true;
    if (c.numberFormat !== undefined) cell.nf = c.numberFormat;
    if (c.locked !== undefined) cell.locked = c.locked;
    if (c.bold !== undefined) cell.bold = c.bold;
  }
  sheet.layers = s.formats.flatMap((f) => {
    const rect = parseAddress(f.address).rect;
    return (Object.keys(PROP_NAMES) as FormatProp[])
      .filter((p) => f[PROP_NAMES[p]] !== undefined)
      .map((prop) => ({ rect, prop, value: f[PROP_NAMES[prop]] as string | boolean }));
  });
  return sheet;
}
