// The WorkbookPort over Office.js. `run` is Excel.run (or the in-memory host's run): this is the only edge where a
// batch starts; everything below takes a RequestContext. Errors from Office are wrapped with context, never swallowed.
import { LOG_HEADERS, logLayoutOf, rowToEntry, type LogEntry, type LogLayout } from "../domain/log";
import { SHEET } from "../domain/layout";
import { err, ok, type Result } from "../domain/result";
import type { Role } from "../domain/roles";
import type { KnownDebtorTable } from "../ports/grid";
import type { Capabilities, DebtorTable, LockMode, StoredState, WorkbookChange, WorkbookPort, WorkbookReadProblem } from "../ports/workbook";
import type { HeaderProblem } from "../domain/headers";
import type { Cell } from "../domain/lists";
import { columnLetter, WorkbookError } from "./cells";
import { applyChange } from "./applyChange";
import type { KnownLayout } from "./knownLayout";
import { queueDebtorProtection, readProtection } from "./protection";
import { queueStatusList } from "./statusList";
import { parseDebtorBlock, readDisplayedBlock, readUsedBlock, type ParsedDebtors } from "./readSheets";
import { findDisplayBreaks } from "../domain/logDisplay";
import { capabilitiesOf, type RequirementChecker } from "./requirements";
import { findMovedSheetsIn, queueWorkbookShape } from "./movedSheets";
import { findStructureBreaks } from "../domain/logStructure";
import { DIGEST_FIRST_ROW, digestIndexFromRows, digestsOf, parseState, STATE_FIXED_RANGE, type DigestIndex } from "./stateSheet";

const DIGEST_ROWS_PER_READ = 60_000;

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function isItemNotFound(e: unknown): boolean {
  return (e as { code?: string })?.code === "ItemNotFound";
}

export async function syncOrWrap(context: Excel.RequestContext, step: string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw new WorkbookError(step, e);
  }
}

/** Told about the add-in's own writes before they are sent, so the grid-event shadow copy (src/excel-events) stays right. */
export interface WriteObserver {
  willWrite(change: WorkbookChange, debtors: KnownDebtorTable | undefined): void;
  writeFailed(change: WorkbookChange): void;
}

/** The Debiteuren sheet as read: its rows plus the raw cells (for the grid-event shadow copy). */
export type DebtorSheet = ParsedDebtors & { readonly values: readonly (readonly Cell[])[] };

export interface ExcelWorkbook extends WorkbookPort {
  readDebtorSheet(): Promise<Result<DebtorSheet, WorkbookReadProblem | HeaderProblem>>;
  observeWrites(observer: WriteObserver): () => void;
}

