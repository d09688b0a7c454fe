// Use case: the DPO seals the Logboek — the current head is recorded in a "verzegeling" row, and that row's own head
// is handed out as a short text to copy into a register outside the workbook; verifyLog checks against it (docs/dpo.md).
import { formatHead, type ChainHead } from "../domain/chain";
import { sealText } from "../domain/sealFormat";
import { LOG_ACTION } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";
import { verifyWorkbook } from "./verifyWorkbook";

export { SEAL_PREFIX, sealText } from "../domain/sealFormat";

export interface Seal {
  /** "DC-ZEGEL <tijdstip> <Nr>:<hash>", to copy outside the workbook. */
  readonly text: string;
  /**
   * The head the seal text carries: the "verzegeling" row itself, so it commits to everything up to and including
   * the seal. Sealing right before closing makes it the head the close records, so it stays verifiable afterwards.
   */
  readonly head: ChainHead;
  /** The head before the seal row, which that row records (Nieuwe waarde). */
  readonly recorded: ChainHead;
  /** When it was sealed (the Tijdstip of the "verzegeling" row). */
  readonly sealedAt: string;
}

export async function sealLog(deps: AppDeps, session: Session): Promise<Result<Seal, AppProblem>> {
  const permitted = allowed(session, "logboek-verzegelen");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  // A seal vouches for what it seals: a broken log is reported, not sealed.
  const report = await verifyWorkbook(deps, state.value, await deps.workbook.readLog());
  if (!report.ok) return err({ code: "logboek-gebroken", breakKind: report.breakKind, nr: report.nr, detail: report.detail });

  const [row] = await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.verzegeling, veld: "Logboek", nieuweWaarde: formatHead(report.head) })], {});
  const head = { nr: row.nr, hash: row.hash };
  return ok({ text: sealText(row.tijdstip, head), head, recorded: report.head, sealedAt: row.tijdstip });
}
