// The Status column's drop-down: an Excel list validation of the statuses (Range.dataValidation, ExcelApi 1.8; the
// manifest asks for 1.7, so it is checked at run time). The alert is off: a status typed in other capitals is
// accepted and normalised by the add-in (src/app/recordGridEdits.ts), and anything else is put back with a Dutch
// message there — Excel's own alert would speak the interface's language and refuse what the add-in accepts.
// https://learn.microsoft.com/javascript/api/excel/excel.datavalidation
import type { HeaderMap } from "../domain/headers";
import { ALL_STATUSES } from "../domain/status";
import { columnLetter } from "./cells";
import { LOCK_LAST_ROW } from "./protection";
import type { RequirementChecker } from "./requirements";

/** The list source: the statuses, comma-separated (none of them holds a comma). */
export const STATUS_LIST_SOURCE = ALL_STATUSES.join(",");

/** Queues the drop-down on the Status column (rows 2 to the last); nothing where ExcelApi 1.8 is missing. The sheet must be unprotected. */
export function queueStatusList(sheet: Excel.Worksheet, map: HeaderMap, requirements: RequirementChecker): void {
  if (!requirements.isSetSupported("ExcelApi", "1.8")) return;
  if (map.addIn.status === undefined) return;
  const letter = columnLetter(map.addIn.status);
  const validation = sheet.getRange(`${letter}2:${letter}${LOCK_LAST_ROW}`).dataValidation;
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: STATUS_LIST_SOURCE } };
  validation.errorAlert = { showAlert: false, style: "Information" as Excel.DataValidationAlertStyle, title: "", message: "" };
}
