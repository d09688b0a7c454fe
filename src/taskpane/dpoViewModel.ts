// Pure helpers behind the banners, the DPO's tools, the Zelftest and the social worker's comparison: headlines,
// summaries and filters in Dutch. No React here, so Jest pins them down without a DOM.
import type { CloseReport } from "../app/closeProject";
import type { OpenReport } from "../app/openWorkbook";
import { appProblemMessage, CLOSE_CONFIRM_WORD } from "../app/problems";
import { repairMessage } from "../app/reconcile";
import { importAndCompareBlocked, retentionMessage, retentionState } from "../app/retention";
import type { SelfTestReport } from "../app/selfTest";
import type { LogCheck } from "../app/verifyLog";
import { SHEET } from "../domain/layout";
import type { ProtocolConfig } from "../domain/protocol";
import type { Role } from "../domain/roles";
import type { GridNotice } from "./gridWatcher";
import { countText } from "./viewModel";

export type Intent = "info" | "success" | "warning" | "error";

export interface Notice {
  readonly intent: Intent;
  readonly title: string;
  readonly text: string;
}

// ---- retention banner ---------------------------------------------------------------------------------------

const RETENTION_TITLE = {
  "niet-begonnen": "Protocolperiode nog niet begonnen",
  lopend: "Einde van de protocolperiode nadert",
  "af-te-sluiten": "Protocolperiode voorbij: gegevens afsluiten",
  gesloten: "Project afgesloten",
} as const;

/**
 * The lifecycle banner for `role`; before anyone signed in (no role), the text every role but the DPO gets. After the
 * end date everyone is told the data must be closed; the DPO also reads how many days the close is overdue.
 */
export function retentionBanner(config: Pick<ProtocolConfig, "start" | "einde" | "gesloten">, today: string, role: Role | undefined): Notice | undefined {
  const state = retentionState(config, today);
  const text = retentionMessage(state, role ?? "debiteurenteam");
  if (!text) return undefined;
  const intent: Intent = state.code === "af-te-sluiten" ? (role === "dpo" ? "error" : "warning") : state.code === "niet-begonnen" ? "warning" : "info";
  return { intent, title: RETENTION_TITLE[state.code], text };
}

/** Why Vergelijk is greyed out now (the use case refuses it too); undefined while the protocol runs. */
export function compareBlockedReason(config: Pick<ProtocolConfig, "start" | "einde" | "gesloten">, today: string): string | undefined {
  const state = retentionState(config, today);
  if (!importAndCompareBlocked(state)) return undefined;
  switch (state.code) {
    case "gesloten":
      return `Het project werd afgesloten op ${state.gesloten}: vergelijken kan niet meer.`;
    case "niet-begonnen":
      return `Vergelijken kan pas vanaf ${state.start}, de start van de protocolperiode.`;
    case "af-te-sluiten":
      return `De protocolperiode liep af op ${state.einde}: vergelijken kan niet meer.`;
    case "lopend":
      return undefined;
  }
}

// ---- opening the workbook and grid logging ------------------------------------------------------------------

/** Banners after openWorkbook: repairs made (info) and loud problems (errors). The outside-changes count has its own. */
export function openingNotices(report: OpenReport): Notice[] {
  const notices: Notice[] = report.problems.map((p) => ({ intent: "error", title: "Probleem in de werkmap", text: appProblemMessage(p) }));
  if (!report.logUsable) {
    notices.push({
      intent: "error",
      title: "Debiteurencheck schrijft niets",
      text: "Zolang het Logboek niet betrouwbaar is, schrijft Debiteurencheck niets in deze werkmap en toont het geen gegevens. Los eerst het probleem hierboven op.",
    });
  }
  for (const r of report.repairs) notices.push({ intent: "info", title: "Hersteld bij het openen", text: repairMessage(r) });
  return notices;
}

/** What a grid notice says; undefined for an edit that was simply logged (nothing to tell). */
export function gridNoticeText(notice: GridNotice): Notice | undefined {
  switch (notice.kind) {
    case "bewerkingen": {
      if (notice.refused.length === 0) return undefined;
      const lines = notice.refused.map((r) => r.message);
      const title = notice.refused.length === 1 ? "Wijziging in het raster ongedaan gemaakt" : `${notice.refused.length} wijzigingen in het raster ongedaan gemaakt`;
      return { intent: "warning", title, text: `${lines.join(" ")} Dit staat in het logboek.` };
    }
    case "probleem":
      return { intent: "error", title: "Probleem in de werkmap", text: appProblemMessage(notice.problem) };
    case "fout":
      return {
        intent: "error",
        title: "Een wijziging in het raster kon niet gelogd worden",
        text: `Ze wordt bij het volgende openen van de werkmap vastgesteld en alsnog gelogd. Blijft dit gebeuren, verwittig de IT-dienst. Technische melding: ${notice.technical}`,
      };
  }
}

