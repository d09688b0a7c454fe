// Checks and reads every use case starts with: the role/action matrix, the protocol period, state and debtor table.
import { periodState, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { may, type Action } from "../domain/roles";
import type { HeaderProblem } from "../domain/headers";
import type { DebtorTable, StoredState, WorkbookReadProblem } from "../ports/workbook";
import type { AppDeps, Session } from "./deps";
import { localDate } from "./deps";
import type { AppProblem } from "./problems";

export function allowed(session: Session, action: Action): Result<void, AppProblem> {
  return may(session.rol, action) ? ok(undefined) : err({ code: "rol-niet-toegestaan", role: session.rol, action });
}

export function withinPeriod(deps: AppDeps, config: ProtocolConfig): Result<void, AppProblem> {
  if (config.gesloten) return err({ code: "project-afgesloten", closedOn: config.gesloten });
  const period = periodState(config, localDate(deps.clock.now()));
  return period.code === "lopend" ? ok(undefined) : err({ code: "buiten-periode", period });
}

/** The start of a use case that changes data only within the protocol period (import, compare): role, state, period. */
export async function stateWithinPeriod(deps: AppDeps, session: Session, action: Action): Promise<Result<StoredState, AppProblem>> {
  const permitted = allowed(session, action);
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const inPeriod = withinPeriod(deps, state.value.config);
  return inPeriod.ok ? state : inPeriod;
}

const READ_PROBLEMS = new Set(["niet-ingesteld", "blad-ontbreekt", "staat-onleesbaar", "nieuwere-versie", "blad-te-groot"]);

/** The Debiteuren table, with header problems tagged as the debtor list's. */
export async function readDebtorTable(deps: AppDeps): Promise<Result<DebtorTable, AppProblem>> {
  const table = await deps.workbook.readDebtors();
  if (table.ok) return table;
  const e = table.error;
  if (READ_PROBLEMS.has(e.code)) return err(e as WorkbookReadProblem);
  return err({ ...(e as HeaderProblem), list: "debiteuren" });
}
