// Use case: the DPO seals the Logboek — the current head is recorded in a "verzegeling" row, and that row's own head
// is handed out as a short text to copy into a register outside the workbook; verifyLog checks against it (docs/dpo.md).
import { formatHead, parseHead, verifyChain, type ChainHead } from "../domain/chain";
import { LOG_ACTION } from "../domain/log";
import { err, ok, type Result } from "../domain/result";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";

export const SEAL_PREFIX = "DC-ZEGEL";

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
  readonly tijdstip: string;
}

export function sealText(tijdstip: string, head: ChainHead): string {
  return `${SEAL_PREFIX} ${tijdstip} ${formatHead(head)}`;
}

/**
 * The "Nr:hash" inside a seal as the DPO pastes it back (the whole DC-ZEGEL line, or just "Nr:hash", or a bare
 * hash). Text without a head is returned trimmed, so verification can say what is wrong with it.
 */
export function sealHeadText(text: string): string {
  const head = /(?:^|\s)(\d{1,15}:[0-9a-fA-F]{64})(?:\s|$)/.exec(text);
  return head ? formatHead(parseHead(head[1])!) : text.trim();
}

export async function sealLog(deps: AppDeps, session: Session): Promise<Result<Seal, AppProblem>> {
  const permitted = allowed(session, "logboek-verzegelen");
  if (!permitted.ok) return permitted;
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  // A seal vouches for what it seals: a broken log is reported, not sealed.
  const report = await verifyChain(await deps.workbook.readLog(), deps.crypto, { knownHead: state.value.head });
  if (!report.ok) return err({ code: "logboek-gebroken", breakKind: report.breakKind, nr: report.nr, detail: report.detail });

  const [row] = await commit(deps, session, state.value, [draft(session, { actie: LOG_ACTION.verzegeling, veld: "Logboek", nieuweWaarde: formatHead(report.head) })], {});
  const head = { nr: row.nr, hash: row.hash };
  return ok({ text: sealText(row.tijdstip, head), head, recorded: report.head, tijdstip: row.tijdstip });
}
