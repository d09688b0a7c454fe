// Use case (debtor team): take a staff member off the member list; logged with before and after.
import { err, type Result } from "../domain/result";
import { ROLE_LABEL } from "../domain/roles";
import type { ProtocolConfig } from "../domain/protocol";
import { NOT_A_MEMBER } from "./addMember";
import type { AppDeps, Session } from "./deps";
import type { AppProblem } from "./problems";
import { memberKey, saveSettings, settingsState } from "./settingsChange";

export async function removeMember(deps: AppDeps, session: Session, input: { email: string }): Promise<Result<ProtocolConfig, AppProblem>> {
  const state = await settingsState(deps, session);
  if (!state.ok) return state;
  const config = state.value.config;
  const member = config.leden.find((l) => memberKey(l.email) === memberKey(input.email));
  if (!member) return err({ code: "lid-niet-gevonden", email: input.email.trim() });
  const next = { ...config, leden: config.leden.filter((l) => l !== member) };
  return saveSettings(deps, session, state.value, next, [{ field: `lid ${member.email}`, before: ROLE_LABEL[member.rol], after: NOT_A_MEMBER }]);
}
