// `debiteurencheck controleer`: verifies an (archived) workbook's Logboek offline — the same check as the taskpane's
// (checkLog) against the state sheet's head and an optional seal — and reports protocol issues. Reads only: nothing is
// written, so this check is not in the Logboek.
import { localDate } from "../app/deps";
import { appProblemMessage } from "../app/problems";
import { checkLog, readLogAsDisplayed, type LogCheck } from "../app/verifyLog";
import { findStylingBreaks } from "../domain/logDisplay";
import { formatHead } from "../domain/chain";
import { parseCloseRecord, parseSeal } from "../domain/sealFormat";
import { countByStatus, type StatusCounts } from "../domain/evaluation";
import type { HeaderProblem } from "../domain/headers";
import { SHEET } from "../domain/layout";
import { fileProblemMessage, headerProblemMessage } from "../domain/messages";
import { parseNationalNumber } from "../domain/nationalNumber";
import { periodMessage, periodState, type PeriodState } from "../domain/protocol";
import { rowDigest } from "../domain/rowDigest";
import { disagreements, loggedRows, type Disagreement } from "../domain/logAuthority";
import type { LogEntry } from "../domain/log";
import { statusHistoryComplete } from "../app/detectOutsideChanges";
import { openWorkbookFile, workbookPort } from "../file/workbookFile";
import type { DebtorRow, PendingWrite, StoredState, WorkbookPort, WorkbookReadProblem } from "../ports/workbook";
import { EXIT, type CliIo } from "./io";
import { CONTROLEER_USAGE } from "./usage";
import { terminalJson, terminalLines, terminalSafe } from "./terminal";
import { baseName, isFileAccessError, notAWorkbookPath, readCommandLine, stringOption, SYSTEM_ENVIRONMENT, type CliEnvironment } from "./options";


export interface LogResult {
  readonly intact: boolean;
  readonly rijen: number;
  /** Intact: "Nr:hash" of the last row, which is the head in the state sheet. */
  readonly kop: string | null;
  readonly segmenten: number | null;
  /** The first break: its kind (BreakKind, or blad-ontbreekt / staat-onleesbaar) and Nr (0: not about one row). */
  readonly breuk: { readonly soort: string; readonly label: string; readonly nr: number; readonly uitleg: string } | null;
  readonly zegel: { readonly kop: string; readonly uitkomst: string } | null;
  /** True: the close record given with --afsluiting was found on the chain; null: none given (or the log broke first). */
  readonly afsluitingsrecord: boolean | null;
  /** What it means and what to do, as the taskpane says it. */
  readonly uitleg: string;
}

export interface ProtocolReport {
  readonly periode: { readonly start: string; readonly einde: string; readonly toestand: PeriodState["code"] | "afgesloten"; readonly melding: string };
  /** null: the Debiteuren columns are as the protocol allows; otherwise why not (rows are then not read). */
  readonly kolommen: string | null;
  readonly debiteuren: number | null;
  readonly ongeldigeRijksregisternummers: number | null;
  readonly ontbrekendeRijksregisternummers: number | null;
  readonly statussen: StatusCounts | null;
  /** Debtor rows changed, added or deleted without the add-in since it last saw them (row digests in the state sheet). */
  readonly buitenAddin: { readonly gewijzigd: number; readonly zonderDigest: number; readonly verdwenen: number } | null;
  /** Rows that disagree with what the Logboek last recorded for their Rij-ID (dossier, status, a claimed decision). */
  readonly logboekAfwijkingen: readonly LogDisagreement[] | null;
  readonly clientenblad: { readonly aanwezig: boolean; readonly rijen: number };
  readonly onvoltooideSchrijfactie: PendingWrite | null;
  /** The state sheet's visibility: anything but very hidden means anyone can unhide it from Excel's menu. */
  readonly statusblad: "zeer verborgen" | "verborgen" | "zichtbaar";
}

export interface LogDisagreement {
  readonly rijId: string;
  readonly dossiernummer: string;
  readonly verschillen: readonly VerschilJson[];
}

