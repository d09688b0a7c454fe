// Requirement sets checked at run time (Office.context.requirements), mapped to what the add-in can do.
import type { Capabilities } from "../ports/workbook";

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
  if (!tableResize) missing.push("ExcelApi 1.13 (tabellen uitbreiden zonder rijen toe te voegen)");
  const triggerSource = has("ExcelApi", "1.14");
  if (!triggerSource) missing.push("ExcelApi 1.14 (eigen wijzigingen herkennen)");
  return {
    protection,
    events: protection,
    tableResize,
    triggerSource,
    allowEditRanges: has("ExcelApiOnline", "1.1"),
    missing,
  };
}
