// Use case: the debtor team's explicit edit mode ("bewerken"). Its data columns are unlocked only while the mode is on,
// and locked again when it ends, on a role switch, after idle time, and on the next open (logOpening). Each step is
// logged. Other roles work through the task pane: they have no edit mode (PRODUCT.md "Locked at rest").
import { LOG_ACTION } from "../domain/log";
import { ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";

/** Why the edit mode ended. */
export type EditModeEnd = "beëindigd" | "rolwissel" | "inactiviteit";

/** Minutes without activity in the pane or grid after which the edit mode ends by itself. */
export const EDIT_IDLE_MINUTES = 15;

export async function startEditMode(deps: AppDeps, session: Session): Promise<Result<void, AppProblem>> {
  const permitted = allowed(session, "debiteurgegevens-wijzigen");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.bewerken, veld: "gegevenskolommen", nieuweWaarde: "ontgrendeld" })], {});
  await deps.workbook.protectFor(session.rol, "bewerken");
  return ok(undefined);
}

/** Locks first, then logs: a failure to log never leaves the columns open. */
export async function endEditMode(deps: AppDeps, session: Session, reason: EditModeEnd): Promise<Result<void, AppProblem>> {
  await deps.workbook.protectFor(session.rol, "rust");
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.bewerken, veld: "gegevenskolommen", oudeWaarde: "ontgrendeld", nieuweWaarde: `vergrendeld (${reason})` })], {});
  return ok(undefined);
}
