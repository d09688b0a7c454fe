// Use case (on open): edits made while the add-in was not running — each row compared with its last-known digest,
// every difference logged with source "buiten add-in vastgesteld", then the digests re-baselined.
import { isSegmentStart, LOG_ACTION, statusField, type LogDraft, type LogEntry } from "../domain/log";
import { disagreements, loggedRows, type Disagreement } from "../domain/logAuthority";
import type { DebtorRecord, RowId } from "../domain/records";
import { ok, type Result } from "../domain/result";
import { aboutDebtor, rowDigest, rowIdFromAbout } from "../domain/rowDigest";
import { STATUS, type Status } from "../domain/status";
import type { DebtorRow } from "../ports/workbook";
import { commit, draft } from "./commit";
import { correctionOf } from "./corrections";
import type { AppDeps, Session } from "./deps";
import { readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";
import { nextRowIds } from "./rowIds";

export interface OutsideChanges {
  /** Rows found changed, added or removed (the banner's count). */
  readonly rows: number;
  readonly entries: readonly LogEntry[];
}

/** What a flag names as corrected when the add-in was not running (the digest does not say which field). */
const OUTSIDE_FIELDS = "buiten de add-in";

export { loggedStatuses } from "../domain/logAuthority";

/** Closing pseudonymises Over, so statuses before a segment start cannot be traced to rows any more. */
export function statusHistoryComplete(log: readonly LogEntry[]): boolean {
  return !log.some((e) => isSegmentStart(e));
}

export async function detectOutsideChanges(deps: AppDeps, session: Session, known: { log?: readonly LogEntry[] } = {}): Promise<Result<OutsideChanges, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const digests = new Map([...(await deps.workbook.readDigests())].filter(([, d]) => d !== ""));
  const log = known.log ?? (await deps.workbook.readLog());
  const logged = loggedRows(log);
  const complete = statusHistoryComplete(log);
  const outside: Session = { ...session, bron: "buiten add-in vastgesteld" };
  const drafts: LogDraft[] = [];
  const say = (over: string, veld: string, oudeWaarde: string, nieuweWaarde: string) =>
    drafts.push(draft(outside, { actie: LOG_ACTION.wijzigingBuitenAddin, over, veld, oudeWaarde, nieuweWaarde }));

  const { rows, assigned } = withUniqueIds(table.value.rows);
  const seen = new Set<string>();
  const reopened = new Map<string, { rowId: RowId; status: Status; match: string }>();
  let changedRows = 0;
  for (const { record } of rows) {
    seen.add(record.rowId);
    const digest = digests.get(record.rowId);
    const about = aboutDebtor(record.dossiernummer, record.rowId);
    const differs = digest === undefined || !complete ? [] : disagreements(record, logged);
    if (differs.length > 0) {
      // The log disagrees (dossier, status or a claimed decision): whatever the digest says, the row goes back to be compared.
      changedRows++;
      for (const d of differs) say(about, d.field, d.logged, d.sheet);
      const asLogged = { ...record, status: (logged.get(record.rowId)?.status ?? STATUS.notCompared) as Status };
      if (digest !== rowDigest(record) && digest !== rowDigest(asLogged)) say(about, "persoonsgegevens", "", "persoonsgegevens gewijzigd");
      const back = reopenedOf(differs);
      reopened.set(record.rowId, { rowId: record.rowId, status: back.status, match: back.match });
      drafts.push(draft(outside, { actie: LOG_ACTION.statusGewijzigd, over: about, veld: statusField(OUTSIDE_REASON), oudeWaarde: record.status, nieuweWaarde: back.status }));
      continue;
    }
    if (digest === rowDigest(record)) continue;
    changedRows++;
    const previous = (logged.get(record.rowId)?.status ?? STATUS.notCompared) as Status;
    if (digest === undefined) {
      say(about, "rij toegevoegd", "", dataSummary(record));
      if (record.status !== STATUS.notCompared) say(about, "Status", "", record.status);
      continue;
    }
    if (record.status !== previous) say(about, "Status", previous, record.status);
    // Only the status differs when the row with the logged status still has the stored digest.
    if (rowDigest({ ...record, status: previous }) === digest) continue;
    say(about, "persoonsgegevens", "", "persoonsgegevens gewijzigd");
    // The digest cannot tell which field changed: any change of the data re-opens the comparison (the safe side).
    const correction = correctionOf(record, [OUTSIDE_FIELDS], about);
    if (correction) {
      reopened.set(record.rowId, { rowId: record.rowId, status: correction.status, match: correction.match });
      drafts.push(draft(outside, correction.entry));
    }
  }
  const lastAbout = new Map(log.map((e) => [rowIdFromAbout(e.over) ?? "", e.over]));
  for (const id of digests.keys()) {
    if (seen.has(id)) continue;
    changedRows++;
    say(lastAbout.get(id) ?? aboutDebtor("", id), "rij verwijderd", "", "");
  }
  if (drafts.length === 0) return ok({ rows: 0, entries: [] });
  if (assigned.length > 0) {
    drafts.push(draft(outside, { actie: LOG_ACTION.rijIdToegekend, veld: "Rij-ID", nieuweWaarde: `${assigned.length} rij(en) zonder (eigen) Rij-ID: ${assigned[0].rowId}…` }));
  }
  const replaceDigests = new Map(rows.map(({ record }) => [record.rowId as string, rowDigest({ ...record, status: reopened.get(record.rowId)?.status ?? record.status })]));
  const entries = await commit(deps, outside, state.value, drafts, { assignRowIds: assigned, replaceDigests, statuses: [...reopened.values()] });
  return ok({ rows: changedRows, entries });
}

/** Why a row the log disagrees with is compared again (Veld "Status (…)" of its log row, and its Match text). */
export const OUTSIDE_REASON = "buiten de add-in gewijzigd; opnieuw te vergelijken";

/** A row the log disagrees with: "nog niet vergeleken" (collection waits), its Match naming what differed. */
function reopenedOf(differs: readonly Disagreement[]): { status: Status; match: string } {
  return { status: STATUS.notCompared, match: `${OUTSIDE_REASON} (${differs.map((d) => d.field).join(", ")} anders dan in het Logboek)` };
}

/** Rows without a Rij-ID, or with one another row already holds (a copied row), get a fresh one here. */
function withUniqueIds(rows: readonly DebtorRow[]): { rows: { index: number; record: DebtorRecord }[]; assigned: { index: number; rowId: RowId }[] } {
  const seen = new Set<string>();
  const needing: number[] = [];
  for (const r of rows) {
    if (!r.record.rowId || seen.has(r.record.rowId)) needing.push(r.index);
    else seen.add(r.record.rowId);
  }
  const fresh = nextRowIds(rows.map((r) => r.record.rowId), needing.length);
  const assigned = needing.map((index, i) => ({ index, rowId: fresh[i] }));
  const byIndex = new Map(assigned.map((a) => [a.index, a.rowId]));
  return { rows: rows.map((r) => ({ index: r.index, record: byIndex.has(r.index) ? { ...r.record, rowId: byIndex.get(r.index)! } : r.record })), assigned };
}

function dataSummary(r: DebtorRecord): string {
  return [r.dossiernummer, r.voornaam, r.achternaam, r.rijksregisternummer, [r.straat, r.huisnummer].filter(Boolean).join(" ")].filter(Boolean).join("; ");
}
