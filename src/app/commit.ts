// Chains the log rows that record a change and writes both in one WorkbookPort.apply (same batch).
import { appendEntries } from "../domain/chain";
import type { LogDraft, LogEntry } from "../domain/log";
import { ROLE_LABEL } from "../domain/roles";
import type { StoredState, WorkbookChange } from "../ports/workbook";
import type { AppDeps, Session } from "./deps";

/** A log draft for this session: who, in which role, why, from where. */
export function draft(session: Session, what: Pick<LogDraft, "actie"> & Partial<Pick<LogDraft, "over" | "veld" | "oudeWaarde" | "nieuweWaarde">>): LogDraft {
  return {
    gebruiker: session.gebruiker,
    identiteit: session.identiteit,
    rol: ROLE_LABEL[session.rol],
    doel: session.doel,
    bron: session.bron,
    over: what.over ?? "—",
    veld: what.veld ?? "",
    oudeWaarde: what.oudeWaarde ?? "",
    nieuweWaarde: what.nieuweWaarde ?? "",
    actie: what.actie,
  };
}

export async function commit(
  deps: AppDeps,
  session: Session,
  state: Pick<StoredState, "head">,
  drafts: readonly LogDraft[],
  change: Omit<WorkbookChange, "log" | "head">,
): Promise<readonly LogEntry[]> {
  const { entries, head } = await appendEntries(state.head, drafts, {
    crypto: deps.crypto,
    clock: deps.clock,
    offsetMinutes: deps.offsetMinutes,
  });
  await deps.workbook.apply({ ...change, log: entries, head }, session.rol);
  return entries;
}
