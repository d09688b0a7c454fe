// Use case: the DPO checks the Logboek — every row's hash, the head kept in the state sheet, optionally a seal — and
// gets the outcome in plain Dutch. The check itself is logged ("controle").
import { BREAK_LABEL, formatHead, type BreakKind, type ChainHead } from "../domain/chain";
import { LOG_ACTION, type LogEntry } from "../domain/log";
import type { LogDisplayFinding } from "../domain/logDisplay";
import { err, ok, type Result } from "../domain/result";
import { parseCloseRecord, parseSeal } from "../domain/sealFormat";
import type { PendingWrite, StoredState } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";
import { verifyWorkbook, type VerifyWorkbookOptions } from "./verifyWorkbook";

export interface LogBreak {
  readonly kind: BreakKind;
  /** Short Dutch name of the kind ("Rij(en) verwijderd"). */
  readonly label: string;
  /** The first broken entry's Nr (for missing rows: the first missing Nr). */
  readonly nr: number;
  /** 0-based position among the rows read. */
  readonly rowIndex: number;
  /** Dutch: what was found. */
  readonly detail: string;
}

export type SealOutcome = "gevonden" | "niet-controleerbaar" | "niet-gevonden";

export interface LogCheck {
  readonly intact: boolean;
  /** Rows read. */
  readonly count: number;
  /** Intact only: the last row, equal to the head in the state sheet. */
  readonly head?: ChainHead;
  /** Intact only: 1, or more after the project was closed (the archive, then the rows after the close). */
  readonly segments?: number;
  readonly breach?: LogBreak;
  readonly seal?: { readonly head: string; readonly outcome: SealOutcome };
  /** The close record was given and found on the chain. */
  readonly closeRecord?: boolean;
  /** A write whose read-back was never confirmed (the state sheet's marker). */
  readonly pending?: PendingWrite;
  /** Dutch, a few sentences: the outcome, what it means and what to do. */
  readonly explanation: string;
}

export interface VerifyLogInput {
  /** A seal as the DPO copied it (the DC-ZEGEL line, "Nr:hash" or a bare hash). */
  readonly seal?: string;
  /** The close record as the DPO copied it at closing (the DC-AFSLUITING line). */
  readonly closeRecord?: string;
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

export async function verifyLog(deps: AppDeps, session: Session, input: VerifyLogInput = {}): Promise<Result<LogCheck, AppProblem>> {
  const permitted = allowed(session, "logboek-controleren");
  if (!permitted.ok) return permitted;
  // A typing error in a seal or record is bad input: say so, write nothing. Only a well-formed one can be an incident.
  const seal = input.seal === undefined || input.seal.trim() === "" ? undefined : parseSeal(input.seal);
  if (seal && !seal.ok) return err({ code: "ongeldige-zegel", detail: seal.error });
  const record = input.closeRecord === undefined || input.closeRecord.trim() === "" ? undefined : parseCloseRecord(input.closeRecord);
  if (record && !record.ok) return err({ code: "ongeldig-afsluitingsrecord", detail: record.error });
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const parsed = { seal: seal?.value, closeRecord: record?.value, onProgress: input.onProgress };
  const log = await readLogAsDisplayed(deps);
  const check = await checkLog(deps, state.value, log.entries, parsed, log.display);
  // Under a tampered configuration the add-in is read-only (its protection password may not even be the real one).
  if (check.breach?.kind === "configuratie-gewijzigd") return ok({ ...check, explanation: `${check.explanation} ${NOT_LOGGED}` });
  const sealText = check.seal ? `zegel ${check.seal.head}` : "";
  const recordText = check.closeRecord ? "afsluitingsrecord" : "";
  const checked = [sealText, recordText].filter((t) => t !== "").join("; ");
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.controle, veld: "Logboek", oudeWaarde: checked, nieuweWaarde: outcomeText(check) })], {});
  return ok(check);
}

export type CheckLogInput = VerifyWorkbookOptions;

/** The log for a check: with what Excel shows otherwise than the values (when the workbook can tell). */
export async function readLogAsDisplayed(deps: Pick<AppDeps, "workbook">): Promise<{ entries: readonly LogEntry[]; display: readonly LogDisplayFinding[] }> {
  return deps.workbook.readLogAsDisplayed ? deps.workbook.readLogAsDisplayed() : { entries: await deps.workbook.readLog(), display: [] };
}

/**
 * The check without logging it (the compliance report includes it in its own log row; controleer writes nothing).
 * A cell Excel shows otherwise than its value (`display`, src/domain/logDisplay.ts) is a break of its own kind; the
 * first break in row order is reported.
 */
