// The one verification every path uses (check, seal, close, opening, controleer): the hash chain against the state
// sheet's head, then that the configuration is the one the log recorded and that every new chain segment comes from a
// genuine close — also that no personal data is left in any sheet after one. A seal and a close record are optional.
import { verifyChain, type VerifyReport } from "../domain/chain";
import { checkConfiguration, checkSegments } from "../domain/integrity";
import { isSegmentStart, type LogEntry } from "../domain/log";
import { SHEET } from "../domain/layout";
import type { CloseRecord, SealHead } from "../domain/sealFormat";
import type { StoredState, WorkbookPort } from "../ports/workbook";
import type { AppDeps } from "./deps";

export interface VerifyWorkbookOptions {
  readonly seal?: SealHead;
  readonly closeRecord?: CloseRecord;
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

type Checked = Pick<StoredState, "head" | "config" | "configDigest">;

export async function verifyWorkbook(
  deps: Pick<AppDeps, "crypto"> & { readonly workbook: Pick<WorkbookPort, "readDebtors" | "readClientSheet"> },
  state: Checked,
  entries: readonly LogEntry[],
  options: VerifyWorkbookOptions = {},
): Promise<VerifyReport> {
  const report = await verifyChain(entries, deps.crypto, { knownHead: state.head, ...options });
  if (!report.ok) return report;
  const purposes = Object.values(state.config.toegangsdoelen).flat();
  const problem = checkSegments(entries, purposes) ?? checkConfiguration(entries, state.configDigest);
  if (problem) return { ok: false, ...problem };
  if (!entries.some(isSegmentStart)) return report;
  const left = await sheetsWithPersonalData(deps.workbook);
  if (left.length === 0) return report;
  const last = entries.length - 1;
  return {
    ok: false,
    breakKind: "afsluiting-onecht",
    nr: entries[last].nr,
    rowIndex: last,
    detail: `Het Logboek zegt dat het project werd afgesloten, maar ${left.join(" en ")}. Na een echte afsluiting staan er nergens nog persoonsgegevens.`,
  };
}

/** After a close: the sheets that still hold rows (Debiteuren below its header, the client sheet at all). */
async function sheetsWithPersonalData(workbook: Pick<WorkbookPort, "readDebtors" | "readClientSheet">): Promise<string[]> {
  const found: string[] = [];
  const debtors = await workbook.readDebtors();
  if (debtors.ok && debtors.value.rows.length > 0) found.push(`het blad ${SHEET.debtors} bevat nog ${debtors.value.rows.length} rij${debtors.value.rows.length === 1 ? "" : "en"}`);
  // A sheet that cannot be read (a column or number format added after the close) may hold rows all the same.
  if (!debtors.ok && debtors.error.code !== "blad-ontbreekt") found.push(`het blad ${SHEET.debtors} kan niet gelezen worden en kan nog rijen bevatten`);
  if ((await workbook.readClientSheet()) !== undefined) found.push(`het blad ${SHEET.clients} bestaat nog`);
  return found;
}
