// The Logboek's SHA-256 hash chain: the canonical form of an entry, appending, re-chaining, and
// verification that names the first break and its kind. The format is specified in docs/logging.md.
import { hmacSha256HexSync, sha256HexSync } from "./sha256";
import type { Clock, CryptoPort } from "./crypto";
import { formatTimestamp, isSegmentStart, LOG_ACTION, NOT_ABOUT_A_DEBTOR, type LogDraft, type LogEntry } from "./log";
import { checkCloseRecord, checkKnownHead, checkSeal, formatHead, GENESIS, GENESIS_HASH, parseHead, type BreakKind, type BreakReport, type ChainHead, type SealOutcome } from "./seal";
import type { CloseRecord, SealHead } from "./sealFormat";

export { BREAK_LABEL, formatHead, GENESIS, GENESIS_HASH, parseHead, type BreakKind, type BreakReport, type ChainHead, type SealOutcome } from "./seal";
export { isSegmentStart } from "./log";

export type VerifyReport =
  | { ok: true; head: ChainHead; count: number; segments: number; seal?: SealOutcome }
  | { ok: false; breakKind: BreakKind; nr: number; rowIndex: number; detail: string };

export interface VerifyOptions {
  /** The head kept in the state sheet: detects a truncated tail and rows added outside the add-in. */
  readonly knownHead?: ChainHead;
  /** A head the DPO copied outside the workbook (parseSeal). */
  readonly seal?: SealHead;
  /** The close record the DPO copied out at closing (parseCloseRecord): must be on the chain; lets an older seal be checked. */
  readonly closeRecord?: CloseRecord;
  /** Called after every 1,000 entries; a UI can update a progress bar and yield to rendering here. */
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

/**
 * The canonical form hashed for one entry: a JSON array of Nr (number), the twelve text fields by name in a fixed
 * order (Referentie … Bron, the order earlier versions also used for the columns: LEGACY_LOG_HEADERS) and the previous
 * hash, every string NFC-normalised. The sheet's column order does not enter it. docs/logging.md has the Python
 * equivalent; change neither without the other.
 */
export function canonicalForm(e: Omit<LogEntry, "hash">, previousHash: string): string {
  if (!Number.isSafeInteger(e.nr)) throw new Error(`canonicalForm: Nr is not an integer: ${e.nr}`);
  return `[${e.nr},${q(e.referentie)},${q(e.tijdstip)},${q(e.gebruiker)},${q(e.identiteit)},${q(e.rol)},${q(e.actie)},${q(e.over)},${q(e.veld)},${q(e.oudeWaarde)},${q(e.nieuweWaarde)},${q(e.doel)},${q(e.bron)},${q(previousHash)}]`;
}

/**
 * Text that JSON.stringify writes as itself between quotes (no quote, backslash, control character or surrogate)
 * and that NFC leaves alone (every character below U+0300, where the combining marks start): the usual field. One
 * test instead of normalize() and JSON.stringify's own scan made verifying 100,000 rows markedly cheaper; the
 * result is byte for byte JSON.stringify of the NFC forms (checked by a property test in test/domain/chain.test.ts).
 */
const PLAIN = /^[\u0020\u0021\u0023-\u005b\u005d-\u02ff]*$/;
const q = (s: string): string => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s.normalize("NFC")));

/** The hash a row must carry when `previousHash` is the stored hash of the row before it. */
export function entryHash(e: Omit<LogEntry, "hash">, previousHash: string, sha256 = sha256HexSync): string {
  return sha256(canonicalForm(e, isSegmentStart(e) ? GENESIS_HASH : previousHash));
}

/** The platform's native synchronous SHA-256 when it has one, else the domain's own (the results are equal). */
const bulkSha256 = (crypto: CryptoPort): ((text: string) => string) => crypto.sha256HexSync ?? sha256HexSync;

