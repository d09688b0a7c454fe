// Use case: who, in which role and why — checked (member list or role code) and logged before any data is shown.
import { LOG_ACTION } from "../domain/log";
import { roleForMember, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { checkRoleCode } from "../domain/roleCode";
import { ROLE_LABEL, type Role } from "../domain/roles";
import type { SignedInUser } from "../ports/identity";
import type { StoredState } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import type { AppProblem } from "./problems";

export interface StartSessionInput {
  readonly user: SignedInUser;
  readonly role: Role;
  readonly roleCode?: string;
  readonly purpose: string;
  readonly bron?: Session["bron"];
}

/** Whether this user needs a role code for this role (not on the member list with a Microsoft 365 identity). */
export function needsRoleCode(config: ProtocolConfig, user: SignedInUser, role: Role): boolean {
  return !(user.source === "Microsoft 365-account" && roleForMember(config, user.name) === role);
}

async function checkRole(deps: AppDeps, state: StoredState, user: SignedInUser, role: Role, roleCode: string | undefined): Promise<Result<void, AppProblem>> {
  if (!needsRoleCode(state.config, user, role)) return ok(undefined);
  const stored = state.config.rolcodes[role];
  if (!stored) return err({ code: "rolcode-niet-ingesteld", role });
  if (!roleCode || !(await checkRoleCode(roleCode, stored, deps.crypto))) return err({ code: "rolcode-fout", role });
  return ok(undefined);
}

export async function startSession(deps: AppDeps, input: StartSessionInput): Promise<Result<Session, AppProblem>> {
  const name = input.user.name.trim();
  if (!name) return err({ code: "gebruiker-ontbreekt" });
  const purpose = input.purpose.trim();
  if (!purpose) return err({ code: "doel-ontbreekt" });
  const state = await deps.workbook.readState();
  if (!state.ok) return state;

  const session: Session = { gebruiker: name, identiteit: input.user.source, rol: input.role, doel: purpose, bron: input.bron ?? "taakvenster" };
  const checked = await checkRole(deps, state.value, input.user, input.role, input.roleCode);
  if (!checked.ok) {
    if (checked.error.code === "rolcode-fout") {
      await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.geweigerd, veld: "rol", nieuweWaarde: `toegang als ${ROLE_LABEL[input.role]} geweigerd: rolcode fout` })], {});
    }
    return checked;
  }
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.toegang, veld: "rol", nieuweWaarde: ROLE_LABEL[input.role] })], {});
  return ok(session);
}

export async function switchRole(deps: AppDeps, session: Session, input: { role: Role; roleCode?: string; user: SignedInUser }): Promise<Result<Session, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const checked = await checkRole(deps, state.value, input.user, input.role, input.roleCode);
  if (!checked.ok) {
    if (checked.error.code === "rolcode-fout") {
      await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.geweigerd, veld: "rol", oudeWaarde: ROLE_LABEL[session.rol], nieuweWaarde: `rolwissel naar ${ROLE_LABEL[input.role]} geweigerd: rolcode fout` })], {});
    }
    return checked;
  }
  const next: Session = { ...session, rol: input.role };
  await commit(deps, next, state.value, [draft(next, { actie: LOG_ACTION.rolwissel, veld: "rol", oudeWaarde: ROLE_LABEL[session.rol], nieuweWaarde: ROLE_LABEL[input.role] })], {});
  return ok(next);
}
