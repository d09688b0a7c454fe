// Writes one WorkbookChange: a pending marker, the log rows and the change in as few syncs as the request limit
// allows, then the new head; reads back to confirm. Protection is restored even when a step fails.
import { LOG_HEADERS } from "../domain/log";
import { DEBTOR_HEADERS, SHEET, TABLE } from "../domain/layout";
import type { HeaderMap } from "../domain/headers";
import type { Role } from "../domain/roles";
import type { Capabilities, WorkbookChange } from "../ports/workbook";
import { blockBytes, columnLetter, WorkbookError } from "./cells";
import { closeWrites, prepareClose } from "./closeWrites";
import { appendedRowCells } from "./debtorRowCells";
import type { KnownLayout } from "./knownLayout";
import { queueDebtorProtection, queueLockedSheet, queueUnprotect, readProtection, type ProtectionState } from "./protection";
import { addressOf } from "./readSheets";
import { DIGEST_FIRST_ROW, headText, initialStateValues, pendingText, STATE_CELL, type DigestIndex } from "./stateSheet";
import { queueLogSheetLayout } from "./logSheet";
import { groupOps, logOps, textBlockOps, type WriteOp } from "./writePlan";


/** Above this many changed cells in a column, the whole column block is written instead of single cells. */
const BLOCK_THRESHOLD = 64;

export async function applyChange(context: Excel.RequestContext, change: WorkbookChange, role: Role, known: KnownLayout, caps: Capabilities): Promise<void> {
  if (change.setup) queueSetup(context, change, known);
  const password = known.password;
  const touchesDebtors = !!(change.setup || change.statuses?.length || change.assignRowIds?.length || change.appendDebtors?.length || change.debtorCells?.length || change.close);
  const touchesStructure = !!(change.deleteClientSheet || change.close || change.hideStateSheet);
  const close = change.close ? closeWrites(change.close, await prepareClose(context), known) : undefined;

  const first = change.log[0]?.nr ?? change.head.nr;
  const pending = { fromNr: first, toNr: change.head.nr, action: change.log[0]?.actie ?? "" };
  const ops: WriteOp[] = [];
  ops.push(cellOp(SHEET.state, `B${STATE_CELL.pending}`, pendingText(pending), "markering"));
  ops.push(...logOps(SHEET.log, known.logRows, change.log, known.logLayout));
  if (close) ops.push(...close.ops);
  if (known.debtors && touchesDebtors) ops.push(...debtorOps(change, known));
  const digestOps = digestWrites(change, known);
  ops.push(...digestOps.ops);

  const groups = groupOps(ops);
  const names = [SHEET.state, SHEET.log, ...(touchesDebtors ? [SHEET.debtors] : [])];
  // Set-up adds unprotected sheets; otherwise only what is protected now is unprotected (office-js issue #6784).
  const before = change.setup ? undefined : await loadProtection(context, names);
  try {
    for (let g = 0; g < groups.length; g++) {
      if (g === 0 && before) queueUnprotect(context, before, names, password, touchesStructure);
      for (const op of groups[g]) op.queue(context);
      if (g === groups.length - 1) close?.queueFinish(context, caps);
      if (g === groups.length - 1) queueFinish(context, change, known, role, digestOps.count, touchesDebtors, touchesStructure, caps);
      await sync(context, `Schrijven (${g + 1}/${groups.length}: ${groups[g].map((o) => o.label).join(", ")})`);
    }
  } catch (e) {
    await restoreProtection(context, known, role, touchesDebtors || !!change.setup, touchesStructure || !!change.setup);
    await close?.restore(context);
    throw e;
  }
  known.logRows += change.log.length;
  known.digestCount = digestOps.count;
  known.digests = digestOps.index;
  if (change.close) known.debtors = undefined; // its rows are gone; the next read learns the new layout
  await confirm(context, change, known);
}

function cellOp(sheetName: string, address: string, value: string, label: string): WriteOp {
  return {
    bytes: blockBytes([[value]]) * 2,
    label,
    queue(context) {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
      range.numberFormat = [["@"]];
      range.values = [[value]];
    },
  };
}

