// The Logboek's SHA-256 hash chain: the canonical form of an entry, appending, re-chaining, and
// verification that names the first break and its kind. The format is specified in docs/logging.md.
// eslint-disable-next-line no-restricted-imports -- the domain's own port, not Node's "crypto" (the lint pattern matches both)
import type { Clock, CryptoPort } from "./crypto";
import { formatTimestamp, isSegmentStart, LOG_ACTION, NOT_ABOUT_A_DEBTOR, type LogDraft, type LogEntry } from "./log";
import { checkKnownHead, checkSeal, formatHead, GENESIS, GENESIS_HASH, parseHead, type BreakKind, type BreakReport, type ChainHead } from "./seal";

export { BREAK_LABEL, formatHead, GENESIS, GENESIS_HASH, parseHead, type BreakKind, type ChainHead } from "./seal";
export { isSegmentStart } from "./log";

export type VerifyReport =
  | { ok: true; head: ChainHead; count: number; segments: number; sealFound?: boolean }
  | { ok: false; breakKind: BreakKind; nr: number; rowIndex: number; detail: string };

export interface VerifyOptions {
  /** The head kept in the state sheet: detects a truncated tail and rows added outside the add-in. */
  readonly knownHead?: ChainHead;
  /** A head the DPO copied outside the workbook, as a ChainHead, "nr:hash" or a bare hash. */
  readonly seal?: ChainHead | string;
  /** Called after every 1,000 entries; a UI can update a progress bar and yield to rendering here. */
  readonly onProgress?: (done: number, total: number) => void | Promise<void>;
}

/**
 * The canonical form hashed for one entry: a JSON array of Nr (number), the twelve text fields in
 * LOG_HEADERS order and the previous hash, every string NFC-normalised. docs/logging.md has the
 * Python equivalent; change neither without the other.
 */
export function canonicalForm(e: Omit<LogEntry, "hash">, previousHash: string): string {
  if (!Number.isSafeInteger(e.nr)) throw new Error(`canonicalForm: Nr is not an integer: ${e.nr}`);
  const t = (s: string) => s.normalize("NFC");
  return JSON.stringify([
    e.nr, t(e.referentie), t(e.tijdstip), t(e.gebruiker), t(e.identiteit), t(e.rol), t(e.actie),
    t(e.over), t(e.veld), t(e.oudeWaarde), t(e.nieuweWaarde), t(e.doel), t(e.bron), t(previousHash),
  ]);
}

/** The hash a row must carry when `previousHash` is the stored hash of the row before it. */
export function entryHash(e: Omit<LogEntry, "hash">, previousHash: string): string {
  return sha256HexSync(canonicalForm(e, isSegmentStart(e) ? GENESIS_HASH : previousHash));
}

/** Numbers the drafts from head.nr + 1 and chains them; writing them (and the new head) is the caller's job. */
export async function appendEntries(
  head: ChainHead,
  drafts: readonly LogDraft[],
  deps: { crypto: CryptoPort; clock: Clock; offsetMinutes?: number },
): Promise<{ entries: LogEntry[]; head: ChainHead }> {
  if (!Number.isSafeInteger(head.nr) || head.nr < 0) throw new Error(`appendEntries: bad head Nr ${head.nr}`);
  const entries: LogEntry[] = [];
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
    const entry: LogEntry = { ...unhashed, hash: await deps.crypto.sha256Hex(canonicalForm(unhashed, previous)) };
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
  let previous = GENESIS_HASH;
  for (const e of entries) {
    previous = entryHash(e, previous);
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
  for (let start = 0; start < n; start += 1000) {
    const end = Math.min(n, start + 1000);
    for (let i = start; i < end; i++) {
      linkOk[i] = entryHash(entries[i], i === 0 ? GENESIS_HASH : entries[i - 1].hash) === entries[i].hash;
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
  if (options.seal === undefined) return { ok: true, head, count: n, segments };
  const seal = checkSeal(entries, options.seal);
  return seal.ok ? { ok: true, head, count: n, segments, sealFound: seal.value } : broken(seal.error);
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
    const range = `Nr ${expected} t/m ${expected + reorderedUpTo - i}`;
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
    const detail = e.nr === expected + 1 ? `Rij Nr ${expected} ontbreekt: ze werd verwijderd.` : `Rijen Nr ${expected} t/m ${e.nr - 1} ontbreken: ze werden verwijderd.`;
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

// --- SHA-256 and HMAC-SHA-256 ------------------------------------------------------------------------
// Bulk hashing uses this pure implementation: Web Crypto costs ~25 µs per digest call (Node 20 here;
// browsers are similar), which alone made 100,000 rows take ~3 s, and an HMAC call (key import plus
// sign) more. Callers compare it with the CryptoPort once per run; the tests compare it on random text.

// Int32 rather than Uint32: values above 2^31 would leave V8's small-integer fast path (~25% slower).
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
], (k) => k | 0);
const IV = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19], (h) => h | 0);
const W = new Int32Array(64);
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const utf8 = new TextEncoder();
let scratch = new Uint8Array(4096);
let scratchView = new DataView(scratch.buffer);

