// `debiteurencheck vergelijk <werkmap.xlsx> --uit …`: Vergelijk inside a Debiteurencheck workbook file, through the same
// use case and adapter as the add-in; statuses and log rows go to a NEW file (exceljs may drop parts it does not know).
import { commit, draft } from "../app/commit";
import { compare, type ClientSource } from "../app/compare";
import { openWorkbook } from "../app/openWorkbook";
import { readLogAsDisplayed } from "../app/verifyLog";
import { STRUCTURE_KINDS } from "../domain/logStructure";
import type { AppDeps, Session } from "../app/deps";
import { appProblemMessage } from "../app/problems";
import { reconcile, repairMessage } from "../app/reconcile";
import { err, ok, type Result } from "../domain/result";
import { formatHead } from "../domain/chain";
import { SHEET } from "../domain/layout";
import { LOG_ACTION } from "../domain/log";
import { dataQualityMessage, type ComparisonSummary, type NamedRow } from "../domain/matching";
import { countOf, fileProblemMessage } from "../domain/messages";
import { ROLE_LABEL } from "../domain/roles";
import { STATUS, type Status } from "../domain/status";
import { listReadSummary, readListFile } from "../file/readList";
import { openWorkbookFile, saveWorkbookFile, workbookPort, type OutputFiles } from "../file/workbookFile";
import type { SheetStyling } from "../domain/logDisplay";
import { EXIT, type CliIo } from "./io";
import { VERGELIJK_WERKMAP_USAGE } from "./usage";
import { terminalJson, terminalLines, terminalSafe } from "./terminal";
import { baseName, isFileAccessError, MAX_OPTION_CHARS, notAWorkbookPath, isXlsxPath, parseCommandLine, stringOption, SYSTEM_ENVIRONMENT, type CliEnvironment } from "./options";


/** The comparison's summary under the names `--json` documents (the code's names are English). */
export interface SamenvattingJson {
  readonly debiteuren: number;
  readonly clienten: number;
  readonly perStatus: Readonly<Record<Status, number>>;
  readonly nieuwVergeleken: number;
  readonly behouden: number;
  readonly afwijkendBijHerhaling: number;
  readonly herzien: number;
  readonly gemarkeerd: readonly NamedRow[];
  readonly nietMeerInLijst: readonly NamedRow[];
  readonly ongeldigeNummers: number;
  readonly mogelijkeMatches: number;
  readonly exacteMatches: number;
}

function samenvattingJson(s: ComparisonSummary): SamenvattingJson {
  return {
    debiteuren: s.debtors,
    clienten: s.clients,
    perStatus: s.byStatus,
    nieuwVergeleken: s.newlyCompared,
    behouden: s.statusKept,
    afwijkendBijHerhaling: s.differsOnRepeat,
    herzien: s.revised,
    gemarkeerd: s.flagged,
    nietMeerInLijst: s.noLongerListed,
    ongeldigeNummers: s.invalidNumbers,
    mogelijkeMatches: s.possibleMatches,
    exacteMatches: s.exactMatches,
  };
}

export interface VergelijkWerkmapOutput {
  readonly werkmap: string;
  readonly uit: string;
  readonly clientenlijst: string;
  /** From a file: the sheet and rows read, hidden rows and sheets left out. */
  readonly clientenlijstGelezen: string | null;
  readonly samenvatting: SamenvattingJson;
  readonly gewijzigd: number;
  readonly meldingen: string[];
  /** Rows changed while no add-in ran, logged before comparing (a corrected identity re-opens the comparison). */
  readonly buitenAddin: number;
  readonly logboek: { readonly toegevoegd: number; readonly vanNr: number; readonly totNr: number; readonly kop: string };
  readonly clientenbladAanwezig: boolean;
}

