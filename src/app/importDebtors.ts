// Use case: the debtor team imports debtors from a file or pasted sheet — previewed, refused whole on bad input, logged.
// A dossier already in the workbook is corrected in place, which re-opens its comparison (corrections.ts).
import type { Cell, ListProblem } from "../domain/lists";
import { readDebtorRows } from "../domain/lists";
import { LOG_ACTION } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import { CANONICAL_HEADERS, mapHeaders, type FieldKey } from "../domain/headers";
import type { LogDraft } from "../domain/log";
import { dataQualityMessage, debtorDataQuality } from "../domain/matching";
import { debtorDataOf, rowIdFrom, type DebtorData, type RowId } from "../domain/records";
import { aboutDebtor, rowDigest } from "../domain/rowDigest";
import { STATUS, type Status } from "../domain/status";
import { commit, draft } from "./commit";
import type { DebtorRow, DebtorTable } from "../ports/workbook";
import { correctedFields, correctionOf } from "./corrections";
import type { AppDeps, Session } from "./deps";
import { allowed, readDebtorTable, stateWithinPeriod } from "./guards";
import type { AppProblem } from "./problems";
import { nextRowIds } from "./rowIds";

export interface DebtorList {
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** File or sheet name, for the log. */
  readonly source: string;
}

export interface ImportPreview {
  readonly records: readonly DebtorData[];
  readonly problems: readonly ListProblem[];
  /** Dossier numbers that are already in the workbook (a single match is corrected in place; reported). */
  readonly alreadyPresent: readonly string[];
  /** Which column of the file holds which protocol field, in the file's order. */
  readonly mapping: readonly { readonly kolom: string; readonly gegeven: string }[];
  /** The data-quality findings known before comparing (invalid numbers, duplicates, …), in Dutch. */
  readonly quality: readonly string[];
}

export async function previewDebtorImport(deps: AppDeps, session: Session, list: DebtorList): Promise<Result<ImportPreview, AppProblem>> {
  const permitted = allowed(session, "debiteuren-importeren");
  if (!permitted.ok) return permitted;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  return buildPreview(list, table.value);
}

function buildPreview(list: DebtorList, table: DebtorTable): Result<ImportPreview, AppProblem> {
  const read = readDebtorRows(list.headers, list.rows);
  if (!read.ok) return err({ ...read.error, list: "debiteuren" });
  if (read.value.records.length === 0) return err({ code: "lege-lijst", list: "debiteuren", source: list.source });
  const existing = new Set(table.rows.map((r) => r.record.dossiernummer));
  const alreadyPresent = [...new Set(read.value.records.map((r) => r.dossiernummer).filter((d) => existing.has(d)))];
  const records = read.value.records.map(debtorDataOf);
  return ok({ records, problems: read.value.problems, alreadyPresent, mapping: mappingOf(list.headers), quality: qualityOf(records) });
}

function mappingOf(headers: readonly Cell[]): ImportPreview["mapping"] {
  const map = mapHeaders(headers, "debiteuren");
  if (!map.ok) return [];
  const columns = [...Object.entries(map.value.fields), ...Object.entries(map.value.addIn)] as [keyof typeof CANONICAL_HEADERS, number][];
  return columns.sort((a, b) => a[1] - b[1]).map(([key, index]) => ({ kolom: map.value.headers[index], gegeven: CANONICAL_HEADERS[key] }));
}

/** The file's rows as the comparison will see them (row ids by position: the findings name dossiers, not ids). */
function qualityOf(records: readonly DebtorData[]): string[] {
  const asRows = records.map((r, i) => ({ ...r, rowId: rowIdFrom(`B${i}`), status: STATUS.notCompared, match: "" }));
  return debtorDataQuality(asRows).map(dataQualityMessage);
}

export interface ImportReport {
  /** Rows appended. */
  readonly imported: number;
  /** Rows already in the workbook (same dossier number, once on each side) whose data the import corrected. */
  readonly updated: number;
  /** Rows already in the workbook with the same data: left as they are. */
  readonly unchanged: number;
}