/** Grid logging could not start (an exception, not a workbook problem): edits are then found on the next open. */
export function gridStartFailed(error: unknown): Notice {
  const technical = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    intent: "warning",
    title: "Wijzigingen in het raster worden nu niet gevolgd",
    text: `Wat u in het raster wijzigt, wordt bij het volgende openen van de werkmap vastgesteld en dan gelogd. Blijft dit gebeuren, verwittig de IT-dienst. Technische melding: ${technical}`,
  };
}

// ---- the DPO's check, seal and close -------------------------------------------------------------------------

/** The headline of a log check: intact, or the first break with its kind in plain Dutch. */
export function checkHeadline(check: LogCheck): Notice {
  if (check.intact) {
    const sealNote = check.seal?.outcome === "gevonden" ? " en de zegel klopt" : check.seal?.outcome === "niet-controleerbaar" ? "; de zegel is ouder dan de afsluiting en niet na te gaan" : "";
    return { intent: check.pending || check.seal?.outcome === "niet-controleerbaar" ? "warning" : "success", title: `Logboek intact${sealNote}`, text: check.explanation };
  }
  const b = check.breach!;
  return { intent: "error", title: `Logboek NIET intact — eerste breuk bij Nr ${b.nr}: ${b.label.toLowerCase()}`, text: check.explanation };
}

/** The word typed in the close dialog: a deliberate step, not a reflex click. */
export { CLOSE_CONFIRM_WORD };

/** What the close dialog needs filled in besides the backup and the word. */
export interface CloseForm {
  readonly backupKept: boolean;
  readonly typed: string;
  /** The period still runs: a reason is required. */
  readonly early: boolean;
  readonly earlyReason: string;
  /** The halt list was not exported since the last status change: a reason to skip it is required. */
  readonly haltListMissing: boolean;
  readonly skipReason: string;
}

/** The close may start only with the backup confirmed, the exact word typed (case-sensitive) and every reason given. */
export function closeConfirmed(f: CloseForm): boolean {
  return f.backupKept && f.typed === CLOSE_CONFIRM_WORD && (!f.early || f.earlyReason.trim() !== "") && (!f.haltListMissing || f.skipReason.trim() !== "");
}

/** What the close did, one line each, ending with what to do now. */
export function closeSummary(r: CloseReport): string[] {
  return [
    `Het blad ‘${SHEET.evaluation}’ bevat de evaluatie van ${countText(r.evaluation.debtors, "debiteur", "debiteuren")}: alleen aantallen per status, per maand en per soort gebeurtenis, geen persoonsgegevens.`,
    `${countText(r.clearedRows, "debiteurenrij", "debiteurenrijen")} gewist in het blad ‘${SHEET.debtors}’; alleen de kolomkoppen blijven.`,
    r.clientSheetDeleted ? `Het blad ‘${SHEET.clients}’ is verwijderd.` : `Er was geen blad ‘${SHEET.clients}’ meer.`,
    `Logboek Nr 1 t.e.m. ${r.originalHead.nr} is gepseudonimiseerd; de sleutel is vernietigd. Het Logboek blijft controleerbaar (nieuw ketensegment, kop nu Nr ${r.head.nr}).`,
    "Kopieer het afsluitingsrecord hieronder naar uw register buiten de werkmap: alleen daarmee zijn zegels van vóór de afsluiting nog na te gaan.",
    "Verzegel het Logboek nu opnieuw en bewaar ook die zegel buiten de werkmap.",
  ];
}

// ---- Zelftest ------------------------------------------------------------------------------------------------

export function selfTestHeadline(r: SelfTestReport): Notice {
  const failed = r.checks.filter((c) => !c.passed && !c.notChecked).length;
  const unchecked = r.checks.filter((c) => c.notChecked).length;
  const passed = r.checks.length - unchecked;
  return failed === 0
    ? {
        intent: "success",
        title: `Alle ${passed} controles geslaagd`,
        text: `${r.excel}: Debiteurencheck werkt hier zoals getest.${unchecked ? ` ${unchecked} controle(s) konden hier niet lopen: zie de uitleg erbij.` : ""}`,
      }
    : {
        intent: "warning",
        title: `${failed} van ${r.checks.length} controles mislukt`,
        text: `${r.excel}: bezorg deze uitslag aan de IT-dienst. Wat een mislukte controle betekent, staat erbij.`,
      };
}
