// Reads a debtor or client list from file BYTES (CSV as Excel writes it in Belgium, or .xlsx) into a header row and rows.
// No Node imports: the taskpane loads this lazily in the browser too; exceljs and papaparse are imported on demand.
import type { ListKind } from "../domain/headers";
import { SHEET } from "../domain/layout";
import { cellText, MAX_LIST_FILE_BYTES, MAX_LIST_ROWS, type Cell, type FileProblem } from "../domain/lists";
import { err, ok, type Result } from "../domain/result";

export { MAX_LIST_FILE_BYTES, type FileProblem };

/** What was read, for the summary: "werkblad Cliënten, rijen 2 t.e.m. 41; verborgen rijen 7 en 9 niet gelezen; …". */
export function listReadSummary(file: ListFile | ListShape): string {
  const first = file.headerRow + 1;
  const count = "rows" in file ? file.rows.length : file.rowCount;
  const rows = count === 0 ? "geen rijen onder de koprij" : count === 1 ? `rij ${first}` : `rijen ${first} t.e.m. ${first + count - 1}`;
  const parts = [file.sheetName === undefined ? rows : `werkblad ${file.sheetName}, ${rows}`];
  if (file.hiddenRows.length > 0) parts.push(`${file.hiddenRows.length === 1 ? "verborgen rij" : "verborgen rijen"} ${dutchList(file.hiddenRows.map(String))} niet gelezen`);
  if (file.hiddenSheets.length > 0) parts.push(`${file.hiddenSheets.length === 1 ? "verborgen werkblad" : "verborgen werkbladen"} ${dutchList(file.hiddenSheets)} niet gelezen`);
  return parts.join("; ");
}

function dutchList(items: readonly string[]): string {
  const shown = items.length > 10 ? [...items.slice(0, 10), `nog ${items.length - 10}`] : [...items];
  return shown.length < 2 ? shown.join("") : `${shown.slice(0, -1).join(", ")} en ${shown.at(-1)}`;
}

export interface ListFile {
  readonly headers: Cell[];
  /** The rows below the header row; trailing empty rows are dropped, empty rows in between kept. */
  readonly rows: Cell[][];
  readonly format: "csv" | "xlsx";
  /** 1-based source row (CSV record) of the header row; rows[0] is the next one. */
  readonly headerRow: number;
  /** The worksheet read (xlsx only). */
  readonly sheetName?: string;
  /** Hidden rows (1-based, xlsx): left out — read as empty rows, so the numbers of the other rows stay right. */
  readonly hiddenRows: readonly number[];
  /** Hidden and very hidden sheets, never read (xlsx). */
  readonly hiddenSheets: readonly string[];
}

/** A list file as streamed by readListRows: everything of ListFile but the rows, which went to the row sink. */
export type ListShape = Omit<ListFile, "headers" | "rows"> & { readonly rowCount: number };

/**
 * Given the header row (and its 1-based row number), where the rows below it go, one at a time: in order, empty rows in
 * between included.
 */
export type RowSink = (headers: Cell[], headerRow: number) => (row: Cell[]) => void;

export interface ReadListOptions {
  /** Read this worksheet (xlsx). */
  readonly sheetName?: string;
  /** Without sheetName: prefer the sheet the add-in uses for this list (Debiteuren or OCMW-cliënten). */
  readonly kind?: ListKind;
}

export async function readListFile(bytes: Uint8Array, fileName: string, options: ReadListOptions = {}): Promise<Result<ListFile, FileProblem>> {
  let headers: Cell[] = [];
  const rows: Cell[][] = [];
  const read = await readListRows(bytes, fileName, options, (h) => {
    headers = h;
    return (row) => void rows.push(row);
  });
  if (!read.ok) return read;
  const { rowCount: _rowCount, ...shape } = read.value;
  return ok({ headers, rows, ...shape });
}

/**
 * Reads a list file and hands its rows to `sink` one at a time instead of returning them: a caller that turns each row
 * into a record (src/domain/lists.ts, listReader) never holds all of a large file's rows. On a refusal the sink may
 * have been given some rows.
 */