export function createExcelWorkbook(run: ExcelRunner, requirements: RequirementChecker): ExcelWorkbook {
  const caps: Capabilities = capabilitiesOf(requirements);
  /** What the last reads learned (password, row counts, debtor positions), so writes need no extra round trip. */
  const known: KnownLayout = { password: "", logRows: 0, logLayout: LOG_HEADERS, digestCount: 0 };
  const observers = new Set<WriteObserver>();
  let debtorValues: readonly (readonly Cell[])[] = [];

  async function readStateIn(context: Excel.RequestContext): Promise<Result<StoredState, WorkbookReadProblem>> {
    const sheets = context.workbook.worksheets;
    const stateSheet = sheets.getItem(SHEET.state);
    stateSheet.load("visibility");
    const block = stateSheet.getRange(STATE_FIXED_RANGE);
    block.load("values");
    const logUsed = sheets.getItem(SHEET.log).getUsedRangeOrNullObject(true);
    logUsed.load("rowCount,rowIndex,columnCount,columnIndex");
    const logHeader = sheets.getItem(SHEET.log).getRangeByIndexes(0, 0, 1, LOG_HEADERS.length);
    logHeader.load("values");
    const stateUsed = stateSheet.getUsedRangeOrNullObject(true);
    stateUsed.load("rowCount,rowIndex");
    try {
      await context.sync();
    } catch (e) {
      if (isItemNotFound(e)) return err(await missingSheetProblem(context));
      throw new WorkbookError("Staat lezen", e);
    }
    const far = farCorner(logUsed);
    if (far) return err({ code: "blad-te-groot", sheet: SHEET.log, address: far });
    const parsed = parseState(block.values as unknown[][]);
    if (!parsed.ok) return parsed;
    known.password = parsed.value.password;
    // The count as stored, but never past the sheet's last used row (a count of 999999999 would read beyond the grid).
    const lastRow = stateUsed.isNullObject ? 0 : stateUsed.rowIndex + stateUsed.rowCount;
    const digestCount = Math.min(parsed.value.digestCount, Math.max(0, lastRow - DIGEST_FIRST_ROW + 1));
    if (known.digestCount !== digestCount) known.digests = undefined; // changed since it was read
    known.digestCount = digestCount;
    known.logRows = logUsed.isNullObject ? 0 : logUsed.rowIndex + logUsed.rowCount - 1;
    known.logLayout = logLayoutOf(logHeader.values[0]);
    const visibility = String(stateSheet.visibility);
    return ok(visibility === "VeryHidden" ? parsed.value.state : { ...parsed.value.state, visibility: visibility === "Visible" ? "Visible" : "Hidden" });
  }

  /** The digest block (≈ 40 bytes a row: 60,000 rows a request stays far under the 5 MB response limit). */
  async function readDigestIndexIn(context: Excel.RequestContext): Promise<DigestIndex> {
    const rows: unknown[][] = [];
    const sheet = context.workbook.worksheets.getItem(SHEET.state);
    for (let start = 0; start < known.digestCount; start += DIGEST_ROWS_PER_READ) {
      const range = sheet.getRangeByIndexes(DIGEST_FIRST_ROW - 1 + start, 3, Math.min(DIGEST_ROWS_PER_READ, known.digestCount - start), 2);
      range.load("values");
      await syncOrWrap(context, "Rij-digests lezen");
      rows.push(...(range.values as unknown[][]));
    }
    known.digests = digestIndexFromRows(rows);
    return known.digests;
  }

  async function readDebtorsIn(context: Excel.RequestContext): Promise<Result<ParsedDebtors, WorkbookReadProblem | HeaderProblem>> {
    const sheet = context.workbook.worksheets.getItem(SHEET.debtors);
    let block;
    try {
      // With the number formats: a cell shown as other text than its value is refused (cellDisplay.ts).
      block = await readUsedBlock(context, sheet, undefined, undefined, true);
    } catch (e) {
      if (isItemNotFound(e)) return err({ code: "blad-ontbreekt", sheet: SHEET.debtors });
      throw new WorkbookError("Debiteuren lezen", e);
    }
    const parsed = parseDebtorBlock(block);
    if (!parsed.ok) return parsed;
    known.debtors = { ...parsed.value, bodyRows: Math.max(0, block.rowCount - 1), columnCount: block.columnCount };
    debtorValues = block.values;
    return parsed;
  }

  return {
    capabilities: () => caps,

    readState: () => run((context) => readStateIn(context)),

    async readDebtors(): Promise<Result<DebtorTable, WorkbookReadProblem | HeaderProblem>> {
      return run(async (context) => {
        const parsed = await readDebtorsIn(context);
        if (!parsed.ok) return parsed;
        return ok({ headers: parsed.value.headers, map: parsed.value.map, rows: parsed.value.rows });
      });
    },

    readClientSheet() {
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET.clients);
        try {
          const block = await readUsedBlock(context, sheet);
          if (block.rowCount === 0) return { headers: [] as Cell[], rows: [] as Cell[][] };
          return { headers: block.values[0], rows: block.values.slice(1) };
        } catch (e) {
          if (isItemNotFound(e)) return undefined;
          throw new WorkbookError("Cliëntenblad lezen", e);
        }
      });
    },

    readLog() {
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET.log);
        let block;
        try {
          block = await readUsedBlock(context, sheet, LOG_HEADERS.length, "full");
        } catch (e) {
          throw new WorkbookError("Logboek lezen", e);
        }
        known.logRows = Math.max(0, block.rowCount - 1);
        known.logLayout = logLayoutOf(block.values[0] ?? []);
        return entriesOf(block.values, known.logLayout);
      });
    },

    readLogAsDisplayed() {
      return run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET.log);
        const shape = queueWorkbookShape(context); // read in the block's first sync
        let block;
        try {
          block = await readDisplayedBlock(context, sheet, LOG_HEADERS.length);
        } catch (e) {
          throw new WorkbookError("Logboek lezen zoals getoond", e);
        }
        known.logRows = Math.max(0, block.rowCount - 1);
        known.logLayout = logLayoutOf(block.values[0] ?? []);
        const structure = findStructureBreaks(shape());
        return { entries: entriesOf(block.values, known.logLayout), display: [...structure, ...findDisplayBreaks(block)] };
      });
    },

    readDigests() {
      return run(async (context) => {
        if (!known.password) {
          const state = await readStateIn(context);
          if (!state.ok) return new Map<string, string>();
        }
        return digestsOf(await readDigestIndexIn(context));
      });
    },

    async apply(change: WorkbookChange, role: Role) {
      await run(async (context) => {
        if (!change.setup && !known.password) {
          const state = await readStateIn(context);
          if (!state.ok) throw new WorkbookError("Staat lezen vóór schrijven", state.error);
        }
        const needsDebtors = !!(change.statuses?.length || change.assignRowIds?.length || change.appendDebtors?.length || change.debtorCells?.length || change.close);
        if (needsDebtors && !known.debtors) {
          const read = await readDebtorsIn(context);
          if (!read.ok) throw new WorkbookError("Debiteuren lezen vóór schrijven", read.error);
        }
        if (change.digestUpdates?.size && !known.digests) await readDigestIndexIn(context); // to update them in place
        for (const o of observers) o.willWrite(change, known.debtors);
        try {
          await applyChange(context, change, role, known, caps);
        } catch (e) {
          known.digests = undefined; // the block may be half written: read it again before the next write
          for (const o of observers) o.writeFailed(change);
          throw e;
        }
      });
    },

    readDebtorSheet: () =>
      run(async (context) => {
        const parsed = await readDebtorsIn(context);
        return parsed.ok ? ok({ ...parsed.value, values: debtorValues }) : parsed;
      }),

    observeWrites(observer: WriteObserver) {
      observers.add(observer);
      return () => void observers.delete(observer);
    },

    findMovedSheets: () => run((context) => findMovedSheetsIn(context)),

    async protectFor(role: Role, mode: LockMode) {
      await run(async (context) => {
        if (!known.password) {
          const state = await readStateIn(context);
          if (!state.ok) return;
        }
        if (!known.debtors) {
          const read = await readDebtorsIn(context);
          if (!read.ok) return;
        }
        const d = known.debtors!;
        let now;
        try {
          now = await readProtection(context, [SHEET.debtors]);
        } catch (e) {
          throw new WorkbookError("Beveiliging nagaan", e);
        }
        const debtors = context.workbook.worksheets.getItem(SHEET.debtors);
        queueDebtorProtection(debtors, d.map, role, d.columnCount, known.password, !!now.sheets.get(SHEET.debtors), mode, () => queueStatusList(debtors, d.map, requirements));
        await syncOrWrap(context, "Beveiliging per rol toepassen");
        known.mode = mode;
      });
    },
  };
}

