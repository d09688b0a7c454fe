// `debiteurencheck controleer`: verifies an (archived) workbook's Logboek offline against the state sheet's head and an
// optional seal, and reports protocol issues. Reads only: nothing is written, so this check is not in the Logboek.
import { localDate } from "../app/deps";
import { appProblemMessage, periodMessage } from "../app/problems";
import { BREAK_LABEL, formatHead, verifyChain, type VerifyReport } from "../domain/chain";
import type { HeaderProblem } from "../domain/headers";
import { fileProblemMessage, headerProblemMessage } from "../domain/messages";
import { SHEET } from "../domain/layout";
import { parseNationalNumber } from "../domain/nationalNumber";
import { periodState, type PeriodState } from "../domain/protocol";
import { rowDigest } from "../domain/rowDigest";
import { ALL_STATUSES, type Status } from "../domain/status";
import { openWorkbookFile, workbookPort } from "../file/workbookFile";
import type { PendingWrite, StoredState, WorkbookPort, WorkbookReadProblem } from "../ports/workbook";
import { EXIT, type CliIo } from "./io";
import { baseName, isFileAccessError, parseCommandLine, stringOption, SYSTEM_ENVIRONMENT, type CliEnvironment } from "./options";

export const CONTROLEER_USAGE = `  debiteurencheck controleer <werkmap.xlsx> [--zegel <nr:hash>] [--json]
      Controleert het Logboek van een (gearchiveerde) werkmap zonder Excel: de hashketen, de kop in het
      statusblad en, met --zegel, dat het Logboek sinds het verzegelen alleen werd aangevuld. Meldt ook
      protocolpunten (periode, kolommen, ongeldige rijksregisternummers, wijzigingen buiten de add-in).
      Leest alleen; schrijft niets.
      --zegel  de zegel zoals de functionaris gegevensbescherming die noteerde (Nr:hash of alleen de hash)
      --json   het resultaat als JSON.
      Afsluitcode 0: Logboek intact; 1: Logboek gebroken (eerste gebroken rij genoemd); 2: geen
      Debiteurencheck-werkmap, onleesbaar bestand of verkeerd gebruik.`;

export type LogResult =
  | { readonly intact: true; readonly rijen: number; readonly segmenten: number; readonly kop: string; readonly zegel: "gevonden" | "niet-controleerbaar" | null }
  | { readonly intact: false; readonly soort: string; readonly label: string; readonly nr: number; readonly uitleg: string };

export interface ProtocolReport {
  readonly periode: { readonly start: string; readonly einde: string; readonly toestand: PeriodState["code"]; readonly melding: string };
  /** null: the Debiteuren columns are as the protocol allows; otherwise why not (rows are then not read). */
  readonly kolommen: string | null;
  readonly debiteuren: number | null;
  readonly ongeldigeRijksregisternummers: number | null;
  readonly statussen: Record<Status, number> | null;
  /** Debtor rows changed, added or deleted without the add-in since it last saw them (row digests in the state sheet). */
  readonly buitenAddin: { readonly gewijzigd: number; readonly zonderDigest: number; readonly verdwenen: number } | null;
  readonly clientenblad: { readonly aanwezig: boolean; readonly rijen: number };
  readonly onvoltooideSchrijfactie: PendingWrite | null;
}

export interface ControleerOutput {
  readonly werkmap: string;
  readonly logboek: LogResult;
  readonly protocol: ProtocolReport;
}

const READ_PROBLEMS = new Set<string>(["niet-ingesteld", "blad-ontbreekt", "staat-onleesbaar", "nieuwere-versie"]);
const SEAL_SHAPE = /^\s*(\d{1,15}:)?[0-9a-fA-F]{64}\s*$/;

