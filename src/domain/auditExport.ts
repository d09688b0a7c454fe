// The Logboek as files for the DPO or a supervisor: CSV for Belgian Excel, and JSON lines whose fields follow the
// notions of MAGDA's audit register — wat (what), wie (who), waarom (why), wanneer (when), over (about whom).
import { csvLine } from "./csv";
import { entryToRow, LOG_HEADERS, type LogEntry } from "./log";

/**
 * `;`-separated, UTF-8 with BOM, CRLF: what Excel in Belgium opens without an import wizard. Cells that Excel would
 * run as a formula get a leading apostrophe (csv.ts), so the CSV is for reading; the JSON lines keep exact values.
 */
export function logCsv(entries: readonly LogEntry[]): string {
  const lines = [csvLine([...LOG_HEADERS]), ...entries.map((e) => csvLine(entryToRow(e)))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** One log entry in audit-register terms; every field of the row is there, so the chain can be re-verified from it. */
export interface AuditRecord {
  readonly wat: { readonly actie: string; readonly veld: string };
  readonly wie: { readonly gebruiker: string; readonly identiteit: string; readonly rol: string };
  readonly waarom: string;
  readonly wanneer: string;
  /** Dossiernummer and Rij-ID, "—", or a pseudonym after the close. */
  readonly over: string;
  readonly oud: string;
  readonly nieuw: string;
  readonly bron: string;
  readonly nr: number;
  readonly referentie: string;
  readonly hash: string;
}

export function auditRecord(e: LogEntry): AuditRecord {
  return {
    wat: { actie: e.actie, veld: e.veld },
    wie: { gebruiker: e.gebruiker, identiteit: e.identiteit, rol: e.rol },
    waarom: e.doel,
    wanneer: e.tijdstip,
    over: e.over,
    oud: e.oudeWaarde,
    nieuw: e.nieuweWaarde,
    bron: e.bron,
    nr: e.nr,
    referentie: e.referentie,
    hash: e.hash,
  };
}

/** One JSON object per line (UTF-8, LF, a newline after the last line; empty for an empty log). */
export function logJsonLines(entries: readonly LogEntry[]): string {
  return entries.map((e) => JSON.stringify(auditRecord(e)) + "\n").join("");
}
