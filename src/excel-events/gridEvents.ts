// Logs edits made in the Debiteuren grid while the add-in runs (shared runtime, so also with the task pane closed):
// onChanged on the sheet, diffed against a shadow copy where Excel gives no details, the co-author's and the add-in's
// own writes left out; deleted or renamed add-in sheets are reported (and logged while the Logboek is there).
import type { AppDeps, Session } from "../app/deps";
import type { AppProblem } from "../app/problems";
import { recordGridEdits, recordSheetChange, type GridEditReport } from "../app/recordGridEdits";
import { parseCell } from "@debiteurencheck/memory-excel/a1";
import { SHEET } from "../domain/layout";
import { cellText, type Cell } from "../domain/lists";
import type { ExcelRunner, ExcelWorkbook } from "../excel/excelWorkbook";
import type { RequirementChecker } from "../excel/requirements";
import type { GridRow, KnownDebtorTable } from "../ports/grid";
import type { Capabilities, WorkbookChange } from "../ports/workbook";
import { GridShadow } from "./gridShadow";

export interface GridLoggingOptions {
  readonly deps: AppDeps & { readonly workbook: ExcelWorkbook };
  readonly run: ExcelRunner;
  readonly requirements: RequirementChecker;
  /** Who sits at this Excel now; undefined: edits are not logged here, the digest check on the next open finds them. */
  session(): Session | undefined;
  onEdits?(report: GridEditReport): void;
  /** Loud: an add-in sheet deleted or renamed, or the grid no longer readable as the debtor table. */
  onProblem?(problem: AppProblem): void;
  /** A failure while logging; the edit then stays unlogged until the next open finds it. */
  onError?(error: unknown): void;
}

export interface GridLogging {
  /** False where the host has no worksheet events (ExcelApi 1.7): edits are then found only on the next open. */
  readonly active: boolean;
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  /** Handlers stay registered until the runtime ends (removing needs their context) but do nothing any more. */
  stop(): void;
}

const READ_PROBLEMS = new Set(["niet-ingesteld", "blad-ontbreekt", "staat-onleesbaar", "nieuwere-versie", "blad-te-groot"]);

/** Sheets whose disappearance is reported; the first three make the add-in stop writing. */
const WATCHED: readonly string[] = [SHEET.log, SHEET.state, SHEET.debtors, SHEET.clients, SHEET.evaluation];

