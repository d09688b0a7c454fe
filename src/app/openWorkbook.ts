// Use case: what the task pane runs right after the session starts — reconcile the log with the sheet, then find the
// edits made while the add-in was not running. Returns what the banners show.
import { ok, type Result } from "../domain/result";
import type { AppDeps, Session } from "./deps";
import { detectOutsideChanges } from "./detectOutsideChanges";
import type { AppProblem } from "./problems";
import { reconcile, type Repair } from "./reconcile";

export interface OpenReport {
  /** Rows changed, added or removed while the add-in was not running (now logged). */
  readonly outsideChanges: number;
  readonly repairs: readonly Repair[];
  /** Loud problems (a deleted, renamed or broken log; a missing sheet). */
  readonly problems: readonly AppProblem[];
  /** False: the log cannot be trusted or reached, and the task pane must not offer anything that writes. */
  readonly logUsable: boolean;
}

export async function openWorkbook(deps: AppDeps, session: Session): Promise<Result<OpenReport, AppProblem>> {
  const reconciled = await reconcile(deps, session);
  if (!reconciled.ok) return reconciled;
  const { repairs, problems, logUsable, log } = reconciled.value;
  if (!logUsable || problems.length > 0) return ok({ outsideChanges: 0, repairs, problems, logUsable });
  const outside = await detectOutsideChanges(deps, session, { log });
  if (!outside.ok) return ok({ outsideChanges: 0, repairs, problems: [outside.error], logUsable });
  return ok({ outsideChanges: outside.value.rows, repairs, problems, logUsable });
}
