// The Debiteuren grid as both adapters on the typed-cell route see it (docs/architecture.md): the driven adapter
// (src/excel) says where the debtor table is before each own write; the driving adapter (src/excel-events) keeps a
// shadow copy and hands the rows that changed to the use case (src/app/recordGridEdits.ts). Types only.
import type { HeaderMap } from "../domain/headers";
import type { DebtorRow } from "./workbook";

/** One grid row as the add-in last knew it and as it is now, cell texts in header order. */
export interface GridRow {
  /** 0-based index below the header where the row is now (for a removed row: where it was). */
  readonly index: number;
  /** The Rij-ID the add-in knows the row by ("" for a row it did not know). */
  readonly rowId: string;
  /** Absent: a row new to the add-in. */
  readonly before?: readonly string[];
  /** Absent: the row was removed. */
  readonly after?: readonly string[];
}

/** The Debiteuren table as the adapter last read or wrote it: where a write puts its cells. */
export interface KnownDebtorTable {
  headers: string[];
  map: HeaderMap;
  rows: DebtorRow[];
  /** Rows below the header (appended rows go under them). */
  bodyRows: number;
  columnCount: number;
}