/** Numbers the drafts from head.nr + 1 and chains them; writing them (and the new head) is the caller's job. */
export async function appendEntries(
  head: ChainHead,
  drafts: readonly LogDraft[],
  deps: { crypto: CryptoPort; clock: Clock; offsetMinutes?: number },
): Promise<{ entries: LogEntry[]; head: ChainHead }> {
  if (!Number.isSafeInteger(head.nr) || head.nr < 0) throw new Error(`appendEntries: bad head Nr ${head.nr}`);
  const entries: LogEntry[] = [];
  // Hashed synchronously, after one cross-check against the port: an await per row (Web Crypto) made the hashing of
  // 100,000 status changes cost seconds of waiting.
  const sha256 = bulkSha256(deps.crypto);
  let current = head;
  for (const draft of drafts) {
    if (isSegmentStart(draft)) assertSegmentStart(draft, current);
    const unhashed = {
      ...draft,
      nr: current.nr + 1,
      referentie: deps.crypto.uuid(),
      tijdstip: formatTimestamp(deps.clock.now(), deps.offsetMinutes),
    };
    const previous = isSegmentStart(draft) ? GENESIS_HASH : current.hash;
    const text = canonicalForm(unhashed, previous);
    if (entries.length === 0) await crossCheck(text, deps.crypto);
    const entry: LogEntry = { ...unhashed, hash: sha256(text) };
    entries.push(entry);
    current = { nr: entry.nr, hash: entry.hash };
  }
  return { entries, head: current };
}

/** A segment start must name the head it follows, or verification would (rightly) fail afterwards. */
function assertSegmentStart(draft: LogDraft, head: ChainHead): void {
  const original = parseHead(draft.oudeWaarde);
  if (draft.nieuweWaarde !== formatHead(head) || !original || original.nr !== head.nr) {
    throw new Error("appendEntries: a segment start must record the original and the current head (segmentStartDraft).");
  }
}

/** The first entry of the new segment after closing (PRODUCT.md "Lifecycle"); append it on `archiveHead`. */
export function segmentStartDraft(
  actor: Pick<LogDraft, "gebruiker" | "identiteit" | "rol" | "doel" | "bron">,
  originalHead: ChainHead,
  archiveHead: ChainHead,
): LogDraft {
  return {
    ...actor,
    actie: LOG_ACTION.ketensegment,
    over: NOT_ABOUT_A_DEBTOR,
    veld: "Logboek",
    oudeWaarde: formatHead(originalHead),
    nieuweWaarde: formatHead(archiveHead),
  };
}

/** Recomputes every hash from GENESIS (a segment start again from GENESIS), keeping Nr and all fields. */
export async function rechain(entries: readonly Omit<LogEntry, "hash">[], crypto: CryptoPort): Promise<LogEntry[]> {
  if (entries.length > 0) await crossCheck(canonicalForm(entries[0], GENESIS_HASH), crypto);
  const out: LogEntry[] = [];
  const sha256 = bulkSha256(crypto);
  let previous = GENESIS_HASH;
  for (const e of entries) {
    previous = entryHash(e, previous, sha256);
    out.push({ ...e, hash: previous });
  }
  return out;
}

/**
 * Verifies the whole list: each row's hash, consecutive Nrs and each segment start's record of the
 * head before it; then the state sheet's head and a seal. Reports the first break only.
 */