export async function vergelijkWerkmap(args: string[], io: CliIo, files: OutputFiles, env: CliEnvironment = SYSTEM_ENVIRONMENT): Promise<number> {
  const refuse = (message: string) => {
    io.stderr(`${terminalSafe(message)}\n`);
    return EXIT.refused;
  };
  const usage = (message: string) => {
    io.stderr(`${terminalSafe(message)}\n\nGebruik:\n${VERGELIJK_WERKMAP_USAGE}\n`);
    return EXIT.refused;
  };
  const parsed = parseCommandLine(
    args,
    { uit: { type: "string" }, gebruiker: { type: "string" }, doel: { type: "string" }, clienten: { type: "string" }, json: { type: "boolean" } },
    "--uit, --gebruiker, --doel en --clienten vragen een waarde, --json niets.",
  );
  if (!parsed.ok) return usage(parsed.error);
  const { positionals, values } = parsed.value;
  const [uit, gebruiker, doel, clienten] = ["uit", "gebruiker", "doel", "clienten"].map((n) => stringOption(values, n));
  if (positionals.length !== 1) return usage(positionals.length === 0 ? "Geef de werkmap op." : "Geef precies één werkmap op.");
  const input = positionals[0];
  const wrongKind = notAWorkbookPath(input);
  if (wrongKind) return usage(wrongKind);
  const missing = [uit === undefined && "--uit <nieuw.xlsx>", !gebruiker?.trim() && "--gebruiker <naam>", !doel?.trim() && "--doel <tekst>"].filter(Boolean);
  if (missing.length > 0) return usage(`Geef ${missing.join(", ").replace(/, ([^,]*)$/, " en $1")} op.`);
  if (!isXlsxPath(uit!)) return usage(`Het uitvoerbestand "${baseName(uit!)}" moet eindigen op .xlsx.`);
  const tooLong = [gebruiker!.length > MAX_OPTION_CHARS && "--gebruiker", doel!.length > MAX_OPTION_CHARS && "--doel"].filter(Boolean);
  if (tooLong.length > 0) return usage(`${tooLong.join(" en ")} mag hoogstens ${MAX_OPTION_CHARS} tekens lang zijn (het komt in het Logboek).`);
  if (uit === input || (await files.sameFile(input, uit!))) {
    return refuse("--uit is de werkmap zelf. Debiteurencheck overschrijft nooit zijn invoer: kies een nieuwe bestandsnaam.");
  }
  if (await files.exists(uit!)) return refuse(`Het bestand "${uit}" bestaat al. Debiteurencheck overschrijft nooit een bestand: kies een andere naam.`);
  const folder = await files.folderProblem(uit!); // before any work: nothing is compared for a file that cannot be written
  if (folder) return refuse(folder);

  const bytes = await readInput(io, input);
  if (bytes === undefined) return refuse(`De werkmap "${input}" kan niet geopend worden. Controleer of ze bestaat en of u ze mag lezen.`);
  const opened = await openWorkbookFile(bytes, input);
  if (!opened.ok) return refuse(fileProblemMessage(opened.error));
  if (opened.value.foreignlyProtected.length > 0) {
    return refuse(
      `De bladen ${opened.value.foreignlyProtected.join(", ")} werden buiten Debiteurencheck met een ander wachtwoord beveiligd. ` +
        "Hef die beveiliging op in Excel (of open de werkmap met de add-in) en probeer opnieuw.",
    );
  }
  const styled = debtorStylingProblem(opened.value.styling.get(SHEET.debtors));
  if (styled) return refuse(`${baseName(input)}: ${styled}`);
  const { host } = opened.value;
  const deps: AppDeps = { workbook: workbookPort(host), crypto: env.crypto, clock: env.clock };
  // The CLI has no member list or role code to check: it acts as the debtor team on a name the user states, and says
  // so in the log (identity "zelf opgegeven", source CLI). The access row is written before any data is compared.
  const session: Session = { gebruiker: gebruiker!.trim(), identiteit: "zelf opgegeven", rol: "debiteurenteam", doel: doel!.trim(), bron: "CLI" };
  const opening = await deps.workbook.readState();
  if (!opening.ok) return refuse(`${baseName(input)}: ${appProblemMessage(opening.error)}`);
  const firstNr = opening.value.head.nr + 1;
  const settled = opening.value.pending ? await settlePending(deps, session) : ok([]);
  if (!settled.ok) return refuse(`${baseName(input)}: ${settled.error}`);
  const state = await deps.workbook.readState();
  if (!state.ok) return refuse(`${baseName(input)}: ${appProblemMessage(state.error)}`);

  // A hidden or look-alike Logboek, its table gone or moved, or its header changed: writing would land in the wrong place.
  const shape = (await readLogAsDisplayed(deps)).display.find((f) => STRUCTURE_KINDS.has(f.kind));
  if (shape) return refuse(`${baseName(input)}: het Logboek is niet intact. ${shape.detail} Er werd niets vergeleken; controleer de werkmap met "debiteurencheck controleer".`);

  let source: ClientSource = { kind: "blad" };
  let gelezen: string | null = null;
  if (clienten !== undefined) {
    const clientBytes = await readInput(io, clienten);
    if (clientBytes === undefined) return refuse(`Cliëntenlijst "${clienten}": het bestand kan niet geopend worden. Controleer of het bestaat en of u het mag lezen.`);
    const list = await readListFile(clientBytes, clienten, { kind: "clienten" });
    if (!list.ok) return refuse(fileProblemMessage(list.error));
    source = { kind: "bestand", fileName: baseName(clienten), headers: list.value.headers, rows: list.value.rows };
    gelezen = listReadSummary(list.value);
  }

  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.toegang, veld: "rol", nieuweWaarde: ROLE_LABEL[session.rol] })], {});
  // As the add-in does on opening: finish an interrupted write, and log edits made outside it. A corrected number,
  // name or address found there re-opens that row's comparison before this Vergelijk (src/app/corrections.ts).
  const start = await openWorkbook(deps, session);
  if (!start.ok) return refuse(`${baseName(input)}: ${appProblemMessage(start.error)}`);
  if (!start.value.logUsable || start.value.problems.length > 0) {
    return refuse(`${baseName(input)}: ${start.value.problems.map(appProblemMessage).join(" ") || "het Logboek is niet bruikbaar."}`);
  }
  const report = await compare(deps, session, source);
  // Nothing is written on a refusal: the access row above lived only in memory.
  if (!report.ok) return refuse(`${baseName(input)}: ${appProblemMessage(report.error)}`);
  const after = await deps.workbook.readState();
  if (!after.ok) throw new Error(`vergelijk: de staat is na het schrijven onleesbaar (${after.error.code})`);

  if (!(await files.writeNew(uit!, await saveWorkbookFile(host)))) {
    return refuse(`Het bestand "${uit}" bestaat al. Debiteurencheck overschrijft nooit een bestand: kies een andere naam.`);
  }
  const output: VergelijkWerkmapOutput = {
    werkmap: input,
    uit: uit!,
    clientenlijst: source.kind === "blad" ? `blad ${SHEET.clients}` : `bestand ${source.fileName} (niet opgeslagen)`,
    clientenlijstGelezen: gelezen,
    samenvatting: samenvattingJson(report.value.summary),
    gewijzigd: report.value.changed,
    meldingen: [...settled.value, ...report.value.problems.map(dataQualityMessage)],
    buitenAddin: start.value.outsideChanges,
    logboek: { toegevoegd: after.value.head.nr - firstNr + 1, vanNr: firstNr, totNr: after.value.head.nr, kop: formatHead(after.value.head) },
    clientenbladAanwezig: report.value.clientSheetPresent,
  };
  io.stdout(values.json ? terminalJson(output) : renderSummary(output));
  return EXIT.ok;
}

