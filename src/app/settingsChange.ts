// What every Instellingen use case shares: only the debtor team changes settings, never after the close; the new
// configuration is validated again and must leave the debtor team a way in; then one write with its log rows.
import { validateConfig, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import type { StoredState } from "../ports/workbook";
import { changeConfiguration, type ConfigurationEdit } from "./changeConfiguration";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";

/** The stored state, when this session may change the settings now. */
export async function settingsState(deps: AppDeps, session: Session): Promise<Result<StoredState, AppProblem>> {
  const permitted = allowed(session, "configuratie-wijzigen");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const closed = state.value.config.gesloten;
  return closed ? err({ code: "project-afgesloten", closedOn: closed }) : state;
}

/** Someone can still sign in as debtor team: a member with that role, or its role code. */
const teamReachable = (c: ProtocolConfig): boolean => c.rolcodes.debiteurenteam !== undefined || c.leden.some((l) => l.rol === "debiteurenteam");

export async function saveSettings(
  deps: AppDeps,
  session: Session,
  state: StoredState,
  next: ProtocolConfig,
  edits: readonly ConfigurationEdit[],
  reason?: string,
): Promise<Result<ProtocolConfig, AppProblem>> {
  const checked = validateConfig(next);
  if (!checked.ok) return err({ code: "ongeldige-configuratie", detail: checked.error.detail });
  if (!teamReachable(checked.value)) return err({ code: "debiteurenteam-onbereikbaar" });
  await changeConfiguration(deps, session, state, checked.value, edits, reason);
  return ok(checked.value);
}

/** The member list's key: e-mail addresses are compared without case or surrounding spaces. */
export const memberKey = (email: string): string => email.trim().toLowerCase();