export async function verifyChain(entries: readonly LogEntry[], crypto: CryptoPort, options: VerifyOptions = {}): Promise<VerifyReport> {
  const n = entries.length;
  if (n > 0) await crossCheck(canonicalForm(entries[0], GENESIS_HASH), crypto);
  // A row's hash needs only the STORED hash of the row before it, so every row is checked on its own;
  // the chunks exist for progress reporting.
  const linkOk = new Array<boolean>(n);
  const sha256 = bulkSha256(crypto);
  for (let start = 0; start < n; start += 1000) {
    const end = Math.min(n, start + 1000);
    for (let i = start; i < end; i++) {
      linkOk[i] = entryHash(entries[i], i === 0 ? GENESIS_HASH : entries[i - 1].hash, sha256) === entries[i].hash;
    }
    await options.onProgress?.(end, n);
  }
  for (let i = 0; i < n; i++) {
    const expectedNr = i === 0 ? 1 : entries[i - 1].nr + 1;
    if (entries[i].nr !== expectedNr || !linkOk[i] || !segmentRecordOk(entries, i)) {
      return broken(classifyBreak(entries, i, linkOk, options.knownHead));
    }
  }
  const head: ChainHead = n === 0 ? GENESIS : { nr: entries[n - 1].nr, hash: entries[n - 1].hash };
  const headProblem = options.knownHead && checkKnownHead(entries, options.knownHead);
  if (headProblem) return broken(headProblem);
  const segments = n === 0 ? 0 : 1 + entries.filter((e, i) => i > 0 && isSegmentStart(e)).length;
  const recordProblem = options.closeRecord && checkCloseRecord(entries, options.closeRecord);
  if (recordProblem) return broken(recordProblem);
  if (options.seal === undefined) return { ok: true, head, count: n, segments };
  const seal = checkSeal(entries, options.seal, options.closeRecord);
  return seal.ok ? { ok: true, head, count: n, segments, seal: seal.value } : broken(seal.error);
}

const broken = (b: BreakReport): VerifyReport => ({ ok: false, ...b });

/** A segment start after the first row must record the head before it: its Nr twice, its hash as the archive head. */
function segmentRecordOk(entries: readonly LogEntry[], i: number): boolean {
  if (i === 0 || !isSegmentStart(entries[i])) return true;
  const before = entries[i - 1];
  const archive = parseHead(entries[i].nieuweWaarde);
  const original = parseHead(entries[i].oudeWaarde);
  return !!archive && !!original && archive.nr === before.nr && archive.hash === before.hash && original.nr === before.nr;
}

// --- Classifying the first break -----------------------------------------------------------------

/** How far around the break insertions are looked for: longer forged blocks are reported as changes or gaps. */
const SEARCH_WINDOW = 64;

/** Row j is the genuine successor of row q (q = −1: of GENESIS): Nr follows and the hash links. */
function follows(entries: readonly LogEntry[], j: number, q: number): boolean {
  const nrOk = q < 0 ? entries[j].nr === 1 : entries[j].nr === entries[q].nr + 1;
  return nrOk && entryHash(entries[j], q < 0 ? GENESIS_HASH : entries[q].hash) === entries[j].hash;
}

/** Rows before i are sound; row i is not. Which single mutation explains it? */
function classifyBreak(entries: readonly LogEntry[], i: number, linkOk: readonly boolean[], knownHead?: ChainHead): BreakReport {
  const e = entries[i];
  const expected = i === 0 ? 1 : entries[i - 1].nr + 1;
  const at = (breakKind: BreakKind, nr: number, rowIndex: number, detail: string): BreakReport => ({ breakKind, nr, rowIndex, detail });

  const afterKnownHead =
    knownHead && (i === 0 ? knownHead.nr === 0 : entries[i - 1].nr === knownHead.nr && entries[i - 1].hash === knownHead.hash);
  if (afterKnownHead) {
    const detail = `Rij Nr ${e.nr} en volgende staan na de kop in het statusblad (Nr ${knownHead.nr}) en kloppen niet met de keten`;
    return at("ingevoegd", e.nr, i, `${detail}: ze werden buiten de add-in toegevoegd.`);
  }
  const reorderedUpTo = findReorder(entries, i, expected);
  if (reorderedUpTo !== undefined) {
    const range = `Nr ${expected} t.e.m. ${expected + reorderedUpTo - i}`;
    return at("verwisseld", e.nr, i, `Rij Nr ${e.nr} staat op de plaats van Nr ${expected}: de volgorde van de rijen ${range} werd gewijzigd.`);
  }
  const inserted = findInsertion(entries, i);
  if (inserted) {
    const [from, to] = inserted;
    const detail =
      to - from === 1
        ? `Rij Nr ${entries[from].nr} (plaats ${from + 1}) hoort niet in de keten: ze werd tussengevoegd.`
        : `De ${to - from} rijen vanaf plaats ${from + 1} (Nr ${entries[from].nr}) horen niet in de keten: ze werden tussengevoegd.`;
    return at("ingevoegd", entries[from].nr, from, detail);
  }
  if (e.nr > expected && !(i + 1 < entries.length && entries[i + 1].nr === expected + 1)) {
    const detail = e.nr === expected + 1 ? `Rij Nr ${expected} ontbreekt: ze werd verwijderd.` : `Rijen Nr ${expected} t.e.m. ${e.nr - 1} ontbreken: ze werden verwijderd.`;
    return at("verwijderd", expected, i, detail);
  }
  if (e.nr !== expected) {
    return at("gewijzigd", e.nr, i, `Op de plaats van Nr ${expected} staat Nr ${e.nr}: het Nr van deze rij werd gewijzigd.`);
  }
  if (linkOk[i]) {
    const detail = `Rij Nr ${e.nr} begint een nieuw ketensegment, maar het archief ervoor eindigt niet met de kop die zij vastlegt`;
    return at("gewijzigd", e.nr, i, `${detail}: het gearchiveerde Logboek werd gewijzigd en herberekend.`);
  }
  const detail = `De inhoud van rij Nr ${e.nr} komt niet overeen met haar hash`;
  return at("gewijzigd", e.nr, i, `${detail} (of de rij ervoor werd gewijzigd en haar hash herberekend).`);
}