export async function checkLog(
  deps: Parameters<typeof verifyWorkbook>[0],
  state: Pick<StoredState, "head" | "pending" | "config" | "configDigest">,
  entries: readonly LogEntry[],
  input: CheckLogInput = {},
  display: readonly LogDisplayFinding[] = [],
): Promise<LogCheck> {
  const report = await verifyWorkbook(deps, state, entries, input);
  const pending = state.pending ? { pending: state.pending } : {};
  const sealShown = input.seal === undefined ? undefined : input.seal.nr === undefined ? input.seal.hash : formatHead({ nr: input.seal.nr, hash: input.seal.hash });
  const record = input.closeRecord ? { closeRecord: true } : {};
  const shown = display[0];
  if (shown && (report.ok || shown.rowIndex <= report.rowIndex)) {
    const breach: LogBreak = { kind: shown.kind, label: BREAK_LABEL[shown.kind], nr: shown.nr, rowIndex: shown.rowIndex, detail: shown.detail };
    const check = { intact: false, count: entries.length, breach, ...(sealShown ? { seal: { head: sealShown, outcome: "niet-controleerbaar" as const } } : {}), ...pending };
    return { ...check, explanation: explain(check) };
  }
  if (report.ok) {
    const outcome = report.seal;
    const check = { intact: true, count: report.count, head: report.head, segments: report.segments, ...(outcome && sealShown ? { seal: { head: sealShown, outcome } } : {}), ...record, ...pending };
    return { ...check, explanation: explain(check) };
  }
  const breach: LogBreak = { kind: report.breakKind, label: BREAK_LABEL[report.breakKind], nr: report.nr, rowIndex: report.rowIndex, detail: report.detail };
  const sealOutcome = report.breakKind === "zegel-niet-gevonden" ? ("niet-gevonden" as const) : ("niet-controleerbaar" as const);
  const check = { intact: false, count: entries.length, breach, ...(sealShown ? { seal: { head: sealShown, outcome: sealOutcome } } : {}), ...pending };
  return { ...check, explanation: explain(check) };
}

const NOT_LOGGED = "Deze controle werd niet in het Logboek geschreven: met een configuratie die buiten de add-in werd gewijzigd, schrijft Debiteurencheck niets.";

const shortHead = (h: ChainHead) => `Nr ${h.nr} (${h.hash.slice(0, 12)}…)`;

function explain(c: Omit<LogCheck, "explanation">): string {
  const parts: string[] = [];
  if (c.intact && c.head) {
    const segments = (c.segments ?? 1) > 1 ? ` in ${c.segments} ketensegmenten (het project werd afgesloten; het deel ervoor is gepseudonimiseerd)` : "";
    parts.push(
      c.count === 0
        ? "Het Logboek is leeg en klopt met het statusblad."
        : `Het Logboek is intact: ${c.count} rijen, Nr 1 t.e.m. ${c.head.nr}${segments}. Elke rij klopt met haar hash en de laatste rij is de kop die in het statusblad staat, ${shortHead(c.head)}.`,
    );
    if (c.seal?.outcome === "gevonden") parts.push(`De zegel ${c.seal.head.split(":")[0]} werd teruggevonden: sinds het verzegelen werd het Logboek alleen aangevuld.`);
    if (c.closeRecord) parts.push("Het afsluitingsrecord werd teruggevonden: het gepseudonimiseerde archief is sinds de afsluiting ongewijzigd.");
    if (c.seal?.outcome === "niet-controleerbaar") {
      parts.push(
        c.closeRecord
          ? "De zegel is ouder dan de afsluiting: de rijen tot aan de zegel werden bij het afsluiten gepseudonimiseerd en kunnen niet meer met de zegel worden vergeleken. Alleen de zegel van vlak vóór de afsluiting (de oude kop in het afsluitingsrecord) is nog na te gaan."
          : "De zegel is ouder dan de afsluiting en kan niet worden nagegaan tegen de gepseudonimiseerde rijen. Geef ook het afsluitingsrecord (DC-AFSLUITING …) op dat u bij het afsluiten noteerde; zonder dat record bewijst een zegel van vóór de afsluiting niets.",
      );
    }
    parts.push("Dit bewijst niet dat niemand het hele Logboek en het statusblad herrekende; daarvoor dient een zegel die buiten de werkmap bewaard wordt.");
  } else if (c.breach) {
    parts.push(`Het Logboek is NIET intact. Eerste breuk${c.breach.nr > 0 ? ` bij Nr ${c.breach.nr}` : ""}: ${c.breach.label.toLowerCase()}. ${c.breach.detail}`);
    parts.push("Wijzig niets, bewaar een kopie van deze werkmap als bewijs, meld het als incident en vergelijk met een reservekopie.");
  }
  if (c.pending) {
    parts.push(
      `Let op: een schrijfactie (${c.pending.action || "onbekend"}, Nr ${c.pending.fromNr} t.e.m. ${c.pending.toNr}) werd niet bevestigd. ` +
        "Open de werkmap opnieuw zodat Debiteurencheck ze herstelt of meldt.",
    );
  }
  return parts.join(" ");
}

/** The outcome as it goes into the log row: no personal data, only Nrs, kinds and the head. */
function outcomeText(c: LogCheck): string {
  const pending = c.pending ? `; onbevestigde schrijfactie Nr ${c.pending.fromNr}–${c.pending.toNr}` : "";
  const seal = c.seal ? `; zegel ${c.seal.outcome}` : "";
  if (c.intact && c.head) return `intact: ${c.count} rijen, kop ${formatHead(c.head)}${seal}${pending}`;
  return `niet intact: ${c.breach?.kind} bij Nr ${c.breach?.nr}${seal}${pending}`;
}
