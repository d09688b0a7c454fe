// The two texts the DPO keeps outside the workbook, and strict reading of what she pastes back: the seal
// ("DC-ZEGEL <tijdstip> <Nr>:<hash>") and the close record ("DC-AFSLUITING <tijdstip> <oud Nr:hash> -> <nieuw Nr:hash>").
// A malformed text is a typing problem with a Dutch message, never a tampering alarm.
import { err, ok, type Result } from "./result";
import { formatHead, type ChainHead } from "./chainHead";

export const SEAL_PREFIX = "DC-ZEGEL";
export const CLOSE_RECORD_PREFIX = "DC-AFSLUITING";

/** A seal as pasted: Nr is absent when only the hash was given. */
export interface SealHead {
  readonly nr?: number;
  readonly hash: string;
}

/** What Afsluiten hands the DPO: the head before pseudonymising and the head of the new segment's first row. */
export interface CloseRecord {
  readonly old: ChainHead;
  readonly segment: ChainHead;
}

export const sealText = (tijdstip: string, head: ChainHead): string => `${SEAL_PREFIX} ${tijdstip} ${formatHead(head)}`;
export const closeRecordText = (tijdstip: string, r: CloseRecord): string => `${CLOSE_RECORD_PREFIX} ${tijdstip} ${formatHead(r.old)} -> ${formatHead(r.segment)}`;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** Nr 0 is no row: a seal or close record that names it was mistyped, it does not show a changed log. */
const NO_ROW_ZERO = "Nr 0 bestaat niet: het Logboek begint bij Nr 1. Kijk na of u het Nr vóór de dubbelpunt juist overnam.";

/** Reads a seal: the whole DC-ZEGEL line, "Nr:hash" or the bare hash (upper or lower case, spaces around ignored). */
export function parseSeal(text: string): Result<SealHead, string> {
  const tokens = text.trim().split(/\s+/).filter((t) => t !== "");
  if (tokens.length === 0) return err("De zegel is leeg. Plak de regel die begint met DC-ZEGEL, zoals u ze bij het verzegelen noteerde.");
  if (tokens[0].toUpperCase() === CLOSE_RECORD_PREFIX) return err("Dit is een afsluitingsrecord (DC-AFSLUITING), geen zegel. Vul het in bij het afsluitingsrecord.");
  let head = tokens[0];
  // One token that is no prefix is the head itself ("Nr:hash" or the hash); anything else is the whole line.
  if (tokens.length > 1 || /^dc-/i.test(tokens[0])) {
    if (tokens[0].toUpperCase() !== SEAL_PREFIX) return err(`Een zegel begint met "${SEAL_PREFIX}", niet met "${shown(tokens[0])}". Plak de volledige regel zoals u ze noteerde.`);
    if (tokens.length !== 3) return err(`Een zegel heeft drie delen: ${SEAL_PREFIX}, het tijdstip en Nr:hash. Deze heeft er ${tokens.length}.`);
    if (!TIMESTAMP.test(tokens[1])) return err(`"${shown(tokens[1])}" is geen tijdstip zoals in een zegel (bv. 2021-06-01T10:00:00+02:00).`);
    head = tokens[2];
  }
  const parts = head.split(":");
  if (parts.length > 2) return err(`"${shown(head)}" bevat meer dan één dubbelpunt; een zegel eindigt op Nr:hash.`);
  if (parts.length === 2 && !/^\d{1,15}$/.test(parts[0])) return err(`"${shown(parts[0])}" is geen rijnummer: vóór de dubbelpunt staan alleen cijfers.`);
  if (parts.length === 2 && Number(parts[0]) === 0) return err(NO_ROW_ZERO);
  const hash = hashProblem(parts[parts.length - 1]);
  if (!hash.ok) return hash;
  return ok(parts.length === 2 ? { nr: Number(parts[0]), hash: hash.value } : { hash: hash.value });
}

/** Reads a close record: the whole DC-AFSLUITING line or just "oud Nr:hash -> nieuw Nr:hash". */
export function parseCloseRecord(text: string): Result<CloseRecord, string> {
  const tokens = text.trim().split(/\s+/).filter((t) => t !== "");
  if (tokens.length === 0) return err("Het afsluitingsrecord is leeg. Plak de regel die begint met DC-AFSLUITING.");
  if (tokens[0].toUpperCase() === SEAL_PREFIX) return err("Dit is een zegel (DC-ZEGEL), geen afsluitingsrecord. Vul het in bij de zegel.");
  const prefixed = tokens[0].toUpperCase() === CLOSE_RECORD_PREFIX;
  const rest = prefixed ? tokens.slice(TIMESTAMP.test(tokens[1] ?? "") ? 2 : 1) : tokens;
  if (!prefixed && /[^0-9a-fA-F:]/.test(tokens[0])) {
    return err(`Een afsluitingsrecord begint met "${CLOSE_RECORD_PREFIX}", niet met "${shown(tokens[0])}".`);
  }
  if (rest.length !== 3 || rest[1] !== "->") return err(`Een afsluitingsrecord eindigt op "oud Nr:hash -> nieuw Nr:hash", zoals getoond bij het afsluiten.`);
  const old = fullHead(rest[0]);
  if (!old.ok) return old;
  const segment = fullHead(rest[2]);
  if (!segment.ok) return segment;
  if (segment.value.nr !== old.value.nr + 1) return err(`In een afsluitingsrecord volgt de nieuwe kop direct op de oude (Nr ${old.value.nr + 1}), niet Nr ${segment.value.nr}.`);
  return ok({ old: old.value, segment: segment.value });
}

function fullHead(text: string): Result<ChainHead, string> {
  const parts = text.split(":");
  if (parts.length !== 2 || !/^\d{1,15}$/.test(parts[0])) return err(`"${shown(text)}" is geen Nr:hash.`);
  if (Number(parts[0]) === 0) return err(NO_ROW_ZERO);
  const hash = hashProblem(parts[1]);
  return hash.ok ? ok({ nr: Number(parts[0]), hash: hash.value }) : hash;
}

function hashProblem(text: string): Result<string, string> {
  const wrong = [...text].find((c) => !/[0-9a-fA-F]/.test(c));
  if (wrong !== undefined) return err(`De hash bevat "${shown(wrong)}", maar bestaat alleen uit de cijfers 0–9 en de letters a–f. Kijk na of u ze juist overnam.`);
  if (text.length !== 64) return err(`De hash heeft ${text.length} teken${text.length === 1 ? "" : "s"}, maar hoort er 64 te hebben. Kijk na of u ze volledig overnam.`);
  return ok(text.toLowerCase());
}

/** At most 20 visible characters of what was pasted, control characters shown as "?". */
function shown(text: string): string {
  const visible = [...text].map((c) => (c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) ? "?" : c)).join("");
  return visible.length > 20 ? `${visible.slice(0, 20)}…` : visible;
}
