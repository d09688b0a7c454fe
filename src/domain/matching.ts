// Vergelijk: the debtors against the OCMW client list. Equal valid national numbers make a client; otherwise at most
// a possible match on name + address, for a social worker to confirm. An earlier result is reconsidered by the rule in
// recomparison.ts: automatic results may move towards a halt, decisions are never overwritten (flagged instead).
import { sortProblems, type DataQualityProblem } from "./dataQuality";
import { findMatches } from "./matchEngine";
import type { ClientRecord, DebtorRecord, RowId } from "./records";
import { reconsider, type Finding, type Reconsidered } from "./recomparison";
import { ALL_STATUSES, STATUS, type Status } from "./status";

export type { DataQualityProblem } from "./dataQuality";
export { dataQualityMessage } from "./dataQuality";

export { FUZZY_THRESHOLD, invalidNumberMatchText, MATCH_TEXT, nameAddressMatchText } from "./matchText";

export interface Outcome {
  readonly rowId: RowId;
  /** The row's status before this comparison. */
  readonly previous: Status;
  /** What this comparison finds. */
  readonly proposed: Status;
  /** What the row gets (the rule in recomparison.ts). */
  readonly status: Status;
  /** The Match text the row gets (kept unchanged with a kept status; a flag's marker on a flagged row). */
  readonly match: string;
  /** Status or match text differ from the row's current ones: the row must be written. */
  readonly changed: boolean;
  /** Why an already compared row changed, was flagged, or kept a result this comparison does not find (Dutch). */
  readonly reason?: string;
  /** Set when the row kept its status although this comparison finds something else. */
  readonly kept?: { readonly reason: string };
  /** The row was flagged for the social worker's review by this comparison. */
  readonly flagged?: boolean;
  /** A halted row (client or possible match) the new list no longer supports: it stays, and the summary lists it. */
  readonly missing?: boolean;
}

/** A row the summary names: kept as client or possible match though missing from the newer list, or flagged. */
export interface NamedRow {
  readonly rowId: RowId;
  readonly dossiernummer: string;
  readonly status: Status;
}

export interface ComparisonSummary {
  readonly debtors: number;
  readonly clients: number;
  /** Rows per status after the comparison. */
  readonly byStatus: Readonly<Record<Status, number>>;
  /** Rows that were "nog niet vergeleken" and now have a result. */
  readonly newlyCompared: number;
  /** Rows compared before (or decided) whose status stayed. */
  readonly statusKept: number;
  /** Of those, the rows where this comparison finds something else (each has `kept`). */
  readonly differsOnRepeat: number;
  /** Automatic results this comparison moved towards a halt (geen cliënt → mogelijke match or cliënt, mogelijke match → cliënt). */
  readonly revised: number;
  /** Rows flagged by this comparison for the social worker's review (status kept, collection halted). */
  readonly flagged: readonly NamedRow[];
  /** Clients and possible matches missing from this list: they stay; only the social worker moves them on. */
  readonly noLongerListed: readonly NamedRow[];
  /** Debtors (not empty rows) without a valid national number. */
  readonly invalidNumbers: number;
  /** What this comparison finds (proposed), whatever the rows keep. */
  readonly possibleMatches: number;
  readonly exactMatches: number;
}

export interface Comparison {
  /** One per debtor, in input order. */
  readonly outcomes: readonly Outcome[];
  readonly problems: readonly DataQualityProblem[];
  readonly summary: ComparisonSummary;
}

export function compareDebtors(debtors: readonly DebtorRecord[], clients: readonly ClientRecord[]): Comparison {
  const found = findMatches(debtors, clients);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < debtors.length; i++) outcomes.push(decideOn(debtors[i], found.proposed[i], found.match[i]));
  return { outcomes, problems: sortProblems(found.problems), summary: summarise(debtors, clients.length, found.invalidNumbers, outcomes) };
}

/**
 * The data-quality problems the debtor list shows by itself, without a client list (invalid numbers, duplicate dossier
 * numbers, one number on different names, one person with several dossiers): known before comparing. With no
 * clients the engine finds exactly these.
 */
export function debtorDataQuality(debtors: readonly DebtorRecord[]): DataQualityProblem[] {
  return sortProblems(findMatches(debtors, []).problems);
}

/** What a row gets from what the engine (matchEngine.ts) finds for it: the rule in recomparison.ts. */
export function decide(d: DebtorRecord, f: Finding): Outcome {
  return decideOn(d, f.proposed, f.match);
}

/**
 * decide, for 100,000 rows: a row not compared yet (the usual one) takes the finding, as reconsider says, without the
 * objects in between (matching.test.ts checks both ways agree).
 */
function decideOn(d: DebtorRecord, proposed: Status, match: string): Outcome {
  if (d.status === STATUS.notCompared) {
    return { rowId: d.rowId, previous: d.status, proposed, status: proposed, match, changed: proposed !== d.status || match !== d.match };
  }
  return outcomeOf(d, proposed, reconsider(d.status, d.match, { proposed, match }));
}

/** The outcome of a row from what reconsider says; exported for the test of decide's shortcut. */
export function outcomeOf(d: DebtorRecord, proposed: Status, r: Reconsidered): Outcome {
  const outcome: { -readonly [K in keyof Outcome]: Outcome[K] } = { rowId: d.rowId, previous: d.status, proposed, status: r.status, match: r.match, changed: r.changed };
  if (r.reason !== undefined) outcome.reason = r.reason;
  if (r.kept) outcome.kept = { reason: r.reason! };
  if (r.flagged) outcome.flagged = true;
  if (r.missing) outcome.missing = true;
  return outcome;
}

/** Counts per status and per kind of outcome, and the rows the summary names. */
export function summarise(debtors: readonly DebtorRecord[], clients: number, invalidNumbers: number, outcomes: readonly Outcome[]): ComparisonSummary {
  const byStatus = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let newlyCompared = 0;
  let statusKept = 0;
  let differsOnRepeat = 0;
  let revised = 0;
  const flagged: NamedRow[] = [];
  const noLongerListed: NamedRow[] = [];
  let possibleMatches = 0;
  let exactMatches = 0;
  outcomes.forEach((o, i) => {
    byStatus[o.status]++;
    if (o.previous === STATUS.notCompared) {
      if (o.proposed !== STATUS.notCompared) newlyCompared++;
    } else if (o.status === o.previous) {
      statusKept++;
    } else {
      revised++;
    }
    if (o.kept) differsOnRepeat++;
    if (o.flagged) flagged.push(named(debtors[i], o));
    if (o.missing) noLongerListed.push(named(debtors[i], o));
    if (o.proposed === STATUS.possibleMatch) possibleMatches++;
    if (o.proposed === STATUS.client) exactMatches++;
  });
  // By Rij-ID, so the summary does not depend on the order of the rows.
  flagged.sort(byRowId);
  noLongerListed.sort(byRowId);
  return { debtors: debtors.length, clients, byStatus, newlyCompared, statusKept, differsOnRepeat, revised, flagged, noLongerListed, invalidNumbers, possibleMatches, exactMatches };
}

const byRowId = (a: NamedRow, b: NamedRow): number => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0);

function named(d: DebtorRecord, o: Outcome): NamedRow {
  return { rowId: d.rowId, dossiernummer: d.dossiernummer.trim(), status: o.status };
}
