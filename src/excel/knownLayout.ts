// What the adapter knows of the workbook between writes (password, log and digest rows, the debtor table), in its
// own module so the write protocol (applyChange) and the close writes share it without importing each other.
import type { LogLayout } from "../domain/log";
import type { KnownDebtorTable } from "../ports/grid";
import type { LockMode } from "../ports/workbook";
import type { DigestIndex } from "./stateSheet";

export interface KnownLayout {
  password: string;
  /** The locking the debtor sheet gets after each write (set by protectFor; "rust" until someone starts editing). */
  mode?: LockMode;
  logRows: number;
  /** The Logboek's column order as its header row has it (logLayoutOf): rows are appended in that order. */
  logLayout: LogLayout;
  digestCount: number;
  /** The digest block as last read or written (undefined: read it before updating digests). */
  digests?: DigestIndex;
  debtors?: KnownDebtorTable;
}