export async function startGridLogging(options: GridLoggingOptions): Promise<GridLogging> {
  const { deps, requirements } = options;
  const workbook = deps.workbook;
  const caps = workbook.capabilities();
  const inactive: GridLogging = { active: false, idle: async () => undefined, stop: () => undefined };
  if (!requirements.isSetSupported("ExcelApi", "1.7")) return inactive;

  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>): Promise<void> =>
    (queue = queue.then(() => (stopped ? undefined : task())).catch((e: unknown) => options.onError?.(e)));

  /** Own writes seen while a full read is under way: applied again to what that read returns. */
  let ownDuringRead: [WorkbookChange, KnownDebtorTable | undefined][] | undefined;
  async function readShadow(): Promise<GridShadow | undefined> {
    const seen: [WorkbookChange, KnownDebtorTable | undefined][] = (ownDuringRead = []);
    const sheet = await workbook.readDebtorSheet();
    ownDuringRead = undefined;
    if (!sheet.ok) {
      const e = sheet.error;
      options.onProblem?.(READ_PROBLEMS.has(e.code) ? (e as AppProblem) : ({ ...e, list: "debiteuren" } as AppProblem));
      return undefined;
    }
    const next = GridShadow.fromSheet(sheet.value);
    for (const [change, debtors] of seen) next.applyOwnWrite(change, debtors);
    return next;
  }

  const first = await readShadow();
  if (!first) return inactive;
  let shadow = first;
  const expectedDeletions = new Set<string>();
  const sheetNames = new Map<string, string>();

  const unobserve = workbook.observeWrites({
    willWrite(change, debtors) {
      shadow.applyOwnWrite(change, debtors);
      ownDuringRead?.push([change, debtors]);
      if (change.deleteClientSheet) expectedDeletions.add(SHEET.clients);
      if (change.close) expectedDeletions.add(SHEET.evaluation); // closing replaces an earlier Evaluatie sheet
    },
    writeFailed() {
      // What reached the sheet is unknown: read it again, without logging (the next open reconciles the write).
      void enqueue(async () => {
        shadow = (await readShadow()) ?? shadow;
      });
    },
  });

  async function onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (caps.triggerSource && args.triggerSource === "ThisLocalAddin") return; // our own write, already in the shadow
    const single = singleCellEdit(shadow, args, caps);
    let rows: GridRow[];
    if (single) {
      const before = shadow.rowAt(single.index)!;
      if (before[single.column] === single.after) return; // our own write where triggerSource is missing (ExcelApi < 1.14)
      shadow.setCell(single.index, single.column, single.after);
      rows = [{ index: single.index, rowId: shadow.rowIdOf(before), before, after: shadow.rowAt(single.index)! }];
    } else {
      const next = await readShadow();
      if (!next) return;
      rows = shadow.diff(next);
      shadow = next;
    }
    // A co-author's edit is logged by their own add-in; here it only updates the shadow.
    if (args.source === "Remote" || rows.length === 0) return;
    const session = options.session();
    if (!session) return;
    const knownRowIds = [...shadow.knownRowIds(), ...rows.map((r) => r.rowId).filter(Boolean)];
    const result = await recordGridEdits(deps, session, { headers: shadow.headers, rows, knownRowIds, bodyRows: shadow.bodyRows });
    if (!result.ok) options.onProblem?.(result.error);
    else if (result.value.entries.length > 0) options.onEdits?.(result.value);
  }

  async function sheetGone(name: string, nu: string | undefined, remote: boolean): Promise<void> {
    if (!WATCHED.includes(name)) return;
    if (name === SHEET.log || name === SHEET.state || name === SHEET.debtors) {
      options.onProblem?.(nu !== undefined ? { code: "blad-hernoemd", sheet: name, newName: nu } : name === SHEET.log ? { code: "logboek-verwijderd" } : { code: "blad-ontbreekt", sheet: name });
    }
    // The log cannot record its own loss; a co-author's add-in logs what its user did.
    const session = options.session();
    if (remote || !session || name === SHEET.log || name === SHEET.state) return;
    const logged = await recordSheetChange(deps, session, { sheet: name, nu });
    if (!logged.ok) options.onProblem?.(logged.error);
  }

  await options.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    sheets.getItem(SHEET.debtors).onChanged.add((args) => enqueue(() => onChanged(args)));
    sheets.onDeleted.add(async (args) => {
      const name = sheetNames.get(args.worksheetId);
      if (name === undefined) return;
      sheetNames.delete(args.worksheetId);
      if (expectedDeletions.delete(name)) return; // the add-in deleted it itself (and logged that)
      return enqueue(() => sheetGone(name, undefined, args.source === "Remote"));
    });
    // onNameChanged: ExcelApi 1.17; where it is missing, a rename is found on the next open (findMovedSheets).
    if (requirements.isSetSupported("ExcelApi", "1.17") && "onNameChanged" in sheets) {
      sheets.onNameChanged.add(async (args) => {
        sheetNames.set(args.worksheetId, args.nameAfter);
        return enqueue(() => sheetGone(args.nameBefore, args.nameAfter, args.source === "Remote"));
      });
    }
    await context.sync();
    for (const s of sheets.items) sheetNames.set(s.id, s.name);
  });

  return {
    active: true,
    idle: () => queue,
    stop() {
      stopped = true;
      unobserve();
    },
  };
}

/** A one-cell edit of a row the shadow holds, with Excel's details (ExcelApi 1.9): no read needed. */
function singleCellEdit(shadow: GridShadow, args: Excel.WorksheetChangedEventArgs, caps: Capabilities): { index: number; column: number; after: string } | undefined {
  if (!caps.changeDetails) return undefined;
  if (!args.details || args.changeType !== "RangeEdited") return undefined;
  const cell = parseCell(args.address);
  if (!cell) return undefined;
  const [index, column] = [cell.row - 1, cell.col];
  if (index < 0 || column >= shadow.headers.length || !shadow.rowAt(index)) return undefined;
  return { index, column, after: cellText(args.details.valueAfter as Cell) };
}