/** One 64-byte block into `state`. */
function compress(state: Int32Array, view: DataView, offset: number): void {
  for (let t = 0; t < 16; t++) W[t] = view.getInt32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const x = W[t - 15], y = W[t - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
  }
  let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
  for (let t = 0; t < 64; t++) {
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  state[0] = (state[0] + a) | 0; state[1] = (state[1] + b) | 0; state[2] = (state[2] + c) | 0; state[3] = (state[3] + d) | 0;
  state[4] = (state[4] + e) | 0; state[5] = (state[5] + f) | 0; state[6] = (state[6] + g) | 0; state[7] = (state[7] + h) | 0;
}

/** UTF-8 of `text` into the scratch buffer, leaving room for the padding; returns its length in bytes. */
function encodeToScratch(text: string): number {
  if (scratch.length < text.length * 3 + 72) {
    scratch = new Uint8Array(text.length * 6 + 72);
    scratchView = new DataView(scratch.buffer);
  }
  return utf8.encodeInto(text, scratch).written;
}

/** Finishes a hash whose first `prefixBytes` (a multiple of 64) are already in `from`, with scratch[0, len) after them. */
function finishScratch(from: Int32Array, prefixBytes: number, len: number): Int32Array {
  const total = (((len + 8) >> 6) + 1) << 6; // message + 0x80 + 64-bit bit length, padded to whole blocks
  scratch.fill(0, len, total);
  scratch[len] = 0x80;
  const bytes = prefixBytes + len;
  scratchView.setUint32(total - 8, Math.floor(bytes / 0x20000000));
  scratchView.setUint32(total - 4, (bytes * 8) >>> 0);
  const state = from.slice();
  for (let off = 0; off < total; off += 64) compress(state, scratchView, off);
  return state;
}

function toHex(state: Int32Array): string {
  let out = "";
  for (const v of state) out += HEX[(v >>> 24) & 255] + HEX[(v >>> 16) & 255] + HEX[(v >>> 8) & 255] + HEX[v & 255];
  return out;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text` (lone surrogates become U+FFFD, as with TextEncoder). */
export function sha256HexSync(text: string): string {
  return toHex(finishScratch(IV, 0, encodeToScratch(text)));
}

/** HMAC-SHA-256 (RFC 2104) with a key of at most 64 bytes (hex), as a function of the text; lower-case hex. */
export function hmacSha256HexSync(keyHex: string): (text: string) => string {
  if (!/^([0-9a-f]{2}){1,64}$/i.test(keyHex)) throw new Error("hmacSha256HexSync: the key must be 1 to 64 bytes of hex.");
  const key = new Uint8Array(64);
  for (let i = 0; i < keyHex.length / 2; i++) key[i] = parseInt(keyHex.slice(2 * i, 2 * i + 2), 16);
  const padded = (x: number): Int32Array => {
    const state = IV.slice();
    compress(state, new DataView(key.map((b) => b ^ x).buffer), 0);
    return state;
  };
  const inner = padded(0x36);
  const outer = padded(0x5c);
  return (text) => {
    const innerHash = finishScratch(inner, 64, encodeToScratch(text));
    for (let k = 0; k < 8; k++) scratchView.setInt32(4 * k, innerHash[k]);
    return toHex(finishScratch(outer, 64, 32));
  };
}

async function crossCheck(text: string, crypto: CryptoPort): Promise<void> {
  if ((await crypto.sha256Hex(text)) !== sha256HexSync(text)) throw new Error("SHA-256: the built-in implementation disagrees with the CryptoPort.");
}
