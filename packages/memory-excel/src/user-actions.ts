// What people do in the grid, outside the add-in: typing/pasting, a co-author's edit, inserting or deleting rows,
// deleting or renaming a sheet. Excel's UI refuses what protection forbids (locked cells of a protected sheet,
// structure changes of a protected workbook); here that is a { ok: false, reason: "beveiligd" } result.

import { MAX_COLS, Rect, cellCount, parseAddress, rect } from "./address";
import type { Host } from "./context";
import { editRecord, cellState, writeContents } from "./writes";
import { canEditCells, shiftAllowed } from "./protection";
import type { SheetModel } from "./sheet";

export type EditResult = { ok: true } | { ok: false; reason: "beveiligd" };

const OK: EditResult = { ok: true };
const REFUSED: EditResult = { ok: false, reason: "beveiligd" };

function sheetOf(host: Host, name: string): SheetModel {
  const sheet = host.model.sheet(name);
  if (!sheet) throw new Error(`No sheet named "${name}" in the memory workbook`);
  return sheet;
}

function edit(host: Host, sheetName: string, address: string, values: unknown[][], source: "Local" | "Remote"): EditResult {
  const sheet = sheetOf(host, sheetName);
  const r: Rect = parseAddress(address).rect;
  // A pause of protection holds for this session's user, not for co-authors (pauseProtection, ExcelApiOnline 1.1).
  if (!canEditCells(sheet, r, source === "Remote")) return REFUSED;
  const before = cellCount(r) === 1 ? cellState(sheet, r.row, r.col) : undefined;
  writeContents(sheet, r, values, "userEdit");
  host.model.growTablesOver(sheet, r);
  host.events.dispatch([editRecord(sheet, r, source, "Unknown", before)]);
  host.notify();
  return OK;
}

export const userEdit = (host: Host, sheet: string, address: string, values: unknown[][]): EditResult => edit(host, sheet, address, values, "Local");

/** A co-author's edit, as it arrives from another session; their Excel enforces protection (no pause there). */
export const remoteEdit = (host: Host, sheet: string, address: string, values: unknown[][]): EditResult => edit(host, sheet, address, values, "Remote");

function shiftRows(host: Host, sheetName: string, rowIndex: number, count: number, insert: boolean): EditResult {
  const sheet = sheetOf(host, sheetName);
  const rows = rect(rowIndex, 0, count, MAX_COLS);
  if (!shiftAllowed(sheet, "row", insert, true, rows)) return REFUSED;
  host.model.shift(sheet, "row", rowIndex, insert ? count : -count);
  const changeType = insert ? "RowInserted" : "RowDeleted";
  host.events.dispatch([{ kind: "changed", sheetId: sheet.id, rect: rows, changeType, source: "Local", triggerSource: "Unknown" }]);
  host.notify();
  return OK;
}

export const userInsertRows = (host: Host, sheet: string, rowIndex: number, count: number) => shiftRows(host, sheet, rowIndex, count, true);
export const userDeleteRows = (host: Host, sheet: string, rowIndex: number, count: number) => shiftRows(host, sheet, rowIndex, count, false);

export function userDeleteSheet(host: Host, name: string): EditResult {
  const sheet = sheetOf(host, name);
  if (host.model.structure.protected || sheet.visibility === "VeryHidden") return REFUSED;
  host.model.checkKeepsVisibleSheet(sheet, "userDeleteSheet");
  host.model.deleteSheet(sheet);
  host.events.dispatch([{ kind: "deleted", sheetId: sheet.id, source: "Local" }]);
  host.notify();
  return OK;
}

export function userRenameSheet(host: Host, oldName: string, newName: string): EditResult {
  const sheet = sheetOf(host, oldName);
  if (host.model.structure.protected) return REFUSED;
  host.model.checkName(newName, sheet, "userRenameSheet");
  sheet.name = newName;
  host.notify();
  return OK;
}
