// Which changes worksheet and workbook protection let through. The code Excel uses for a refused change is
// "AccessDenied" ("You cannot perform the requested operation."): the docs give it for every change refused by
// active protection (AllowEditRangeCollection.add, WorksheetProtection.updateOptions/setPassword in the
// ExcelApiOnline 1.1 reference). Worksheet protection here is a guard against mistakes, as in Excel.

import { Rect, cellCount, contains, containsCell, intersection, lastCol, lastRow } from "./address";
import { richApiError } from "./errors";
import type { WorkbookModel } from "./model";
import type { SheetModel } from "./sheet";

/** Protection holds unless the sheet is unprotected or paused for this session (pauseProtection, ExcelApiOnline 1.1). */
export const protectionActive = (sheet: SheetModel): boolean => sheet.protection.protected && !sheet.protection.paused;

/** Protection as another session (a co-author) sees it: a pause in this session does not apply to them. */
export const protectedForOthers = (sheet: SheetModel): boolean => sheet.protection.protected;

const openEditRanges = (sheet: SheetModel, forOthers: boolean): Rect[] =>
  sheet.allowEditRanges.filter((a) => a.password === null || (a.paused && !forOthers)).map((a) => a.rect);

/** True when every cell of r may be edited: unlocked, or inside an allow-edit range that is open. */
export function canEditCells(sheet: SheetModel, r: Rect, forOthers = false): boolean {
  if (!(forOthers ? protectedForOthers(sheet) : protectionActive(sheet))) return true;
  const open = openEditRanges(sheet, forOthers);
  if (open.some((o) => contains(o, r))) return true;
  const locked = sheet.uniformFormat(r, "locked");
  if (locked === false) return true;
  if (locked === true && !open.some((o) => intersection(o, r))) return false;
  if (cellCount(r) > 5_000_000) return false;
  for (let row = r.row; row <= lastRow(r); row++) {
    for (let col = r.col; col <= lastCol(r); col++) {
      if (sheet.format(row, col, "locked") === true && !open.some((o) => containsCell(o, row, col))) return false;
    }
  }
  return true;
}

export function requireEditable(sheet: SheetModel, r: Rect, location: string): void {
  if (!canEditCells(sheet, r)) {
    throw richApiError("AccessDenied", location, "The cell or chart you're trying to change is on a protected sheet.");
  }
}

/**
 * Number formats and fonts: allowed on unlocked cells, or everywhere when the sheet allows "Format cells".
 * Assumption (Excel's UI behaviour): the same rule holds for the API.
 */
export function requireFormattable(sheet: SheetModel, r: Rect, location: string): void {
  if (protectionActive(sheet) && !sheet.protection.options.allowFormatCells) requireEditable(sheet, r, location);
}

/** Changing format.protection.locked is refused on any cell of a protected sheet (assumption, see docs/memory-excel.md). */
export function requireUnprotected(sheet: SheetModel, location: string): void {
  if (protectionActive(sheet)) throw richApiError("AccessDenied", location);
}

/**
 * Inserting rows/columns needs allowInsertRows/Columns; deleting also needs every deleted cell unlocked, as
 * Excel refuses to delete a row holding a locked cell even when deleting rows is allowed.
 */
export function shiftAllowed(sheet: SheetModel, axis: "row" | "col", insert: boolean, entire: boolean, area: Rect): boolean {
  if (!protectionActive(sheet)) return true;
  const o = sheet.protection.options;
  const allowed = entire && (axis === "row" ? (insert ? o.allowInsertRows : o.allowDeleteRows) : insert ? o.allowInsertColumns : o.allowDeleteColumns);
  return allowed && (insert || canEditCells(sheet, area));
}

export function requireShiftAllowed(sheet: SheetModel, axis: "row" | "col", insert: boolean, entire: boolean, area: Rect, location: string): void {
  if (!shiftAllowed(sheet, axis, insert, entire, area)) throw richApiError("AccessDenied", location);
}

/** Workbook structure protection: adding, deleting, renaming, moving, hiding or unhiding sheets is refused. */
export function requireStructureUnprotected(model: WorkbookModel, location: string): void {
  if (model.structure.protected) throw richApiError("AccessDenied", location);
}

/** A wrong (or missing) password. Assumption: "InvalidArgument", as pauseProtection documents for a wrong password. */
export function requirePassword(expected: string | null, given: string | undefined | null, location: string): void {
  if (expected !== null && expected !== "" && given !== expected) throw richApiError("InvalidArgument", location, "The password you supplied is incorrect.");
}
