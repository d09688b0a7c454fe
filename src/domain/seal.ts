// Chain heads kept outside the rows: the state sheet's head and the DPO's seal (a head copied into a
// register outside the workbook), and the checks of a verified chain against them.
import { isSegmentStart, type LogEntry } from "./log";
import type { DisplayBreakKind } from "./logDisplay";
import { err, ok, type Result } from "./result";

export interface ChainHead {
  readonly nr: number;
  readonly hash: string;
}

export const GENESIS_HASH = "0".repeat(64);
export const GENESIS: ChainHead = Object.freeze({ nr: 0, hash: GENESIS_HASH });

export type BreakKind =
  | "gewijzigd"
  | "verwijderd"
  | "ingevoegd"
  | "verwisseld"
  | "afgekapt"
  | "zegel-niet-gevonden"
  | "onbekende-kop"
  | DisplayBreakKind;

export interface BreakReport {
  readonly breakKind: BreakKind;
  /** The first broken entry's Nr, or the expected Nr where rows are missing. */
  readonly nr: number;
  /** 0-based position in the list given to verifyChain (= list length when rows are missing at the end). */
  readonly rowIndex: number;
  /** Dutch. */
  readonly detail: string;
}

/** Short Dutch names of the break kinds, for headings; the report's detail says what was found. */
export const BREAK_LABEL: Readonly<Record<BreakKind, string>> = {
  gewijzigd: "Rij gewijzigd",
  verwijderd: "Rij(en) verwijderd",
  ingevoegd: "Rij(en) ingevoegd",
  verwisseld: "Volgorde gewijzigd",
  afgekapt: "Laatste rijen verwijderd",
  "zegel-niet-gevonden": "Zegel niet gevonden",
  "onbekende-kop": "Kop klopt niet met het statusblad",
  formule: "Formule in het Logboek",
  getalnotatie: "Getalnotatie gewijzigd",
  "naast-tabel": "Inhoud naast het Logboek",
};

export const formatHead = (h: ChainHead): string => `${h.nr}:${h.hash}`;

/** Reads "nr:hash" (as shown to the DPO and written in a segment start); undefined when it is not one. */
export function parseHead(text: string): ChainHead | undefined {
  const m = /^\s*(\d{1,15}):([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!m) return undefined;
  return { nr: Number(m[1]), hash: m[2].toLowerCase() };
}

/** Compares a verified chain (Nrs consecutive from 1) with the head the state sheet keeps. */
export function checkKnownHead(entries: readonly LogEntry[], known: ChainHead): BreakReport | undefined {
  const lastNr = entries.length === 0 ? 0 : entries[entries.length - 1].nr;
  if (lastNr < known.nr) {
    const missing = known.nr === lastNr + 1 ? `rij Nr ${known.nr} ontbreekt` : `rijen Nr ${lastNr + 1} t/m ${known.nr} ontbreken`;
    return {
      breakKind: "afgekapt",
      nr: lastNr + 1,
      rowIndex: entries.length,
      detail: `Het Logboek eindigt bij Nr ${lastNr}, maar de kop in het statusblad is Nr ${known.nr}: ${missing} aan het einde.`,
    };
  }
  const p = known.nr - 1;
  const hashThere = p < 0 ? GENESIS_HASH : entries[p].hash;
  if (hashThere !== known.hash.toLowerCase()) {
    return {
      breakKind: "onbekende-kop",
      nr: known.nr,
      rowIndex: Math.max(p, 0),
      detail:
        `Rij Nr ${known.nr} heeft een andere hash dan de kop in het statusblad. De keten klopt op zich, dus ze werd ` +
        `vanaf een eerdere rij volledig herberekend, of het statusblad werd gewijzigd.`,
    };
  }
  if (lastNr > known.nr) {
    const range = lastNr > known.nr + 1 ? `Rijen Nr ${known.nr + 1} t/m ${lastNr} staan` : `Rij Nr ${known.nr + 1} staat`;
    return {
      breakKind: "onbekende-kop",
      nr: known.nr + 1,
      rowIndex: p + 1,
      detail: `${range} na de kop in het statusblad (Nr ${known.nr}): toegevoegd buiten de add-in, of het bijwerken van de kop is mislukt.`,
    };
  }
  return undefined;
}

/**
 * Looks for a seal on a verified chain (Nrs consecutive from 1). Found: a row with that Nr and hash,
 * or a segment start that recorded it as the head before closing. ok(false): the seal lies inside a
 * pseudonymised archive, whose original hashes are gone, so it can no longer be checked.
 */
export function checkSeal(entries: readonly LogEntry[], seal: ChainHead | string): Result<boolean, BreakReport> {
  const wanted = typeof seal === "string" ? readSeal(seal) : { nr: seal.nr, hash: seal.hash.toLowerCase() };
  const shown = typeof seal === "string" ? seal.trim() : formatHead(seal);
  if (!wanted) {
    return err({
      breakKind: "zegel-niet-gevonden",
      nr: 0,
      rowIndex: entries.length,
      detail: `"${shown}" is geen zegel: verwacht wordt "Nr:hash" (64 hexadecimale tekens), zoals getoond bij het verzegelen.`,
    });
  }
  const recorded = entries.filter(isSegmentStart).map((e) => parseHead(e.oudeWaarde));
  const matches = (h: ChainHead | undefined) => !!h && h.hash === wanted.hash && (wanted.nr === undefined || h.nr === wanted.nr);
  if (wanted.nr !== undefined) {
    const e = entries[wanted.nr - 1];
    if (e && e.hash === wanted.hash) return ok(true);
  } else if (entries.some((e) => e.hash === wanted.hash)) {
    return ok(true);
  }
  if (recorded.some(matches)) return ok(true);
  const sealNr = wanted.nr;
  if (sealNr !== undefined && recorded.some((h) => h !== undefined && sealNr <= h.nr)) return ok(false);
  return err({
    breakKind: "zegel-niet-gevonden",
    nr: wanted.nr ?? 0,
    rowIndex: wanted.nr !== undefined && wanted.nr <= entries.length ? wanted.nr - 1 : entries.length,
    detail:
      wanted.nr !== undefined && wanted.nr <= entries.length
        ? `Rij Nr ${wanted.nr} heeft niet de hash van de zegel: het Logboek werd sinds het verzegelen gewijzigd, niet alleen aangevuld.`
        : `De zegel ${shown} komt in dit Logboek niet voor: rijen tot aan de zegel werden verwijderd of de keten werd herberekend.`,
  });
}

function readSeal(text: string): { nr?: number; hash: string } | undefined {
  const head = parseHead(text);
  if (head) return head;
  const bare = /^\s*([0-9a-fA-F]{64})\s*$/.exec(text);
  return bare ? { hash: bare[1].toLowerCase() } : undefined;
}
