// The rows the protocol exchanges: a debtor (city → OCMW) and a client (OCMW's own list, matched against).
import type { Status } from "./status";

/** Stable id of a debtor row (the Rij-ID column), so history survives sorting and row inserts. */
export type RowId = string & { readonly __brand: "RowId" };
export const rowIdFrom = (s: string): RowId => s as RowId;

/** The protocol's fields (3a) as read from a sheet or file; all values are text. */
export interface DebtorData {
  readonly dossiernummer: string;
  readonly voornaam: string;
  readonly achternaam: string;
  /** As written in the source (may be formatted, or lost its leading zeros in a numeric cell). */
  readonly rijksregisternummer: string;
  /** Street, or the whole address when the source has one `Adres` column (then huisnummer is ""). */
  readonly straat: string;
  readonly huisnummer: string;
}

export interface DebtorRecord extends DebtorData {
  readonly rowId: RowId;
  readonly status: Status;
  /** The explanation of the last comparison result (Match column). */
  readonly match: string;
}

export interface ClientRecord {
  readonly voornaam: string;
  readonly achternaam: string;
  readonly rijksregisternummer: string;
  readonly straat: string;
  readonly huisnummer: string;
  /** 1-based row number in the source list, for messages. */
  readonly bronrij: number;
}

/** Just the protocol's fields of a row (drops Rij-ID, status, source row …). */
export function debtorDataOf(r: DebtorData): DebtorData {
  return {
    dossiernummer: r.dossiernummer,
    voornaam: r.voornaam,
    achternaam: r.achternaam,
    rijksregisternummer: r.rijksregisternummer,
    straat: r.straat,
    huisnummer: r.huisnummer,
  };
}