/**
 * A write that was interrupted (pending marker) is settled first, as the add-in does on opening (src/app/reconcile.ts):
 * otherwise new log rows would follow rows past the head. Returns what was put right, or why the log cannot be used.
 */
async function settlePending(deps: AppDeps, session: Session): Promise<Result<string[], string>> {
  const report = await reconcile(deps, session);
  if (!report.ok) return err(appProblemMessage(report.error));
  if (!report.value.logUsable) return err(report.value.problems.map(appProblemMessage).join(" "));
  return ok(report.value.repairs.map(repairMessage));
}

/** The rows a repeated Vergelijk names: flagged for review, and halts the newer list no longer supports. */
function namedRows(s: SamenvattingJson): string[] {
  const row = (r: NamedRow) => `  - ${terminalSafe(r.dossiernummer) || "(geen dossiernummer)"} [${terminalSafe(r.rowId)}]: ${r.status}`;
  const lines: string[] = [];
  if (s.gemarkeerd.length > 0) lines.push("", "Nieuwe aanwijzing – te beoordelen door de maatschappelijk werker (invordering stopgezet tot zij beslist):", ...s.gemarkeerd.map(row));
  if (s.nietMeerInLijst.length > 0) lines.push("", "Niet meer in de nieuwe lijst – behouden; alleen de maatschappelijk werker beslist:", ...s.nietMeerInLijst.map(row));
  return lines;
}

