// Requirement sets checked at run time (Office.context.requirements), mapped to what the add-in can do.
import type { Capabilities } from "../ports/workbook";

/**
 * The requirement set behind each capability: the guard convention of `npm run apisets` (scripts/apisets.ts) accepts
 * `if (caps.<field>)` as a guard for members of that set up to that version.
 */
export const CAPABILITY_SETS = {
  protection: { name: "ExcelApi", version: "1.7" },
  events: { name: "ExcelApi", version: "1.7" },
  tableResize: { name: "ExcelApi", version: "1.13" },
  changeDetails: { name: "ExcelApi", version: "1.9" },
  triggerSource: { name: "ExcelApi", version: "1.14" },
  allowEditRanges: { name: "ExcelApiOnline", version: "1.1" },
} as const satisfies Partial<Record<keyof Capabilities, { name: string; version: string }>>;

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * ExcelApi 1.2: worksheet protection; 1.7: worksheet events and workbook structure protection;
 * 1.13: Table.resize; 1.14: WorksheetChangedEventArgs.triggerSource; ExcelApiOnline 1.1: allow-edit ranges
 * and pauseProtection (Excel on the web).
 */
export function capabilitiesOf(req: RequirementChecker): Capabilities {
  const has = (name: string, v: string) => {
    try {
      return req.isSetSupported(name, v);
    } catch {
      return false;
    }
  };
  const missing: string[] = [];
  const protection = has("ExcelApi", "1.7");
  if (!protection) missing.push("ExcelApi 1.7 (beveiliging per rol en wijzigingen in het raster loggen)");
  const tableResize = has("ExcelApi", "1.13");
  if (!tableResize) missing.push("ExcelApi 1.13 (tabellen uitbreiden: nieuwe rijen komen onder de tabel, die Excel zelf vergroot)");
  const changeDetails = has("ExcelApi", "1.9");
  if (!changeDetails) missing.push("ExcelApi 1.9 (oude en nieuwe waarde bij een celwijziging: het logboek vergelijkt dan met een kopie)");
  const triggerSource = has("ExcelApi", "1.14");
  if (!triggerSource) missing.push("ExcelApi 1.14 (eigen wijzigingen herkennen)");
  return {
    protection,
    events: protection,
    tableResize,
    changeDetails,
    triggerSource,
    allowEditRanges: has("ExcelApiOnline", "1.1"),
    missing,
  };
}
