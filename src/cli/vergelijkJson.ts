// `vergelijk --json`: the compact JSON form (docs/cli.md, "JSON schema"). Every distinct message once, in `meldingen`;
// rows and the summary refer to them by position. Written a few thousand rows at a time, one row per line, so 100,000
// rows never sit in memory as one string (nor as queued pieces: it waits for stdout to drain).
import { dataQualityMessage, type Comparison } from "../domain/matching";
import type { DebtorRecord, RowId } from "../domain/records";
import type { Status } from "../domain/status";
import { jsonSafe } from "./terminal";
import type { VergelijkOutput } from "./vergelijkOutput";

/** Names the form; a change that breaks a reader of it gets a new number. */
export const VERGELIJK_JSON_FORMAT = "debiteurencheck-vergelijk/2";

/** The whole object, as a reader parses it (the writer below never builds it). */
export interface VergelijkJson {
  readonly formaat: typeof VERGELIJK_JSON_FORMAT;
  /** Every distinct message, once. */
  readonly meldingen: string[];
  /** One per debtor row, in the list's order. */
  readonly resultaten: { dossiernummer: string; status: Status; match: string; meldingen: number[] }[];
  readonly samenvatting: {
    readonly debiteuren: number;
    readonly clienten: number;
    /** Every status, in the order of STATUS, with its count (0 included, so scripts can rely on the keys). */
    readonly statussen: Record<Status, number>;
    /** Debtors without a valid national number (compared on name + address only). */
    readonly ongeldigeNummers: number;
    /** Notes not about one debtor (empty rows, problems in the client list): positions in `meldingen`. */
    readonly meldingen: number[];
    /** What was read of each file: sheet, rows, hidden rows and sheets left out. */
    readonly gelezen: VergelijkOutput["samenvatting"]["gelezen"];
  };
}

/** The comparison's messages, each once, and who refers to them. */
export interface Notes {
  readonly messages: string[];
  /** Positions in `messages`, per debtor row that has any. */
  readonly byRow: ReadonlyMap<RowId, number[]>;
  /** Positions in `messages` of the notes not about one debtor. */
  readonly general: number[];
}

export function notesOf(comparison: Comparison, listNotes: readonly string[]): Notes {
  const messages: string[] = [];
  const position = new Map<string, number>();
  const positionOf = (message: string): number => {
    let at = position.get(message);
    if (at === undefined) {
      at = messages.push(message) - 1;
      position.set(message, at);
    }
    return at;
  };
  const general = listNotes.map(positionOf);
  const byRow = new Map<RowId, number[]>();
  for (const problem of comparison.problems) {
    const at = positionOf(dataQualityMessage(problem));
    if (!problem.rowIds || problem.rowIds.length === 0) general.push(at);
    for (const rowId of problem.rowIds ?? []) {
      const row = byRow.get(rowId);
      if (row) row.push(at);
      else byRow.set(rowId, [at]);
    }
  }
  return { messages, byRow, general };
}

const ROWS_PER_WRITE = 4096;

/** Waits for `drain` after every piece, so a slowly read pipe does not make the pieces pile up in memory. */
export async function writeJson(
  records: readonly DebtorRecord[],
  comparison: Comparison,
  notes: Notes,
  gelezen: VergelijkJson["samenvatting"]["gelezen"],
  write: (text: string) => void,
  drain?: () => Promise<void>,
): Promise<void> {
  const { debtors: debiteuren, clients: clienten, byStatus: perStatus, invalidNumbers: ongeldigeNummers } = comparison.summary;
  // jsonSafe: texts from the files reach a terminal as \uXXXX escapes, never as raw control or bidi characters.
  write(jsonSafe(`{"formaat":${JSON.stringify(VERGELIJK_JSON_FORMAT)},\n"meldingen":${JSON.stringify(notes.messages)},\n"resultaten":[`));
  const { outcomes } = comparison;
  // What JSON.stringify({ dossiernummer, status, match, meldingen }) writes per row, made safe piece by piece (so the
  // pieces need no pass of their own): the part from "status" to the notes is the same for many rows and made once per
  // status and Match text.
  const middles = new Map<string, Map<string, string>>();
  const middle = (status: string, match: string): string => {
    let byMatch = middles.get(status);
    if (byMatch === undefined) middles.set(status, (byMatch = new Map()));
    let text = byMatch.get(match);
    if (text === undefined) byMatch.set(match, (text = jsonSafe(`,"status":${JSON.stringify(status)},"match":${JSON.stringify(match)},"meldingen":[`)));
    return text;
  };
  for (let from = 0; from < outcomes.length; from += ROWS_PER_WRITE) {
    const to = Math.min(outcomes.length, from + ROWS_PER_WRITE);
    let chunk = "";
    for (let i = from; i < to; i++) {
      const o = outcomes[i];
      const meldingen = notes.byRow.get(o.rowId);
      chunk += `${i === 0 ? "" : ","}\n{"dossiernummer":${jsonSafe(JSON.stringify(records[i].dossiernummer))}${middle(o.status, o.match)}${meldingen === undefined ? "" : meldingen.join(",")}]}`;
    }
    write(chunk);
    await drain?.();
  }
  const samenvatting = { debiteuren, clienten, statussen: perStatus, ongeldigeNummers, meldingen: notes.general, gelezen };
  write(jsonSafe(`],\n"samenvatting":${JSON.stringify(samenvatting)}}\n`));
}
