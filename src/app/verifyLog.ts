// Use case: the DPO checks the Logboek — every row's hash, the head kept in the state sheet, optionally a seal — and
// gets the outcome in plain Dutch. The check itself is logged ("controle").
import { BREAK_LABEL, formatHead, parseHead, verifyChain, type BreakKind, type ChainHead } from "../domain/chain";
import { LOG_ACTION, type LogEntry } from "../domain/log";
import type { LogDisplayFinding } from "../domain/logDisplay";
import { ok, type Result } from "../domain/result";
import type { PendingWrite, StoredState } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";
import { sealHeadText } from "./sealLog";

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
  /** A write whose read-back was never confirmed (the state sheet's marker). */
  readonly pending?: PendingWrite;
  /** Dutch, a few sentences: the outcome, what it means and what to do. */
  readonly explanation: string;
}

export interface VerifyLogInput {
  /** A seal as the DPO copied it (the DC-ZEGEL line, "Nr:hash" or a bare hash). */
  readonly seal?: string;
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

export async function verifyLog(deps: AppDeps, session: Session, input: VerifyLogInput = {}): Promise<Result<LogCheck, AppProblem>> {
  const permitted = allowed(session, "logboek-controleren");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const log = await readLogAsDisplayed(deps);
  const check = await checkLog(deps, state.value, log.entries, input, log.display);
  const seal = input.seal === undefined ? "" : `zegel ${check.seal?.head ?? ""}`;
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.controle, veld: "Logboek", oudeWaarde: seal, nieuweWaarde: outcomeText(check) })], {});
  return ok(check);
}

/** The log for a check: with what Excel shows otherwise than the values (when the workbook can tell). */
export async function readLogAsDisplayed(deps: Pick<AppDeps, "workbook">): Promise<{ entries: readonly LogEntry[]; display: readonly LogDisplayFinding[] }> {
  return deps.workbook.readLogAsDisplayed ? deps.workbook.readLogAsDisplayed() : { entries: await deps.workbook.readLog(), display: [] };
}

/**
 * The check without logging it (the compliance report includes it in its own log row). A cell shown otherwise than
 * its value (`display`) is a break of its own kind; the first break in row order is reported.
 */
export async function checkLog(
  deps: Pick<AppDeps, "crypto">,
  state: Pick<StoredState, "head" | "pending">,
  entries: readonly LogEntry[],
  input: VerifyLogInput = {},
  display: readonly LogDisplayFinding[] = [],
): Promise<LogCheck> {
  const sealHead = input.seal === undefined ? undefined : sealHeadText(input.seal);
  const report = await verifyChain(entries, deps.crypto, { knownHead: state.head, seal: sealHead, onProgress: input.onProgress });
  const pending = state.pending ? { pending: state.pending } : {};
  // Only a parsed head is kept: whatever else was pasted is not repeated in the log.
  const sealShown = sealHead === undefined ? undefined : parseHead(sealHead) ? sealHead : "(geen geldige zegel)";
  const shown = display[0];
  if (shown && (report.ok || shown.rowIndex <= report.rowIndex)) {
    const breach: LogBreak = { kind: shown.kind, label: BREAK_LABEL[shown.kind], nr: shown.nr, rowIndex: shown.rowIndex, detail: shown.detail };
    const check = { intact: false, count: entries.length, breach, ...(sealShown ? { seal: { head: sealShown, outcome: "niet-controleerbaar" as const } } : {}), ...pending };
    return { ...check, explanation: explain(check) };
  }
  if (report.ok) {
    const outcome: SealOutcome | undefined = sealHead === undefined ? undefined : report.sealFound ? "gevonden" : "niet-controleerbaar";
    const check = {
      intact: true,
      count: report.count,
      head: report.head,
      segments: report.segments,
      ...(outcome && sealShown ? { seal: { head: sealShown, outcome } } : {}),
      ...pending,
    };
    return { ...check, explanation: explain(check) };
  }
  const breach: LogBreak = { kind: report.breakKind, label: BREAK_LABEL[report.breakKind], nr: report.nr, rowIndex: report.rowIndex, detail: report.detail };
  const check = {
    intact: false,
    count: entries.length,
    breach,
    ...(sealShown ? { seal: { head: sealShown, outcome: report.breakKind === "zegel-niet-gevonden" ? ("niet-gevonden" as const) : ("niet-controleerbaar" as const) } } : {}),
    ...pending,
  };
  return { ...check, explanation: explain(check) };
}

const shortHead = (h: ChainHead) => `Nr ${h.nr} (${h.hash.slice(0, 12)}…)`;

function explain(c: Omit<LogCheck, "explanation">): string {
  const parts: string[] = [];
  if (c.intact && c.head) {
    const segments = (c.segments ?? 1) > 1 ? ` in ${c.segments} ketensegmenten (het project werd afgesloten; het deel ervoor is gepseudonimiseerd)` : "";
    parts.push(
      c.count === 0
        ? "Het Logboek is leeg en klopt met het statusblad."
        : `Het Logboek is intact: ${c.count} rijen, Nr 1 t/m ${c.head.nr}${segments}. Elke rij klopt met haar hash en de laatste rij is de kop die in het statusblad staat, ${shortHead(c.head)}.`,
    );
    if (c.seal?.outcome === "gevonden") parts.push(`De zegel ${c.seal.head.split(":")[0]} werd teruggevonden: sinds het verzegelen werd het Logboek alleen aangevuld.`);
    if (c.seal?.outcome === "niet-controleerbaar") {
      parts.push("De zegel ligt in het gepseudonimiseerde archief van vóór de afsluiting en kan niet meer worden nagegaan; controleer tegen de zegel van vlak voor of na de afsluiting.");
    }
    parts.push("Dit bewijst niet dat niemand het hele Logboek en het statusblad herrekende; daarvoor dient een zegel die buiten de werkmap bewaard wordt.");
  } else if (c.breach) {
    parts.push(`Het Logboek is NIET intact. Eerste breuk bij Nr ${c.breach.nr}: ${c.breach.label.toLowerCase()}. ${c.breach.detail}`);
    parts.push("Wijzig niets, bewaar een kopie van deze werkmap als bewijs, meld het als incident en vergelijk met een reservekopie.");
  }
  if (c.pending) {
    parts.push(
      `Let op: een schrijfactie (${c.pending.action || "onbekend"}, Nr ${c.pending.fromNr} t/m ${c.pending.toNr}) werd niet bevestigd. ` +
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
