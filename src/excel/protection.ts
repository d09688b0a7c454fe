// Role locking with worksheet protection. A guard against mistakes, not security: the password sits in the
// workbook and protection can be removed by anyone holding the file; the network folder's permissions are the
// real access control (README, docs/security.md).
import type { HeaderMap } from "../domain/headers";
import type { Role } from "../domain/roles";
import type { LockMode } from "../ports/workbook";
import { columnLetter } from "./cells";

/** Which debtor-sheet columns a role may type in while in edit mode ("bewerken"); at rest nothing is unlocked. */
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
export function unlockedAddresses(map: HeaderMap, role: Role, columnCount: number, mode: LockMode): string[] {
  const wanted = mode === "bewerken" ? ROLE_UNLOCKED[role] : [];
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

/** Whether each sheet (absent ones left out) and the workbook structure are protected, as last loaded. */
export interface ProtectionState {
  readonly sheets: ReadonlyMap<string, boolean>;
  readonly structure: boolean;
}

/**
 * Loads `protection/protected` of the named sheets and the workbook structure in one round trip, so that unprotect
 * is only queued for what is protected: on some builds unprotecting an unprotected sheet fails with AccessDenied
 * (https://github.com/OfficeDev/office-js/issues/6784). The caller wraps sync errors.
 */
export async function readProtection(context: Excel.RequestContext, names: readonly string[]): Promise<ProtectionState> {
  const wb = context.workbook;
  wb.protection.load("protected");
  const sheets = names.map((name) => {
    const sheet = wb.worksheets.getItemOrNullObject(name);
    sheet.load("protection/protected");
    return [name, sheet] as const;
  });
  await context.sync();
  return {
    structure: wb.protection.protected,
    sheets: new Map(sheets.filter(([, s]) => !s.isNullObject).map(([name, s]) => [name, s.protection.protected])),
  };
}

/** Queues unprotect for each named sheet that is protected (and the structure, when asked and protected). */
export function queueUnprotect(context: Excel.RequestContext, state: ProtectionState, names: readonly string[], password: string, structure: boolean): void {
  if (structure && state.structure) context.workbook.protection.unprotect(password);
  for (const name of names) if (state.sheets.get(name)) context.workbook.worksheets.getItem(name).protection.unprotect(password);
}

/** Queues: unprotect (only when `isProtected`), lock everything, unlock the role's columns, protect. */
export function queueDebtorProtection(
  sheet: Excel.Worksheet,
  map: HeaderMap,
  role: Role,
  columnCount: number,
  password: string,
  isProtected: boolean,
  mode: LockMode,
  /** Queued while the sheet is unprotected (e.g. the Status drop-down, which a protected sheet refuses). */
  whileUnprotected?: () => void,
): void {
  if (isProtected) sheet.protection.unprotect(password);
  whileUnprotected?.();
  sheet.getRange(`A1:${columnLetter(Math.max(columnCount, 1) - 1)}${LOCK_LAST_ROW}`).format.protection.locked = true;
  for (const address of unlockedAddresses(map, role, columnCount, mode)) sheet.getRange(address).format.protection.locked = false;
  sheet.protection.protect(SHEET_PROTECTION, password);
}

/** Queues protection of a sheet the add-in alone writes (unprotecting first only when `isProtected`). */
export function queueLockedSheet(sheet: Excel.Worksheet, password: string, isProtected = false): void {
  if (isProtected) sheet.protection.unprotect(password);
  sheet.protection.protect({ ...SHEET_PROTECTION, allowSort: false, allowAutoFilter: true }, password);
}