function queueFinish(
  context: Excel.RequestContext, change: WorkbookChange, known: KnownLayout, role: Role, digestCount: number, touchesDebtors: boolean, touchesStructure: boolean, caps: Capabilities,
): void {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  const state = sheets.getItem(SHEET.state);
  const log = sheets.getItem(SHEET.log);
  const stateValues = [[headText(change.head)], [""], [known.password], [String(digestCount)]];
  const stateRange = state.getRange(`B${STATE_CELL.head}:B${STATE_CELL.digestCount}`);
  stateRange.numberFormat = stateValues.map(() => ["@"]);
  stateRange.values = stateValues;
  if (change.config) {
    const configCell = state.getRange(`B${STATE_CELL.config}`);
    configCell.numberFormat = [["@"]];
    configCell.values = [[JSON.stringify(change.config)]];
  }
  // New rows were written right below each table. Excel grows a table over values written directly below it when
  // the first cell is not blank (docs/memory-excel.md): a log row always starts with its Nr. Where ExcelApi 1.13 is
  // present, resize also covers debtor rows whose first cell (Dossiernummer) is empty; without it those stay below
  // the table, where every reader (the used range) still finds them.
  if (caps.tableResize) {
    const lastLogRow = 1 + known.logRows + change.log.length;
    if (change.log.length > 0) wb.tables.getItem(TABLE.log).resize(`A1:${columnLetter(LOG_HEADERS.length - 1)}${lastLogRow}`);
    if (known.debtors && change.appendDebtors?.length) {
      const d = known.debtors;
      wb.tables.getItem(TABLE.debtors).resize(`A1:${columnLetter(d.columnCount - 1)}${1 + d.bodyRows + change.appendDebtors.length}`);
    }
  }
  if (change.deleteClientSheet) {
    // A very hidden sheet cannot be deleted (office-js issue #365): made visible first, in the same batch.
    const clients = sheets.getItem(SHEET.clients);
    clients.visibility = "Visible" as Excel.SheetVisibility;
    clients.delete();
  }
  if (change.hideStateSheet) state.visibility = "VeryHidden" as Excel.SheetVisibility;
  queueLockedSheet(state, known.password);
  queueLockedSheet(log, known.password);
  if (touchesDebtors && known.debtors) {
    queueDebtorProtection(sheets.getItem(SHEET.debtors), known.debtors.map, role, known.debtors.columnCount, known.password, false, known.mode ?? "rust");
  }
  if (touchesStructure || change.setup) wb.protection.protect(known.password);
}

function debtorOps(change: WorkbookChange, known: KnownLayout): WriteOp[] {
  const d = known.debtors!;
  const ops: WriteOp[] = [];
  const map = d.map;
  const byId = new Map(d.rows.map((r) => [r.record.rowId as string, r.index]));
  const cells = { status: new Map<number, string>(), match: new Map<number, string>(), rijId: new Map<number, string>() };
  for (const a of change.assignRowIds ?? []) {
    cells.rijId.set(a.index, a.rowId);
    byId.set(a.rowId, a.index);
  }
  for (const s of change.statuses ?? []) {
    const index = byId.get(s.rowId);
    if (index === undefined) throw new WorkbookError("Status schrijven", new Error(`Rij-ID ${s.rowId} niet gevonden`));
    cells.status.set(index, s.status);
    cells.match.set(index, s.match);
  }
  for (const key of ["status", "match", "rijId"] as const) {
    const column = map.addIn[key];
    if (column === undefined || cells[key].size === 0) continue;
    ops.push(...columnOps(d, key, column, cells[key]));
  }
  if (change.appendDebtors?.length) {
    const rows = change.appendDebtors.map((r) => appendedRowCells(r, map, d.columnCount));
    ops.push(...textBlockOps(SHEET.debtors, 1 + d.bodyRows, 0, rows, "nieuwe debiteuren"));
  }
  for (const c of change.debtorCells ?? []) ops.push(cellOp(SHEET.debtors, addressOf(1 + c.index, c.column), c.value, "raster"));
  return ops;
}

/** Few changes: one cell each. Many: the whole column block (values of unchanged rows as read). */
function columnOps(d: NonNullable<KnownLayout["debtors"]>, key: "status" | "match" | "rijId", column: number, changes: Map<number, string>): WriteOp[] {
  if (changes.size <= BLOCK_THRESHOLD) {
    return [...changes].map(([index, value]) => cellOp(SHEET.debtors, addressOf(1 + index, column), value, key));
  }
  const current = new Map(d.rows.map((r) => [r.index, key === "rijId" ? (r.record.rowId as string) : r.record[key]]));
  const column2d = Array.from({ length: d.bodyRows }, (_, i) => [changes.get(i) ?? current.get(i) ?? ""]);
  return textBlockOps(SHEET.debtors, 1, column, column2d, key);
}

