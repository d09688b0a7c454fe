// A corrected national number, name or address re-opens the comparison (domain rule: afterCorrection), the same way
// for every path that changes identifying data: grid edits, edits found on opening, and a re-import.
import { LOG_ACTION, statusField } from "../domain/log";
import { afterCorrection } from "../domain/recomparison";
import type { DebtorData, DebtorRecord } from "../domain/records";
import type { Status } from "../domain/status";
import type { draft } from "./commit";

type DraftFields = Parameters<typeof draft>[1];

export interface Correction {
  readonly status: Status;
  readonly match: string;
  /** The log row that records it: a status back to "nog niet vergeleken", or a flag on a decision. */
  readonly entry: DraftFields;
}

/** What a row gets after `fields` (header names) were corrected; undefined when its status and Match stay. */
export function correctionOf(row: { readonly status: Status; readonly match: string }, fields: readonly string[], over: string): Correction | undefined {
  const next = afterCorrection(row.status, row.match, fields);
  if (!next) return undefined;
  const entry: DraftFields =
    next.status !== row.status
      ? { actie: LOG_ACTION.statusGewijzigd, over, veld: statusField(next.reason), oudeWaarde: row.status, nieuweWaarde: next.status }
      : { actie: LOG_ACTION.nieuweAanwijzing, over, veld: `Match (${next.reason})`, oudeWaarde: row.match, nieuweWaarde: next.match };
  return { status: next.status, match: next.match, entry };
}

const LABELS: readonly [keyof DebtorData, string][] = [
  ["voornaam", "Voornaam"],
  ["achternaam", "Achternaam"],
  ["rijksregisternummer", "Rijksregisternummer"],
  ["straat", "Straat"],
  ["huisnummer", "Huisnummer"],
];

/** The identifying fields that differ between a row and its corrected data (trimmed text compared). */
export function correctedFields(before: DebtorRecord | DebtorData, after: DebtorData): string[] {
  return LABELS.filter(([key]) => before[key].trim() !== after[key].trim()).map(([, label]) => label);
}
