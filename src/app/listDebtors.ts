// Use case: the debtor rows a role may see — social workers only those that concern the OCMW.
import { err, ok, type Result } from "../domain/result";
import { may } from "../domain/roles";
import { concernsOcmw } from "../domain/status";
import type { DebtorRow } from "../ports/workbook";
import type { AppDeps, Session } from "./deps";
import { readDebtorTable } from "./guards";
import type { AppProblem } from "./problems";

export async function listDebtors(deps: AppDeps, session: Session): Promise<Result<readonly DebtorRow[], AppProblem>> {
  const all = may(session.rol, "alle-debiteuren-zien");
  if (!all && !may(session.rol, "ocmw-debiteuren-zien")) return err({ code: "rol-niet-toegestaan", role: session.rol, action: "ocmw-debiteuren-zien" });
  const table = await readDebtorTable(deps);
  if (!table.ok) return table;
  return ok(all ? table.value.rows : table.value.rows.filter((r) => concernsOcmw(r.record.status)));
}
