// Use case: the Logboek, newest last, for a role that may read it (the DPO); others get rol-niet-toegestaan.
import type { LogEntry } from "../domain/log";
import { ok, type Result } from "../domain/result";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";

export async function readLog(deps: AppDeps, session: Session): Promise<Result<readonly LogEntry[], AppProblem>> {
  const may = allowed(session, "logboek-lezen");
  if (!may.ok) return may;
  return ok(await deps.workbook.readLog());
}
