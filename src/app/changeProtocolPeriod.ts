// Use case (debtor team): a new protocol period, with a reason (logged). Import and comparison are allowed only inside
// the period, so the result says what the new period means for them today.
import { isIsoDate, periodState, type PeriodState, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { localDate, type AppDeps, type Session } from "./deps";
import type { AppProblem } from "./problems";
import { saveSettings, settingsState } from "./settingsChange";

export interface PeriodInput {
  readonly start: string;
  readonly end: string;
  readonly reason: string;
}

const periodText = (c: Pick<ProtocolConfig, "start" | "einde">) => `${c.start} t.e.m. ${c.einde}`;

/** The input's problem, in the order a form is read: start, end, their order, the reason. */
function periodProblem(input: PeriodInput): AppProblem | undefined {
  if (!isIsoDate(input.start)) return { code: "ongeldige-datum", field: "start", value: input.start };
  if (!isIsoDate(input.end)) return { code: "ongeldige-datum", field: "einde", value: input.end };
  if (input.end < input.start) return { code: "einde-voor-start", start: input.start, end: input.end };
  if (!input.reason.trim()) return { code: "reden-ontbreekt" };
  return undefined;
}

export async function changeProtocolPeriod(
  deps: AppDeps,
  session: Session,
  input: PeriodInput,
): Promise<Result<{ config: ProtocolConfig; periode: PeriodState }, AppProblem>> {
  const state = await settingsState(deps, session);
  if (!state.ok) return state;
  const problem = periodProblem(input);
  if (problem) return err(problem);
  const config = state.value.config;
  if (input.start === config.start && input.end === config.einde) return err({ code: "niets-gewijzigd" });
  const next = { ...config, start: input.start, einde: input.end };
  const saved = await saveSettings(deps, session, state.value, next, [{ field: "protocolperiode", before: periodText(config), after: periodText(next) }], input.reason.trim());
  if (!saved.ok) return saved;
  return ok({ config: saved.value, periode: periodState(saved.value, localDate(deps.clock.now())) });
}
