// Use case: a social worker confirms/rejects a possible match, or sets/reverts "invorderingsprocedure voortzetten".
import { LOG_ACTION } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import type { RowId } from "../domain/records";
import { aboutDebtor, rowDigest } from "../domain/rowDigest";
import { checkTransition, STATUS, type Status } from "../domain/status";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

/** The Match text a manual decision leaves behind, so the sheet shows who decided (the log says who exactly). */
export function decisionMatchText(from: Status, to: Status, previousMatch: string): string {
  if (from === STATUS.possibleMatch && to === STATUS.client) return `bevestigd door maatschappelijk werker (${previousMatch || "naam + adres"})`;
  if (from === STATUS.possibleMatch && to === STATUS.noClient) return `afgewezen door maatschappelijk werker (${previousMatch || "naam + adres"})`;
  return previousMatch;
}

/** The longest reason kept in the log; a longer one is cut (the field is for a short note, not a report). */
export const MAX_REASON_LENGTH = 300;

/**
 * The log's Doel for a decision: the session's purpose, plus the reason she gave (optional, trimmed, one line).
 * No new log column: the hashed canonical form stays as documented in docs/logging.md.
 */
export function decisionPurpose(doel: string, reden: string | undefined): string {
  const text = (reden ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_REASON_LENGTH);
  return text ? `${doel}; reden: ${text}` : doel;
}

export async function setStatus(deps: AppDeps, session: Session, input: { rowId: RowId; to: Status; reden?: string }): Promise<Result<{ from: Status; to: Status }, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const row = table.value.rows.find((r) => r.record.rowId === input.rowId);
  if (!row) return err({ code: "rij-niet-gevonden", rowId: input.rowId });
  const from = row.record.status;
  const transition = checkTransition(from, input.to, session.rol);
  if (!transition.ok) return transition;
  const permitted = allowed(session, from === STATUS.possibleMatch ? "match-beoordelen" : "invordering-voortzetten");
  if (!permitted.ok) return permitted;

  const match = decisionMatchText(from, input.to, row.record.match);
  const digests = new Map<string, string>();
  digests.set(input.rowId, rowDigest({ ...row.record, status: input.to }));
  await commit(
    deps,
    session,
    state.value,
    [draft({ ...session, doel: decisionPurpose(session.doel, input.reden) }, { actie: LOG_ACTION.statusGewijzigd, over: aboutDebtor(row.record.dossiernummer, input.rowId), veld: "Status", oudeWaarde: from, nieuweWaarde: input.to })],
    { statuses: [{ rowId: input.rowId, status: input.to, match }], digestUpdates: digests },
  );
  return ok({ from, to: input.to });
}