/**
 * Digests are replaced, never appended twice for one Rij-ID: few updates are written in place (new Rij-IDs below
 * the block); many updates, or a block with repeated Rij-IDs (older versions appended), rewrite the block compacted.
 */
function digestWrites(change: WorkbookChange, known: KnownLayout): { ops: WriteOp[]; count: number; index: DigestIndex | undefined } {
  if (change.replaceDigests) return rewriteDigests(change.replaceDigests, known);
  const updates = change.digestUpdates;
  if (!updates?.size) return { ops: [], count: known.digestCount, index: known.digests };
  const index: DigestIndex = new Map(known.digests ?? []);
  if (known.digestCount > 0 && !known.digests) throw new Error("applyChange: digests updated before the digest block was read");
  const inPlace = [...updates].filter(([id]) => index.has(id));
  if (index.size !== known.digestCount || inPlace.length > BLOCK_THRESHOLD) {
    const merged = new Map([...index].map(([id, { digest }]) => [id, digest]));
    for (const [id, digest] of updates) merged.set(id, digest);
    return rewriteDigests(merged, known);
  }
  const ops = inPlace.map(([id, digest]) => {
    const at = index.get(id)!.at;
    index.set(id, { at, digest });
    return cellOp(SHEET.state, `E${DIGEST_FIRST_ROW + at}`, digest, "digest");
  });
  const fresh = [...updates].filter(([id]) => !known.digests?.has(id));
  fresh.forEach(([id, digest], i) => index.set(id, { at: known.digestCount + i, digest }));
  ops.push(...textBlockOps(SHEET.state, DIGEST_FIRST_ROW - 1 + known.digestCount, 3, fresh, "digests"));
  return { ops, count: known.digestCount + fresh.length, index };
}

/** The whole block, compacted: rows known to be removed ("") are left out, old rows below it cleared. */
function rewriteDigests(digests: ReadonlyMap<string, string>, known: KnownLayout): { ops: WriteOp[]; count: number; index: DigestIndex } {
  const rows = [...digests].filter(([, digest]) => digest !== "");
  const ops = textBlockOps(SHEET.state, DIGEST_FIRST_ROW - 1, 3, rows, "digests");
  if (known.digestCount > rows.length) {
    const from = DIGEST_FIRST_ROW + rows.length;
    const to = DIGEST_FIRST_ROW + known.digestCount - 1;
    ops.push({ bytes: 100, label: "oude digests", queue: (c) => void c.workbook.worksheets.getItem(SHEET.state).getRange(`D${from}:E${to}`).clear("Contents") });
  }
  return { ops, count: rows.length, index: new Map(rows.map(([id, digest], at) => [id, { at, digest }])) };
}

function queueSetup(context: Excel.RequestContext, change: WorkbookChange, known: KnownLayout): void {
  const sheets = context.workbook.worksheets;
  known.password = change.setup!.password;
  known.logRows = 0;
  known.digestCount = 0;
  known.digests = new Map();
  const debtors = sheets.add(SHEET.debtors);
  const header = debtors.getRange(`A1:${columnLetter(DEBTOR_HEADERS.length - 1)}1`);
  header.values = [[...DEBTOR_HEADERS]];
  debtors.getRange(`A:${columnLetter(DEBTOR_HEADERS.length - 1)}`).numberFormat = [["@"]];
  const debtorTable = debtors.tables.add(`A1:${columnLetter(DEBTOR_HEADERS.length - 1)}1`, true);
  debtorTable.name = TABLE.debtors;
  debtors.freezePanes.freezeRows(1);
  const clients = sheets.add(SHEET.clients);
  clients.getRange("A1:E1").values = [["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"]];
  clients.getRange("A:E").numberFormat = [["@"]];
  const log = sheets.add(SHEET.log);
  log.getRange(`A1:${columnLetter(LOG_HEADERS.length - 1)}1`).values = [[...LOG_HEADERS]];
  const logTable = log.tables.add(`A1:${columnLetter(LOG_HEADERS.length - 1)}1`, true);
  logTable.name = TABLE.log;
  queueLogSheetLayout(log, logTable);
  known.logLayout = LOG_HEADERS;
  const state = sheets.add(SHEET.state);
  const values = initialStateValues(change.setup!.config, { nr: 0, hash: "0".repeat(64) }, known.password);
  const fixed = state.getRange(`A1:B${values.length}`);
  fixed.numberFormat = values.map(() => ["@", "@"]);
  fixed.values = values;
  state.getRange("D1:E1").values = [["Rij-ID", "Digest"]];
  state.visibility = "VeryHidden" as Excel.SheetVisibility;
  known.debtors = {
    headers: [...DEBTOR_HEADERS],
    map: {
      headers: [...DEBTOR_HEADERS],
      fields: { dossiernummer: 0, voornaam: 1, achternaam: 2, rijksregisternummer: 3, straat: 4, huisnummer: 5 },
      addIn: { status: 6, match: 7, rijId: 8 },
    } as HeaderMap,
    rows: [],
    bodyRows: 0,
    columnCount: DEBTOR_HEADERS.length,
  };
}

