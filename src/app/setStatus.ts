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

export async function setStatus(deps: AppDeps, session: Session, input: { rowId: RowId; to: Status }): Promise<Result<{ from: Status; to: Status }, AppProblem>> {
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
    [draft(session, { actie: LOG_ACTION.statusGewijzigd, over: aboutDebtor(row.record.dossiernummer, input.rowId), veld: "Status", oudeWaarde: from, nieuweWaarde: input.to })],
    { statuses: [{ rowId: input.rowId, status: input.to, match }], digestUpdates: digests },
  );
  return ok({ from, to: input.to });
}
