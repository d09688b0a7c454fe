// Pseudonymises the Logboek when the project is closed (PRODUCT.md "Lifecycle"): personal values become
// keyed pseudonyms whose key is discarded, and the archive is re-chained so that it verifies again.
import { hmacSha256HexSync, rechain, verifyChain, type ChainHead } from "./chain";
import type { CryptoPort } from "./crypto";
import { IDENTITY_SOURCES, isSegmentStart, LOG_ACTION, LOG_SOURCES, NOT_ABOUT_A_DEBTOR, type LogEntry } from "./log";
import { GENK_2021_PRESET } from "./protocol";
import { ALL_ROLES, ROLE_LABEL } from "./roles";
import { ALL_STATUSES } from "./status";

export const PSEUDONYM_PREFIX = "pseudo:";

/** True when a value was replaced by pseudonymiseLog (for the Evaluatie and tests). */
export const isPseudonym = (value: string): boolean => /^pseudo:[0-9a-f]{16}$/.test(value);

/**
 * Values known not to be about a person; everything else in the pseudonymised columns is replaced.
 * This is deliberately an allow-list: numbers (a dossiernummer or rijksregisternummer is digits too),
 * free text and dates are all pseudonymised.
 */
const SAFE_VALUES: ReadonlySet<string> = new Set<string>([
  "",
  NOT_ABOUT_A_DEBTOR,
  ...ALL_STATUSES,
  ...ALL_ROLES,
  ...Object.values(ROLE_LABEL),
  ...Object.values(LOG_ACTION),
  ...LOG_SOURCES,
  ...IDENTITY_SOURCES,
  ...Object.values(GENK_2021_PRESET.toegangsdoelen).flat(),
  "andere reden",
]);

/**
 * Actions whose Oude/Nieuwe waarde the add-in writes itself and that never concern a data subject when Over is "—":
 * sessions and roles, set-up and configuration (staff e-mails stay readable: docs/dpo.md), comparison counts, exports,
 * deleted sheets, the DPO's checks, seals and close, the Zelftest. Their values stay readable in the archive.
 */
const READABLE_ACTIONS: ReadonlySet<string> = new Set<string>([
  LOG_ACTION.toegang,
  LOG_ACTION.rolwissel,
  LOG_ACTION.werkmapIngesteld,
  LOG_ACTION.configuratieGewijzigd,
  LOG_ACTION.configuratieVastgelegd,
  LOG_ACTION.vergelijking,
  LOG_ACTION.export,
  LOG_ACTION.bladVerwijderd,
  LOG_ACTION.controle,
  LOG_ACTION.verzegeling,
  LOG_ACTION.afsluiting,
  LOG_ACTION.ketensegment,
  LOG_ACTION.zelftest,
]);

/** True when the row's Oude and Nieuwe waarde are kept as they are (see READABLE_ACTIONS). */
export const keepsValues = (e: Pick<LogEntry, "actie" | "over">): boolean => e.over === NOT_ABOUT_A_DEBTOR && READABLE_ACTIONS.has(e.actie);

/** Value columns of readable actions that hold the user's own text: the client list's file name (issue 15, 4). */
const USER_TEXT_COLUMN: Readonly<Record<string, "oudeWaarde" | "nieuweWaarde">> = { [LOG_ACTION.vergelijking]: "oudeWaarde" };

/** True when this value column of the row is kept as it is. */
const keepsValue = (e: Pick<LogEntry, "actie" | "over">, column: "oudeWaarde" | "nieuweWaarde"): boolean => keepsValues(e) && USER_TEXT_COLUMN[e.actie] !== column;

/** The columns pseudonymised at close. */
const ARCHIVED_COLUMNS = ["over", "oudeWaarde", "nieuweWaarde", "doel"] as const;
const COLUMN_NAME: Record<(typeof ARCHIVED_COLUMNS)[number], string> = { over: "Over", oudeWaarde: "Oude waarde", nieuweWaarde: "Nieuwe waarde", doel: "Doel" };

const safeSet = (keep: Iterable<string> | undefined): Set<string> => new Set([...SAFE_VALUES, ...[...(keep ?? [])].map((k) => k.normalize("NFC").trim())]);