export async function controleer(args: string[], io: CliIo, env: CliEnvironment = SYSTEM_ENVIRONMENT): Promise<number> {
  const refuse = (message: string) => {
    io.stderr(`${message}\n`);
    return EXIT.refused;
  };
  const usage = (message: string) => refuse(`${message}\n\nGebruik:\n${CONTROLEER_USAGE}`);
  const parsed = parseCommandLine(args, { zegel: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } }, "--zegel vraagt een zegel, --json niets.");
  if (!parsed.ok) return usage(parsed.error);
  if (parsed.value.values.help) {
    io.stdout(`Gebruik:\n${CONTROLEER_USAGE}\n`);
    return EXIT.ok;
  }
  const { positionals, values } = parsed.value;
  if (positionals.length !== 1) return usage(positionals.length === 0 ? "Geef de werkmap op." : "Geef precies één werkmap op.");
  const input = positionals[0];
  const seal = stringOption(values, "zegel");
  if (seal !== undefined && !SEAL_SHAPE.test(seal)) return usage(`"${seal}" is geen zegel: geef Nr:hash (64 hexadecimale tekens) of alleen de hash, zoals getoond bij het verzegelen.`);

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(input);
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    return refuse(`De werkmap "${input}" kan niet geopend worden. Controleer of ze bestaat en of u ze mag lezen.`);
  }
  const opened = await openWorkbookFile(bytes, input);
  if (!opened.ok) return refuse(fileProblemMessage(opened.error));
  const port = workbookPort(opened.value.host, env.crypto);
  const state = await port.readState();
  if (!state.ok) {
    const problem = state.error;
    // No state and no log: not a Debiteurencheck workbook. A missing or garbled one of the two is a broken log.
    if (problem.code === "niet-ingesteld") return refuse(`"${baseName(input)}" is geen Debiteurencheck-werkmap: de bladen ${SHEET.log} en het statusblad ontbreken.`);
    if (problem.code === "nieuwere-versie") return refuse(`${baseName(input)}: ${appProblemMessage(problem)}`);
    const log: LogResult = { intact: false, soort: problem.code, label: problem.code === "blad-ontbreekt" ? "Blad ontbreekt" : "Statusblad onleesbaar", nr: 0, uitleg: appProblemMessage(problem) };
    io.stdout(values.json ? `${JSON.stringify({ werkmap: input, logboek: log, protocol: null }, null, 2)}\n` : `${renderLog(input, log)}\n`);
    return EXIT.logBroken;
  }

  const entries = await port.readLog();
  const verified = await verifyChain(entries, env.crypto, { knownHead: state.value.head, ...(seal !== undefined ? { seal } : {}) });
  const output: ControleerOutput = {
    werkmap: input,
    logboek: logResult(verified, seal),
    protocol: await protocolReport(port, state.value, localDate(env.clock.now())),
  };
  io.stdout(values.json ? `${JSON.stringify(output, null, 2)}\n` : render(output));
  return output.logboek.intact ? EXIT.ok : EXIT.logBroken;
}

function logResult(v: VerifyReport, seal: string | undefined): LogResult {
  if (!v.ok) return { intact: false, soort: v.breakKind, label: BREAK_LABEL[v.breakKind], nr: v.nr, uitleg: v.detail };
  return { intact: true, rijen: v.count, segmenten: v.segments, kop: formatHead(v.head), zegel: seal === undefined ? null : v.sealFound ? "gevonden" : "niet-controleerbaar" };
}

