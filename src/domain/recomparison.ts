// Repeated comparisons (PRODUCT.md "Repeated comparisons"): per row, whether its status is an automatic result or a
// social worker's decision, what a newer client list or a corrected identity does to it, and the review flag.
//
// Where it lives: in the row's own Match cell (beside Status, locked for every role; grid edits of it are undone),
// so it moves with the row when the sheet is sorted or rows are inserted, and the CLI and LibreOffice keep it. The
// Logboek (keyed by Rij-ID) records who decided; the Match text is what every run reads. See docs/logging.md.
import { MATCH_TEXT } from "./matchText";
import { collectionHalted, concernsOcmw, STATUS, type Status } from "./status";

/** Where a row's status came from. */
export type ResultOrigin = "niet-vergeleken" | "automatisch" | "beslissing" | "gemarkeerd";

/** The visible marker of a row flagged for the social worker's review: the Match text starts with it. */
export const FLAG_PREFIX = "nieuwe aanwijzing – te beoordelen: ";
const FLAG_EARLIER = " – eerder: ";

/** What a flag says was found (the part after FLAG_PREFIX). */
export const FINDING = {
  exact: "gevonden op rijksregisternummer",
  corrected: (fields: readonly string[]) => `gegevens gewijzigd (${fields.join(", ")})`,
} as const;

/** The Match text of a row whose identifying data changed while its result was automatic. */
export const RECOMPARE_TEXT = "gegevens gewijzigd – opnieuw te vergelijken";

/** Why a re-comparison changed or kept a row (log texts, Dutch). */
export const REASON = {
  foundExact: "nieuwe lijst: gevonden op rijksregisternummer",
  foundPossible: "nieuwe lijst: mogelijke match op naam + adres",
  missing: "niet meer in de nieuwe lijst – alleen de maatschappelijk werker beslist",
  decision: "beslissing maatschappelijk werker behouden",
  flagged: "beslissing maatschappelijk werker behouden; nieuwe aanwijzing – te beoordelen",
  awaitingFlag: "nieuwe aanwijzing wacht op beoordeling; niet overschreven",
  corrected: "gegevens gewijzigd; opnieuw te vergelijken",
  correctedDecision: "gegevens gewijzigd; beslissing maatschappelijk werker behouden, nieuwe aanwijzing – te beoordelen",
} as const;

export function isFlagged(match: string): boolean {
  return match.startsWith(FLAG_PREFIX);
}

/** The flag's finding, or undefined for a row that is not flagged. */
export function flagFinding(match: string): string | undefined {
  if (!isFlagged(match)) return undefined;
  const rest = match.slice(FLAG_PREFIX.length);
  const at = rest.indexOf(FLAG_EARLIER);
  return at < 0 ? rest : rest.slice(0, at);
}

/** The Match text before the row was flagged (a flag on a flag keeps the first one's). */
function beforeFlag(match: string): string {
  if (!isFlagged(match)) return match;
  const at = match.indexOf(FLAG_EARLIER);
  return at < 0 ? "" : match.slice(at + FLAG_EARLIER.length);
}

export function flagText(finding: string, previousMatch: string): string {
  const earlier = beforeFlag(previousMatch);
  return `${FLAG_PREFIX}${finding}${earlier ? FLAG_EARLIER + earlier : ""}`;
}

function automaticNoClient(match: string): boolean {
  return match === MATCH_TEXT.none || match.startsWith("rijksregisternummer ongeldig") || match.startsWith("geen rijksregisternummer");
}

/**
 * Automatic: the (status, Match) pairs only the comparison writes. Everything else that is compared is a decision
 * (texts the add-in writes for a social worker, and any text it does not know: never overwritten is the safe side).
 */
export function resultOrigin(status: Status, match: string): ResultOrigin {
  if (status === STATUS.notCompared) return "niet-vergeleken";
  if (isFlagged(match)) return "gemarkeerd";
  switch (status) {
    case STATUS.possibleMatch:
      return "automatisch";
    case STATUS.client:
      return match === MATCH_TEXT.nationalNumber ? "automatisch" : "beslissing";
    case STATUS.noClient:
      return automaticNoClient(match) ? "automatisch" : "beslissing";
    default:
      return "beslissing";
  }
}

/** Collection stops (no dwangbevel) for a client, a possible match, and every flagged row. */
export function rowHalted(row: { readonly status: Status; readonly match: string }): boolean {
  return collectionHalted(row.status) || isFlagged(row.match);
}

/** The rows a social worker sees: those that concern the OCMW, and every flagged row. */
export function rowConcernsOcmw(row: { readonly status: Status; readonly match: string }): boolean {
  return concernsOcmw(row.status) || isFlagged(row.match);
}

const BY = "door maatschappelijk werker";

/**
 * The Match text a social worker's decision leaves behind, so the sheet shows it was decided (the log says by whom).
 * Only her transitions get one: a possible match confirmed or rejected, a reverted "invorderingsprocedure
 * voortzetten", any decision on a flagged row. Other transitions keep the Match text.
 */
