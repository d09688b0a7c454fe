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
    [draft({ ...session, doel: decisionPurpose(session.doel, input.reden) }, { actie: LOG_ACTION.statusGewijzigd, over: aboutDebtor(row.record.dossiernummer, input.rowId), veld: statusField(flagged ? REVIEWED : undefined), oudeWaarde: from, nieuweWaarde: input.to })],
    { statuses: [{ rowId: input.rowId, status: input.to, match }], digestUpdates: digests },
  );
  return ok({ from, to: input.to });
}