/**
 * The first value in rows archived at a close (every row before the last "nieuw ketensegment") that a close would
 * have pseudonymised but that is no pseudonym: personal data left in the archive, so the segment is no real close.
 */
export function unpseudonymisedValue(entries: readonly LogEntry[], keep?: Iterable<string>): { nr: number; rowIndex: number; column: string } | undefined {
  let last = entries.length - 1;
  while (last >= 0 && !isSegmentStart(entries[last])) last--;
  const safe = safeSet(keep);
  for (let i = 0; i < last; i++) {
    const e = entries[i];
    if (isSegmentStart(e)) continue;
    for (const column of ARCHIVED_COLUMNS) {
      const value = e[column];
      const kept = (column === "oudeWaarde" || column === "nieuweWaarde") && keepsValue(e, column);
      if (!kept && !safe.has(value.normalize("NFC").trim()) && !isPseudonym(value)) return { nr: e.nr, rowIndex: i, column: COLUMN_NAME[column] };
    }
  }
  return undefined;
}

/**
 * Returns the archive to write in place of the log: the rows of the last segment with Over, Oude
 * waarde, Nieuwe waarde and Doel ("andere reden" is free text) pseudonymised, re-chained from GENESIS
 * with their Nr kept; earlier segments were archived at an earlier close and are kept as they are.
 * Append segmentStartDraft(actor, originalHead, archiveHead) on archiveHead afterwards.
 * `keep` adds texts known not to be personal, e.g. the workbook's configured access purposes.
 * `onProgress` is called per 1,000 rows while verifying and again while pseudonymising.
 * Throws when the chain does not verify: the caller must verify (and report) first, or closing
 * would launder a tampered log.
 */
export async function pseudonymiseLog(
  entries: readonly LogEntry[],
  deps: { crypto: CryptoPort; keep?: Iterable<string>; onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<{ archived: LogEntry[]; originalHead: ChainHead; archiveHead: ChainHead }> {
  const report = await verifyChain(entries, deps.crypto, { onProgress: deps.onProgress });
  if (!report.ok) throw new Error(`pseudonymiseLog: the log does not verify (${report.breakKind} at Nr ${report.nr}); verify before closing.`);
  const originalHead = report.head;
  if (entries.length === 0) return { archived: [], originalHead, archiveHead: originalHead };

  const safe = safeSet(deps.keep);
  const key = deps.crypto.randomHex(32);
  const mac = hmacSha256HexSync(key);
  // The built-in HMAC (a Web Crypto call per value took minutes for 100,000 rows) must agree with the port.
  if (mac(entries[0].referentie) !== (await deps.crypto.hmacHex(key, entries[0].referentie))) {
    throw new Error("pseudonymiseLog: the built-in HMAC disagrees with the CryptoPort.");
  }
  const replace = (value: string): string => {
    const text = value.normalize("NFC");
    return safe.has(text.trim()) || isPseudonym(text) ? value : PSEUDONYM_PREFIX + mac(text).slice(0, 16);
  };

  let from = entries.length - 1;
  while (from > 0 && !isSegmentStart(entries[from])) from--;
  const lastSegment: Omit<LogEntry, "hash">[] = [];
  for (let i = from; i < entries.length; i++) {
    const { hash: _hash, ...e } = entries[i];
    // A segment start's values are heads, not personal data: the record of the archive before it.
    lastSegment.push({
      ...e,
      over: replace(e.over),
      oudeWaarde: keepsValue(e, "oudeWaarde") ? e.oudeWaarde : replace(e.oudeWaarde),
      nieuweWaarde: keepsValue(e, "nieuweWaarde") ? e.nieuweWaarde : replace(e.nieuweWaarde),
      doel: replace(e.doel),
    });
    if ((i + 1) % 1000 === 0 || i + 1 === entries.length) await deps.onProgress?.(i + 1, entries.length);
  }
  const rechained = await rechain(lastSegment, deps.crypto);
  const archived = [...entries.slice(0, from), ...rechained];
  const last = archived[archived.length - 1];
  return { archived, originalHead, archiveHead: { nr: last.nr, hash: last.hash } };
}
