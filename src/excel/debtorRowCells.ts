// How an appended debtor row is laid out in the Debiteuren table: written by the write protocol (applyChange.ts) and
// foreseen by the grid-event shadow copy (src/excel-events/gridShadow.ts), so its echo events find nothing new.
import type { HeaderMap } from "../domain/headers";
import type { AppendedDebtor } from "../ports/workbook";
import { asText } from "./cells";

/** The cells of an appended debtor row, as text, in the table's column order. */
export function appendedRowCells(r: AppendedDebtor, map: HeaderMap, columnCount: number): string[] {
  const row: string[] = Array(columnCount).fill("");
  const put = (idx: number | undefined, v: string) => {
    if (idx !== undefined) row[idx] = asText(v);
  };
  put(map.fields.dossiernummer, r.dossiernummer);
  put(map.fields.voornaam, r.voornaam);
  put(map.fields.achternaam, r.achternaam);
  put(map.fields.rijksregisternummer, r.rijksregisternummer);
  if (map.fields.adres !== undefined) put(map.fields.adres, [r.straat, r.huisnummer].filter(Boolean).join(" "));
  else {
    put(map.fields.straat, r.straat);
    put(map.fields.huisnummer, r.huisnummer);
  }
  put(map.addIn.status, r.status);
  put(map.addIn.match, r.match);
  put(map.addIn.rijId, r.rowId);
  return row;
}
