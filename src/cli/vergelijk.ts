// `debiteurencheck vergelijk`: compares a debtor list with the OCMW's client list (CSV or .xlsx files) and prints the result; writes nothing.
import { parseArgs } from "node:util";
import type { HeaderProblem, ListKind } from "../domain/headers";
import { readClientRows, readDebtorRows, type Cell, type DebtorRow, type ListProblem } from "../domain/lists";
import { compareDebtors, type Comparison } from "../domain/matching";
import { fileProblemMessage, headerProblemMessage, listProblemMessage } from "../domain/messages";
import { rowIdFrom, type ClientRecord, type DebtorRecord } from "../domain/records";
import { err, ok, type Result } from "../domain/result";
import { STATUS } from "../domain/status";
import { listReadSummary, readListFile } from "../file/readList";
import { EXIT, type CliIo } from "./io";
import { isFileAccessError } from "./options";
import { renderTable } from "./table";
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

  const lists = await readLists(io, debiteuren, clienten);
  if (!lists.ok) return refuse(io, lists.error);
  const { records, clients, listNotes, gelezen } = lists.value;
  const comparison = compareDebtors(records, clients);
  const notes = notesOf(comparison, listNotes);
  if (json) await writeJson(records, comparison, notes, gelezen, io.stdout, io.drain);
  else io.stdout(renderTable(describe(records, comparison, notes, gelezen)));
  return EXIT.ok;
}

interface Lists {
  readonly records: DebtorRecord[];
  readonly clients: ClientRecord[];
  /** Notes about the lists themselves (empty rows …), as Dutch messages. */
  readonly listNotes: string[];
  readonly gelezen: VergelijkOutput["samenvatting"]["gelezen"];
}

/**
 * Both lists as records, one list at a time: a file's contents and parsed rows are garbage before the next file is
 * read, which keeps the peak memory of two 100,000-row lists down.
 */
async function readLists(io: CliIo, debiteuren: string, clienten: string): Promise<Result<Lists, string>> {
  const debtors = await readList(io, debiteuren, "debiteuren", readDebtorRows, toDebtorRecord);
  if (!debtors.ok) return debtors;
  const clients = await readList(io, clienten, "clienten", readClientRows, (c) => c);
  if (!clients.ok) return clients;
  if (debtors.value.records.length === 0) return err(`${LIST_LABEL.debiteuren} "${debiteuren}": er staan geen debiteuren in. Kies het juiste bestand of werkblad.`);
  // Comparing with an empty client list would call every debtor "geen cliënt": refuse instead.
  if (clients.value.records.length === 0) return err(`${LIST_LABEL.clienten} "${clienten}": er staan geen cliënten in. Kies het juiste bestand of werkblad.`);
  return ok({
    records: debtors.value.records,
    clients: clients.value.records,
    listNotes: [...debtors.value.notes, ...clients.value.notes],
    gelezen: { debiteuren: `${debiteuren}: ${debtors.value.summary}`, clienten: `${clienten}: ${clients.value.summary}` },
  });
}

type RowReader<R> = (headers: readonly Cell[], rows: readonly (readonly Cell[])[], options: { firstRowNumber: number }) => Result<{ records: R[]; problems: ListProblem[] }, HeaderProblem>;

interface ReadList<T> {
  readonly records: T[];
  /** The list's problems as Dutch notes; empty rows that are hidden are left to the summary. */
  readonly notes: string[];
  readonly summary: string;
}

async function readList<R, T>(io: CliIo, path: string, kind: ListKind, read: RowReader<R>, as: (r: R) => T): Promise<Result<ReadList<T>, string>> {
  const file = await loadRows(io, path, kind);
  if (!file.ok) return file;
  const { headers, rows, firstRowNumber, summary, hidden } = file.value;
  const read_ = read(headers, rows, { firstRowNumber });
  if (!read_.ok) return err(headerRefusal(path, kind, read_.error));
  const shown = (p: ListProblem) => !(p.code === "lege-rij" && hidden.has(p.bronrij));
  const notes = read_.value.problems.filter(shown).map((p) => `${LIST_LABEL[kind]}: ${listProblemMessage(p)}`);
  return ok({ records: read_.value.records.map(as), notes, summary });
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

/** The table's form: every row with its notes written out. */
function describe(records: readonly DebtorRecord[], comparison: Comparison, notes: Notes, gelezen: VergelijkOutput["samenvatting"]["gelezen"]): VergelijkOutput {
  const resultaten = comparison.outcomes.map((o, i) => ({
    dossiernummer: records[i].dossiernummer,
    status: o.status,
    match: o.match,
    meldingen: (notes.byRow.get(o.rowId) ?? []).map((m) => notes.messages[m]),
  }));
  const { debtors: debiteuren, clients: clienten, byStatus: perStatus, invalidNumbers: ongeldigeNummers } = comparison.summary;
  const meldingen = notes.general.map((m) => notes.messages[m]);
  return { resultaten, samenvatting: { debiteuren, clienten, statussen: { ...perStatus }, ongeldigeNummers, meldingen, gelezen } };
}