async function loadProtection(context: Excel.RequestContext, names: readonly string[], step = "Beveiliging nagaan"): Promise<ProtectionState> {
  try {
    return await readProtection(context, names);
  } catch (e) {
    throw new WorkbookError(step, e);
  }
}

async function sync(context: Excel.RequestContext, step: string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw new WorkbookError(step, e);
  }
}

/** After a failed write: put protection back (a fresh batch; the failed one may have stopped halfway). */
async function restoreProtection(context: Excel.RequestContext, known: KnownLayout, role: Role, debtorsToo: boolean, structureToo: boolean): Promise<void> {
  if (!known.password) return;
  const sheets = context.workbook.worksheets;
  const now = await loadProtection(context, [SHEET.state, SHEET.log, SHEET.debtors], "Beveiliging nagaan na een mislukte schrijfactie");
  if (structureToo && !now.structure) context.workbook.protection.protect(known.password);
  for (const name of [SHEET.state, SHEET.log]) {
    if (now.sheets.has(name)) queueLockedSheet(sheets.getItem(name), known.password, now.sheets.get(name));
  }
  if (debtorsToo && known.debtors && now.sheets.has(SHEET.debtors)) {
    queueDebtorProtection(sheets.getItem(SHEET.debtors), known.debtors.map, role, known.debtors.columnCount, known.password, now.sheets.get(SHEET.debtors)!, known.mode ?? "rust");
  }
  try {
    await context.sync();
  } catch (e) {
    throw new WorkbookError("Beveiliging herstellen na een mislukte schrijfactie", e);
  }
}

/** Rows per read-back request: Nr + 64-character hash ≈ 80 bytes a row, well under the 5 MB response limit. */
const CONFIRM_ROWS = 30_000;

/** Reads back the log rows and head just written; a mismatch is reported, never ignored. */
async function confirm(context: Excel.RequestContext, change: WorkbookChange, known: KnownLayout): Promise<void> {
  if (change.log.length === 0) return;
  const log = context.workbook.worksheets.getItem(SHEET.log);
  const firstRow = 1 + known.logRows - change.log.length;
  const head = context.workbook.worksheets.getItem(SHEET.state).getRange(`B${STATE_CELL.head}`);
  head.load("values");
  for (let start = 0; start < change.log.length; start += CONFIRM_ROWS) {
    const count = Math.min(CONFIRM_ROWS, change.log.length - start);
    const nrs = log.getRangeByIndexes(firstRow + start, known.logLayout.indexOf("Nr"), count, 1);
    const hashes = log.getRangeByIndexes(firstRow + start, known.logLayout.indexOf("Hash"), count, 1);
    nrs.load("values");
    hashes.load("values");
    await sync(context, "Controle na schrijven");
    for (let i = 0; i < count; i++) {
      const e = change.log[start + i];
      if (Number(nrs.values[i][0]) !== e.nr || String(hashes.values[i][0]) !== e.hash) {
        throw new WorkbookError("Controle na schrijven", new Error(`logrij ${e.nr} werd niet bewaard zoals geschreven`));
      }
    }
  }
  if (String(head.values[0][0]) !== headText(change.head)) {
    throw new WorkbookError("Controle na schrijven", new Error("de logboek-kop werd niet bewaard zoals geschreven"));
  }
}
