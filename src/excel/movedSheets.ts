// Finds where the add-in's sheets went when they are missing under their own name: a renamed Logboek or Debiteuren
// sheet still holds its table, a renamed state sheet still starts with its title. One round trip.
import { SHEET, TABLE } from "../domain/layout";
import type { WorkbookShape } from "../domain/logStructure";
import { WorkbookError } from "./cells";
import { STATE_TITLE } from "./stateSheet";

/** Expected sheet name → the name it has now, for each add-in sheet that was renamed (deleted sheets are absent). */
export async function findMovedSheetsIn(context: Excel.RequestContext): Promise<ReadonlyMap<string, string>> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const hosts = [
    { sheet: SHEET.log, table: wb.tables.getItemOrNullObject(TABLE.log) },
    { sheet: SHEET.debtors, table: wb.tables.getItemOrNullObject(TABLE.debtors) },
  ];
  await syncWrapped(context, "Bladen zoeken");
  const moved = new Map<string, string>();
  const names = new Set(sheets.items.map((s) => s.name));
  const pending: { sheet: string; host: Excel.Worksheet }[] = [];
  for (const h of hosts) {
    if (names.has(h.sheet) || h.table.isNullObject) continue;
    const host = h.table.worksheet;
    host.load("name");
    pending.push({ sheet: h.sheet, host });
  }
  const titles = names.has(SHEET.state)
    ? []
    : sheets.items.map((s) => {
        const a1 = s.getRange("A1");
        a1.load("values");
        return { name: s.name, a1 };
      });
  if (pending.length > 0 || titles.length > 0) await syncWrapped(context, "Hernoemde bladen zoeken");
  for (const p of pending) moved.set(p.sheet, p.host.name);
  const state = titles.find((t) => t.a1.values[0]?.[0] === STATE_TITLE);
  if (state) moved.set(SHEET.state, state.name);
  return moved;
}

async function syncWrapped(context: Excel.RequestContext, step: string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw new WorkbookError(step, e);
  }
}

/**
 * Queues the loads of every sheet with its visibility and every table with its sheet (findStructureBreaks); the
 * returned function reads them after the caller's next sync, so they ride along with another read.
 */
export function queueWorkbookShape(context: Excel.RequestContext): () => WorkbookShape {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name,items/visibility");
  tables.load("items/name,items/worksheet/name");
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  });
}
