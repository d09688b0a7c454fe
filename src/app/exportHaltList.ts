// Use case: the debtor team exports which dossiers to halt and which to continue (dossier number + status only).
import { csvLine } from "../domain/csv";
import { LOG_ACTION } from "../domain/log";
import { ok, type Result } from "../domain/result";
import { collectionHalted, STATUS } from "../domain/status";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

export interface HaltList {
  readonly fileName: string;
  /** CSV as Belgian Excel opens it: `;`-separated, UTF-8 with BOM, CRLF. */
  readonly csv: string;
  readonly halt: number;
  readonly continue: number;
}

/** The Veld of the export row: closeProject looks for it. */
export const HALT_LIST_FIELD = "lijst stopzetten/voortzetten";

export async function exportHaltList(deps: AppDeps, session: Session): Promise<Result<HaltList, AppProblem>> {
  const permitted = allowed(session, "lijst-exporteren");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const lines = [csvLine(["Dossiernummer", "Status", "Invordering"])];
  let halt = 0;
  let cont = 0;
  for (const { record } of table.value.rows) {
    const halted = collectionHalted(record.status);
    const continues = record.status === STATUS.continueCollection;
    if (!halted && !continues) continue;
    if (halted) halt++;
    else cont++;
    lines.push(csvLine([record.dossiernummer, record.status, halted ? "stopzetten" : "voortzetten"]));
  }
  const date = deps.clock.now().toISOString().slice(0, 10);
  const fileName = `invordering-stopzetten-voortzetten-${date}.csv`;
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.export, veld: HALT_LIST_FIELD, nieuweWaarde: `${halt} stopzetten, ${cont} voortzetten (${fileName})` })], {});
  return ok({ fileName, csv: "\uFEFF" + lines.join("\r\n") + "\r\n", halt, continue: cont });
}
