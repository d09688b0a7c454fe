// Use case: Afsluiten (PRODUCT.md "Lifecycle"). Verifies the log, writes the Evaluatie sheet (aggregates only),
// deletes the client sheet, clears every Debiteuren row, pseudonymises the log with a discarded key and starts a new
// chain segment that records the heads before and after — so the log still verifies afterwards. One write.
import { segmentStartDraft, verifyChain, type ChainHead } from "../domain/chain";
import { evaluationOf, evaluationRows, type Evaluation } from "../domain/evaluation";
import { LOG_ACTION, type LogEntry } from "../domain/log";
import type { ProtocolConfig } from "../domain/protocol";
import { pseudonymiseLog } from "../domain/pseudonymise";
import { err, ok, type Result } from "../domain/result";
import { SHEET } from "../domain/layout";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { localDate } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

export interface CloseReport {
  /** YYYY-MM-DD, also stored in the configuration (`gesloten`). */
  readonly gesloten: string;
  readonly evaluation: Evaluation;
  /** Debtor rows whose data was removed. */
  readonly clearedRows: number;
  readonly clientSheetDeleted: boolean;
  /** Log rows pseudonymised (the archive). */
  readonly archivedRows: number;
  /** The head before pseudonymising: equal to a seal made just before closing. */
  readonly originalHead: ChainHead;
  /** The re-chained archive's head, recorded in the "nieuw ketensegment" row. */
  readonly archiveHead: ChainHead;
  /** The head after the close's own rows: seal it now (docs/dpo.md). */
  readonly head: ChainHead;
}

export interface CloseInput {
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

export async function closeProject(deps: AppDeps, session: Session, input: CloseInput = {}): Promise<Result<CloseReport, AppProblem>> {
  const permitted = allowed(session, "project-afsluiten");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const config = state.value.config;
  if (config.gesloten) return err({ code: "project-afgesloten", gesloten: config.gesloten });
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const entries = await deps.workbook.readLog();

  // Closing rewrites the log: a tampered log must be reported, never laundered into a fresh, verifying archive.
  const verified = await verifyChain(entries, deps.crypto, { knownHead: state.value.head, onProgress: input.onProgress });
  if (!verified.ok) {
    const refusal = `afsluiten geweigerd: Logboek niet intact (${verified.breakKind} bij Nr ${verified.nr})`;
    await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.geweigerd, veld: "afsluiting", nieuweWaarde: refusal })], {});
    return err({ code: "logboek-gebroken", breakKind: verified.breakKind, nr: verified.nr, detail: verified.detail });
  }

  const gesloten = localDate(deps.clock.now());
  const clientSheetDeleted = (await deps.workbook.readClientSheet()) !== undefined;
  const evaluation = evaluationOf(table.value.rows.map((r) => r.record.status), entries);
  const sheet = evaluationRows(evaluation, { naam: config.naam, start: config.start, einde: config.einde, gesloten });
  const { archived, originalHead, archiveHead } = await pseudonymiseLog(entries, { crypto: deps.crypto, keep: notPersonal(config, entries), onProgress: input.onProgress });

  const done = [
    `evaluatie in blad ${SHEET.evaluation}`,
    `${table.value.rows.length} debiteurenrij(en) gewist`,
    clientSheetDeleted ? `blad ${SHEET.clients} verwijderd` : `geen blad ${SHEET.clients}`,
    `Logboek Nr 1 t/m ${originalHead.nr} gepseudonimiseerd (sleutel vernietigd)`,
  ].join("; ");
  const actor = draft(session, { actie: LOG_ACTION.ketensegment });
  const written = await commit(
    deps,
    session,
    { head: archiveHead },
    [segmentStartDraft(actor, originalHead, archiveHead), draft(session, { actie: LOG_ACTION.afsluiting, veld: "project", nieuweWaarde: done })],
    {
      close: { archivedLog: archived, evaluation: sheet },
      deleteClientSheet: clientSheetDeleted,
      replaceDigests: new Map(),
      config: { ...config, gesloten },
    },
  );
  const last = written[written.length - 1];
  const head = { nr: last.nr, hash: last.hash };
  await confirmClosed(deps, head);
  return ok({ gesloten, evaluation, clearedRows: table.value.rows.length, clientSheetDeleted, archivedRows: archived.length, originalHead, archiveHead, head });
}

/**
 * Texts the add-in wrote that hold no personal data and are worth keeping readable in the archive: the configured
 * access purposes, and the DPO's own check and seal rows (heads and outcomes). Everything else is pseudonymised.
 */
function notPersonal(config: ProtocolConfig, entries: readonly LogEntry[]): string[] {
  const purposes = Object.values(config.toegangsdoelen).flat();
  const dpoRows = entries.filter((e) => e.actie === LOG_ACTION.controle || e.actie === LOG_ACTION.verzegeling);
  return [...purposes, ...dpoRows.flatMap((e) => [e.oudeWaarde, e.nieuweWaarde])];
}

/** Reads the whole log back: after a close it must verify against the new head, or the write went wrong. */
async function confirmClosed(deps: AppDeps, head: ChainHead): Promise<void> {
  const state = await deps.workbook.readState();
  if (!state.ok) throw new Error(`closeProject: the state sheet is unreadable after closing (${state.error.code}).`);
  const report = await verifyChain(await deps.workbook.readLog(), deps.crypto, { knownHead: state.value.head });
  if (!report.ok || report.head.nr !== head.nr || report.head.hash !== head.hash || !state.value.config.gesloten) {
    throw new Error(`closeProject: the log does not verify after closing (${report.ok ? "other head" : `${report.breakKind} at Nr ${report.nr}`}).`);
  }
}
