// Use case: the debtor team imports debtors from a file or pasted sheet — previewed, refused whole on bad input, logged.
import type { Cell, ListProblem } from "../domain/lists";
import { readDebtorRows } from "../domain/lists";
import { LOG_ACTION } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import { debtorDataOf, rowIdFrom, type DebtorData } from "../domain/records";
import { CANONICAL_HEADERS, mapHeaders } from "../domain/headers";
import { dataQualityMessage, debtorDataQuality } from "../domain/matching";
import { rowDigest } from "../domain/rowDigest";
import { STATUS } from "../domain/status";
import { commit, draft } from "./commit";
import type { DebtorTable } from "../ports/workbook";
import type { AppDeps, Session } from "./deps";
import { allowed, readDebtorTable, stateWithinPeriod } from "./guards";
import type { AppProblem } from "./problems";
import { nextRowIds } from "./rowIds";

export interface DebtorList {
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** File or sheet name, for the log. */
  readonly bron: string;
}

export interface ImportPreview {
  readonly records: readonly DebtorData[];
  readonly problems: readonly ListProblem[];
  /** Dossier numbers that are already in the workbook (imported anyway; reported). */
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
  if (read.value.records.length === 0) return err({ code: "lege-lijst", list: "debiteuren" });
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

export async function importDebtors(deps: AppDeps, session: Session, list: DebtorList): Promise<Result<{ imported: number }, AppProblem>> {
  const state = await stateWithinPeriod(deps, session, "debiteuren-importeren");
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const preview = buildPreview(list, table.value);
  if (!preview.ok) return preview;

  const ids = nextRowIds(table.value.rows.map((r) => r.record.rowId), preview.value.records.length);
  const rows = preview.value.records.map((r, i) => ({ ...r, rowId: ids[i], status: STATUS.notCompared, match: "" }));
  const digests = new Map<string, string>();
  for (const r of rows) digests.set(r.rowId, rowDigest(r));
  const range = rows.length === 1 ? ids[0] : `${ids[0]}–${ids[ids.length - 1]}`;
  await commit(
    deps,
    session,
    state.value,
    [draft(session, { actie: LOG_ACTION.import, veld: "debiteuren", nieuweWaarde: `${rows.length} debiteur(en) uit ${list.bron} (${range})` })],
    { appendDebtors: rows, digestUpdates: digests },
  );
  return ok({ imported: rows.length });
}