export async function importDebtors(deps: AppDeps, session: Session, list: DebtorList): Promise<Result<ImportReport, AppProblem>> {
  const state = await stateWithinPeriod(deps, session, "debiteuren-importeren");
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const preview = buildPreview(list, table.value);
  if (!preview.ok) return preview;

  const { fresh, updates } = splitByDossier(preview.value.records, table.value);
  const corrected = correctRows(session, table.value, updates);
  const ids = nextRowIds(table.value.rows.map((r) => r.record.rowId), fresh.length);
  const rows = fresh.map((r, i) => ({ ...r, rowId: ids[i], status: STATUS.notCompared, match: "" }));
  const digests = corrected.digests;
  for (const r of rows) digests.set(r.rowId, rowDigest(r));
  const drafts = [...corrected.drafts];
  if (rows.length > 0) {
    const range = rows.length === 1 ? ids[0] : `${ids[0]}–${ids[ids.length - 1]}`;
    drafts.unshift(draft(session, { actie: LOG_ACTION.import, veld: "debiteuren", nieuweWaarde: `${rows.length} debiteur(en) uit ${list.source} (${range})` }));
  }
  const unchanged = updates.length - corrected.updated;
  if (drafts.length === 0 || unchanged > 0) {
    drafts.push(draft(session, { actie: LOG_ACTION.import, veld: "debiteuren", nieuweWaarde: `${unchanged} debiteur(en) uit ${list.source} al in de werkmap, ongewijzigd` }));
  }
  await commit(deps, session, state.value, drafts, { appendDebtors: rows, digestUpdates: digests, debtorCells: corrected.cells, statuses: corrected.statuses });
  return ok({ imported: rows.length, updated: corrected.updated, unchanged });
}

type Update = { readonly row: DebtorRow; readonly data: DebtorData };

/**
 * A dossier number found once in the import and once in the workbook is that row again (a re-import): its data is
 * corrected in place. Anything else (new, or ambiguous: the number twice on either side) is appended, as before.
 */
function splitByDossier(records: readonly DebtorData[], table: DebtorTable): { fresh: DebtorData[]; updates: Update[] } {
  const key = (d: string) => d.trim();
  /** Dossier number → its only row, or null when several rows have it. */
  const existing = new Map<string, DebtorRow | null>();
  for (const row of table.rows) {
    const k = key(row.record.dossiernummer);
    if (k) existing.set(k, existing.has(k) ? null : row);
  }
  const inImport = new Map<string, number>();
  for (const r of records) inImport.set(key(r.dossiernummer), (inImport.get(key(r.dossiernummer)) ?? 0) + 1);
  const fresh: DebtorData[] = [];
  const updates: Update[] = [];
  for (const data of records) {
    const row = existing.get(key(data.dossiernummer));
    if (row && inImport.get(key(data.dossiernummer)) === 1) updates.push({ row, data });
    else fresh.push(data);
  }
  return { fresh, updates };
}

const FIELD_COLUMNS: readonly (keyof DebtorData & FieldKey)[] = ["voornaam", "achternaam", "rijksregisternummer", "straat", "huisnummer"];

/** The corrected cells, the re-opened comparisons (corrections.ts) and their log rows. */
function correctRows(session: Session, table: DebtorTable, updates: readonly Update[]) {
  const cells: { index: number; column: number; value: string }[] = [];
  const statuses: { rowId: RowId; status: Status; match: string }[] = [];
  const drafts: LogDraft[] = [];
  const digests = new Map<string, string>();
  let updated = 0;
  for (const { row, data } of updates) {
    const { record } = row;
    const fields = correctedFields(record, data);
    if (fields.length === 0) continue;
    updated++;
    const over = aboutDebtor(record.dossiernummer, record.rowId);
    for (const f of FIELD_COLUMNS) {
      const column = table.map.fields[f];
      if (column === undefined || record[f].trim() === data[f].trim()) continue;
      cells.push({ index: row.index, column, value: data[f] });
      drafts.push(draft(session, { actie: LOG_ACTION.import, over, veld: CANONICAL_HEADERS[f], oudeWaarde: record[f], nieuweWaarde: data[f] }));
    }
    const correction = correctionOf(record, fields, over);
    const status = correction?.status ?? record.status;
    if (correction) {
      statuses.push({ rowId: record.rowId, status, match: correction.match });
      drafts.push(draft(session, correction.entry));
    }
    digests.set(record.rowId, rowDigest({ ...record, ...data, dossiernummer: record.dossiernummer, status }));
  }
  return { cells, statuses, drafts, digests, updated };
}
