// Vergelijk: the debtors against the OCMW client list. Equal valid national numbers make a client; otherwise at most
// a possible match on name + address, for a social worker to confirm. An earlier result or decision is never overwritten.
import { sortProblems, type DataQualityProblem } from "./dataQuality";
import { findMatches } from "./matchEngine";
import type { NationalNumberProblemCode } from "./nationalNumber";
import type { ClientRecord, DebtorRecord, RowId } from "./records";
import { ALL_STATUSES, STATUS, type Status } from "./status";

export type { DataQualityProblem } from "./dataQuality";
export { dataQualityMessage } from "./dataQuality";

/** Jaro-Winkler on the names, at the same address only, from which a possible match is proposed. */
export const FUZZY_THRESHOLD = 0.92;

/** The Match column's texts (the comparison's explanation of each result). */
export const MATCH_TEXT = {
  nationalNumber: "rijksregisternummer",
  nameAddress: "naam + adres",
  none: "geen overeenkomst",
  emptyRow: "lege rij – niet vergeleken",
} as const;

export interface Outcome {
  readonly rowId: RowId;
  /** The row's status before this comparison. */
  readonly previous: Status;
  /** What this comparison finds. */
  readonly proposed: Status;
  /** What the row gets: `proposed` for a row "nog niet vergeleken", otherwise `previous`. */
  readonly status: Status;
  /** The Match text the row gets (kept unchanged with its status). */
  readonly match: string;
  /** Status or match text differ from the row's current ones: the row must be written. */
  readonly changed: boolean;
  /** Set when the row kept its status although this comparison finds something else. */
  readonly kept?: { readonly reason: string };
}

export interface ComparisonSummary {
  readonly debiteuren: number;
  readonly clienten: number;
  /** Rows per status after the comparison. */
  readonly perStatus: Readonly<Record<Status, number>>;
  /** Rows that were "nog niet vergeleken" and now have a result. */
  readonly nieuwVergeleken: number;
  /** Rows already compared or decided, whose status was kept. */
  readonly behouden: number;
  /** Of those, the rows where this comparison finds something else (each has `kept`). */
  readonly afwijkendBijHerhaling: number;
  /** Debtors (not empty rows) without a valid national number. */
  readonly ongeldigeNummers: number;
  /** What this comparison finds (proposed), whatever the rows keep. */
  readonly mogelijkeMatches: number;
  readonly exacteMatches: number;
}

export interface Comparison {
  /** One per debtor, in input order. */
  readonly outcomes: readonly Outcome[];
  readonly problems: readonly DataQualityProblem[];
  readonly summary: ComparisonSummary;
}

/** "naam + adres" for equal names, "naam + adres (score 0,94)" for similar ones (rounded down, Dutch decimal comma). */
export function nameAddressMatchText(score: number): string {
  if (score >= 1) return MATCH_TEXT.nameAddress;
  const shown = (Math.floor(score * 100 + 1e-9) / 100).toFixed(2).replace(".", ",");
  return `${MATCH_TEXT.nameAddress} (score ${shown})`;
}

export function invalidNumberMatchText(code: NationalNumberProblemCode): string {
  const number = code === "leeg" ? "geen rijksregisternummer" : `rijksregisternummer ongeldig (${code.replace("-", " ")})`;
  return `${number}, geen overeenkomst op ${MATCH_TEXT.nameAddress}`;
}

/** What the comparison finds for one debtor (matchEngine.ts), from which `decide` makes its outcome. */
interface Finding {
  readonly proposed: Status;
  readonly match: string;
}

export function compareDebtors(debtors: readonly DebtorRecord[], clients: readonly ClientRecord[]): Comparison {
  const found = findMatches(debtors, clients);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < debtors.length; i++) outcomes.push(decide(debtors[i], { proposed: found.proposed[i], match: found.match[i] }));
  return { outcomes, problems: sortProblems(found.problems), summary: summarise(debtors.length, clients.length, found.invalidNumbers, outcomes) };
}

// Object literals, not spreads: this runs once per debtor and spreads cost several times more.
export function decide(d: DebtorRecord, f: Finding): Outcome {
  const { rowId, status: previous, match: previousMatch } = d;
  const proposed = f.proposed;
  if (previous === STATUS.notCompared) {
    return { rowId, previous, proposed, status: proposed, match: f.match, changed: proposed !== previous || f.match !== previousMatch };
  }
  if (agrees(previous, previousMatch, proposed)) return { rowId, previous, proposed, status: previous, match: previousMatch, changed: false };
  const kept = { reason: keptReason(previous, previousMatch) };
  return { rowId, previous, proposed, status: previous, match: previousMatch, changed: false, kept };
}

/** A (status, match) pair the comparison itself writes; anything else was set by a person. */
function setByComparison(status: Status, match: string): boolean {
  switch (status) {
    case STATUS.client:
      return match === MATCH_TEXT.nationalNumber;
    case STATUS.noClient:
      return match === MATCH_TEXT.none || match.startsWith("rijksregisternummer ongeldig") || match.startsWith("geen rijksregisternummer");
    case STATUS.possibleMatch:
      return match.startsWith(MATCH_TEXT.nameAddress);
    default:
      return false;
  }
}

/**
 * Whether this comparison's finding is what the kept status already says. "Invorderingsprocedure voortzetten"
 * is a decision about a client; a confirmed or rejected possible match is the answer to the possible match
 * found again. A client found on the number earlier and now only on name + address is a real difference.
 */
function agrees(previous: Status, previousMatch: string, proposed: Status): boolean {
  if (proposed === previous) return true;
  if (previous === STATUS.continueCollection) return proposed === STATUS.client || proposed === STATUS.possibleMatch;
  if (proposed === STATUS.possibleMatch && (previous === STATUS.client || previous === STATUS.noClient)) {
    return !setByComparison(previous, previousMatch);
  }
  return false;
}

export const KEPT_REASON = {
  decision: "beslissing maatschappelijk werker behouden",
  earlier: "eerder vergeleken; niet overschreven",
  awaiting: "mogelijke match wacht op beoordeling; niet overschreven",
} as const;

function keptReason(previous: Status, previousMatch: string): string {
  if (previous === STATUS.possibleMatch) return KEPT_REASON.awaiting;
  return setByComparison(previous, previousMatch) ? KEPT_REASON.earlier : KEPT_REASON.decision;
}

/** The counts of the summary; `ongeldigeNummers` as the engine counted them (debtors, not empty rows, without a valid number). */
export function summarise(debiteuren: number, clienten: number, ongeldigeNummers: number, outcomes: readonly Outcome[]): ComparisonSummary {
  const perStatus = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let nieuwVergeleken = 0;
  let behouden = 0;
  let afwijkendBijHerhaling = 0;
  let mogelijkeMatches = 0;
  let exacteMatches = 0;
  outcomes.forEach((o) => {
    perStatus[o.status]++;
    if (o.previous === STATUS.notCompared) {
      if (o.proposed !== STATUS.notCompared) nieuwVergeleken++;
    } else {
      behouden++;
    }
    if (o.kept) afwijkendBijHerhaling++;
    if (o.proposed === STATUS.possibleMatch) mogelijkeMatches++;
    if (o.proposed === STATUS.client) exacteMatches++;
  });
  return { debiteuren, clienten, perStatus, nieuwVergeleken, behouden, afwijkendBijHerhaling, ongeldigeNummers, mogelijkeMatches, exacteMatches };
}
