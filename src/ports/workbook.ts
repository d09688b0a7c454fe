// The workbook as the use cases see it: debtor rows, the client sheet, the log and the hidden state — in the domain's words.
// Implemented over Office.js (src/excel) and, through the in-memory host, over .xlsx files (src/file).
import type { ChainHead } from "../domain/chain";
import type { ConfigDigest } from "../domain/configDigest";
import type { HeaderMap, HeaderProblem } from "../domain/headers";
import type { Result } from "../domain/result";
import type { Cell } from "../domain/lists";
import type { LogEntry } from "../domain/log";
import type { LogDisplayFinding } from "../domain/logDisplay";
import type { ProtocolConfig } from "../domain/protocol";
import type { DebtorData, DebtorRecord, RowId } from "../domain/records";
import type { Role } from "../domain/roles";
import type { Status } from "../domain/status";

/** What the hidden state sheet holds. */
export interface StoredState {
  readonly schemaVersion: number;
  readonly config: ProtocolConfig;
  readonly head: ChainHead;
  /** The digest of the configuration and protection password as stored (configDigest.ts), to compare with the log. */
  readonly configDigest: ConfigDigest;
  /** Set while a change is being written: the Nr range of its log rows (cleared when the write is confirmed). */
  readonly pending?: PendingWrite;
  /** Set only when the state sheet is no longer very hidden (e.g. after a save by LibreOffice): anyone can unhide it. */
  readonly visibility?: "Visible" | "Hidden";
}

export interface PendingWrite {
  readonly fromNr: number;
  readonly toNr: number;
  readonly action: string;
}

export interface DebtorRow {
  /** 0-based index in the table body, at the time of reading. */
  readonly index: number;
  readonly record: DebtorRecord;
  /** The Status cell held a text that is not one of the statuses (read as "nog niet vergeleken"). */
  readonly unknownStatus?: string;
}

export interface DebtorTable {
  readonly headers: readonly string[];
  readonly map: HeaderMap;
  readonly rows: readonly DebtorRow[];
}

export type WorkbookReadProblem =
  | { readonly code: "niet-ingesteld" }
  | { readonly code: "blad-ontbreekt"; readonly sheet: string }
  | { readonly code: "staat-onleesbaar"; readonly detail: string }
  | { readonly code: "nieuwere-versie"; readonly schemaVersion: number }
  /** The sheet's content reaches a cell (A1 address) so far out that reading it would pass Excel's read limits. */
  | { readonly code: "blad-te-groot"; readonly sheet: string; readonly address: string };

/** A debtor row an import appends, with the Rij-ID, Status and Match the add-in gives it. */
export type AppendedDebtor = DebtorData & { readonly rowId: RowId; readonly status: Status; readonly match: string };

/** One logical change, written together with the log rows that record it. */
export interface WorkbookChange {
  /** Create the layout (sheets, tables, state) — only for a new workbook. */
  readonly setup?: { readonly config: ProtocolConfig; readonly password: string };
  readonly config?: ProtocolConfig;
  /** Append new debtor rows (import). */
  readonly appendDebtors?: readonly AppendedDebtor[];
  /** Give existing rows without a Rij-ID one (by body index, as read). */
  readonly assignRowIds?: readonly { readonly index: number; readonly rowId: RowId }[];
  /** Status and Match by Rij-ID. */
  readonly statuses?: readonly { readonly rowId: RowId; readonly status: Status; readonly match: string }[];
  readonly deleteClientSheet?: boolean;
  /** Single Debiteuren body cells (by body index and 0-based column, as last read), written as text: grid edits undone, Rij-IDs and statuses set from the grid (src/app/recordGridEdits.ts). */
  readonly debtorCells?: readonly { readonly index: number; readonly column: number; readonly value: string }[];
  /** New, already chained log entries, appended below the log table in the same batch(es). */
  readonly log: readonly LogEntry[];
  readonly head: ChainHead;
  /** Rij-ID → last-known row digest (src/domain/rowDigest.ts), merged into the stored ones; "" marks a row known to be removed. */
  readonly digestUpdates?: ReadonlyMap<string, string>;
  /** Replace all stored digests (close, or a full re-baseline after detecting outside edits). */
  readonly replaceDigests?: ReadonlyMap<string, string>;
  /** Make the state sheet very hidden again (found visible or only hidden on opening). */
  readonly hideStateSheet?: boolean;
  /** Closing the project (src/app/closeProject.ts); combine with deleteClientSheet, replaceDigests and config. */
  readonly close?: WorkbookClose;
}

/**
 * What closing writes besides the new log rows: the pseudonymised archive over the existing log rows (same Nrs,
 * same count), the Evaluatie sheet (aggregates only, replacing any sheet of that name), and every Debiteuren
 * row below the header cleared (headers kept).
 */
export interface WorkbookClose {
  readonly archivedLog: readonly LogEntry[];
  readonly evaluation: readonly (readonly (string | number)[])[];
}

export interface Capabilities {
  /** Requirement sets present, e.g. ExcelApi 1.7 → protection + events. */
  readonly protection: boolean;
  readonly events: boolean;
  /** ExcelApi 1.13: without it, new rows are written right below the table, which Excel grows itself (docs/memory-excel.md). */
  readonly tableResize: boolean;
  /** ExcelApi 1.9: one-cell changes carry their old and new value; without it the grid log diffs against its shadow copy. */
  readonly changeDetails: boolean;
  readonly triggerSource: boolean;
  readonly allowEditRanges: boolean;
  readonly missing: readonly string[];
}

/** Locked at rest, or the role's columns open for editing in the grid (PRODUCT.md "Locked at rest"). */
export type LockMode = "rust" | "bewerken";

export interface WorkbookPort {
  readState(): Promise<Result<StoredState, WorkbookReadProblem>>;
  readDebtors(): Promise<Result<DebtorTable, WorkbookReadProblem | HeaderProblem>>;
  /** The `OCMW-cliënten` sheet as raw cells, or undefined when there is none. */
  readClientSheet(): Promise<{ readonly headers: readonly Cell[]; readonly rows: readonly (readonly Cell[])[] } | undefined>;
  readLog(): Promise<readonly LogEntry[]>;
  /** The log with what Excel shows otherwise than the values say (formulas, number formats, content beside it): for verification. */
  readLogAsDisplayed?(): Promise<{ readonly entries: readonly LogEntry[]; readonly display: readonly LogDisplayFinding[] }>;
  /** Rij-ID → last-known row digest. */
  readDigests(): Promise<ReadonlyMap<string, string>>;
  /** Writes one change with its log rows; protection for `role` holds afterwards, also when it fails. */
  apply(change: WorkbookChange, role: Role): Promise<void>;
  /**
   * Applies the locking: "rust" locks every data and status column (between sessions, and whenever nobody edits in
   * the grid); "bewerken" unlocks the role's columns (the debtor team's explicit edit mode). Later writes keep the mode.
   */
  protectFor(role: Role, mode: LockMode): Promise<void>;
  capabilities(): Capabilities;
  /** For each of the add-in's sheets that is missing under its own name, the sheet that now holds its table or title (renamed), if any. */
  findMovedSheets?(): Promise<ReadonlyMap<string, string>>;
}
