// What `debiteurencheck vergelijk` prints (JSON with --json, else a table): its own module, so the command and
// the table renderer share it without importing each other.
import type { Status } from "../domain/status";

export interface DebtorResult {
  readonly dossiernummer: string;
  readonly status: Status;
  readonly match: string;
  readonly meldingen: string[];
}

export interface VergelijkOutput {
  readonly resultaten: DebtorResult[];
  readonly samenvatting: {
    readonly debiteuren: number;
    readonly clienten: number;
    /** Every status, in the order of STATUS, with its count (0 included, so scripts can rely on the keys). */
    readonly statussen: Record<Status, number>;
    /** Debtors without a valid national number (compared on name + address only). */
    readonly ongeldigeNummers: number;
    /** Notes not about one debtor: empty rows, problems in the client list. */
    readonly meldingen: string[];
    /** What was read of each file: sheet, rows, hidden rows and sheets left out. */
    readonly gelezen: { readonly debiteuren: string; readonly clienten: string };
  };
}
