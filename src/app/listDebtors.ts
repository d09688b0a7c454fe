// Use case: the debtor rows a role may see — social workers only those that concern the OCMW, flagged rows first.
import { err, ok, type Result } from "../domain/result";
import { isFlagged, rowConcernsOcmw } from "../domain/recomparison";
import { may } from "../domain/roles";
import type { DebtorRow } from "../ports/workbook";
import type { AppDeps, Session } from "./deps";
import { readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

export async function listDebtors(deps: AppDeps, session: Session): Promise<Result<readonly DebtorRow[], AppProblem>> {
  const all = may(session.rol, "alle-debiteuren-zien");
  if (!all && !may(session.rol, "ocmw-debiteuren-zien")) return err({ code: "rol-niet-toegestaan", role: session.rol, action: "ocmw-debiteuren-zien" });
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  const rows = all ? table.value.rows : table.value.rows.filter((r) => rowConcernsOcmw(r.record));
  return ok(flaggedFirst(rows));
}

/** Rows flagged "nieuwe aanwijzing – te beoordelen" first (they wait for the social worker), otherwise sheet order. */
export function flaggedFirst(rows: readonly DebtorRow[]): readonly DebtorRow[] {
  const flagged = rows.filter((r) => isFlagged(r.record.match));
  return flagged.length === 0 ? rows : [...flagged, ...rows.filter((r) => !isFlagged(r.record.match))];
}