export async function readListRows(bytes: Uint8Array, fileName: string, options: ReadListOptions, sink: RowSink): Promise<Result<ListShape, FileProblem>> {
  if (bytes.length > MAX_LIST_FILE_BYTES) return err({ code: "te-groot", fileName, bytes: bytes.length, max: MAX_LIST_FILE_BYTES });
  if (bytes.length === 0) return err({ code: "leeg-bestand", fileName });
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase() ?? "";
  if (extension === "xlsx" || extension === "xlsm") return readXlsx(bytes, fileName, options, sink);
  if (extension === "csv" || extension === "txt") {
    // A workbook or an old binary file given a .csv name would otherwise parse as garbage text.
    if (isZip(bytes) || isOle(bytes)) return err({ code: "onleesbaar-bestand", fileName });
    return readCsv(bytes, fileName, sink);
  }
  // .xls, .ods, .numbers …: the message asks to save the file as .xlsx or CSV.
  return err({ code: "onbekend-formaat", fileName, extension });
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** Old .xls files, and .xlsx files encrypted with a password, are OLE compound files. */
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

// ---- CSV ----

async function readCsv(bytes: Uint8Array, fileName: string, sink: RowSink): Promise<Result<ListShape, FileProblem>> {
  const text = decode(bytes);
  // NULs left after decoding: a binary file or an encoding not recognised; matching its text would silently find nobody.
  if (text.includes("\u0000")) return err({ code: "onbekende-codering", fileName });
  const delimiter = detectDelimiter(text);
  const rows = headerSplitter(sink);
  if (text.includes('"')) {
    const Papa = await loadPapaParse();
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    // An unbalanced quote would swallow the rest of the file into one cell: refuse rather than guess.
    if (parsed.errors.some((e) => e.type === "Quotes")) return err({ code: "onleesbaar-bestand", fileName });
    for (const row of parsed.data) rows.push(row);
  } else {
    splitPlainCsv(text, delimiter, rows.push);
  }
  return rows.finish(fileName, "csv");
}

type PapaParse = typeof import("papaparse");

async function loadPapaParse(): Promise<PapaParse> {
  const mod = await import("papaparse");
  // A CommonJS module seen through a bundler's interop may sit under `default`.
  return (mod as PapaParse & { default?: PapaParse }).default ?? mod;
}

/**
 * CSV without a quote character, split as papaparse splits it (its "fast mode": a leading BOM dropped, the line ending
 * guessed as papaparse guesses it, every line split at every separator), without papaparse's string per line.
 * Exported for its property test against papaparse (test/property/readList.property.test.ts).
 */
export function splitPlainCsv(text: string, delimiter: string, push: (row: Cell[]) => void): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body === "") return;
  const newline = lineEnding(body);
  // The next separator at or after where a field starts, found once (a search per field could run to the end of the
  // text on every line without one: quadratic).
  let nextDelimiter = body.indexOf(delimiter);
  for (let start = 0; ; ) {
    const lineEnd = body.indexOf(newline, start);
    const end = lineEnd === -1 ? body.length : lineEnd;
    const row: Cell[] = [];
    for (let from = start; ; ) {
      if (nextDelimiter !== -1 && nextDelimiter < from) nextDelimiter = body.indexOf(delimiter, from);
      const at = nextDelimiter;
      if (at === -1 || at >= end) {
        row.push(body.slice(from, end));
        break;
      }
      row.push(body.slice(from, at));
      from = at + delimiter.length;
    }
    push(row);
    if (lineEnd === -1) return;
    start = lineEnd + newline.length;
  }
}

/**
 * papaparse's guess (guessLineEndings) for text without quotes: "\n" when there is no "\r" or a "\n" comes first;
 * else "\r\n" when at least half of the pieces between "\r"s start with "\n", else "\r". On the first megabyte.
 */
function lineEnding(text: string): "\n" | "\r\n" | "\r" {
  const head = text.length > 1024 * 1024 ? text.substring(0, 1024 * 1024) : text;
  const firstCr = head.indexOf("\r");
  const firstLf = head.indexOf("\n");
  if (firstCr === -1 || (firstLf !== -1 && firstLf < firstCr)) return "\n";
  let crs = 0;
  let crlfs = 0;
  for (let at = firstCr; at !== -1; at = head.indexOf("\r", at + 1)) {
    crs++;
    if (head.charCodeAt(at + 1) === 0x0a) crlfs++;
  }
  return crlfs >= (crs + 1) / 2 ? "\r\n" : "\r";
}

/**
 * UTF-8 (with or without BOM) as Excel's "CSV UTF-8"; UTF-16 with BOM as "Unicode text", and without a BOM when its
 * NUL bytes say so (other programs write it); otherwise Windows-1252 as plain "CSV".
 */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // Not valid UTF-8: Excel's plain "CSV" on a Belgian Windows is Windows-1252.
    return new TextDecoder("windows-1252").decode(body);
  }
}

