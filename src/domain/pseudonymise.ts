// Pseudonymises the Logboek when the project is closed (PRODUCT.md "Lifecycle"): personal values become
// keyed pseudonyms whose key is discarded, and the archive is re-chained so that it verifies again.
import { rechain, verifyChain, type ChainHead } from "./chain";
// eslint-disable-next-line no-restricted-imports -- the domain's own port, not Node's "crypto" (the lint pattern matches both)
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

/** The columns that can hold personal data: Over, the values, and Doel (its "andere reden" is free text). */
const PSEUDONYMISED = ["over", "oudeWaarde", "nieuweWaarde", "doel"] as const;

/**
 * Returns the archive to write in place of the log: rows of the last segment with Over, Oude/Nieuwe
 * waarde and Doel pseudonymised (earlier segments were archived at an earlier close and are kept),
 * re-chained from GENESIS with their Nr kept. Append segmentStartDraft(actor, originalHead,
 * archiveHead) on archiveHead afterwards. `keep` adds texts known not to be personal, e.g. the
 * workbook's configured access purposes.
 * Throws when the chain does not verify: the caller must verify (and report) first, or closing
 * would launder a tampered log.
 */
export async function pseudonymiseLog(
  entries: readonly LogEntry[],
  deps: { crypto: CryptoPort; keep?: Iterable<string> },
): Promise<{ archived: LogEntry[]; originalHead: ChainHead; archiveHead: ChainHead }> {
  const report = await verifyChain(entries, deps.crypto);
  if (!report.ok) throw new Error(`pseudonymiseLog: the log does not verify (${report.breakKind} at Nr ${report.nr}); verify before closing.`);
  const originalHead = report.head;
  if (entries.length === 0) return { archived: [], originalHead, archiveHead: originalHead };

  const safe = new Set([...SAFE_VALUES, ...(deps.keep ?? [])]);
  const key = deps.crypto.randomHex(32);
  const pseudonyms = new Map<string, Promise<string>>();
  const pseudonymFor = (value: string): Promise<string> => {
    const text = value.normalize("NFC");
    let p = pseudonyms.get(text);
    if (!p) {
      p = deps.crypto.hmacHex(key, text).then((mac) => PSEUDONYM_PREFIX + mac.slice(0, 16));
      pseudonyms.set(text, p);
    }
    return p;
  };
  const replace = (value: string): string | Promise<string> =>
    safe.has(value.normalize("NFC").trim()) || isPseudonym(value) ? value : pseudonymFor(value);

  let from = entries.length - 1;
  while (from > 0 && !isSegmentStart(entries[from])) from--;
  if (!isSegmentStart(entries[from])) from = 0;

  const lastSegment: Omit<LogEntry, "hash">[] = [];
  for (let start = from; start < entries.length; start += 1000) {
    // Bounded concurrency: at most 4,000 HMACs in flight.
    const chunk = entries.slice(start, start + 1000).map(async (e) => {
      const out: Record<string, string> = {};
      for (const field of PSEUDONYMISED) {
        const keepsHeads = isSegmentStart(e) && (field === "oudeWaarde" || field === "nieuweWaarde");
        out[field] = keepsHeads ? e[field] : await replace(e[field]);
      }
      const { hash: _hash, ...rest } = e;
      return { ...rest, ...out };
    });
    lastSegment.push(...(await Promise.all(chunk)));
  }
  const rechained = await rechain(lastSegment, deps.crypto);
  const archived = [...entries.slice(0, from), ...rechained];
  const last = archived[archived.length - 1];
  return { archived, originalHead, archiveHead: { nr: last.nr, hash: last.hash } };
}
