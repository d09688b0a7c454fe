// Turns a list's rows (from a sheet, a CSV or an .xlsx file) into debtor and client records, refusing what the protocol does not allow.
import { columnLetter } from "./a1";
import { mapHeaders, type HeaderMap, type HeaderProblem, type ListKind } from "./headers";
import { rowIdFrom, type ClientRecord, type DebtorData, type DebtorRecord } from "./records";
import { isStatus, STATUS } from "./status";
import { err, ok, type Result } from "./result";

export type Cell = string | number | boolean | null | undefined;

/** More rows than this are refused: far beyond any real list, and well within what a browser holds. */
export const MAX_LIST_ROWS = 1_000_000;

/** Excel holds at most 32,767 characters in a cell; longer ones cannot be written back (and break request limits). */
export const MAX_CELL_CHARS = 32_767;

/** Larger list files are refused before parsing (the file reader checks it). */
export const MAX_LIST_FILE_BYTES = 50 * 1024 * 1024;

/** Reported, not refused. `bronrij` is the 1-based row number in the source. */
export type ListProblem =
  | { code: "lege-rij"; bronrij: number }
  | { code: "dubbele-rij-id"; bronrij: number; eersteBronrij: number };

/** Why a list file cannot be read at all (defined here so messages.ts can word it; src/file/readList.ts returns it). */
export type FileProblem =
  | { code: "onleesbaar-bestand"; fileName: string }
  | { code: "leeg-bestand"; fileName: string }
  /** CSV text still holding NUL characters after decoding: not UTF-8, UTF-16 or Windows-1252 text. */
  | { code: "onbekende-codering"; fileName: string }
  | { code: "onbekend-formaat"; fileName: string; extension: string }
  | { code: "te-groot"; fileName: string; bytes: number; max: number }
  | { code: "te-veel-rijen-in-bestand"; fileName: string; rows: number; max: number }
  | { code: "werkblad-niet-gevonden"; fileName: string; sheetName: string; available: string[] }
  /** A hidden or very hidden sheet is never read (what a person sees is what is compared); available: the visible ones. */
  | { code: "verborgen-werkblad"; fileName: string; sheetName: string; available: string[] }
  /** Cells with formulas: their cached results may not be what Excel would show (A1 addresses, the first few). */
  | { code: "formules-in-lijst"; fileName: string; sheetName: string; cells: string[]; count: number };

export type DebtorRow = DebtorData & { bronrij: number; rowId?: string; status?: string; match?: string };

export interface ReadOptions {
  /** Source row number of rows[0]; default 2 (headers on row 1). */
  readonly firstRowNumber?: number;
}

/**
 * Cell as text: trimmed; whole numbers without exponent or ".0"; booleans as Dutch Excel shows them (WAAR/ONWAAR);
 * dates as ISO dates (yyyy-mm-dd, from the UTC fields, as exceljs gives dates).
 */
export function cellText(cell: Cell | Date): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  // String() writes a safe integer exactly (no exponent below 1e21); BigInt only for larger whole numbers.
  if (typeof cell === "number") return Number.isSafeInteger(cell) || !Number.isInteger(cell) ? String(cell) : BigInt(cell).toString();
  if (typeof cell === "boolean") return cell ? "WAAR" : "ONWAAR";
  return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
}

export function readDebtorRows(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: ReadOptions = {},
): Result<{ records: DebtorRow[]; problems: ListProblem[] }, HeaderProblem> {
  const read = readRows(headers, rows, "debiteuren", options);
  if (!read.ok) return read;
  const { map, dataRows, bronrijen, problems } = read.value;
  const { rijId, status, match } = map.addIn;
  const firstRowOfId = new Map<string, number>();
  const records: DebtorRow[] = [];
  // Loops, object literals and no closures per row: this runs for every row of a 100,000-row list.
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i];
    const bronrij = bronrijen[i];
    const rowId = textAt(row, rijId);
    if (rowId !== "") {
      const first = firstRowOfId.get(rowId);
      if (first === undefined) firstRowOfId.set(rowId, bronrij);
      else problems.push({ code: "dubbele-rij-id", bronrij, eersteBronrij: first });
    }
    const record: DebtorRow = {
      voornaam: textAt(row, map.fields.voornaam),
      achternaam: textAt(row, map.fields.achternaam),
      rijksregisternummer: nationalNumberText(map, row),
      straat: streetText(map, row),
      huisnummer: houseNumberText(map, row),
      dossiernummer: textAt(row, map.fields.dossiernummer),
      bronrij,
    };
    if (rijId !== undefined) record.rowId = rowId;
    if (status !== undefined) record.status = textAt(row, status);
    if (match !== undefined) record.match = textAt(row, match);
    records.push(record);
  }
  return ok({ records, problems });
}

