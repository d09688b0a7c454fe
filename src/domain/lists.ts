// Turns a list's rows (from a sheet, a CSV or an .xlsx file) into debtor and client records, refusing what the protocol does not allow.
import { columnLetter } from "@debiteurencheck/memory-excel/a1";
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

/**
 * A list read one row at a time: each row becomes a record as it is added, so a caller streaming a file never holds
 * all its rows (at 100,000 rows they would outlive the young generation and only add garbage). `finish` gives exactly
 * what reading all rows at once gives, refusals in the same order of precedence.
 */
export interface ListReader<R> {
  add(row: readonly Cell[]): void;
  finish(): Result<{ records: R[]; problems: ListProblem[] }, HeaderProblem>;
}

export function readDebtorRows(headers: readonly Cell[], rows: readonly (readonly Cell[])[], options: ReadOptions = {}): Result<{ records: DebtorRow[]; problems: ListProblem[] }, HeaderProblem> {
  return readAll(debtorListReader(headers, options, (row) => row), rows);
}

export function readClientRows(headers: readonly Cell[], rows: readonly (readonly Cell[])[], options: ReadOptions = {}): Result<{ records: ClientRecord[]; problems: ListProblem[] }, HeaderProblem> {
  return readAll(clientListReader(headers, options), rows);
}

function readAll<R>(reader: ListReader<R>, rows: readonly (readonly Cell[])[]): Result<{ records: R[]; problems: ListProblem[] }, HeaderProblem> {
  // Refused before looking at a row, as the reader would after reading them all.
  if (rows.length > MAX_LIST_ROWS) return err({ code: "te-veel-rijen", rows: rows.length, max: MAX_LIST_ROWS });
  for (let i = 0; i < rows.length; i++) reader.add(rows[i]);
  return reader.finish();
}

/** `as` turns each row into what the caller keeps (say a DebtorRecord), so the DebtorRow itself is short-lived garbage. */
export function debtorListReader<R>(headers: readonly Cell[], options: ReadOptions, as: (row: DebtorRow) => R): ListReader<R> {
  const firstRowOfId = new Map<string, number>();
  // Reported after the empty rows, as reading all rows at once did.
  const idProblems: ListProblem[] = [];
  return listReader(headers, "debiteuren", options, (map, row, bronrij) => {
    const { rijId, status, match } = map.addIn;
    const rowId = textAt(row, rijId);
    if (rowId !== "") {
      const first = firstRowOfId.get(rowId);
      if (first === undefined) firstRowOfId.set(rowId, bronrij);
      else idProblems.push({ code: "dubbele-rij-id", bronrij, eersteBronrij: first });
    }
    // An object literal, no closures: this runs for every row of a 100,000-row list.
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
    return as(record);
  }, idProblems);
}

export function clientListReader(headers: readonly Cell[], options: ReadOptions = {}): ListReader<ClientRecord> {
  return listReader(headers, "clienten", options, (map, row, bronrij) => ({
    voornaam: textAt(row, map.fields.voornaam),
    achternaam: textAt(row, map.fields.achternaam),
    rijksregisternummer: nationalNumberText(map, row),
    straat: streetText(map, row),
    huisnummer: houseNumberText(map, row),
    bronrij,
  }), []);
}

/**
 * The checks every list gets, row by row: too many rows, the headers, data under no header, too long cells, empty rows
 * (reported, not read). Refusals are decided in `finish`, over all rows, in that order.
 */
function listReader<R>(
  headers: readonly Cell[],
  kind: ListKind,
  options: ReadOptions,
  toRecord: (map: HeaderMap, row: readonly Cell[], bronrij: number) => R,
  laterProblems: readonly ListProblem[],
): ListReader<R> {
  const mapped = mapHeaders(headers, kind);
  const firstRowNumber = options.firstRowNumber ?? 2;
  const protocolColumns = mapped.ok ? Object.values(mapped.value.fields) : [];
  const unlabelled = new Set<number>();
  let tooLong: { row: number; column: number; length: number } | undefined;
  const records: R[] = [];
  const problems: ListProblem[] = [];
  let count = 0;
  return {
    add(row) {
      const index = count++;
      // Past the limit the list is refused: nothing more to read.
      if (!mapped.ok || count > MAX_LIST_ROWS) return;
      const map = mapped.value;
      addUnlabelled(unlabelled, map.headers, row);
      if (tooLong === undefined) tooLong = tooLongCell(row, index);
      const bronrij = firstRowNumber + index;
      if (allEmpty(row, protocolColumns)) problems.push({ code: "lege-rij", bronrij });
      else records.push(toRecord(map, row, bronrij));
    },
    finish() {
      if (count > MAX_LIST_ROWS) return err({ code: "te-veel-rijen", rows: count, max: MAX_LIST_ROWS });
      if (!mapped.ok) return mapped;
      if (unlabelled.size > 0) return err({ code: "gegevens-zonder-kop", columns: [...unlabelled].sort((a, b) => a - b).map(columnLetter) });
      if (tooLong) return err({ code: "te-lange-cel", bronrij: firstRowNumber + tooLong.row, column: columnLetter(tooLong.column), length: tooLong.length, max: MAX_CELL_CHARS });
      return ok({ records, problems: laterProblems.length === 0 ? problems : [...problems, ...laterProblems] });
    },
  };
}

function allEmpty(row: readonly Cell[], columns: readonly number[]): boolean {
  for (let c = 0; c < columns.length; c++) if (cellText(row[columns[c]]) !== "") return false;
  return true;
}

function tooLongCell(row: readonly Cell[], index: number): { row: number; column: number; length: number } | undefined {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === "string" && v.length > MAX_CELL_CHARS) return { row: index, column: c, length: v.length };
  }
  return undefined;
}

/** Adds the 0-based indexes of columns with an empty header (or none at all) that hold data in this row. */
function addUnlabelled(found: Set<number>, headers: readonly string[], row: readonly Cell[]): void {
  for (let c = 0; c < row.length; c++) {
    if ((headers[c] ?? "") === "" && cellText(row[c]) !== "") found.add(c);
  }
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
