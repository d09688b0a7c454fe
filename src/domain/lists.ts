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

export function readDebtorRows(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: ReadOptions = {},
): Result<{ records: DebtorRow[]; problems: ListProblem[] }, HeaderProblem> {
  const read = readRows(headers, rows, "debiteuren", options);
  if (!read.ok) return read;
  const { map, dataRows, problems } = read.value;
  const firstRowOfId = new Map<string, number>();
  const records = dataRows.map(({ row, bronrij }) => {
    const at = (i: number | undefined) => (i === undefined ? "" : cellText(row[i]));
    const rowId = at(map.addIn.rijId);
    if (rowId !== "") {
      const first = firstRowOfId.get(rowId);
      if (first === undefined) firstRowOfId.set(rowId, bronrij);
      else problems.push({ code: "dubbele-rij-id", bronrij, eersteBronrij: first });
    }
    // Object literals, not spreads: this runs for every row of a 100,000-row list.
    const p = personFields(map, row);
    const record: DebtorRow = {
      voornaam: p.voornaam,
      achternaam: p.achternaam,
      rijksregisternummer: p.rijksregisternummer,
      straat: p.straat,
      huisnummer: p.huisnummer,
      dossiernummer: at(map.fields.dossiernummer),
      bronrij,
    };
    if (map.addIn.rijId !== undefined) record.rowId = rowId;
    if (map.addIn.status !== undefined) record.status = at(map.addIn.status);
    if (map.addIn.match !== undefined) record.match = at(map.addIn.match);
    return record;
  });
  return ok({ records, problems });
}

export function readClientRows(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  options: ReadOptions = {},
): Result<{ records: ClientRecord[]; problems: ListProblem[] }, HeaderProblem> {
  const read = readRows(headers, rows, "clienten", options);
  if (!read.ok) return read;
  const { map, dataRows, problems } = read.value;
  const records = dataRows.map(({ row, bronrij }): ClientRecord => {
    const p = personFields(map, row);
    return { voornaam: p.voornaam, achternaam: p.achternaam, rijksregisternummer: p.rijksregisternummer, straat: p.straat, huisnummer: p.huisnummer, bronrij };
  });
  return ok({ records, problems });
}

interface DataRow {
  readonly row: readonly Cell[];
  readonly bronrij: number;
}

function readRows(
  headers: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  kind: ListKind,
  options: ReadOptions,
): Result<{ map: HeaderMap; dataRows: DataRow[]; problems: ListProblem[] }, HeaderProblem> {
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
  const dataRows: DataRow[] = [];
  const problems: ListProblem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const bronrij = firstRowNumber + i;
    if (protocolColumns.every((c) => cellText(row[c]) === "")) problems.push({ code: "lege-rij", bronrij });
    else dataRows.push({ row, bronrij });
  }
  return ok({ map, dataRows, problems });
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

/** The fields debtors and clients share. Numeric national-number cells lost their leading zeros: padded back here. */
function personFields(map: HeaderMap, row: readonly Cell[]): Omit<ClientRecord, "bronrij"> {
  const at = (i: number | undefined) => (i === undefined ? "" : cellText(row[i]));
  const rrnCell = map.fields.rijksregisternummer === undefined ? undefined : row[map.fields.rijksregisternummer];
  const rrn = cellText(rrnCell);
  const rijksregisternummer = typeof rrnCell === "number" && /^[0-9]{1,10}$/.test(rrn) ? rrn.padStart(11, "0") : rrn;
  const bus = at(map.fields.bus);
  const withBus = (text: string) => (bus === "" ? text : `${text} bus ${bus}`.trim());
  const oneColumn = map.fields.adres !== undefined;
  return {
    voornaam: at(map.fields.voornaam),
    achternaam: at(map.fields.achternaam),
    rijksregisternummer,
    straat: oneColumn ? withBus(at(map.fields.adres)) : at(map.fields.straat),
    huisnummer: oneColumn ? "" : withBus(at(map.fields.huisnummer)),
  };
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
