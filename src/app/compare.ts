// Use case: Vergelijk — match the debtors against the OCMW client list (sheet or file read in memory) and record it.
import { readClientRows, type Cell } from "../domain/lists";
import { LOG_ACTION, statusField, type LogDraft } from "../domain/log";
import { compareDebtors, type ComparisonSummary, type DataQualityProblem, type Outcome } from "../domain/matching";
import { err, ok, type Result } from "../domain/result";
import type { DebtorRecord, RowId } from "../domain/records";
import type { Status } from "../domain/status";
import { aboutDebtor, rowDigest } from "../domain/rowDigest";
import { SHEET } from "../domain/layout";
import type { DebtorTable } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { readDebtorTable, stateWithinPeriod } from "./guards";
import type { AppProblem } from "./problems";
import { nextRowIds } from "./rowIds";
import { visibleProblems } from "./workerDossiers";

/** Where the client list comes from: the protocol-literal sheet, or a file read in memory only (never stored). */
export type ClientSource =
  | { readonly kind: "blad" }
  | { readonly kind: "bestand"; readonly fileName: string; readonly headers: readonly Cell[]; readonly rows: readonly (readonly Cell[])[] };

export interface CompareReport {
  readonly summary: ComparisonSummary;
  /** The data-quality notes the session's role may see (visibleProblems). */
  readonly problems: readonly DataQualityProblem[];
  /** Status changes written. */
  readonly changed: number;
  /** The client sheet exists and may now be deleted (the taskpane offers it). */
  readonly clientSheetPresent: boolean;
}

export async function compare(deps: AppDeps, session: Session, source: ClientSource): Promise<Result<CompareReport, AppProblem>> {
  const state = await stateWithinPeriod(deps, session, "vergelijken");
  if (!state.ok) return state;

  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const clientList = source.kind === "blad" ? await deps.workbook.readClientSheet() : source;
  if (!clientList) return err({ code: "geen-clientenlijst" });
  const clients = readClientRows(clientList.headers, clientList.rows);
  if (!clients.ok) return err({ ...clients.error, list: "clienten" });
  if (clients.value.records.length === 0) return err({ code: "lege-lijst", list: "clienten" });

  const { debtors, assigned } = withRowIds(table.value);
  if (debtors.length === 0) return err({ code: "lege-lijst", list: "debiteuren" });
  const comparison = compareDebtors(debtors, clients.value.records);

  const drafts: LogDraft[] = [
    draft(session, {
      actie: LOG_ACTION.vergelijking,
      // Veld names the field only; the file name is the user's text and goes into a value column (issue 15, 4).
      veld: "cliëntenlijst",
      oudeWaarde: source.kind === "blad" ? `blad ${SHEET.clients}` : `bestand ${source.fileName} (niet opgeslagen)`,
      nieuweWaarde: summaryText(comparison.summary),
    }),
  ];
  if (assigned.length > 0) {
    drafts.push(draft(session, { actie: LOG_ACTION.rijIdToegekend, veld: "Rij-ID", nieuweWaarde: `${assigned.length} rij(en): ${assigned[0].rowId}…` }));
  }
  const statuses: { rowId: RowId; status: Status; match: string }[] = [];
  const digests = new Map<string, string>();
  // Outcomes come in the debtors' order: no Map of 100,000 row ids needed to find a row's debtor.
  comparison.outcomes.forEach((o, i) => {
    const debtor = debtors[i];
    if (o.changed) statuses.push({ rowId: o.rowId, status: o.status, match: o.match });
    const entry = outcomeEntry(o, aboutDebtor(debtor.dossiernummer, o.rowId), debtor.match);
    if (entry) drafts.push(draft(session, entry));
    digests.set(o.rowId, rowDigest({ ...debtor, status: o.status }));
  });
  await commit(deps, session, state.value, drafts, {
    assignRowIds: assigned,
    statuses,
    digestUpdates: digests,
  });
  return ok({
    summary: comparison.summary,
    problems: visibleProblems(session.rol, comparison.problems),
    changed: statuses.length,
    clientSheetPresent: source.kind === "blad",
  });
}

/** The log row for one outcome: a status change, a flag, or a result kept although this list says otherwise. */
function outcomeEntry(o: Outcome, over: string, previousMatch: string): Parameters<typeof draft>[1] | undefined {
  if (o.flagged) return { actie: LOG_ACTION.nieuweAanwijzing, over, veld: `Match (${o.reason})`, oudeWaarde: previousMatch, nieuweWaarde: o.match };
  if (o.status !== o.previous) return { actie: LOG_ACTION.statusGewijzigd, over, veld: statusField(o.reason), oudeWaarde: o.previous, nieuweWaarde: o.status };
  if (o.kept) return { actie: LOG_ACTION.nietGewijzigd, over, veld: statusField(o.kept.reason), oudeWaarde: o.status, nieuweWaarde: o.proposed };
  return undefined;
}

/** Rows without a Rij-ID (pasted by hand) or with a copied one get a fresh id; the first holder keeps a duplicated id. */
function withRowIds(table: DebtorTable): { debtors: DebtorRecord[]; assigned: { index: number; rowId: RowId }[] } {
  const seen = new Set<string>();
  const needing: number[] = [];
  for (const row of table.rows) {
    const id = row.record.rowId as string;
    if (!id || seen.has(id)) needing.push(row.index);
    else seen.add(id);
  }
  const fresh = nextRowIds(table.rows.map((r) => r.record.rowId), needing.length);
  const assigned = needing.map((index, i) => ({ index, rowId: fresh[i] }));
  const byIndex = new Map(assigned.map((a) => [a.index, a.rowId]));
  const debtors = table.rows.map((r) => (byIndex.has(r.index) ? { ...r.record, rowId: byIndex.get(r.index)! } : r.record));
  return { debtors, assigned };
}

export function summaryText(s: ComparisonSummary): string {
  return [
    `${s.debtors} debiteuren, ${s.clients} cliënten`,
    `${s.exactMatches} cliënt OCMW op rijksregisternummer`,
    `${s.possibleMatches} mogelijke match(es)`,
    `${s.invalidNumbers} ongeldig(e) rijksregisternummer(s)`,
    `${s.newlyCompared} nieuw vergeleken, ${s.revised} herzien, ${s.flagged.length} gemarkeerd (nieuwe aanwijzing), ${s.differsOnRepeat} behouden ondanks andere uitkomst`,
    `${s.noLongerListed.length} niet meer in de nieuwe lijst (behouden; alleen de maatschappelijk werker beslist)`,
  ].join("; ");
}
