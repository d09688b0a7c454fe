// Chain heads kept outside the rows: the state sheet's head and the DPO's seal (a head copied into a
// register outside the workbook), and the checks of a verified chain against them.
import { isSegmentStart, type LogEntry } from "./log";
import type { DisplayBreakKind } from "./logDisplay";
import { err, ok, type Result } from "./result";
import type { CloseRecord, SealHead } from "./sealFormat";

import { formatHead, parseHead, type ChainHead } from "./chainHead";

export { formatHead, parseHead, type ChainHead };

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
  | "configuratie-gewijzigd"
  | "afsluiting-onecht"
  | "afsluiting-niet-gevonden"
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
  "rijke-tekst": "Opgemaakte tekst in het Logboek",
  "voorwaardelijke-opmaak": "Voorwaardelijke opmaak met getalnotatie",
  "naast-tabel": "Inhoud naast het Logboek",
  koprij: "Koprij van het Logboek gewijzigd",
  "blad-verborgen": "Blad verborgen",
  "gelijkende-naam": "Blad of tabel met gelijkende naam",
  logboektabel: "Tabel Logboek ontbreekt of verplaatst",
  "configuratie-gewijzigd": "Configuratie buiten de add-in gewijzigd",
  "afsluiting-onecht": "Ketensegment zonder echte afsluiting",
  "afsluiting-niet-gevonden": "Afsluitingsrecord niet gevonden",
};


/** Compares a verified chain (Nrs consecutive from 1) with the head the state sheet keeps. */
export function checkKnownHead(entries: readonly LogEntry[], known: ChainHead): BreakReport | undefined {
  const lastNr = entries.length === 0 ? 0 : entries[entries.length - 1].nr;
  if (lastNr < known.nr) {
    const missing = known.nr === lastNr + 1 ? `rij Nr ${known.nr} ontbreekt` : `rijen Nr ${lastNr + 1} t.e.m. ${known.nr} ontbreken`;
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
    const range = lastNr > known.nr + 1 ? `Rijen Nr ${known.nr + 1} t.e.m. ${lastNr} staan` : `Rij Nr ${known.nr + 1} staat`;
    return {
      breakKind: "onbekende-kop",
      nr: known.nr + 1,
      rowIndex: p + 1,
      detail: `${range} na de kop in het statusblad (Nr ${known.nr}): toegevoegd buiten de add-in, of het bijwerken van de kop is mislukt.`,
    };
  }
  return undefined;
}

export type SealOutcome = "gevonden" | "niet-controleerbaar";

/**
 * Looks for a seal on a verified chain (Nrs consecutive from 1). Found: the row with that Nr has that hash (a bare
 * hash: any row has it). A seal that lies in a pseudonymised archive can only be matched through the close record the
 * DPO copied out at closing: a "nieuw ketensegment" row naming the seal as its old head proves nothing by itself
 * (anyone can write one). With the record it is found when it is the record's old head, and otherwise
 * "niet-controleerbaar" (older than the close: its rows were pseudonymised). Without the record:
 * "niet-controleerbaar". Not on the chain at all: zegel-niet-gevonden.
 */
export function checkSeal(entries: readonly LogEntry[], seal: SealHead, record?: CloseRecord): Result<SealOutcome, BreakReport> {
  const shown = seal.nr === undefined ? seal.hash : formatHead({ nr: seal.nr, hash: seal.hash });
  const onChain = seal.nr === undefined ? entries.some((e) => e.hash === seal.hash) : entries[seal.nr - 1]?.hash === seal.hash;
  if (onChain) return ok("gevonden");
  // The closes after which the seal may lie in the archive: their segment start recorded an old head at or after it.
  const closes = entries.flatMap((e, i) => (isSegmentStart(e) ? [{ e, i, old: parseHead(e.oudeWaarde) }] : []));
  const later = closes.filter((c) => c.old && (seal.nr === undefined ? c.old.hash === seal.hash : seal.nr <= c.old.nr));
  if (later.length > 0) {
    if (record === undefined) return ok("niet-controleerbaar");
    const first = later[0];
    const matchesRecord = first.old!.nr === record.old.nr && first.old!.hash === record.old.hash;
    const isOld = first.old!.hash === seal.hash && (seal.nr === undefined || first.old!.nr === seal.nr);
    if (matchesRecord) return ok(isOld ? "gevonden" : "niet-controleerbaar");
  }
  return err({
    breakKind: "zegel-niet-gevonden",
    nr: seal.nr ?? 0,
    rowIndex: seal.nr !== undefined && seal.nr <= entries.length ? seal.nr - 1 : entries.length,
    detail:
      seal.nr !== undefined && seal.nr <= entries.length && later.length === 0
        ? `Rij Nr ${seal.nr} heeft niet de hash van de zegel: het Logboek werd sinds het verzegelen gewijzigd, niet alleen aangevuld.`
        : later.length > 0
          ? `De zegel ${shown} ligt vóór de afsluiting, maar het afsluitingsrecord hoort bij een andere afsluiting dan die waarop de zegel volgt.`
          : `De zegel ${shown} komt in dit Logboek niet voor: rijen tot aan de zegel werden verwijderd of de keten werd herberekend.`,
  });
}

/**
 * Finds the close the DPO recorded: the segment start whose Oude waarde is the record's old head and whose own
 * Nr:hash is the record's segment head (that row's hash covers the archive's head, so the archive is the one the close
 * made). Undefined when found.
 */
export function checkCloseRecord(entries: readonly LogEntry[], record: CloseRecord): BreakReport | undefined {
  const row = entries[record.segment.nr - 1];
  if (row && isSegmentStart(row) && row.hash === record.segment.hash && row.oudeWaarde === formatHead(record.old)) return undefined;
  return {
    breakKind: "afsluiting-niet-gevonden",
    nr: record.segment.nr,
    rowIndex: Math.min(record.segment.nr - 1, entries.length),
    detail:
      `Het afsluitingsrecord (${formatHead(record.old).slice(0, 20)}… -> Nr ${record.segment.nr}) komt niet overeen met rij Nr ${record.segment.nr}: ` +
      "de afsluiting of het gepseudonimiseerde archief werd nadien gewijzigd of nagemaakt.",
  };
}
