// Use case: Zelftest — IT runs the workbook-adapter contract checks against the Excel the add-in runs in
// (src/excel/selfTest.ts), sees pass/fail per point and the Excel version; the outcome is logged.
import { LOG_ACTION } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";
import type { SelfTestReport, SelfTestRunner } from "../ports/selfTest";

export type { SelfTestCheck, SelfTestReport, SelfTestRunner } from "../ports/selfTest";

/**
 * Runs the checks; logs the outcome when the workbook is set up (then a session is needed). In a workbook that is
 * not set up yet (IT trying an Excel build first) it runs without a log to write to.
 */
export async function runSelfTest(deps: AppDeps, session: Session | undefined, runner: SelfTestRunner): Promise<Result<SelfTestReport, AppProblem>> {
  if (session) {
    const permitted = allowed(session, "zelftest");
    if (!permitted.ok) return permitted;
  }
  const state = await deps.workbook.readState();
  if (!state.ok && state.error.code !== "niet-ingesteld") return state;
  if (state.ok && !session) return err({ code: "gebruiker-ontbreekt" });
  const report = await runner();
  if (state.ok && session) {
    const failed = report.checks.filter((c) => !c.passed && !c.notChecked).map((c) => c.name);
    const passed = report.checks.length - failed.length;
    await commit(deps, session, state.value, [
      draft(session, {
        actie: LOG_ACTION.zelftest,
        veld: report.excel,
        oudeWaarde: failed.length > 0 ? `mislukt: ${failed.join("; ")}` : "",
        nieuweWaarde: `${passed} van ${report.checks.length} controles geslaagd`,
      }),
    ], {});
  }
  return ok(report);
}
