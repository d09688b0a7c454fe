// Use case: every open is logged. When the runtime starts with the workbook (Office.addin.setStartupBehavior), the
// opening is logged before anyone states a purpose, with the Microsoft 365 identity where the host gives it; an
// opening never followed by a stated purpose ("toegang") stays visible as such (openingsWithoutPurpose, the DPO's
// compliance report). It also locks every data and status column again: an earlier session may have ended abruptly
// in edit mode (PRODUCT.md "Locked at rest").
import { LOG_ACTION, type LogDraft, type LogEntry } from "../domain/log";
import { ok, type Result } from "../domain/result";
import type { SignedInUser } from "../ports/identity";
import type { AppDeps, Session } from "./deps";
import { commit } from "./commit";
import type { AppProblem } from "./problems";

export const UNKNOWN_USER = "onbekend";
export const NO_PURPOSE_YET = "nog geen doel opgegeven";

/** Logs the opening; a workbook that is not set up (or unreadable) is left alone: the start flow reports that. */
export async function logOpening(deps: AppDeps, user: SignedInUser | undefined): Promise<Result<LogEntry | undefined, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return ok(undefined);
  const opening: LogDraft = {
    gebruiker: user?.name || UNKNOWN_USER,
    identiteit: user?.source === "Microsoft 365-account" ? user.source : "",
    rol: "—",
    actie: LOG_ACTION.werkmapGeopend,
    over: "—",
    veld: "werkmap",
    oudeWaarde: "",
    nieuweWaarde: "geopend; add-in gestart met de werkmap",
    doel: NO_PURPOSE_YET,
    bron: "taakvenster",
  };
  // Written with the DPO's locking: no column unlocked, so everything is locked at rest again.
  const rest: Session = { gebruiker: opening.gebruiker, identiteit: "Microsoft 365-account", rol: "dpo", doel: NO_PURPOSE_YET, bron: "taakvenster" };
  const [entry] = await commit(deps, rest, state.value, [opening], {});
  await deps.workbook.protectFor("dpo", "rust");
  return ok(entry);
}

/** Openings after which no purpose was stated (no "toegang" before the next opening or the end of the log). */
export function openingsWithoutPurpose(entries: readonly LogEntry[]): LogEntry[] {
  const out: LogEntry[] = [];
  let open: LogEntry | undefined;
  for (const e of entries) {
    if (e.actie === LOG_ACTION.werkmapGeopend) {
      if (open) out.push(open);
      open = e;
    } else if (e.actie === LOG_ACTION.toegang) open = undefined;
  }
  if (open) out.push(open);
  return out;
}
