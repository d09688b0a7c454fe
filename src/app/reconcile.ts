// Use case (on open, before anything else is written): the log and the sheet must agree. An interrupted write (pending
// marker, log rows past the head) is finished or recorded with "herstel" rows; a status the log does not explain is
// left to detectOutsideChanges (the log is the authority: the row is compared again); a missing, renamed or broken log
// is reported loudly and never rebuilt.
import { verifyChain, type ChainHead, type VerifyReport } from "../domain/chain";
import { SHEET } from "../domain/layout";
import { LOG_ACTION, type LogDraft, type LogEntry } from "../domain/log";
import type { DebtorRecord, RowId } from "../domain/records";
import { err, ok, type Result } from "../domain/result";
import { decisionMatchText } from "../domain/recomparison";
import { aboutDebtor, rowDigest, rowIdFromAbout } from "../domain/rowDigest";
import { isStatus, STATUS, type Status } from "../domain/status";
import type { PendingWrite, StoredState, WorkbookChange, WorkbookReadProblem } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { loggedStatuses } from "../domain/logAuthority";
import { readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";
import { verifyWorkbook } from "./verifyWorkbook";

/** What was found and put right (each is also a "herstel" row in the log). */
export type Repair =
  | { readonly code: "niets-geschreven"; readonly pending: PendingWrite }
  | { readonly code: "afgewerkt"; readonly pending: PendingWrite; readonly statuses: number }
  | { readonly code: "niet-doorgevoerd"; readonly pending: PendingWrite; readonly written: number }
  | { readonly code: "statusblad-verborgen"; readonly was: "Visible" | "Hidden" };

export interface ReconcileReport {
  readonly repairs: readonly Repair[];
  /** Loud; when one concerns the log or the state sheet, nothing was written (and nothing else should be). */
  readonly problems: readonly AppProblem[];
  /** False when the log cannot be trusted or reached: no use case may append to it. */
  readonly logUsable: boolean;
  /** The log as it stands afterwards. */
  readonly log: readonly LogEntry[];
}

export async function reconcile(deps: AppDeps, session: Session): Promise<Result<ReconcileReport, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) {
    if (state.error.code === "niet-ingesteld") return err(state.error);
    return ok({ repairs: [], problems: await missingSheetProblems(deps, state.error), logUsable: false, log: [] });
  }
  const log = await deps.workbook.readLog();
  const settled = await settleLog(deps, state.value, log);
  if (!settled.ok) return ok({ repairs: [], problems: [settled.error], logUsable: false, log });

  const problems: AppProblem[] = [];
  const table = await readDebtorTable(deps);
  const rows = new Map<string, DebtorRecord>();
  if (table.ok) {
    for (const r of table.value.rows) if (r.record.rowId && !rows.has(r.record.rowId)) rows.set(r.record.rowId, r.record);
  } else problems.push(await debtorSheetProblem(deps, table.error));

  const fix = new Fix(session, log);
  const { pending } = state.value;
  if (pending) fix.interrupted(pending, log.slice(state.value.head.nr), rows, await deps.workbook.readDigests());
  if (!table.ok) fix.sheetMissing(problems[0]);
  if (state.value.visibility) fix.stateSheetShown(state.value.visibility);
  if (fix.drafts.length === 0) return ok({ repairs: [], problems, logUsable: true, log });
  const entries = await commit(deps, fix.session, { head: settled.value }, fix.drafts, fix.change());
  return ok({ repairs: fix.repairs, problems, logUsable: true, log: [...log, ...entries] });
}

/**
 * The head the log really ends on: the stored head, or — after an interrupted write — the last of that write's rows
 * that made it (they are chained on the stored head, so they are the add-in's). Anything else is a break.
 */