/** A disagreement under the names `--json` documents (the domain's are English). */
export interface VerschilJson {
  readonly veld: Disagreement["field"];
  readonly logboek: string;
  readonly blad: string;
}

export interface ControleerOutput {
  readonly werkmap: string;
  readonly logboek: LogResult;
  readonly protocol: ProtocolReport | null;
}

const READ_PROBLEMS = new Set<string>(["niet-ingesteld", "blad-ontbreekt", "staat-onleesbaar", "nieuwere-versie", "blad-te-groot"]);

export async function controleer(args: string[], io: CliIo, env: CliEnvironment = SYSTEM_ENVIRONMENT): Promise<number> {
  const refuse = (message: string) => {
    io.stderr(`${terminalSafe(message)}\n`);
    return EXIT.refused;
  };
  const line = readCommandLine(
    args,
    { zegel: { type: "string" }, afsluiting: { type: "string" }, json: { type: "boolean" } },
    "--zegel vraagt een zegel, --afsluiting een afsluitingsrecord, --json niets.",
    CONTROLEER_USAGE,
    io,
  );
  if (typeof line === "number") return line;
  const { positionals, values, usage } = line;
  if (positionals.length !== 1) return usage(positionals.length === 0 ? "Geef de werkmap op." : "Geef precies één werkmap op.");
  const input = positionals[0];
  const wrongKind = notAWorkbookPath(input);
  if (wrongKind) return usage(wrongKind);
  // A typing error is bad input (exit 2), never a broken log: only a well-formed seal that is not found is an incident.
  const sealText = stringOption(values, "zegel");
  const seal = sealText === undefined ? undefined : parseSeal(sealText);
  if (seal && !seal.ok) return refuse(`--zegel: ${seal.error}`);
  const recordText = stringOption(values, "afsluiting");
  const record = recordText === undefined ? undefined : parseCloseRecord(recordText);
  if (record && !record.ok) return refuse(`--afsluiting: ${record.error}`);
  const print = (output: ControleerOutput) => io.stdout(values.json ? terminalJson(output) : render(output));

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(input);
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    return refuse(`De werkmap "${input}" kan niet geopend worden. Controleer of ze bestaat en of u ze mag lezen.`);
  }
  const opened = await openWorkbookFile(bytes, input);
  if (!opened.ok) return refuse(fileProblemMessage(opened.error));
  const port = workbookPort(opened.value.host);
  const state = await port.readState();
  if (!state.ok) {
    const problem = state.error;
    // No state and no log: not a Debiteurencheck workbook. A missing or garbled one of the two is a broken log.
    if (problem.code === "niet-ingesteld") return refuse(`"${baseName(input)}" is geen Debiteurencheck-werkmap: de bladen ${SHEET.log} en het statusblad ontbreken.`);
    if (problem.code === "nieuwere-versie") return refuse(`${baseName(input)}: ${appProblemMessage(problem)}`);
    const uitleg = appProblemMessage(problem);
    const label = problem.code === "blad-ontbreekt" ? "Blad ontbreekt" : problem.code === "blad-te-groot" ? "Blad te groot" : "Statusblad onleesbaar";
    print({ werkmap: input, logboek: { intact: false, rijen: 0, kop: null, segmenten: null, breuk: { soort: problem.code, label, nr: 0, uitleg }, zegel: null, afsluitingsrecord: null, uitleg }, protocol: null });
    return EXIT.logBroken;
  }

  const log = await readLogAsDisplayed({ workbook: port });
  // What the host does not model (rich text, conditional number formats) comes from the file, merged in row order.
  const styling = opened.value.styling.get(SHEET.log);
  const fromFile = styling ? findStylingBreaks(styling, (i) => log.entries[i]?.nr ?? 0) : [];
  const display = [...log.display, ...fromFile].sort((a, b) => a.rowIndex - b.rowIndex);
  const check = await checkLog({ crypto: env.crypto, workbook: port }, state.value, log.entries, { seal: seal?.value, closeRecord: record?.value }, display);
  const output: ControleerOutput = { werkmap: input, logboek: logResult(check), protocol: await protocolReport(port, state.value, localDate(env.clock.now()), log.entries) };
  print(output);
  return check.intact && (output.protocol?.logboekAfwijkingen ?? []).length === 0 ? EXIT.ok : EXIT.logBroken;
}