async function missingSheetProblem(context: Excel.RequestContext): Promise<WorkbookReadProblem> {
  const sheets = context.workbook.worksheets;
  const state = sheets.getItemOrNullObject(SHEET.state);
  const log = sheets.getItemOrNullObject(SHEET.log);
  await syncOrWrap(context, "Bladen nagaan");
  if (state.isNullObject && log.isNullObject) return { code: "niet-ingesteld" };
  return { code: "blad-ontbreekt", sheet: state.isNullObject ? SHEET.state : SHEET.log };
}

/**
 * The rows below the header, each value read under its column's name (a Logboek keeps the order it was made with), at
 * full width (a value after the last column makes its row unreadable, so the chain reports it); rows past the last log
 * row that hold something only beside the table are not log rows (findDisplayBreaks names them).
 */
function entriesOf(values: readonly (readonly unknown[])[], layout: LogLayout): LogEntry[] {
  const body = values.slice(1);
  let end = body.length;
  while (end > 0 && body[end - 1].slice(0, LOG_HEADERS.length).every((c) => c === null || c === undefined || c === "")) end--;
  return body.slice(0, end).map((row, i) => toEntryOrBroken(row, i, layout));
}

/** A row that cannot be read as a log entry still counts: verification reports it as changed. */
function toEntryOrBroken(cells: readonly unknown[], i: number, layout: LogLayout): LogEntry {
  const parsed = rowToEntry(cells, layout);
  if (parsed.ok) return parsed.value;
  const cell = (header: LogLayout[number]) => cells[layout.indexOf(header)];
  const text = (header: LogLayout[number]) => String(cell(header) ?? "");
  const nr = Number(cell("Nr"));
  return {
    // A Nr like 36.0000000001 or 1e300 cannot be hashed; the row's position stands in (the empty hash breaks it anyway).
    nr: Number.isSafeInteger(nr) && nr > 0 ? nr : i + 1,
    referentie: text("Referentie"),
    tijdstip: text("Tijdstip"),
    gebruiker: text("Gebruiker"),
    identiteit: "",
    rol: text("Rol"),
    actie: text("Actie"),
    over: text("Over"),
    veld: text("Veld"),
    oudeWaarde: text("Oude waarde"),
    nieuweWaarde: text("Nieuwe waarde"),
    doel: text("Doel"),
    bron: "",
    hash: "",
  };
}

/** Excel on the web reads at most 5,000,000 cells at once (resource limits, office-js-docs-pr). */
const MAX_CELLS_READ = 5_000_000;

/** The used range's last cell when the block from A1 to it (at least the log's width) is past that limit. */
function farCorner(used: Excel.Range): string | undefined {
  if (used.isNullObject) return undefined;
  const rows = used.rowIndex + used.rowCount;
  const columns = Math.max(LOG_HEADERS.length, used.columnIndex + used.columnCount);
  return rows * columns > MAX_CELLS_READ ? `${columnLetter(columns - 1)}${rows}` : undefined;
}
