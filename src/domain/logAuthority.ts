// The Logboek is the authority for each Rij-ID (docs/security.md "Logboek als autoriteit"): the dossier number it last
// named the row under, the status it last gave the row and whether a person decided it. A row digest can be rewritten
// by anyone holding the file; these three facts are on the hash chain. One pass over the log, one over the rows.
import { isStatusField, LOG_ACTION, type LogEntry } from "./log";
import type { DebtorRecord } from "./records";
import { isFlagged } from "./recomparison";
import { roleFromLabel } from "./roles";
import { rowIdFromAbout } from "./rowDigest";
import { STATUS } from "./status";

/** Log entries whose Nieuwe waarde is a row's status from then on (Veld "Status" or "Status (reason)"). */
const STATUS_SETTING: ReadonlySet<string> = new Set([LOG_ACTION.statusGewijzigd, LOG_ACTION.rasterwijziging, LOG_ACTION.wijzigingBuitenAddin, LOG_ACTION.herstel]);
/** Where a person's status change is logged (the comparison also logs "status gewijzigd": the role tells them apart). */
const BY_PERSON: ReadonlySet<string> = new Set([LOG_ACTION.statusGewijzigd, LOG_ACTION.rasterwijziging]);
/** Every Match text the add-in writes for a social worker's decision names her (decisionMatchText). */
const DECISION_CLAIM = "door maatschappelijk werker";

export interface LoggedRow {
  /** The dossier number the log last named the Rij-ID under ("" for "—"). */
  readonly dossier: string;
  /** The status the log last gave it; undefined: never (imported, "nog niet vergeleken"). */
  readonly status?: string;
  /** The last logged status was set by a social worker (her decision; only she decides, PRODUCT.md). */
  readonly decided: boolean;
}

type Entry = Pick<LogEntry, "actie" | "over" | "veld" | "nieuweWaarde"> & Partial<Pick<LogEntry, "rol">>;

const decidedBy = (e: Entry): boolean => BY_PERSON.has(e.actie) && roleFromLabel(e.rol ?? "") === "maatschappelijk-werker";

/**
 * What the log last recorded for each Rij-ID it names. A "herstel" row that puts back the status from before a write
 * that was not carried through (reconcile.ts) puts back whether it was a decision too.
 */
export function loggedRows(log: readonly Entry[]): Map<string, LoggedRow> {
  const rows = new Map<string, LoggedRow & { readonly prior?: LoggedRow }>();
  for (const e of log) {
    const id = rowIdFromAbout(e.over);
    if (!id) continue;
    const before = rows.get(id);
    const dossier = dossierOf(e.over);
    if (!isStatusField(e.veld) || !STATUS_SETTING.has(e.actie)) {
      rows.set(id, { dossier, status: before?.status, decided: before?.decided ?? false, prior: before?.prior });
      continue;
    }
    const restored = e.actie === LOG_ACTION.herstel && before?.prior?.status === e.nieuweWaarde ? before.prior.decided : false;
    const current = before && { dossier: before.dossier, status: before.status, decided: before.decided };
    rows.set(id, { dossier, status: e.nieuweWaarde, decided: decidedBy(e) || restored, prior: current });
  }
  return rows;
}

/** The status the log last gave each Rij-ID. */
export function loggedStatuses(log: readonly Entry[]): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const [id, row] of loggedRows(log)) if (row.status !== undefined) statuses.set(id, row.status);
  return statuses;
}

function dossierOf(over: string): string {
  const d = over.slice(0, over.lastIndexOf("[")).trim();
  return d === "—" ? "" : d;
}

/** One way a row disagrees with its log: the field, what the log says, what the sheet says. */
export interface Disagreement {
  readonly field: "Dossiernummer" | "Status" | "Match";
  readonly logged: string;
  readonly sheet: string;
}

/** A Match text that says a social worker decided (not a flag, which halts collection anyway). */
export function claimsDecision(match: string): boolean {
  return !isFlagged(match) && match.includes(DECISION_CLAIM);
}

/** Where a row disagrees with what the log last recorded for its Rij-ID (empty: it agrees). */
export function disagreements(record: Pick<DebtorRecord, "rowId" | "dossiernummer" | "status" | "match">, logged: ReadonlyMap<string, LoggedRow>): Disagreement[] {
  const row = logged.get(record.rowId);
  const found: Disagreement[] = [];
  if (row && row.dossier !== record.dossiernummer.trim()) found.push({ field: "Dossiernummer", logged: row.dossier || "—", sheet: record.dossiernummer || "—" });
  const status = row?.status ?? STATUS.notCompared;
  if (status !== record.status) found.push({ field: "Status", logged: status, sheet: record.status });
  if (claimsDecision(record.match) && !row?.decided) found.push({ field: "Match", logged: "geen beslissing van de maatschappelijk werker", sheet: record.match });
  return found;
}
