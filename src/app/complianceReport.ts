// Use case: a one-page compliance report for the DPO — protocol period, fields in use against those allowed, debtors
// per status, invalid national numbers, edits made outside the add-in, and the log check. Data plus Dutch text; logged.
import { countByStatus, type StatusCounts } from "../domain/evaluation";
import { CANONICAL_HEADERS, type FieldKey } from "../domain/headers";
import { LOG_ACTION } from "../domain/log";
import { parseNationalNumber } from "../domain/nationalNumber";
import { periodMessage, periodState, protocolClauses, type PeriodState, type ProtocolClause } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { ROLE_LABEL } from "../domain/roles";
import { ALL_STATUSES } from "../domain/status";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { localDate } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import { appProblemMessage, type AppProblem } from "./problems";
import { openingsWithoutPurpose } from "./logOpening";
import { checkLog, readLogAsDisplayed, type LogCheck } from "./verifyLog";

export interface ComplianceReport {
  /** When it was drawn up (the Tijdstip of its log row). */
  readonly drawnUpAt: string;
  readonly drawnUpBy: string;
  readonly protocol: {
    readonly name: string;
    readonly start: string;
    readonly end: string;
    readonly period: PeriodState;
    readonly closedOn?: string;
    /** Clauses 1°, 2°, 5°, 10° and 11° as kept in the configuration. */
    readonly clauses: readonly ProtocolClause[];
  };
  readonly fields: {
    /** The protocol's wording of the data the city sends (config.velden.stadNaarOcmw). */
    readonly allowed: readonly string[];
    /** Debiteuren columns holding protocol fields, as headed in the sheet. */
    readonly inUse: readonly string[];
    /** Columns the protocol does not allow (the sheet is then refused until they are removed). */
    readonly outsideProtocol: readonly string[];
  };
  /** Undefined when the Debiteuren sheet cannot be read; `debiteurenProbleem` says why. */
  readonly debtors?: { readonly count: number; readonly byStatus: StatusCounts; readonly invalidNumbers: number; readonly missingNumbers: number };
  readonly debtorsProblem?: string;
  /** Log rows "wijziging buiten add-in": edits found on opening that were made without the add-in. */
  readonly outsideChanges: number;
  /** Openings of the workbook ("werkmap geopend") after which nobody stated a purpose. */
  readonly openingsWithoutPurpose: number;
  readonly logCheck: LogCheck;
  /** The report as plain Dutch text (one page). */
  readonly text: string;
}

const FIELD_ORDER: readonly FieldKey[] = ["dossiernummer", "voornaam", "achternaam", "rijksregisternummer", "straat", "huisnummer", "bus", "adres"];

