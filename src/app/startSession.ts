// Use case: who, in which role and why — checked (member list or role code) and logged before any data is shown.
// Repeated wrong role codes make the next attempt wait (src/domain/roleCodeThrottle.ts); every attempt is logged.
import { LOG_ACTION } from "../domain/log";
import { roleForMember, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { checkRoleCode } from "../domain/roleCode";
import { afterFailure, NO_FAILURES, secondsToWait, type RoleCodeAttempts } from "../domain/roleCodeThrottle";
import { ROLE_LABEL, type Role } from "../domain/roles";
import type { SignedInUser } from "../ports/identity";
import type { StoredState, WorkbookPort } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { durationText, type AppProblem } from "./problems";
import { verifyWorkbook } from "./verifyWorkbook";

export interface StartSessionInput {
  readonly user: SignedInUser;
  readonly role: Role;
  readonly roleCode?: string;
  readonly purpose: string;
  readonly origin?: Session["bron"];
}

/** Whether this user needs a role code for this role (not on the member list with a Microsoft 365 identity). */
export function needsRoleCode(config: ProtocolConfig, user: SignedInUser, role: Role): boolean {
  return !(user.source === "Microsoft 365-account" && roleForMember(config, user.name) === role);
}

/** One record of wrong codes per workbook adapter (one per add-in runtime) unless the caller keeps its own. */
const attemptsPerWorkbook = new WeakMap<WorkbookPort, { current: RoleCodeAttempts }>();

function attemptsOf(deps: AppDeps): { current: RoleCodeAttempts } {
  if (deps.roleCodeAttempts) return deps.roleCodeAttempts;
  let box = attemptsPerWorkbook.get(deps.workbook);
  if (!box) attemptsPerWorkbook.set(deps.workbook, (box = { current: NO_FAILURES }));
  return box;
}

/** Member list, or the role code — refused unchecked while the waiting time after repeated wrong codes runs. */
async function checkRole(deps: AppDeps, state: StoredState, user: SignedInUser, role: Role, roleCode: string | undefined): Promise<Result<void, AppProblem>> {
  if (!needsRoleCode(state.config, user, role)) return ok(undefined);
  const stored = state.config.rolcodes[role];
  if (!stored) return err({ code: "rolcode-niet-ingesteld", role });
  if (!roleCode) return err({ code: "rolcode-ontbreekt", role });
  const attempts = attemptsOf(deps);
  const now = deps.clock.now().getTime();
  const wait = secondsToWait(attempts.current, now);
  if (wait > 0) return err({ code: "rolcode-wachttijd", role, failures: attempts.current.failures, waitSeconds: wait });
  if (await checkRoleCode(roleCode, stored, deps.crypto)) {
    attempts.current = NO_FAILURES;
    return ok(undefined);
  }
  attempts.current = afterFailure(attempts.current, now);
  const next = secondsToWait(attempts.current, now);
  return err({ code: "rolcode-fout", role, failures: attempts.current.failures, ...(next > 0 ? { waitSeconds: next } : {}) });
}

/** Why a role code was refused, for the log (never the code typed). */
function refusal(problem: AppProblem): string | undefined {
  if (problem.code === "rolcode-fout") {
    return `rolcode fout (${problem.failures} keer na elkaar)${problem.waitSeconds ? `; wachttijd ${durationText(problem.waitSeconds)}` : ""}`;
  }
  if (problem.code === "rolcode-wachttijd") return `rolcode niet nagekeken: wachttijd na ${problem.failures} foute rolcodes loopt nog ${durationText(problem.waitSeconds)}`;
  return undefined;
}

export async function startSession(deps: AppDeps, input: StartSessionInput): Promise<Result<Session, AppProblem>> {
  const name = input.user.name.trim();
  if (!name) return err({ code: "gebruiker-ontbreekt" });
  const purpose = input.purpose.trim();
  if (!purpose) return err({ code: "doel-ontbreekt" });
  const state = await deps.workbook.readState();
  if (!state.ok) return state;

  const session: Session = { gebruiker: name, identiteit: input.user.source, rol: input.role, doel: purpose, bron: input.origin ?? "taakvenster" };
  const checked = await checkRole(deps, state.value, input.user, input.role, input.roleCode);
  if (!checked.ok) {
    const why = refusal(checked.error);
    if (why) await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.geweigerd, veld: "rol", nieuweWaarde: `toegang als ${ROLE_LABEL[input.role]} geweigerd: ${why}` })], {});
    return checked;
  }
  try {
    await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.toegang, veld: "rol", nieuweWaarde: ROLE_LABEL[input.role] })], {});
  } catch (e) {
    // The access row could not be written. When the workbook itself was tampered with (e.g. its protection password
    // changed behind the add-in's back), say so plainly instead of an unexpected error; other failures stay errors.
    const broken = await breakBehind(deps, state.value);
    if (broken) return err(broken);
    throw e;
  }
  return ok(session);
}

/** The break that explains a failed write, if verification finds one (read only after a failure: opening stays cheap). */
async function breakBehind(deps: AppDeps, state: StoredState): Promise<AppProblem | undefined> {
  const report = await verifyWorkbook(deps, state, await deps.workbook.readLog());
  return report.ok ? undefined : { code: "logboek-gebroken", breakKind: report.breakKind, nr: report.nr, detail: report.detail };
}

export async function switchRole(deps: AppDeps, session: Session, input: { role: Role; roleCode?: string; user: SignedInUser }): Promise<Result<Session, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const checked = await checkRole(deps, state.value, input.user, input.role, input.roleCode);
  if (!checked.ok) {
    const why = refusal(checked.error);
    if (why) {
      await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.geweigerd, veld: "rol", oudeWaarde: ROLE_LABEL[session.rol], nieuweWaarde: `rolwissel naar ${ROLE_LABEL[input.role]} geweigerd: ${why}` })], {});
    }
    return checked;
  }
  const next: Session = { ...session, rol: input.role };
  await commit(deps, next, state.value, [draft(next, { actie: LOG_ACTION.rolwissel, veld: "rol", oudeWaarde: ROLE_LABEL[session.rol], nieuweWaarde: ROLE_LABEL[input.role] })], {});
  return ok(next);
}
