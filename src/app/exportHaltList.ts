// Use case: the debtor team exports the lists for collection: every debtor row in exactly one of three dated files —
// stopzetten, voortzetten, nog niet vergeleken (no dwangbevel before comparing) — dossier number and status only.
import { csvLine } from "../domain/csv";
import { LOG_ACTION } from "../domain/log";
import { collectionList, isFlagged, type CollectionList } from "../domain/recomparison";
import { ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed, readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

/** The warning on every row of the not-compared list (and in the task pane). */
export const NOT_COMPARED_WARNING = "nog niet vergeleken met de OCMW-cliëntenlijst: geen dwangbevel vóór de vergelijking";
const FLAGGED_NOTE = "nieuwe aanwijzing – te beoordelen door de maatschappelijk werker";

export const HALT_LISTS: readonly CollectionList[] = ["stopzetten", "voortzetten", "nog-niet-vergeleken"];

export interface HaltListFile {
  readonly list: CollectionList;
  readonly fileName: string;
  /** CSV as Belgian Excel opens it: `;`-separated, UTF-8 with BOM, CRLF. */
  readonly csv: string;
  readonly count: number;
}

export interface HaltLists {
  /** One file per list, in the order of HALT_LISTS. */
  readonly files: readonly HaltListFile[];
  readonly counts: Readonly<Record<CollectionList, number>>;
  /** Debtor rows in the workbook: the sum of the counts. */
  readonly debtors: number;
}

/** The Veld of the export row: closeProject looks for it. */
export const HALT_LIST_FIELD = "lijsten voor de invordering";

export async function exportHaltList(deps: AppDeps, session: Session): Promise<Result<HaltLists, AppProblem>> {
  const permitted = allowed(session, "lijst-exporteren");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const lines: Record<CollectionList, string[]> = { stopzetten: [], voortzetten: [], "nog-niet-vergeleken": [] };
  for (const { record } of table.value.rows) {
    const list = collectionList(record);
    const note = list === "nog-niet-vergeleken" ? NOT_COMPARED_WARNING : isFlagged(record.match) ? FLAGGED_NOTE : "";
    lines[list].push(csvLine([record.dossiernummer, record.status, list === "nog-niet-vergeleken" ? "niet beslist" : list, note]));
  }
  const date = deps.clock.now().toISOString().slice(0, 10);
  const files = HALT_LISTS.map((list) => ({
    list,
    fileName: `invordering-${list}-${date}.csv`,
    csv: "\uFEFF" + [csvLine(["Dossiernummer", "Status", "Invordering", "Opmerking"]), ...lines[list]].join("\r\n") + "\r\n",
    count: lines[list].length,
  }));
  const counts = { stopzetten: lines.stopzetten.length, voortzetten: lines.voortzetten.length, "nog-niet-vergeleken": lines["nog-niet-vergeleken"].length };
  const text = `${counts.stopzetten} stopzetten, ${counts.voortzetten} voortzetten, ${counts["nog-niet-vergeleken"]} nog niet vergeleken (${files.map((f) => f.fileName).join(", ")})`;
  await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.export, veld: HALT_LIST_FIELD, nieuweWaarde: text })], {});
  return ok({ files, counts, debtors: table.value.rows.length });
}
