// Use case (debtor team): give a member another role; logged with before and after.
import { err, type Result } from "../domain/result";
import { ROLE_LABEL, type Role } from "../domain/roles";
import type { ProtocolConfig } from "../domain/protocol";
import type { AppDeps, Session } from "./deps";
import type { AppProblem } from "./problems";
import { memberKey, saveSettings, settingsState } from "./settingsChange";

export async function changeMemberRole(deps: AppDeps, session: Session, input: { email: string; rol: Role }): Promise<Result<ProtocolConfig, AppProblem>> {
  const state = await settingsState(deps, session);
  if (!state.ok) return state;
  const config = state.value.config;
  const member = config.leden.find((l) => memberKey(l.email) === memberKey(input.email));
  if (!member) return err({ code: "lid-niet-gevonden", email: input.email.trim() });
  if (member.rol === input.rol) return err({ code: "niets-gewijzigd" });
  const next = { ...config, leden: config.leden.map((l) => (l === member ? { ...l, rol: input.rol } : l)) };
  return saveSettings(deps, session, state.value, next, [{ field: `lid ${member.email}`, before: ROLE_LABEL[member.rol], after: ROLE_LABEL[input.rol] }]);
}
