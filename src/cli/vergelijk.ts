// `debiteurencheck vergelijk`: compares a debtor list with the OCMW's client list (CSV or .xlsx files) and prints the result; writes nothing.
import { parseArgs } from "node:util";
import type { HeaderProblem, ListKind } from "../domain/headers";
import { clientListReader, debtorListReader, type Cell, type DebtorRow, type ListProblem, type ListReader } from "../domain/lists";
import { compareDebtors, type Comparison } from "../domain/matching";
import { fileProblemMessage, headerProblemMessage, listProblemMessage } from "../domain/messages";
import { rowIdFrom, type DebtorRecord } from "../domain/records";
import { err, ok, type Result } from "../domain/result";
import { STATUS } from "../domain/status";
import { listReadSummary, readListRows } from "../file/readList";
import { EXIT, isFileAccessError, type CliIo } from "./io";
import { writeTable, type TableRows } from "./table";
import { terminalSafe } from "./terminal";
import { notesOf, writeJson, type Notes } from "./vergelijkJson";
import type { VergelijkOutput } from "./vergelijkOutput";

export const VERGELIJK_USAGE = `  debiteurencheck vergelijk --debiteuren <bestand> --clienten <bestand> [--json]
      Vergelijkt de debiteurenlijst met de cliëntenlijst van het OCMW (.xlsx of CSV) en toont per
      debiteur de status en waarop die steunt. Schrijft niets weg.
      --json  één JSON-object in plaats van een tabel (elke melding één keer; schema in docs/cli.md).`;

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

  const compared = await compareLists(io, debiteuren, clienten);
  if (!compared.ok) return refuse(io, compared.error);
  const { records, comparison, listNotes, gelezen } = compared.value;
  const notes = notesOf(comparison, listNotes);
  if (json) await writeJson(records, comparison, notes, gelezen, io.stdout, io.drain);
  else await writeTable(tableRows(records, comparison, notes), summaryOf(comparison, notes, gelezen), io.stdout, io.drain);
  return EXIT.ok;
}

interface Compared {
  readonly records: DebtorRecord[];
  readonly comparison: Comparison;
  /** Notes about the lists themselves (empty rows …), as Dutch messages. */
  readonly listNotes: string[];
  readonly gelezen: VergelijkOutput["samenvatting"]["gelezen"];
}

/**
 * Both lists read, one at a time (a file's contents and parsed rows are garbage before the next file is read), and
 * compared. The client records are not returned: they are garbage while the result is written.
 */
async function compareLists(io: CliIo, debiteuren: string, clienten: string): Promise<Result<Compared, string>> {
  const debtors = await readList(io, debiteuren, "debiteuren", (headers, options) => debtorListReader(headers, options, toDebtorRecord));
  if (!debtors.ok) return debtors;
  const clients = await readList(io, clienten, "clienten", clientListReader);
  if (!clients.ok) return clients;
  if (debtors.value.records.length === 0) return err(`${LIST_LABEL.debiteuren} "${debiteuren}": er staan geen debiteuren in. Kies het juiste bestand of werkblad.`);
  // Comparing with an empty client list would call every debtor "geen cliënt": refuse instead.
  if (clients.value.records.length === 0) return err(`${LIST_LABEL.clienten} "${clienten}": er staan geen cliënten in. Kies het juiste bestand of werkblad.`);
  const records = debtors.value.records;
  return ok({
    records,
    comparison: compareDebtors(records, clients.value.records),
    listNotes: [...debtors.value.notes, ...clients.value.notes],
    gelezen: { debiteuren: `${debiteuren}: ${debtors.value.summary}`, clienten: `${clienten}: ${clients.value.summary}` },
  });
}

type ReaderOf<R> = (headers: readonly Cell[], options: { firstRowNumber: number }) => ListReader<R>;

interface ReadList<T> {
  readonly records: T[];
  /** The list's problems as Dutch notes; empty rows that are hidden are left to the summary. */
  readonly notes: string[];
  readonly summary: string;
}

/**
 * Reads one list file, each row turned into a record as the file is read (the rows themselves are never all held); a
 * refusal comes back as the Dutch message to print.
 */
async function readList<R>(io: CliIo, path: string, kind: ListKind, readerOf: ReaderOf<R>): Promise<Result<ReadList<R>, string>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    return err(`${LIST_LABEL[kind]} "${path}": het bestand kan niet geopend worden. Controleer of het bestaat en of u het mag lezen.`);
  }
  const started: { reader?: ListReader<R> } = {};
  const file = await readListRows(bytes, path, { kind }, (headers, headerRow) => {
    const reader = readerOf(headers, { firstRowNumber: headerRow + 1 });
    started.reader = reader;
    return (row) => reader.add(row);
  });
  if (!file.ok) return err(fileProblemMessage(file.error));
  // A file read without refusal has a header row, so its reader was started.
  if (!started.reader) throw new Error("readListRows succeeded without a header row");
  const read = started.reader.finish();
  if (!read.ok) return err(headerRefusal(path, kind, read.error));
  const hidden = new Set(file.value.hiddenRows);
  const shown = (p: ListProblem) => !(p.code === "lege-rij" && hidden.has(p.bronrij));
  const notes = read.value.problems.filter(shown).map((p) => `${LIST_LABEL[kind]}: ${listProblemMessage(p)}`);
  return ok({ records: read.value.records, notes, summary: listReadSummary(file.value) });
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

function headerRefusal(path: string, kind: ListKind, problem: HeaderProblem): string {
  return `${LIST_LABEL[kind]} "${path}": ${headerProblemMessage(problem, kind)}`;
}


/**
 * Each debtor row becomes a record as it is read (a literal of the record's own shape: the engine reads it fastest). The
 * source row number becomes the row id, stable for this run, which is all a CLI run needs; Status and Match columns in
 * the file are not used, every debtor is compared afresh.
 */
function toDebtorRecord(row: DebtorRow): DebtorRecord {
  const { dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer, bronrij } = row;
  return { dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer, rowId: rowIdFrom(`R${bronrij}`), status: STATUS.notCompared, match: "" };
}

/** The table's rows: every row with its notes written out. */
function tableRows(records: readonly DebtorRecord[], comparison: Comparison, notes: Notes): TableRows {
  const { outcomes } = comparison;
  return {
    count: outcomes.length,
    cells: (i) => [records[i].dossiernummer, outcomes[i].status, outcomes[i].match],
    notes: (i) => (notes.byRow.get(outcomes[i].rowId) ?? []).map((m) => notes.messages[m]),
  };
}

function summaryOf(comparison: Comparison, notes: Notes, gelezen: VergelijkOutput["samenvatting"]["gelezen"]): VergelijkOutput["samenvatting"] {
  const { debtors: debiteuren, clients: clienten, byStatus: perStatus, invalidNumbers: ongeldigeNummers } = comparison.summary;
  const meldingen = notes.general.map((m) => notes.messages[m]);
  return { debiteuren, clienten, statussen: { ...perStatus }, ongeldigeNummers, meldingen, gelezen };
}