async function protocolReport(port: WorkbookPort, state: StoredState, today: string): Promise<ProtocolReport> {
  const period = periodState(state.config, today);
  const clientSheet = await port.readClientSheet();
  const base = {
    periode: { start: state.config.start, einde: state.config.einde, toestand: period.code, melding: periodMessage(period) },
    clientenblad: { aanwezig: clientSheet !== undefined, rijen: clientSheet?.rows.filter((r) => r.some((c) => c !== null && c !== undefined && c !== "")).length ?? 0 },
    onvoltooideSchrijfactie: state.pending ?? null,
  };
  const table = await port.readDebtors();
  if (!table.ok) {
    const e = table.error;
    const kolommen = READ_PROBLEMS.has(e.code) ? appProblemMessage(e as WorkbookReadProblem) : headerProblemMessage(e as HeaderProblem, "debiteuren");
    return { ...base, kolommen, debiteuren: null, ongeldigeRijksregisternummers: null, statussen: null, buitenAddin: null };
  }
  const rows = table.value.rows;
  const statussen = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) statussen[r.record.status]++;
  const digests = await port.readDigests();
  const seen = new Set<string>();
  let gewijzigd = 0;
  let zonderDigest = 0;
  for (const r of rows) {
    const stored = r.record.rowId ? digests.get(r.record.rowId) : undefined;
    seen.add(r.record.rowId);
    if (stored === undefined) zonderDigest++;
    else if (stored !== rowDigest(r.record)) gewijzigd++;
  }
  return {
    ...base,
    kolommen: null,
    debiteuren: rows.length,
    ongeldigeRijksregisternummers: rows.filter((r) => !parseNationalNumber(r.record.rijksregisternummer).ok).length,
    statussen,
    buitenAddin: { gewijzigd, zonderDigest, verdwenen: [...digests.keys()].filter((id) => !seen.has(id)).length },
  };
}

function renderLog(input: string, log: LogResult): string {
  if (log.intact) {
    return [
      `Logboek van ${input}: intact.`,
      `  ${log.rijen} rij(en) in ${log.segmenten} ketensegment(en); kop ${log.kop}.`,
      ...(log.zegel === "gevonden" ? ["  Zegel gevonden: het Logboek werd sinds het verzegelen alleen aangevuld."] : []),
      ...(log.zegel === "niet-controleerbaar" ? ["  De zegel ligt in het gepseudonimiseerde archief van een afgesloten project en kan niet meer gecontroleerd worden."] : []),
    ].join("\n");
  }
  const where = log.nr > 0 ? ` bij Nr ${log.nr}` : "";
  return `Logboek van ${input}: GEBROKEN${where} (${log.label}).\n  ${log.uitleg}`;
}

function render(o: ControleerOutput): string {
  const p = o.protocol;
  const lines = [renderLog(o.werkmap, o.logboek), "", "Protocol:", `  - Protocolperiode ${p.periode.start} t/m ${p.periode.einde}: ${p.periode.melding}`];
  if (p.kolommen !== null) lines.push(`  - Debiteuren: ${p.kolommen}`);
  else {
    lines.push(`  - Kolommen van ${SHEET.debtors}: alleen wat het protocol toelaat.`);
    lines.push(`  - ${p.ongeldigeRijksregisternummers} van ${p.debiteuren} debiteur(en) zonder geldig rijksregisternummer.`);
    const counts = Object.entries(p.statussen!).filter(([, n]) => n > 0).map(([s, n]) => `${n} × ${s}`);
    lines.push(`  - Statussen: ${counts.length > 0 ? counts.join(", ") : "geen debiteuren"}.`);
    const b = p.buitenAddin!;
    lines.push(
      b.gewijzigd + b.zonderDigest + b.verdwenen === 0
        ? "  - Geen wijzigingen aan debiteuren buiten de add-in vastgesteld."
        : `  - Buiten de add-in: ${b.gewijzigd} rij(en) gewijzigd, ${b.zonderDigest} rij(en) zonder gekende toestand (toegevoegd of Rij-ID gewijzigd), ${b.verdwenen} rij(en) verdwenen. De add-in logt dit bij het volgende openen.`,
    );
  }
  lines.push(
    p.clientenblad.aanwezig
      ? `  - Het blad ‘${SHEET.clients}’ bestaat nog (${p.clientenblad.rijen} rij(en)); verwijder het zodra het niet meer nodig is.`
      : `  - Geen blad ‘${SHEET.clients}’ in de werkmap.`,
  );
  if (p.onvoltooideSchrijfactie) {
    const w = p.onvoltooideSchrijfactie;
    lines.push(`  - Een schrijfactie (${w.action}, Nr ${w.fromNr} t/m ${w.toNr}) werd niet afgerond. Open de werkmap met de add-in om ze na te kijken.`);
  }
  lines.push("", "Deze controle werd niet in het Logboek geschreven: de werkmap werd alleen gelezen.");
  return `${lines.join("\n")}\n`;
}
