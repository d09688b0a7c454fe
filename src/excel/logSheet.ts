// The Logboek sheet as a reader finds it in Excel: the header row frozen, filter buttons on it, and columns wide
// enough for what they usually hold. Widths are in points, Office.js's unit (office-js issue #187).
import { LOG_HEADERS, type LogHeader } from "../domain/log";
import { columnLetter } from "./cells";

/**
 * About 5.25 pt a character of Excel's default font plus 3.75 pt padding (Excel's default column, 8.43 characters,
 * is 48 pt): Nr 5 digits, a timestamp 25 characters, an e-mail address about 26, "wijziging buiten add-in", a
 * dossier number with its Rij-ID, a status text, a purpose, a UUID (36) and a hash (64) whole.
 */
export const LOG_COLUMN_WIDTH: Readonly<Record<LogHeader, number>> = {
  Nr: 36,
  Tijdstip: 135,
  Gebruiker: 140,
  Rol: 120,
  Actie: 125,
  Over: 135,
  Veld: 100,
  "Oude waarde": 140,
  "Nieuwe waarde": 140,
  Doel: 180,
  Bron: 135,
  Identiteit: 115,
  Referentie: 195,
  Hash: 340,
};

/**
 * Queued at set-up, before the sheet is protected (on a protected sheet a width needs "Format columns"). Filter
 * buttons: Table.showFilterButton (ExcelApi 1.3; a new table has them, set here so the layout says so); frozen header:
 * freezePanes.freezeRows (ExcelApi 1.7); widths: RangeFormat.columnWidth (ExcelApi 1.2).
 */
export function queueLogSheetLayout(log: Excel.Worksheet, table: Excel.Table): void {
  table.showFilterButton = true;
  log.freezePanes.freezeRows(1);
  LOG_HEADERS.forEach((header, c) => {
    log.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = LOG_COLUMN_WIDTH[header];
  });
}
