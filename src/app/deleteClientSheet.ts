// Use case: after comparing, the debtor team deletes the OCMW-cliënten sheet (data minimisation), logged.
import { LOG_ACTION } from "../domain/log";
import { SHEET } from "../domain/layout";
import { err, ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";

export async function deleteClientSheet(deps: AppDeps, session: Session): Promise<Result<void, AppProblem>> {
  const permitted = allowed(session, "clientenlijst-importeren");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  if (!(await deps.workbook.readClientSheet())) return err({ code: "geen-clientenlijst" });
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.bladVerwijderd, veld: "blad", oudeWaarde: SHEET.clients, nieuweWaarde: "verwijderd na vergelijking" })], { deleteClientSheet: true });
  return ok(undefined);
}