function logResult(c: LogCheck): LogResult {
  return {
    intact: c.intact,
    rijen: c.count,
    kop: c.head ? formatHead(c.head) : null,
    segmenten: c.segments ?? null,
    breuk: c.breach ? { soort: c.breach.kind, label: c.breach.label, nr: c.breach.nr, uitleg: c.breach.detail } : null,
    zegel: c.seal ? { kop: c.seal.head, uitkomst: c.seal.outcome } : null,
    afsluitingsrecord: c.closeRecord ?? null,
    uitleg: c.explanation,
  };
}

async function protocolReport(port: WorkbookPort, state: StoredState, today: string, log: readonly LogEntry[]): Promise<ProtocolReport> {
  const { config } = state;
  const period = periodState(config, today);
  const clientSheet = await port.readClientSheet();
  const base = {
    periode: config.gesloten
      ? { start: config.start, einde: config.einde, toestand: "afgesloten" as const, melding: `Het project werd afgesloten op ${config.gesloten}.` }
      : { start: config.start, einde: config.einde, toestand: period.code, melding: periodMessage(period, config) },
    clientenblad: { aanwezig: clientSheet !== undefined, rijen: clientSheet?.rows.filter((r) => r.some((c) => c !== null && c !== undefined && c !== "")).length ?? 0 },
    onvoltooideSchrijfactie: state.pending ?? null,
    statusblad: state.visibility === "Visible" ? ("zichtbaar" as const) : state.visibility === "Hidden" ? ("verborgen" as const) : ("zeer verborgen" as const),
  };
  const table = await port.readDebtors();
  if (!table.ok) {
    const e = table.error;
    const kolommen = READ_PROBLEMS.has(e.code) ? appProblemMessage(e as WorkbookReadProblem) : headerProblemMessage(e as HeaderProblem, "debiteuren");
    return { ...base, kolommen, debiteuren: null, ongeldigeRijksregisternummers: null, ontbrekendeRijksregisternummers: null, statussen: null, buitenAddin: null, logboekAfwijkingen: null };
  }
  const rows = table.value.rows;
  const numbers = rows.map((r) => parseNationalNumber(r.record.rijksregisternummer));
  const digests = await port.readDigests();
  const present = new Set(rows.map((r) => r.record.rowId as string));
  let gewijzigd = 0;
  let zonderDigest = 0;
  for (const r of rows) {
    const stored = r.record.rowId ? digests.get(r.record.rowId) : undefined;
    if (stored === undefined) zonderDigest++;
    else if (stored !== rowDigest(r.record)) gewijzigd++;
  }
  return {
    ...base,
    kolommen: null,
    debiteuren: rows.length,
    ongeldigeRijksregisternummers: numbers.filter((n) => !n.ok && n.error.code !== "leeg").length,
    ontbrekendeRijksregisternummers: numbers.filter((n) => !n.ok && n.error.code === "leeg").length,
    statussen: countByStatus(rows.map((r) => r.record.status)),
    buitenAddin: { gewijzigd, zonderDigest, verdwenen: [...digests.keys()].filter((id) => !present.has(id)).length },
    logboekAfwijkingen: logDisagreements(rows, digests, log),
  };
}

/** The rule the add-in applies on opening (detectOutsideChanges): each known row against its Rij-ID's log. */
function logDisagreements(rows: readonly DebtorRow[], digests: ReadonlyMap<string, string>, log: readonly LogEntry[]): LogDisagreement[] {
  if (!statusHistoryComplete(log)) return [];
  const logged = loggedRows(log);
  return rows
    .filter((r) => digests.has(r.record.rowId))
    .map((r) => ({ rijId: r.record.rowId as string, dossiernummer: r.record.dossiernummer, verschillen: disagreements(r.record, logged).map((d) => ({ veld: d.field, logboek: d.logged, blad: d.sheet })) }))
    .filter((d) => d.verschillen.length > 0);
}