/**
 * Rows i..r hold exactly Nrs expected..expected+(r−i) in another order, and every row there (and
 * the one after) links to the row with the Nr before its own: a reordering, nothing added or lost.
 */
function findReorder(entries: readonly LogEntry[], i: number, expected: number): number | undefined {
  if (entries[i].nr === expected) return undefined; // a reordering puts another row at this place
  const seen = new Map<number, number>(); // Nr → position
  let max = -1;
  let r = i;
  for (; r < entries.length; r++) {
    const nr = entries[r].nr;
    if (nr < expected || seen.has(nr)) return undefined;
    seen.set(nr, r);
    max = Math.max(max, nr);
    if (r > i && max === expected + (r - i)) break;
  }
  if (r >= entries.length) return undefined;
  const hashOfNr = (nr: number): string =>
    nr === expected - 1 ? (i === 0 ? GENESIS_HASH : entries[i - 1].hash) : entries[seen.get(nr)!].hash;
  for (let p = i; p <= Math.min(r + 1, entries.length - 1); p++) {
    const predecessor = entries[p].nr - 1;
    if (p === r + 1 && !seen.has(predecessor)) continue; // the row after: checked only if it follows a moved row
    if (entryHash(entries[p], predecessor === 0 ? GENESIS_HASH : hashOfNr(predecessor)) !== entries[p].hash) return undefined;
  }
  return r;
}

/** A block [from, to) whose removal rejoins the chain around row i: rows that were slipped in. */
function findInsertion(entries: readonly LogEntry[], i: number): [number, number] | undefined {
  for (let j = i; j < Math.min(entries.length, i + SEARCH_WINDOW); j++) {
    for (let q = i - 1; q >= Math.max(-1, i - 1 - SEARCH_WINDOW); q--) {
      if (j >= q + 2 && follows(entries, j, q)) return [q + 1, j];
    }
  }
  return undefined;
}

/** Every bulk hashing starts by checking that the synchronous SHA-256 it will use agrees with the port's (Web Crypto). */
async function crossCheck(text: string, crypto: CryptoPort): Promise<void> {
  const expected = await crypto.sha256Hex(text);
  if (expected !== sha256HexSync(text)) throw new Error("SHA-256: the built-in implementation disagrees with the CryptoPort.");
  if (crypto.sha256HexSync && crypto.sha256HexSync(text) !== expected) throw new Error("SHA-256: the platform's synchronous hash disagrees with the CryptoPort.");
}

export { hmacSha256HexSync, sha256HexSync };
