// The workbook side of closing the project (WorkbookChange.close): the pseudonymised archive over the log rows, the
// Evaluatie sheet, and every Debiteuren row below the header cleared. applyChange runs these inside its own write,
// which already handles the pending marker, unprotecting and re-protecting (sheets and structure) and the read-back.
import { SHEET, TABLE } from "../domain/layout";
import type { Capabilities, WorkbookClose } from "../ports/workbook";
import type { KnownLayout } from "./knownLayout";
import { blockBytes, WorkbookError } from "./cells";
import { queueLockedSheet, readProtection } from "./protection";
import { addressOf } from "./readSheets";
import { logOps, type WriteOp } from "./writePlan";

/** What closing must know about the workbook before it writes; read in one or two syncs. */
export interface ClosePlan {
  /** A sheet named Evaluatie exists already (made by hand, or by an earlier attempt): it is replaced. */
  readonly evaluationExists: boolean;
  /** Rows and columns of Debiteuren holding values (header row included), from A1. */
  readonly debtorExtent: { readonly rows: number; readonly columns: number };
  /** The Debiteuren table's position and width, to shrink it to its header plus one empty row. */
  readonly debtorTable?: { readonly rowIndex: number; readonly columnIndex: number; readonly columnCount: number };
}

export async function prepareClose(context: Excel.RequestContext): Promise<ClosePlan> {
  const wb = context.workbook;
  const evaluation = wb.worksheets.getItemOrNullObject(SHEET.evaluation);
  const used = wb.worksheets.getItem(SHEET.debtors).getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  const table = wb.tables.getItemOrNullObject(TABLE.debtors);
  await sync(context, "Afsluiten voorbereiden");
  const debtorExtent = used.isNullObject
    ? { rows: 0, columns: 0 }
    : { rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount };
  if (table.isNullObject) return { evaluationExists: !evaluation.isNullObject, debtorExtent };
  const tableRange = table.getRange();
  tableRange.load("rowIndex,columnIndex,columnCount");
  await sync(context, "Afsluiten voorbereiden (tabel Debiteuren)");
  return {
    evaluationExists: !evaluation.isNullObject,
    debtorExtent,
    debtorTable: { rowIndex: tableRange.rowIndex, columnIndex: tableRange.columnIndex, columnCount: tableRange.columnCount },
  };
}

export interface CloseWrites {
  readonly ops: WriteOp[];
  /** Queued in the last sync, before applyChange re-protects the sheets and the structure. */
  queueFinish(context: Excel.RequestContext, caps: Capabilities): void;
  /** After a failed write (applyChange restores the other sheets): the Evaluatie sheet and the structure. */
  restore(context: Excel.RequestContext): Promise<void>;
}

export function closeWrites(close: WorkbookClose, plan: ClosePlan, known: KnownLayout): CloseWrites {
  // The archive replaces the rows in place, so it must be exactly the rows that are there.
  if (close.archivedLog.length !== known.logRows) {
    const detail = `het Logboek telt ${known.logRows} rijen, het archief ${close.archivedLog.length}: het Logboek veranderde tijdens het afsluiten`;
    throw new WorkbookError("Afsluiten", new Error(detail));
  }
  const ops: WriteOp[] = [...logOps(SHEET.log, 0, close.archivedLog, known.logLayout, "gearchiveerd logboek")];
  const { rows, columns } = plan.debtorExtent;
  if (rows > 1 && columns > 0) {
    ops.push({
      bytes: 200,
      label: "debiteuren wissen",
      queue: (c) => void c.workbook.worksheets.getItem(SHEET.debtors).getRange(addressOf(1, 0, rows - 1, columns)).clear("Contents"),
    });
  }
  ops.push(evaluationOp(close.evaluation, plan.evaluationExists));
  return {
    ops,
    queueFinish(context, caps) {
      const t = plan.debtorTable;
      // Without ExcelApi 1.13 the emptied table keeps its size: its rows are blank, and readers use the used range.
      if (t && caps.tableResize) context.workbook.tables.getItem(TABLE.debtors).resize(addressOf(t.rowIndex, t.columnIndex, 2, t.columnCount));
      queueLockedSheet(context.workbook.worksheets.getItem(SHEET.evaluation), known.password);
    },
    async restore(context) {
      const wb = context.workbook;
      let now;
      try {
        now = await readProtection(context, [SHEET.evaluation]);
      } catch (e) {
        throw new WorkbookError("Beveiliging nagaan na een mislukt afsluiten", e);
      }
      if (now.sheets.has(SHEET.evaluation)) queueLockedSheet(wb.worksheets.getItem(SHEET.evaluation), known.password, now.sheets.get(SHEET.evaluation));
      if (!now.structure) wb.protection.protect(known.password);
      await sync(context, "Beveiliging herstellen na een mislukt afsluiten");
    },
  };
}

/** The Evaluatie sheet from scratch: labels as text, counts as numbers (so a chart can use them). */
function evaluationOp(rows: WorkbookClose["evaluation"], replace: boolean): WriteOp {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  const formats = values.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@")));
  return {
    bytes: blockBytes(values) + blockBytes(formats) + 200,
    label: "evaluatie",
    queue(context) {
      const sheets = context.workbook.worksheets;
      if (replace) {
        const old = sheets.getItem(SHEET.evaluation);
        old.visibility = "Visible" as Excel.SheetVisibility; // a very hidden sheet cannot be deleted (office-js issue #365)
        old.delete();
      }
      const sheet = sheets.add(SHEET.evaluation);
      if (values.length === 0) return;
      const range = sheet.getRange(addressOf(0, 0, values.length, width));
      range.numberFormat = formats;
      range.values = values;
      sheet.getRange("A1").format.font.bold = true;
    },
  };
}

async function sync(context: Excel.RequestContext, step: string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw new WorkbookError(step, e);
  }
}