function disagreementLines(found: readonly LogDisagreement[]): string[] {
  if (found.length === 0) return [];
  return [
    `  - AFWIJKEND VAN HET LOGBOEK (${found.length === 1 ? "1 rij" : `${found.length} rijen`}; buiten de add-in gewijzigd, invordering stopgezet tot opnieuw vergeleken):`,
    ...found.map((f) => `      ${f.dossiernummer || "—"} [${f.rijId}]: ${f.verschillen.map((d) => `${d.veld} ‘${d.blad}’, in het Logboek ‘${d.logboek}’`).join("; ")}`),
    "    De add-in zet deze rijen bij het volgende openen terug op ‘nog niet vergeleken’ en vermeldt dat in het Logboek.",
  ];
}

function render(o: ControleerOutput): string {
  const log = o.logboek;
  const lines = [
    log.intact ? `Logboek van ${o.werkmap}: intact.` : `Logboek van ${o.werkmap}: GEBROKEN${log.breuk && log.breuk.nr > 0 ? ` bij Nr ${log.breuk.nr}` : ""} (${log.breuk?.label}).`,
    `  ${log.uitleg}`,
  ];
  const p = o.protocol;
  if (p) {
    lines.push("", "Protocol:", `  - Periode ${p.periode.start} t.e.m. ${p.periode.einde}: ${p.periode.melding}`);
    if (p.kolommen !== null) lines.push(`  - ${SHEET.debtors}: ${p.kolommen}`);
    else {
      lines.push(`  - Kolommen van ${SHEET.debtors}: alleen wat het protocol toelaat.`);
      lines.push(`  - ${p.debiteuren} debiteur(en): ${p.ongeldigeRijksregisternummers} met een ongeldig en ${p.ontbrekendeRijksregisternummers} zonder rijksregisternummer (nooit automatisch gekoppeld).`);
      const counts = Object.entries(p.statussen!).filter(([, n]) => n > 0).map(([s, n]) => `${n} × ${s}`);
      lines.push(`  - Statussen: ${counts.length > 0 ? counts.join(", ") : "geen debiteuren"}.`);
      const b = p.buitenAddin!;
      const afwijkend = p.logboekAfwijkingen ?? [];
      lines.push(
        b.gewijzigd + b.zonderDigest + b.verdwenen + afwijkend.length === 0
          ? "  - Geen wijzigingen aan debiteuren buiten de add-in vastgesteld."
          : `  - Buiten de add-in: ${b.gewijzigd} rij(en) gewijzigd, ${b.zonderDigest} rij(en) zonder gekende toestand (toegevoegd of Rij-ID gewijzigd), ${b.verdwenen} rij(en) verdwenen. De add-in logt dit bij het volgende openen.`,
        ...disagreementLines(afwijkend),
      );
    }
    lines.push(
      p.clientenblad.aanwezig
        ? `  - Het blad ‘${SHEET.clients}’ bestaat nog (${p.clientenblad.rijen} rij(en)); verwijder het zodra het niet meer nodig is.`
        : `  - Geen blad ‘${SHEET.clients}’ in de werkmap.`,
    );
  }
  if (p && p.statusblad !== "zeer verborgen") {
    lines.push(
      `  - Het interne statusblad is ${p.statusblad} in plaats van zeer verborgen (wellicht bewaard met een ander programma): iedereen kan het zichtbaar maken. ` +
        "Open de werkmap met de add-in: die verbergt het opnieuw en vermeldt dat in het Logboek.",
    );
  }
  lines.push("", "Deze controle werd niet in het Logboek geschreven: de werkmap werd alleen gelezen.");
  return terminalLines(lines);
}
