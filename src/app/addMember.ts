// Use case (debtor team): put a staff member on the member list with a role; logged with before and after.
import { isEmail } from "../domain/protocol";
import { err, type Result } from "../domain/result";
import { ROLE_LABEL, type Role } from "../domain/roles";
import type { ProtocolConfig } from "../domain/protocol";
import type { AppDeps, Session } from "./deps";
import type { AppProblem } from "./problems";
import { memberKey, saveSettings, settingsState } from "./settingsChange";

export const NOT_A_MEMBER = "geen lid";

export async function addMember(deps: AppDeps, session: Session, input: { email: string; rol: Role }): Promise<Result<ProtocolConfig, AppProblem>> {
  const state = await settingsState(deps, session);
  if (!state.ok) return state;
  const email = input.email.trim();
  if (!isEmail(email)) return err({ code: "ongeldig-email", email });
  const config = state.value.config;
  const existing = config.leden.find((l) => memberKey(l.email) === memberKey(email));
  if (existing) return err({ code: "lid-bestaat-al", email: existing.email, role: existing.rol });
  const next = { ...config, leden: [...config.leden, { email, rol: input.rol }] };
  return saveSettings(deps, session, state.value, next, [{ field: `lid ${email}`, before: NOT_A_MEMBER, after: ROLE_LABEL[input.rol] }]);
}