export async function complianceReport(deps: AppDeps, session: Session): Promise<Result<ComplianceReport, AppProblem>> {
  const permitted = allowed(session, "logboek-exporteren");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const config = state.value.config;
  const table = await readDebtorTable(deps);
  const log = await readLogAsDisplayed(deps);
  const entries = log.entries;
  const controle = await checkLog(deps, state.value, entries, {}, log.display);
  // Read-only under a tampered configuration: the report would have to be logged, so it is refused and says why.
  const b = controle.breach;
  if (b?.kind === "configuratie-gewijzigd") return err({ code: "logboek-gebroken", breakKind: b.kind, nr: b.nr, detail: b.detail });

  let debiteuren: ComplianceReport["debtors"];
  let inGebruik: string[] = [];
  let buitenProtocol: string[] = [];
  let debiteurenProbleem: string | undefined;
  if (table.ok) {
    const map = table.value.map;
    inGebruik = FIELD_ORDER.flatMap((f) => (map.fields[f] === undefined ? [] : [map.headers[map.fields[f]!] || CANONICAL_HEADERS[f]]));
    const numbers = table.value.rows.map((r) => parseNationalNumber(r.record.rijksregisternummer));
    debiteuren = {
      count: table.value.rows.length,
      byStatus: countByStatus(table.value.rows.map((r) => r.record.status)),
      invalidNumbers: numbers.filter((n) => !n.ok && n.error.code !== "leeg").length,
      missingNumbers: numbers.filter((n) => !n.ok && n.error.code === "leeg").length,
    };
  } else {
    const e = table.error;
    if (e.code === "extra-kolommen" || e.code === "geen-bekende-kolommen" || e.code === "gegevens-zonder-kop") buitenProtocol = [...e.columns];
    debiteurenProbleem = appProblemMessage(e);
  }
  const wijzigingenBuitenAddin = entries.filter((e) => e.actie === LOG_ACTION.wijzigingBuitenAddin).length;
  const openingenZonderDoel = openingsWithoutPurpose(entries).length;

  const summary = `Logboek ${controle.intact ? "intact" : "niet intact"}; ${debiteuren?.count ?? "?"} debiteuren; ${wijzigingenBuitenAddin} wijziging(en) buiten add-in`;
  const [row] = await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.export, veld: "nalevingsrapport", nieuweWaarde: summary })], {});

  const report: Omit<ComplianceReport, "text"> = {
    drawnUpAt: row.tijdstip,
    drawnUpBy: `${session.gebruiker} (${ROLE_LABEL[session.rol]})`,
    protocol: {
      name: config.naam,
      start: config.start,
      end: config.einde,
      period: periodState(config, localDate(deps.clock.now())),
      ...(config.gesloten ? { closedOn: config.gesloten } : {}),
      clauses: protocolClauses(config),
    },
    fields: { allowed: config.velden.stadNaarOcmw, inUse: inGebruik, outsideProtocol: buitenProtocol },
    ...(debiteuren ? { debtors: debiteuren } : {}),
    ...(debiteurenProbleem ? { debtorsProblem: debiteurenProbleem } : {}),
    outsideChanges: wijzigingenBuitenAddin,
    openingsWithoutPurpose: openingenZonderDoel,
    logCheck: controle,
  };
  return ok({ ...report, text: renderComplianceReport(report) });
}

export function renderComplianceReport(r: Omit<ComplianceReport, "text">): string {
  const p = r.protocol;
  const lines = [
    "NALEVINGSRAPPORT DEBITEURENCHECK",
    `Opgesteld op ${r.drawnUpAt} door ${r.drawnUpBy}.`,
    "",
    "1. Protocol",
    `   ${p.name}`,
    `   Periode: ${p.start} t.e.m. ${p.end}. ${p.closedOn ? `Afgesloten op ${p.closedOn}.` : periodMessage(p.period, { start: p.start, einde: p.end })}`,
    ...p.clauses.flatMap((t) => [`   ${t.clause} ${t.title}:`, ...t.lines.map((line) => `     - ${line}`)]),
    "",
    "2. Gegevens (proportionaliteit)",
    `   Toegestaan volgens het protocol: ${r.fields.allowed.join(", ")}.`,
    `   In gebruik in het blad Debiteuren: ${r.fields.inUse.join(", ") || "geen"} (plus de kolommen van de add-in: Status, Match, Rij-ID).`,
    `   Buiten het protocol: ${r.fields.outsideProtocol.length ? `${r.fields.outsideProtocol.join(", ")} — te verwijderen` : "geen"}.`,
    "",
    "3. Debiteuren per status",
  ];
  if (r.debtors) {
    for (const s of ALL_STATUSES) lines.push(`   ${s}: ${r.debtors.byStatus[s]}`);
    lines.push(`   Totaal: ${r.debtors.count}`, "", "4. Rijksregisternummers");
    lines.push(`   Ongeldig: ${r.debtors.invalidNumbers}; ontbrekend: ${r.debtors.missingNumbers} (nooit automatisch gekoppeld).`);
  } else {
    lines.push(`   Niet leesbaar: ${r.debtorsProblem ?? "onbekende reden"}`, "", "4. Rijksregisternummers", "   Niet geteld (blad Debiteuren niet leesbaar).");
  }
  lines.push(
    "",
    "5. Wijzigingen buiten de add-in",
    `   ${r.outsideChanges} vastgesteld bij het openen van de werkmap (zie het Logboek, actie ‘wijziging buiten add-in’).`,
    `   Openingen zonder opgegeven doel: ${r.openingsWithoutPurpose} (actie ‘werkmap geopend’ zonder volgende ‘toegang’).`,
    "",
    "6. Controle van het Logboek",
    `   ${r.logCheck.explanation}`,
  );
  return lines.join("\n") + "\n";
}
