// Use case: the DPO exports the Logboek as CSV (for Excel) and as JSON lines in audit-register terms; logged.
import { logCsv, logJsonLines } from "../domain/auditExport";
import { LOG_ACTION } from "../domain/log";
import { ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { localDate } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";
import { countOf } from "../domain/messages";

export interface LogExport {
  /** `;`-separated, UTF-8 with BOM, CRLF; formula-like cells made inert. */
  readonly csv: string;
  /** One JSON object per row: wat, wie, waarom, wanneer, over, oud, nieuw, bron, nr, referentie, hash. */
  readonly jsonl: string;
  readonly fileNames: { readonly csv: string; readonly jsonl: string };
  /** Rows exported (the "export" row that records this export comes after them). */
  readonly count: number;
}

export async function exportLog(deps: AppDeps, session: Session): Promise<Result<LogExport, AppProblem>> {
  const permitted = allowed(session, "logboek-exporteren");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const entries = await deps.workbook.readLog();
  const base = `logboek-${localDate(deps.clock.now())}`;
  const fileNames = { csv: `${base}.csv`, jsonl: `${base}.jsonl` };
  const what = `${countOf(entries.length, "rij", "rijen")} als CSV en JSON lines (${fileNames.csv}, ${fileNames.jsonl})`;
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.export, veld: "Logboek", nieuweWaarde: what })], {});
  return ok({ csv: logCsv(entries), jsonl: logJsonLines(entries), fileNames, count: entries.length });
}
