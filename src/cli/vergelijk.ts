// `debiteurencheck vergelijk`: compares a debtor list with the OCMW's client list (CSV or .xlsx files) and prints the result; writes nothing.
import { parseArgs } from "node:util";
import type { HeaderProblem, ListKind } from "../domain/headers";
import { readClientRows, readDebtorRows, type Cell, type DebtorRow, type ListProblem } from "../domain/lists";
import { compareDebtors, dataQualityMessage, type Comparison } from "../domain/matching";
import { fileProblemMessage, headerProblemMessage, listProblemMessage } from "../domain/messages";
import { rowIdFrom, type DebtorRecord } from "../domain/records";
import { err, ok, type Result } from "../domain/result";
import { STATUS } from "../domain/status";
import { listReadSummary, readListFile } from "../file/readList";
import { EXIT, type CliIo } from "./io";
import { isFileAccessError } from "./options";
import { renderTable } from "./table";
import { terminalJson, terminalSafe } from "./terminal";
import type { VergelijkOutput } from "./vergelijkOutput";

export const VERGELIJK_USAGE = `  debiteurencheck vergelijk --debiteuren <bestand> --clienten <bestand> [--json]
      Vergelijkt de debiteurenlijst met de cliëntenlijst van het OCMW (.xlsx of CSV) en toont per
      debiteur de status en waarop die steunt. Schrijft niets weg.
      --json  één JSON-object in plaats van een tabel.`;

const LIST_LABEL: Readonly<Record<ListKind, string>> = { debiteuren: "Debiteurenlijst", clienten: "Cliëntenlijst" };

export async function vergelijk(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args);
  if (!options.ok) {
    io.stderr(`${options.error}\n\nGebruik:\n${VERGELIJK_USAGE}\n`);
    return EXIT.refused;
  }
  if (options.value.help) {
    io.stdout(`Gebruik:\n${VERGELIJK_USAGE}\n`);
    return EXIT.ok;
  }
  const { debiteuren, clienten, json } = options.value;

  const debtorFile = await loadRows(io, debiteuren, "debiteuren");
  if (!debtorFile.ok) return refuse(io, debtorFile.error);
  const clientFile = await loadRows(io, clienten, "clienten");
  if (!clientFile.ok) return refuse(io, clientFile.error);
  const debtors = readDebtorRows(debtorFile.value.headers, debtorFile.value.rows, { firstRowNumber: debtorFile.value.firstRowNumber });
  const gelezen = { debiteuren: `${debiteuren}: ${debtorFile.value.summary}`, clienten: `${clienten}: ${clientFile.value.summary}` };
  if (!debtors.ok) return refuse(io, headerRefusal(debiteuren, "debiteuren", debtors.error));
  const clients = readClientRows(clientFile.value.headers, clientFile.value.rows, { firstRowNumber: clientFile.value.firstRowNumber });
  if (!clients.ok) return refuse(io, headerRefusal(clienten, "clienten", clients.error));
  if (debtors.value.records.length === 0) return refuse(io, `${LIST_LABEL.debiteuren} "${debiteuren}": er staan geen debiteuren in. Kies het juiste bestand of werkblad.`);
  // Comparing with an empty client list would call every debtor "geen cliënt": refuse instead.
  if (clients.value.records.length === 0) return refuse(io, `${LIST_LABEL.clienten} "${clienten}": er staan geen cliënten in. Kies het juiste bestand of werkblad.`);

  const records = debtors.value.records.map(toDebtorRecord);
  const comparison = compareDebtors(records, clients.value.records);
  const shown = (file: ListRows) => (p: ListProblem) => !(p.code === "lege-rij" && file.hidden.has(p.bronrij)); // hidden rows: in the summary
  const output = describe(records, comparison, gelezen, [
    ...debtors.value.problems.filter(shown(debtorFile.value)).map((p) => `${LIST_LABEL.debiteuren}: ${listProblemMessage(p)}`),
    ...clients.value.problems.filter(shown(clientFile.value)).map((p) => `${LIST_LABEL.clienten}: ${listProblemMessage(p)}`),
  ]);
  io.stdout(json ? terminalJson(output) : renderTable(output));
  return EXIT.ok;
}