export function decisionMatchText(from: Status, to: Status, previousMatch: string): string {
  const finding = flagFinding(previousMatch);
  const basis = finding ?? (previousMatch || MATCH_TEXT.nameAddress);
  if (finding !== undefined) {
    if (to === STATUS.noClient) return `afgewezen ${BY} na nieuwe aanwijzing (${basis})`;
    return to === from ? `opnieuw beslist ${BY} (${basis})` : `bevestigd ${BY} na nieuwe aanwijzing (${basis})`;
  }
  if (from === STATUS.possibleMatch && to === STATUS.client) return `bevestigd ${BY} (${basis})`;
  if (from === STATUS.possibleMatch && to === STATUS.noClient) return `afgewezen ${BY} (${basis})`;
  if (from === STATUS.continueCollection && to === STATUS.client) return `teruggezet ${BY} (${previousMatch || MATCH_TEXT.nationalNumber})`;
  return previousMatch;
}

/** A decision "geen cliënt" already taken knowing the number matches: an exact match again is no new indication. */
function decidedOnNumber(match: string): boolean {
  return match.endsWith(`(${FINDING.exact})`);
}

/** What one comparison finds for a row (before any earlier result is considered). */
export interface Finding {
  readonly proposed: Status;
  readonly match: string;
}

/** What a row gets from a comparison, and why. */
export interface Reconsidered {
  readonly status: Status;
  readonly match: string;
  /** Status or Match differs from before: the row is written. */
  readonly changed: boolean;
  /** Set when a compared row changes status, is flagged, or keeps a result the new list does not support. */
  readonly reason?: string;
  /** Kept although the finding differs (logged as "niet gewijzigd"). */
  readonly kept?: boolean;
  /** Newly flagged for the social worker's review. */
  readonly flagged?: boolean;
  /** A halted row (client or possible match) the new list no longer supports: listed in the summary. */
  readonly missing?: boolean;
}

/**
 * The re-comparison rule. A row not compared yet takes the finding. An automatic result may move to a halt
 * (geen cliënt → possible match or client; possible match → client) but never away from one: a client or possible
 * match missing from the newer list stays and is listed. A decision is never overwritten; a finding that
 * contradicts it (a rejected match now found on the number) flags the row. Pure, one call per row.
 */
export function reconsider(status: Status, match: string, found: Finding): Reconsidered {
  const { proposed } = found;
  const same = { status, match, changed: false } as const;
  switch (resultOrigin(status, match)) {
    case "niet-vergeleken":
      return { status: proposed, match: found.match, changed: proposed !== status || found.match !== match };
    case "gemarkeerd":
      return proposed === status ? same : { ...same, kept: true, reason: REASON.awaitingFlag };
    case "automatisch":
      if (proposed === status || proposed === STATUS.notCompared) return same;
      if (rank(proposed) > rank(status)) {
        return { status: proposed, match: found.match, changed: true, reason: proposed === STATUS.client ? REASON.foundExact : REASON.foundPossible };
      }
      return { ...same, kept: true, missing: true, reason: REASON.missing };
    case "beslissing":
      return reconsiderDecision(status, match, proposed);
  }
}

/** Halting strength of an automatic result: more evidence of a client ranks higher. */
function rank(status: Status): number {
  return status === STATUS.client ? 2 : status === STATUS.possibleMatch ? 1 : 0;
}

function reconsiderDecision(status: Status, match: string, proposed: Status): Reconsidered {
  const same = { status, match, changed: false } as const;
  if (proposed === status || proposed === STATUS.notCompared) return same;
  if (status === STATUS.continueCollection) {
    // A decision about a client: the client found again (exactly or possibly) agrees with it.
    return proposed === STATUS.client || proposed === STATUS.possibleMatch ? same : { ...same, kept: true, reason: REASON.decision };
  }
  if (status === STATUS.client) {
    return proposed === STATUS.possibleMatch ? same : { ...same, kept: true, missing: true, reason: REASON.missing };
  }
  if (status === STATUS.noClient && proposed === STATUS.client && !decidedOnNumber(match)) {
    return { status, match: flagText(FINDING.exact, match), changed: true, flagged: true, reason: REASON.flagged };
  }
  // A rejected possible match found again (or exactly, after she rejected it knowing that) is what she decided on.
  return same;
}

/**
 * A corrected national number, name or address: an automatic result goes back to "nog niet vergeleken" (no
 * dwangbevel before comparing again); a decision stays and the row is flagged. Undefined when nothing changes.
 */
export function afterCorrection(status: Status, match: string, fields: readonly string[]): { status: Status; match: string; reason: string } | undefined {
  if (fields.length === 0) return undefined;
  switch (resultOrigin(status, match)) {
    case "niet-vergeleken":
      return undefined;
    case "automatisch":
      return { status: STATUS.notCompared, match: RECOMPARE_TEXT, reason: REASON.corrected };
    case "beslissing":
    case "gemarkeerd":
      return { status, match: flagText(FINDING.corrected(fields), match), reason: REASON.correctedDecision };
  }
}

/** The three lists every debtor row belongs to exactly one of (the halt-list export). */
export type CollectionList = "stopzetten" | "voortzetten" | "nog-niet-vergeleken";

/** Halted rows (client, possible match, flagged) stop; not compared rows wait; the rest (geen cliënt, voortzetten) continue. */
export function collectionList(row: { readonly status: Status; readonly match: string }): CollectionList {
  if (rowHalted(row)) return "stopzetten";
  return row.status === STATUS.notCompared ? "nog-niet-vergeleken" : "voortzetten";
}

/** The fields whose correction re-opens a comparison: national number, name and address (not the dossier number). */
export const IDENTIFYING_FIELDS = ["voornaam", "achternaam", "rijksregisternummer", "straat", "huisnummer", "bus", "adres"] as const;
