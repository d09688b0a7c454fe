// Use case (debtor team): a new role code for a role, e.g. after a leak. Only a new salted slow hash is stored, so the
// old code stops working at once; the log says that the code changed, never the code. The new code is not compared
// with any stored code: that would let whoever sets codes test guesses at other roles' codes without waiting.
import type { ProtocolConfig } from "../domain/protocol";
import { err, type Result } from "../domain/result";
import { hashRoleCode, roleCodeProblem } from "../domain/roleCode";
import { ROLE_LABEL, type Role } from "../domain/roles";
import type { AppDeps, Session } from "./deps";
import type { AppProblem } from "./problems";
import { saveSettings, settingsState } from "./settingsChange";

export async function setRoleCode(deps: AppDeps, session: Session, input: { role: Role; code: string }): Promise<Result<ProtocolConfig, AppProblem>> {
  const state = await settingsState(deps, session);
  if (!state.ok) return state;
  const problem = roleCodeProblem(input.code);
  if (problem) return err({ code: "rolcode-ongeldig", role: input.role, detail: problem });
  const config = state.value.config;
  const had = config.rolcodes[input.role] !== undefined;
  const hash = await hashRoleCode(input.code, deps.crypto, deps.roleCodeIterations);
  const next = { ...config, rolcodes: { ...config.rolcodes, [input.role]: hash } };
  const label = ROLE_LABEL[input.role];
  return saveSettings(deps, session, state.value, next, [
    { field: "rolcode", before: had ? "vorige rolcode (werkt niet meer)" : "geen rolcode", after: `rolcode ${had ? "gewijzigd" : "ingesteld"} voor ${label}` },
  ]);
}