function refuse(io: CliIo, message: string): number {
  io.stderr(`${terminalSafe(message)}\n`);
  return EXIT.refused;
}

type Options = { help: true } | { help: false; debiteuren: string; clienten: string; json: boolean };

function parseOptions(args: string[]): Result<Options, string> {
  let values: { debiteuren?: string; clienten?: string; json?: boolean; help?: boolean };
  try {
    values = parseArgs({
      args,
      options: { debiteuren: { type: "string" }, clienten: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    // parseArgs throws for wrong usage (with an English message): say it in Dutch; anything else is a bug.
    const { code, message } = (typeof e === "object" && e !== null ? e : {}) as { code?: unknown; message?: unknown };
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw e;
    const quoted = /'([^' ]+)/.exec(String(message))?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return err(`Onbekende optie ${quoted}.`);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return err(`Onverwacht argument "${quoted}". Geef bestanden op met --debiteuren en --clienten.`);
    return err(`De optie ${quoted} wordt verkeerd gebruikt: --debiteuren en --clienten vragen een bestand, --json en --help niets.`);
  }
  if (values.help) return ok({ help: true });
  const missing = [values.debiteuren === undefined ? "--debiteuren <bestand>" : "", values.clienten === undefined ? "--clienten <bestand>" : ""].filter(Boolean);
  if (missing.length > 0) return err(`Geef ${missing.join(" en ")} op.`);
  return ok({ help: false, debiteuren: values.debiteuren!, clienten: values.clienten!, json: values.json ?? false });
}

interface ListRows {
  readonly headers: Cell[];
  readonly rows: Cell[][];
  readonly firstRowNumber: number;
  readonly summary: string;
  readonly hidden: ReadonlySet<number>;
}

/** Reads one list file; a refusal comes back as the Dutch message to print. */
async function loadRows(io: CliIo, path: string, kind: ListKind): Promise<Result<ListRows, string>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    return err(`${LIST_LABEL[kind]} "${path}": het bestand kan niet geopend worden. Controleer of het bestaat en of u het mag lezen.`);
  }
  const file = await readListFile(bytes, path, { kind });
  if (!file.ok) return err(fileProblemMessage(file.error));
  return ok({ headers: file.value.headers, rows: file.value.rows, firstRowNumber: file.value.headerRow + 1, summary: listReadSummary(file.value), hidden: new Set(file.value.hiddenRows) });
}

function headerRefusal(path: string, kind: ListKind, problem: HeaderProblem): string {
  return `${LIST_LABEL[kind]} "${path}": ${headerProblemMessage(problem, kind)}`;
}


/** The source row number becomes the row id: stable for this run, which is all a CLI run needs. */
function toDebtorRecord(row: DebtorRow): DebtorRecord {
  const { dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer, bronrij } = row;
  return { dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer, rowId: rowIdFrom(`R${bronrij}`), status: STATUS.notCompared, match: "" };
}

function describe(records: readonly DebtorRecord[], comparison: Comparison, gelezen: VergelijkOutput["samenvatting"]["gelezen"], listNotes: string[]): VergelijkOutput {
  const notesByRow = new Map<string, string[]>();
  const general = [...listNotes];
  for (const problem of comparison.problems) {
    const message = dataQualityMessage(problem);
    if (!problem.rowIds || problem.rowIds.length === 0) general.push(message);
    for (const rowId of problem.rowIds ?? []) notesByRow.set(rowId, [...(notesByRow.get(rowId) ?? []), message]);
  }
  const byRowId = new Map<string, DebtorRecord>(records.map((r) => [r.rowId, r]));
  const resultaten = comparison.outcomes.map((o) => ({
    dossiernummer: byRowId.get(o.rowId)?.dossiernummer ?? "",
    status: o.status,
    match: o.match,
    meldingen: notesByRow.get(o.rowId) ?? [],
  }));
  const { debiteuren, clienten, perStatus, ongeldigeNummers } = comparison.summary;
  return { resultaten, samenvatting: { debiteuren, clienten, statussen: { ...perStatus }, ongeldigeNummers, meldingen: general, gelezen } };
}
