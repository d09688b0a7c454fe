// Use case: Afsluiten (PRODUCT.md "Lifecycle"). Verifies the log, writes the Evaluatie sheet (aggregates only),
// deletes the client sheet, clears every Debiteuren row, pseudonymises the log with a discarded key and starts a new
// chain segment that records the heads before and after — so the log still verifies afterwards. One write.
import { segmentStartDraft, type ChainHead } from "../domain/chain";
import { evaluationOf, evaluationRows, type Evaluation } from "../domain/evaluation";
import { LOG_ACTION, type LogEntry } from "../domain/log";
import { periodState, type PeriodState, type ProtocolConfig } from "../domain/protocol";
import { closeRecordText } from "../domain/sealFormat";
import { pseudonymiseLog } from "../domain/pseudonymise";
import { err, ok, type Result } from "../domain/result";
import { SHEET } from "../domain/layout";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { localDate } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import { CLOSE_CONFIRM_WORD, type AppProblem } from "./problems";
import { configurationRecordDraft, digestAfterChange } from "./changeConfiguration";
import { HALT_LIST_FIELD } from "./exportHaltList";
import { verifyWorkbook } from "./verifyWorkbook";

export interface CloseReport {
  /** YYYY-MM-DD, also stored in the configuration (`gesloten`). */
  readonly closedOn: string;
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
  /** "DC-AFSLUITING <tijdstip> <originalHead> -> <segment start head>": the DPO copies it outside the workbook. */
  readonly closeRecord: string;
}

export interface CloseInput {
  /** Must be CLOSE_CONFIRM_WORD exactly. */
  readonly confirmation: string;
  /** Required while the protocol period still runs: why close early. Logged. */
  readonly earlyReason?: string;
  /** Required when the halt list was not exported since the last status change: why skip it. Logged. */
  readonly skipHaltListReason?: string;
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

/** What the DPO must know before closing: the period, and whether the halt list was exported since the last change. */
export interface CloseChecks {
  readonly period: PeriodState;
  readonly end: string;
  readonly haltListExported: boolean;
}

export async function closeChecks(deps: AppDeps): Promise<Result<CloseChecks, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const { config } = state.value;
  return ok({ period: periodState(config, localDate(deps.clock.now())), end: config.einde, haltListExported: haltListExported(await deps.workbook.readLog()) });
}

/** An export of the halt list after the last row that set a status (or no status was ever set). */
function haltListExported(entries: readonly LogEntry[]): boolean {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.actie === LOG_ACTION.export && e.veld === HALT_LIST_FIELD) return true;
    if (e.veld === "Status" || e.actie === LOG_ACTION.vergelijking) return false;
  }
  return true;
}

export async function closeProject(deps: AppDeps, session: Session, input: CloseInput): Promise<Result<CloseReport, AppProblem>> {
  const permitted = allowed(session, "project-afsluiten");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const config = state.value.config;
  if (config.gesloten) return err({ code: "project-afgesloten", closedOn: config.gesloten });
  if (input.confirmation !== CLOSE_CONFIRM_WORD) return err({ code: "bevestiging-onjuist", word: CLOSE_CONFIRM_WORD });
  const early = input.earlyReason?.trim() ?? "";
  const running = periodState(config, localDate(deps.clock.now())).code !== "verlopen";
  if (running && early === "") return err({ code: "reden-vroegtijdig-afsluiten", end: config.einde });
  const skipped = input.skipHaltListReason?.trim() ?? "";
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const entries = await deps.workbook.readLog();
  const exported = haltListExported(entries);
  if (!exported && skipped === "") return err({ code: "lijst-niet-geexporteerd" });

  // Closing rewrites the log: a tampered log (or configuration) must be reported, never laundered into a fresh archive.
  const verified = await verifyWorkbook(deps, state.value, entries, { onProgress: input.onProgress });
  if (!verified.ok) {
    const refusal = `afsluiten geweigerd: Logboek niet intact (${verified.breakKind} bij Nr ${verified.nr})`;
    // Under a tampered configuration nothing is written (read-only; even the protection password may be another).
    if (verified.breakKind !== "configuratie-gewijzigd") await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.geweigerd, veld: "afsluiting", nieuweWaarde: refusal })], {});
    return err({ code: "logboek-gebroken", breakKind: verified.breakKind, nr: verified.nr, detail: verified.detail });
  }

  const gesloten = localDate(deps.clock.now());
  const clientSheetDeleted = (await deps.workbook.readClientSheet()) !== undefined;
  const evaluation = evaluationOf(table.value.rows.map((r) => r.record.status), entries);
  const sheet = evaluationRows(evaluation, { name: config.naam, start: config.start, end: config.einde, closedOn: gesloten });
  const purposes = Object.values(config.toegangsdoelen).flat();
  const { archived, originalHead, archiveHead } = await pseudonymiseLog(entries, { crypto: deps.crypto, keep: purposes, onProgress: input.onProgress });

  const done = [
    `evaluatie in blad ${SHEET.evaluation}`,
    `${table.value.rows.length} debiteurenrij(en) gewist`,
    clientSheetDeleted ? `blad ${SHEET.clients} verwijderd` : `geen blad ${SHEET.clients}`,
    `Logboek Nr 1 t.e.m. ${originalHead.nr} gepseudonimiseerd (sleutel vernietigd)`,
    ...(running ? [`vóór het einde van de protocolperiode (${config.einde}) afgesloten, reden: ${early}`] : []),
    ...(exported ? [] : [`lijsten voor de invordering niet geëxporteerd, reden: ${skipped}`]),
  ].join("; ");
  const closed: ProtocolConfig = { ...config, gesloten };
  const actor = draft(session, { actie: LOG_ACTION.ketensegment });
  const written = await commit(
    deps,
    session,
    { head: archiveHead },
    [
      segmentStartDraft(actor, originalHead, archiveHead),
      draft(session, { actie: LOG_ACTION.afsluiting, veld: "project", nieuweWaarde: done }),
      configurationRecordDraft(session, digestAfterChange(state.value, closed)),
    ],
    { close: { archivedLog: archived, evaluation: sheet }, deleteClientSheet: clientSheetDeleted, replaceDigests: new Map(), config: closed },
  );
  const [start] = written;
  const last = written[written.length - 1];
  const head = { nr: last.nr, hash: last.hash };
  await confirmClosed(deps, head);
  const closeRecord = closeRecordText(start.tijdstip, { old: originalHead, segment: { nr: start.nr, hash: start.hash } });
  return ok({ closedOn: gesloten, evaluation, clearedRows: table.value.rows.length, clientSheetDeleted, archivedRows: archived.length, originalHead, archiveHead, head, closeRecord });
}

/** Reads the whole log back: after a close it must verify against the new head, or the write went wrong. */
async function confirmClosed(deps: AppDeps, head: ChainHead): Promise<void> {
  const state = await deps.workbook.readState();
  if (!state.ok) throw new Error(`closeProject: the state sheet is unreadable after closing (${state.error.code}).`);
  const report = await verifyWorkbook(deps, state.value, await deps.workbook.readLog());
  if (!report.ok || report.head.nr !== head.nr || report.head.hash !== head.hash || !state.value.config.gesloten) {
    throw new Error(`closeProject: the log does not verify after closing (${report.ok ? "other head" : `${report.breakKind} at Nr ${report.nr}`}).`);
  }
}