async function settleLog(deps: AppDeps, state: StoredState, log: readonly LogEntry[]): Promise<Result<ChainHead, AppProblem>> {
  const { head, pending } = state;
  const lastNr = log.at(-1)?.nr ?? 0;
  if (pending && lastNr > head.nr) {
    const own = await verifyChain(log, deps.crypto);
    const onHead = head.nr === 0 || log[head.nr - 1]?.hash === head.hash;
    if (own.ok && onHead && pending.fromNr === head.nr + 1 && lastNr <= pending.toNr) return ok(own.head);
  }
  // Also the configuration and every chain segment: a configuration edited behind the add-in's back stops it too.
  const verified = await verifyWorkbook(deps, state, log);
  return verified.ok ? ok(verified.head) : err(brokenLog(verified));
}

function brokenLog(v: Extract<VerifyReport, { ok: false }>): AppProblem {
  return { code: "logboek-gebroken", breakKind: v.breakKind, nr: v.nr, detail: v.detail };
}

/**
 * The Logboek or state sheet is missing: renamed (its table or title is elsewhere) or deleted. Also for the task pane
 * when reading the state fails before a session exists.
 */
export async function missingSheetProblems(deps: AppDeps, e: WorkbookReadProblem): Promise<AppProblem[]> {
  if (e.code !== "blad-ontbreekt") return [e];
  const nu = (await deps.workbook.findMovedSheets?.())?.get(e.sheet);
  if (nu !== undefined) return [{ code: "blad-hernoemd", sheet: e.sheet, newName: nu }];
  return [e.sheet === SHEET.log ? { code: "logboek-verwijderd" } : e];
}

async function debtorSheetProblem(deps: AppDeps, e: AppProblem): Promise<AppProblem> {
  if (e.code !== "blad-ontbreekt") return e;
  const nu = (await deps.workbook.findMovedSheets?.())?.get(SHEET.debtors);
  return nu !== undefined ? { code: "blad-hernoemd", sheet: SHEET.debtors, newName: nu } : e;
}

/** The herstel rows and writes of one reconciliation. */
class Fix {
  readonly drafts: LogDraft[] = [];
  readonly repairs: Repair[] = [];
  private readonly statuses = new Map<string, { rowId: RowId; status: Status; match: string }>();
  private readonly digests = new Map<string, string>();
  /** Records as they will be once the statuses are written. */
  private readonly final = new Map<string, DebtorRecord>();

  constructor(
    readonly session: Session,
    private readonly log: readonly LogEntry[],
  ) {}

  private hideStateSheet = false;

  change(): Omit<WorkbookChange, "log" | "head"> {
    return { statuses: [...this.statuses.values()], digestUpdates: this.digests, ...(this.hideStateSheet ? { hideStateSheet: true } : {}) };
  }

  /** The state sheet was found only hidden or visible (a save by another program): made very hidden again. */
  stateSheetShown(visibility: "Visible" | "Hidden"): void {
    this.hideStateSheet = true;
    this.repairs.push({ code: "statusblad-verborgen", was: visibility });
    this.herstel("—", "statusblad", visibility === "Visible" ? "zichtbaar" : "verborgen", "zeer verborgen");
  }