async function readInput(io: CliIo, path: string): Promise<Uint8Array | undefined> {
  try {
    return await io.readFile(path);
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    return undefined;
  }
}

function renderSummary(o: VergelijkWerkmapOutput): string {
  const s = o.samenvatting;
  const counts = Object.values(STATUS)
    .filter((status) => s.perStatus[status] > 0)
    .map((status) => `${s.perStatus[status]} × ${status}`);
  const lines = [
    `Vergeleken: ${o.werkmap} → ${o.uit} (de werkmap zelf werd niet gewijzigd).`,
    `  ${s.debiteuren} debiteur(en), ${s.clienten} cliënt(en); cliëntenlijst: ${o.clientenlijst}.`,
    ...(o.clientenlijstGelezen ? [`  Gelezen uit de cliëntenlijst: ${o.clientenlijstGelezen}.`] : []),
    `  Statussen: ${counts.join(", ")}.`,
    `  Deze vergelijking: ${s.exacteMatches} op rijksregisternummer, ${s.mogelijkeMatches} mogelijke match(es) te bevestigen, ` +
      `${s.ongeldigeNummers} ongeldig(e) rijksregisternummer(s); ${o.gewijzigd} status(sen) gewijzigd, ${s.afwijkendBijHerhaling} eerdere beslissing(en) behouden.`,
    `  Herhaalde vergelijking: ${countOf(s.herzien, "automatisch resultaat", "automatische resultaten")} herzien, ${countOf(s.gemarkeerd.length, "beslissing", "beslissingen")} gemarkeerd voor de maatschappelijk werker, ${s.nietMeerInLijst.length} niet meer in de nieuwe lijst.`,
    `  Logboek: ${o.logboek.toegevoegd} rij(en) toegevoegd (Nr ${o.logboek.vanNr} t.e.m. ${o.logboek.totNr}); nieuwe kop ${o.logboek.kop}.`,
  ];
  if (o.buitenAddin > 0) lines.splice(1, 0, `  ${countOf(o.buitenAddin, "rij", "rijen")} buiten de add-in gewijzigd: in het logboek gezet vóór de vergelijking.`);
  lines.push(...namedRows(s));
  if (o.meldingen.length > 0) lines.push("", "Meldingen:", ...o.meldingen.map((m) => `  - ${m}`));
  if (o.clientenbladAanwezig) {
    lines.push("", `Het blad ‘${SHEET.clients}’ staat nog in de werkmap. Verwijder het zodra het niet meer nodig is (in de add-in: ‘Cliëntenblad verwijderen’).`);
  }
  return terminalLines(lines);
}

/**
 * What Excel shows on Debiteuren but Office.js and the values do not: a cell below the header with runs of their own
 * font (a 1-pt white "Qx" before "Elif" reads as "Elif", is compared as "QxElif"), or a conditional format that sets a
 * number format. Such a row could be compared as another person than the one shown; refused, nothing written.
 */
function debtorStylingProblem(styling: SheetStyling | undefined): string | undefined {
  const rich = styling?.richText.find((address) => Number(/\d+$/.exec(address)?.[0] ?? "1") > 1);
  if (rich) {
    return `Cel ${rich} van het blad ${SHEET.debtors} bevat opgemaakte tekst (delen met een eigen lettertype, grootte of kleur): een lezer kan er iets anders zien dan de waarde die vergeleken zou worden. Er werd niets vergeleken. Wis de opmaak van die cel (Start → Wissen → Opmaak wissen), kijk na of de waarde klopt, en probeer opnieuw.`;
  }
  const rule = styling?.numberFormatRules[0];
  if (rule) {
    return `Op het blad ${SHEET.debtors} (${rule}) staat voorwaardelijke opmaak met een getalnotatie: Excel kan de waarden daar anders tonen dan ze vergeleken zouden worden. Er werd niets vergeleken. Verwijder die regel (Start → Voorwaardelijke opmaak → Regels wissen) en probeer opnieuw.`;
  }
  return undefined;
}

