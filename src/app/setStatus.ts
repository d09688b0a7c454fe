// Use case: a social worker confirms/rejects a possible match, sets/reverts "invorderingsprocedure voortzetten", or
// decides again on a row flagged "nieuwe aanwijzing – te beoordelen" (which clears the flag).
import { LOG_ACTION, statusField } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import type { RowId } from "../domain/records";
import { aboutDebtor, rowDigest } from "../domain/rowDigest";
import { decisionMatchText, isFlagged } from "../domain/recomparison";
import { checkTransition, STATUS, type Status } from "../domain/status";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

/** Veld of the decision that clears a flag (the Logboek says she reviewed the new indication). */
export const REVIEWED = "nieuwe aanwijzing beoordeeld";

export async function setStatus(deps: AppDeps, session: Session, input: { rowId: RowId; to: Status }): Promise<Result<{ from: Status; to: Status }, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const row = table.value.rows.find((r) => r.record.rowId === input.rowId);
  if (!row) return err({ code: "rij-niet-gevonden", rowId: input.rowId });
  const from = row.record.status;
  const flagged = isFlagged(row.record.match);
  const transition = checkTransition(from, input.to, session.rol, flagged);
  if (!transition.ok) return transition;
  const permitted = allowed(session, from === STATUS.possibleMatch || flagged ? "match-beoordelen" : "invordering-voortzetten");
  if (!permitted.ok) return permitted;

  const match = decisionMatchText(from, input.to, row.record.match);
  const digests = new Map<string, string>();
  digests.set(input.rowId, rowDigest({ ...row.record, status: input.to }));
  await commit(
    deps,
    session,
    state.value,
    [draft(session, { actie: LOG_ACTION.statusGewijzigd, over: aboutDebtor(row.record.dossiernummer, input.rowId), veld: statusField(flagged ? REVIEWED : undefined), oudeWaarde: from, nieuweWaarde: input.to })],
    { statuses: [{ rowId: input.rowId, status: input.to, match }], digestUpdates: digests },
  );
  return ok({ from, to: input.to });
}