  /** A write stopped after its pending marker: `written` are its log rows that made it (possibly none). */
  interrupted(pending: PendingWrite, written: readonly LogEntry[], rows: ReadonlyMap<string, DebtorRecord>, digests: ReadonlyMap<string, string>): void {
    const what = `${pending.action || "schrijfactie"} (Nr ${pending.fromNr} t.e.m. ${pending.toNr})`;
    if (written.length === 0) {
      this.repairs.push({ code: "niets-geschreven", pending });
      this.herstel("—", "onderbroken schrijfactie", what, "niets geschreven; geen gevolgen");
      return;
    }
    const lastNr = written[written.length - 1].nr;
    const logged = loggedStatuses(written);
    if (lastNr === pending.toNr) {
      // The whole record of the change is there: bring the sheet in line with it (roll forward).
      let count = 0;
      const before = loggedStatuses(this.log.filter((e) => e.nr < written[0].nr));
      for (const [id, status] of logged) {
        const record = rows.get(id);
        if (!record || !isStatus(status) || record.status === status) continue;
        const from = before.get(id) ?? STATUS.notCompared;
        const match = record.status === from ? decisionMatchText(from as Status, status, record.match) : record.match;
        this.statuses.set(id, { rowId: record.rowId, status, match });
        this.final.set(id, { ...record, status, match });
        count++;
      }
      for (const e of written) {
        const id = rowIdFromAbout(e.over);
        const record = id === undefined ? undefined : (this.final.get(id) ?? rows.get(id));
        if (id && record) this.digests.set(id, rowDigest(record));
      }
      // An import logs one summary row: the rows it appended are those without a stored digest (the write can stop
      // after the rows and before the digest count that makes their digests count).
      if (pending.action === LOG_ACTION.import) {
        for (const [id, record] of rows) if (!digests.has(id) && !this.digests.has(id)) this.digests.set(id, rowDigest(record));
      }
      this.repairs.push({ code: "afgewerkt", pending, statuses: count });
      this.herstel("—", "onderbroken schrijfactie", what, `afgewerkt bij openen: ${count} status(sen) alsnog geschreven`);
      return;
    }
    // Only part of the record made it, and the sheet was not touched yet (log rows are written first): not applied.
    this.repairs.push({ code: "niet-doorgevoerd", pending, written: written.length });
    this.herstel("—", "onderbroken schrijfactie", what, `alleen Nr ${pending.fromNr} t.e.m. ${lastNr} geschreven; wijziging niet doorgevoerd`);
    for (const [id, status] of logged) {
      const record = rows.get(id);
      if (record && record.status !== status) this.herstel(aboutDebtor(record.dossiernummer, id), "Status", status, record.status);
    }
  }

  sheetMissing(problem: AppProblem): void {
    if (problem.code === "blad-ontbreekt") this.drafts.push(draft(this.session, { actie: LOG_ACTION.bladVerwijderd, veld: "blad", oudeWaarde: SHEET.debtors, nieuweWaarde: "ontbreekt bij openen" }));
    if (problem.code === "blad-hernoemd") this.drafts.push(draft(this.session, { actie: LOG_ACTION.bladVerwijderd, veld: "blad", oudeWaarde: SHEET.debtors, nieuweWaarde: `hernoemd naar ${problem.newName} (vastgesteld bij openen)` }));
  }

  private herstel(over: string, veld: string, oudeWaarde: string, nieuweWaarde: string): void {
    this.drafts.push(draft(this.session, { actie: LOG_ACTION.herstel, over, veld, oudeWaarde, nieuweWaarde }));
  }
}

/** Dutch, for the banner after opening. */
export function repairMessage(r: Repair): string {
  const what = "pending" in r ? `‘${r.pending.action || "schrijfactie"}’ (logrijen Nr ${r.pending.fromNr} t.e.m. ${r.pending.toNr})` : "";
  switch (r.code) {
    case "niets-geschreven":
      return `Een schrijfactie ${what} werd onderbroken voor er iets geschreven was. Er is niets veranderd; voer ze zo nodig opnieuw uit.`;
    case "afgewerkt":
      return `Een onderbroken schrijfactie ${what} stond volledig in het Logboek en werd nu afgewerkt (${r.statuses} status(sen) alsnog geschreven).`;
    case "niet-doorgevoerd":
      return `Een schrijfactie ${what} werd onderbroken: ze is niet doorgevoerd. Het Logboek vermeldt dat; voer ze zo nodig opnieuw uit.`;
    case "statusblad-verborgen":
      return `Het interne statusblad was ${r.was === "Visible" ? "zichtbaar" : "alleen verborgen (iedereen kon het zichtbaar maken)"}, wellicht na het bewaren in een ander programma. Het is opnieuw zeer verborgen; het Logboek vermeldt dat.`;
  }
}
