// Role locking with worksheet protection. A guard against mistakes, not security: the password sits in the
// workbook and protection can be removed by anyone holding the file; the network folder's permissions are the
// real access control (README, docs/security.md).
import type { HeaderMap } from "../domain/headers";
import type { Role } from "../domain/roles";
import { columnLetter } from "./cells";

/** Which debtor-sheet columns a role may type in (everything else stays locked). */
export type UnlockedColumns = "gegevens" | "status";
export const ROLE_UNLOCKED: Readonly<Record<Role, readonly UnlockedColumns[]>> = {
  debiteurenteam: ["gegevens"],
  "maatschappelijk-werker": ["status"],
  dpo: [],
};

/** Rows below the header that role locking covers: the whole column, so pasted rows below the table are covered. */
export const LOCK_LAST_ROW = 1_048_576;

export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowInsertColumns: false,
  allowDeleteColumns: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowInsertHyperlinks: false,
  allowPivotTables: false,
  selectionMode: "Normal" as Excel.ProtectionSelectionMode,
};

/** Body addresses (row 2 downwards) of the columns the role may edit. */
export function unlockedAddresses(map: HeaderMap, role: Role, columnCount: number): string[] {
  const wanted = ROLE_UNLOCKED[role];
  const columns: number[] = [];
  if (wanted.includes("gegevens")) {
    for (const idx of Object.values(map.fields)) if (idx !== undefined) columns.push(idx);
  }
  if (wanted.includes("status") && map.addIn.status !== undefined) columns.push(map.addIn.status);
  return columns
    .filter((c) => c < columnCount)
    .sort((a, b) => a - b)
    .map((c) => `${columnLetter(c)}2:${columnLetter(c)}${LOCK_LAST_ROW}`);
}

/** Queues: unprotect (if needed), lock everything, unlock the role's columns, protect. */
export function queueDebtorProtection(sheet: Excel.Worksheet, map: HeaderMap, role: Role, columnCount: number, password: string): void {
  sheet.protection.unprotect(password);
  sheet.getRange(`A1:${columnLetter(Math.max(columnCount, 1) - 1)}${LOCK_LAST_ROW}`).format.protection.locked = true;
  for (const address of unlockedAddresses(map, role, columnCount)) sheet.getRange(address).format.protection.locked = false;
  sheet.protection.protect(SHEET_PROTECTION, password);
}

export function queueLockedSheet(sheet: Excel.Worksheet, password: string): void {
  sheet.protection.protect({ ...SHEET_PROTECTION, allowSort: false, allowAutoFilter: true }, password);
}