/**
 * Text in a Latin script as UTF-16 has a NUL as every other byte: odd positions for little-endian, even for big-endian.
 * Decided on the first 4 KB: at least 2 bytes, and NULs on at least 30% of one side and (almost) none on the other.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return "utf-16le";
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return "utf-16be";
  return undefined;
}

/** The separator most used in the first line outside quotes; Belgian Excel writes ";", ties go to it. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ";";
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

// ---- xlsx ----

type ExcelJsModule = typeof import("exceljs");
type Worksheet = import("exceljs").Worksheet;
type CellValue = import("exceljs").CellValue;

async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = await import("exceljs");
  // A CommonJS module seen through a bundler's interop may sit under `default`.
  return (mod as ExcelJsModule & { default?: ExcelJsModule }).Workbook ? mod : ((mod as { default?: ExcelJsModule }).default ?? mod);
}

function lastRowNumber(sheet: { eachRow(opts: { includeEmpty: boolean }, cb: (row: unknown, n: number) => void): void }): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (_row, number) => {
    last = Math.max(last, number);
  });
  return last;
}

async function readXlsx(bytes: Uint8Array, fileName: string, options: ReadListOptions, sink: RowSink): Promise<Result<ListShape, FileProblem>> {
  if (!isZip(bytes)) return err({ code: "onleesbaar-bestand", fileName });
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // exceljs throws for damaged or non-workbook zips; the user can only re-save the file.
    return err({ code: "onleesbaar-bestand", fileName });
  }
  // A zip without any worksheet is not a workbook (a real .xlsx always has one), not an empty list.
  if (workbook.worksheets.length === 0) return err({ code: "onleesbaar-bestand", fileName });
  const visible = workbook.worksheets.filter((w) => w.state === "visible");
  const hiddenSheets = workbook.worksheets.filter((w) => w.state !== "visible").map((w) => w.name);
  const named = options.sheetName === undefined ? undefined : workbook.worksheets.find((s) => s.name.toLowerCase() === options.sheetName!.trim().toLowerCase());
  if ((named && named.state !== "visible") || visible.length === 0) {
    return err({ code: "verborgen-werkblad", fileName, sheetName: named?.name ?? hiddenSheets[0], available: visible.map((w) => w.name) });
  }
  const sheet = chooseSheet(visible, options);
  // With a visible sheet at hand, only a sheet asked for by name can be missing.
  if (!sheet) return err({ code: "werkblad-niet-gevonden", fileName, sheetName: options.sheetName ?? "", available: visible.map((w) => w.name) });
  // A file can claim any row number (a 17 KB file naming row 20,000,000): check before building rows, and walk
  // only the rows that exist.
  const lastRow = lastRowNumber(sheet);
  if (lastRow > MAX_LIST_ROWS + 1) return err({ code: "te-veel-rijen-in-bestand", fileName, rows: lastRow, max: MAX_LIST_ROWS });
  const formulas = formulaCells(sheet);
  if (formulas.length > 0) return err({ code: "formules-in-lijst", fileName, sheetName: sheet.name, cells: formulas.slice(0, 5), count: formulas.length });
  const rows: Cell[][] = Array.from({ length: lastRow }, () => []);
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (row.hidden) return void hiddenRows.push(number);
    const values = row.values;
    // Row values are 1-based and sparse (index 0 is unused).
    rows[number - 1] = Array.isArray(values) ? Array.from(values.slice(1), (v) => plainValue(v as CellValue)) : [];
  });
  const split = headerSplitter(sink);
  for (const row of rows) split.push(row);
  const result = split.finish(fileName, "xlsx");
  return result.ok ? ok({ ...result.value, sheetName: sheet.name, hiddenRows: hiddenRows.filter((n) => n > result.value.headerRow), hiddenSheets }) : result;
}

/** Addresses of the cells holding a formula: their cached result may be stale, and Excel would show another. */
function formulaCells(sheet: Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === 6 /* ExcelJS.ValueType.Formula */) found.push(cell.address);
    });
  });
  return found;
}

/** Among the visible sheets: the one named, else the add-in's sheet for this list, else the first. */
function chooseSheet(sheets: Worksheet[], options: ReadListOptions): Worksheet | undefined {
  if (options.sheetName !== undefined) {
    const wanted = options.sheetName.trim().toLowerCase();
    return sheets.find((s) => s.name.toLowerCase() === wanted);
  }
  const preferred = options.kind === "clienten" ? [SHEET.clients] : options.kind === "debiteuren" ? [SHEET.debtors] : [SHEET.debtors, SHEET.clients];
  for (const name of preferred) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) return sheet;
  }
  return sheets[0];
}

/** Formula → its cached result; rich text → plain text; hyperlink → its text; error → its code (#N/A); date → ISO date. */
function plainValue(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return cellText(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return plainValue(value.text as CellValue);
  if ("formula" in value || "sharedFormula" in value) return plainValue((value.result ?? null) as CellValue);
  if ("error" in value) return value.error;
  return null;
}

// ---- both ----

function isEmptyRow(row: readonly Cell[]): boolean {
  for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== "") return false;
  return true;
}

/**
 * Header = the first non-empty row; trailing empty rows (a final newline, formatted but empty rows) dropped: empty
 * rows are held back until a row with data follows them.
 */
function headerSplitter(sink: RowSink): { push: (row: Cell[]) => void; finish: (fileName: string, format: "csv" | "xlsx") => Result<ListShape, FileProblem> } {
  let seen = 0;
  let headerRow = 0;
  let rowCount = 0;
  let take: ((row: Cell[]) => void) | undefined;
  const heldBack: Cell[][] = [];
  return {
    push(row) {
      seen++;
      if (take === undefined) {
        if (isEmptyRow(row)) return;
        headerRow = seen;
        take = sink(row, headerRow);
      } else if (isEmptyRow(row)) {
        heldBack.push(row);
      } else {
        for (const empty of heldBack) take(empty);
        rowCount += heldBack.length + 1;
        heldBack.length = 0;
        take(row);
      }
    },
    finish(fileName, format) {
      if (take === undefined) return err({ code: "leeg-bestand", fileName });
      return ok({ rowCount, format, headerRow, hiddenRows: [], hiddenSheets: [] });
    },
  };
}