export function readClientRows(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: ReadOptions = {},
): Result<{ records: ClientRecord[]; problems: ListProblem[] }, HeaderProblem> {
  const read = readRows(headers, rows, "clienten", options);
  if (!read.ok) return read;
  const { map, dataRows, bronrijen, problems } = read.value;
  const records: ClientRecord[] = [];
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i];
    records.push({
      voornaam: textAt(row, map.fields.voornaam),
      achternaam: textAt(row, map.fields.achternaam),
      rijksregisternummer: nationalNumberText(map, row),
      straat: streetText(map, row),
      huisnummer: houseNumberText(map, row),
      bronrij: bronrijen[i],
    });
  }
  return ok({ records, problems });
}

function readRows(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  kind: ListKind,
  options: ReadOptions,
): Result<{ map: HeaderMap; dataRows: (readonly Cell[])[]; bronrijen: number[]; problems: ListProblem[] }, HeaderProblem> {
  if (rows.length > MAX_LIST_ROWS) return err({ code: "te-veel-rijen", rows: rows.length, max: MAX_LIST_ROWS });
  const mapped = mapHeaders(headers, kind);
  if (!mapped.ok) return mapped;
  const map = mapped.value;

  const unlabelled = columnsWithoutHeader(map.headers, rows);
  if (unlabelled.length > 0) return err({ code: "gegevens-zonder-kop", columns: unlabelled.map(columnLetter) });

  const protocolColumns = Object.values(map.fields);
  const firstRowNumber = options.firstRowNumber ?? 2;
  const tooLong = findTooLongCell(rows);
  if (tooLong) return err({ code: "te-lange-cel", bronrij: firstRowNumber + tooLong.row, column: columnLetter(tooLong.column), length: tooLong.length, max: MAX_CELL_CHARS });
  // The rows with data and their source row numbers, side by side (no object per row).
  const dataRows: (readonly Cell[])[] = [];
  const bronrijen: number[] = [];
  const problems: ListProblem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const bronrij = firstRowNumber + i;
    if (allEmpty(row, protocolColumns)) problems.push({ code: "lege-rij", bronrij });
    else {
      dataRows.push(row);
      bronrijen.push(bronrij);
    }
  }
  return ok({ map, dataRows, bronrijen, problems });
}

function allEmpty(row: readonly Cell[], columns: readonly number[]): boolean {
  for (let c = 0; c < columns.length; c++) if (cellText(row[columns[c]]) !== "") return false;
  return true;
}

function findTooLongCell(rows: readonly (readonly Cell[])[]): { row: number; column: number; length: number } | undefined {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > MAX_CELL_CHARS) return { row: r, column: c, length: v.length };
    }
  }
  return undefined;
}

/** 0-based indexes of columns with an empty header (or none at all) that hold data in some row. */
function columnsWithoutHeader(headers: readonly string[], rows: readonly (readonly Cell[])[]): number[] {
  const found = new Set<number>();
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      if ((headers[c] ?? "") === "" && cellText(row[c]) !== "") found.add(c);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The text of a mapped column; "" when the list has no such column. */
function textAt(row: readonly Cell[], column: number | undefined): string {
  return column === undefined ? "" : cellText(row[column]);
}

/** Numeric national-number cells lost their leading zeros: padded back here. */
function nationalNumberText(map: HeaderMap, row: readonly Cell[]): string {
  const rrnCell = map.fields.rijksregisternummer === undefined ? undefined : row[map.fields.rijksregisternummer];
  const rrn = cellText(rrnCell);
  return typeof rrnCell === "number" && /^[0-9]{1,10}$/.test(rrn) ? rrn.padStart(11, "0") : rrn;
}

/** A Bus column is added to the address: to the one Adres column, else to the house number. */
function withBus(map: HeaderMap, row: readonly Cell[], text: string): string {
  const bus = textAt(row, map.fields.bus);
  return bus === "" ? text : `${text} bus ${bus}`.trim();
}

function streetText(map: HeaderMap, row: readonly Cell[]): string {
  return map.fields.adres !== undefined ? withBus(map, row, textAt(row, map.fields.adres)) : textAt(row, map.fields.straat);
}

function houseNumberText(map: HeaderMap, row: readonly Cell[]): string {
  return map.fields.adres !== undefined ? "" : withBus(map, row, textAt(row, map.fields.huisnummer));
}

/** A row read from the Debiteuren sheet as a record: an unknown Status text reads as "nog niet vergeleken". */
export function debtorRecordOf(r: DebtorRow): DebtorRecord {
  const status = r.status ?? "";
  // An object literal, not a spread of debtorDataOf: this runs for every row the comparison reads.
  return {
    dossiernummer: r.dossiernummer,
    voornaam: r.voornaam,
    achternaam: r.achternaam,
    rijksregisternummer: r.rijksregisternummer,
    straat: r.straat,
    huisnummer: r.huisnummer,
    rowId: rowIdFrom(r.rowId ?? ""),
    status: isStatus(status) ? status : STATUS.notCompared,
    match: r.match ?? "",
  };
}
