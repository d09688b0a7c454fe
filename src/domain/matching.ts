// Vergelijk: the debtors against the OCMW client list. Equal valid national numbers make a client; otherwise at most
// a possible match on name + address, for a social worker to confirm. An earlier result is reconsidered by the rule in
// recomparison.ts: automatic results may move towards a halt, decisions are never overwritten (flagged instead).
import { debtorProblems, namesVeryDifferent, sortedNumbers, sortProblems, type DataQualityProblem, type DebtorFacts } from "./dataQuality";
import { parseNationalNumber, type NationalNumberProblemCode } from "./nationalNumber";
import { isBlank, memoisedNormaliser, type Normaliser, type PersonName } from "./normalise";
import type { ClientRecord, DebtorRecord, RowId } from "./records";
import { nameSimilarity } from "./similarity";
import { MATCH_TEXT } from "./matchText";
import { reconsider } from "./recomparison";
import { ALL_STATUSES, STATUS, type Status } from "./status";

export type { DataQualityProblem } from "./dataQuality";
export { dataQualityMessage } from "./dataQuality";

/** Jaro-Winkler on the names, at the same address only, from which a possible match is proposed. */
export const FUZZY_THRESHOLD = 0.92;

export { MATCH_TEXT } from "./matchText";

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
  readonly debiteuren: number;
  readonly clienten: number;
  /** Rows per status after the comparison. */
  readonly perStatus: Readonly<Record<Status, number>>;
  /** Rows that were "nog niet vergeleken" and now have a result. */
  readonly nieuwVergeleken: number;
  /** Rows compared before (or decided) whose status stayed. */
  readonly behouden: number;
  /** Of those, the rows where this comparison finds something else (each has `kept`). */
  readonly afwijkendBijHerhaling: number;
  /** Automatic results this comparison moved towards a halt (geen cliënt → mogelijke match or cliënt, mogelijke match → cliënt). */
  readonly herzien: number;
  /** Rows flagged by this comparison for the social worker's review (status kept, collection halted). */
  readonly gemarkeerd: readonly NamedRow[];
  /** Clients and possible matches missing from this list: they stay; only the social worker moves them on. */
  readonly nietMeerInLijst: readonly NamedRow[];
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

interface IndexedClient {
  readonly record: ClientRecord;
  /** The valid national number, if any. */
  readonly number: string | undefined;
  /** Normalised on first use: most clients are never a fallback candidate. */
  name: PersonName | undefined;
}

/** One client, or several at one key (an array): most keys have one, and an array per key costs time at 100,000 rows. */
type Bucket = IndexedClient | IndexedClient[];

/**
 * Normalised street → normalised house number → value. Looked up with the memoised normaliser's strings, whose hashes
 * are cached, this costs less than joining a key per record, and a street with no entry ends the lookup early.
 */
type ByStreet<V> = Map<string, Map<string, V>>;

interface ClientIndex {
  /** Valid number → the client; numbers on several clients are in `repeatedNumbers`. */
  readonly byNumber: ReadonlyMap<string, IndexedClient>;
  readonly repeatedNumbers: ReadonlyMap<string, readonly IndexedClient[]>;
  /**
   * Blocking for the fallback: only clients at the same normalised address are ever compared by name. Holds only
   * the addresses of debtors without a valid number, the only debtors for whom every client is a candidate.
   */
  readonly byAddress: ReadonlyMap<string, Bucket>;
  /** Clients without a valid number, the only candidates for a debtor with a valid number that is not on the list. */
  readonly withoutNumber: ByStreet<Bucket>;
}

/** Per debtor: first what its own data says (DebtorFacts), then what the comparison finds. */
interface Finding extends DebtorFacts {
  proposed: Status;
  match: string;
  exactClients: readonly IndexedClient[] | undefined;
}

export function compareDebtors(debtors: readonly DebtorRecord[], clients: readonly ClientRecord[]): Comparison {
  const norm = memoisedNormaliser();
  const problems: DataQualityProblem[] = [];
  const findings = debtors.map((d) => debtorFacts(d, norm));
  // The addresses where every client is a candidate: those of debtors without a valid number.
  const wanted: ByStreet<true> = new Map();
  findings.forEach((f, i) => {
    if (f.address) atStreet(wanted, norm.street(debtors[i].straat, debtors[i].huisnummer)).set(norm.houseNumber(debtors[i].straat, debtors[i].huisnummer), true);
  });
  const index = indexClients(clients, norm, problems, wanted);

  const names: (PersonName | undefined)[] = new Array(debtors.length);
  const nameOf = (i: number): PersonName => (names[i] ??= norm.personName(debtors[i].voornaam, debtors[i].achternaam));
  findings.forEach((f, i) => find(f, debtors[i], i, nameOf, index, norm));
  // concat, not push(...): a list where every number is invalid gives 100,000 problems, too many for spread arguments.
  const allProblems = problems.concat(debtorProblems(debtors, findings, nameOf), sameNumberOtherName(debtors, findings, nameOf, norm));
  const outcomes = debtors.map((d, i) => decide(d, findings[i]));
  return { outcomes, problems: sortProblems(allProblems), summary: summarise(debtors, clients.length, findings, outcomes) };
}

function atStreet<V>(map: ByStreet<V>, street: string): Map<string, V> {
  let numbers = map.get(street);
  if (numbers === undefined) {
    numbers = new Map();
    map.set(street, numbers);
  }
  return numbers;
}

function addTo(map: Map<string, Bucket>, key: string, client: IndexedClient): void {
  const there = map.get(key);
  if (there === undefined) map.set(key, client);
  else if (Array.isArray(there)) there.push(client);
  else map.set(key, [there, client]);
}


function clientName(c: IndexedClient, norm: Normaliser): PersonName {
  return (c.name ??= norm.personName(c.record.voornaam, c.record.achternaam));
}

function isEmptyDebtor(d: DebtorRecord): boolean {
  const { rijksregisternummer, dossiernummer, achternaam, voornaam, straat, huisnummer } = d;
  return isBlank(rijksregisternummer) && isBlank(dossiernummer) && isBlank(achternaam) && isBlank(voornaam) && isBlank(straat) && isBlank(huisnummer);
}

/** Every field is set (undefined where it does not apply), so all findings share one shape. */
function debtorFacts(d: DebtorRecord, norm: Normaliser): Finding {
  if (isEmptyDebtor(d)) {
    return { empty: true, number: undefined, numberProblem: undefined, address: undefined, proposed: STATUS.notCompared, match: MATCH_TEXT.emptyRow, exactClients: undefined };
  }
  const parsed = parseNationalNumber(d.rijksregisternummer);
  if (parsed.ok) {
    return { empty: false, number: parsed.value.value, numberProblem: undefined, address: undefined, proposed: STATUS.noClient, match: MATCH_TEXT.none, exactClients: undefined };
  }
  const numberProblem = parsed.error.code;
  return {
    empty: false,
    number: undefined,
    numberProblem,
    address: norm.addressKey(d.straat, d.huisnummer),
    proposed: STATUS.noClient,
    match: invalidNumberMatchText(numberProblem),
    exactClients: undefined,
  };
}

function indexClients(clients: readonly ClientRecord[], norm: Normaliser, problems: DataQualityProblem[], wanted: ByStreet<true>): ClientIndex {
  const byNumber = new Map<string, IndexedClient>();
  const numbered: IndexedClient[] = [];
  const repeated = new Set<string>();
  const byAddress = new Map<string, Bucket>();
  const withoutNumber: ByStreet<Bucket> = new Map();
  for (const record of clients) {
    const { voornaam, achternaam, rijksregisternummer, straat, huisnummer } = record;
    if (isBlank(rijksregisternummer) && isBlank(achternaam) && isBlank(voornaam) && isBlank(straat) && isBlank(huisnummer)) continue;
    const parsed = parseNationalNumber(rijksregisternummer);
    if (parsed.ok) {
      const number: string = parsed.value.value;
      const entry: IndexedClient = { record, number, name: undefined };
      // One Map operation per client: a number seen before shows because the map does not grow.
      const size = byNumber.size;
      byNumber.set(number, entry);
      if (byNumber.size === size) repeated.add(number);
      numbered.push(entry);
      if (wanted.size === 0) continue;
      const numbers = wanted.get(norm.street(straat, huisnummer));
      if (numbers?.has(norm.houseNumber(straat, huisnummer))) addTo(byAddress, norm.addressKey(straat, huisnummer), entry);
    } else {
      problems.push({ code: "ongeldig-rijksregisternummer-client", bronrij: record.bronrij, reden: parsed.error.code });
      const entry: IndexedClient = { record, number: undefined, name: undefined };
      const address = norm.addressKey(straat, huisnummer);
      if (address === "") continue;
      const street = norm.street(straat, huisnummer);
      const houseNumber = norm.houseNumber(straat, huisnummer);
      addTo(atStreet(withoutNumber, street), houseNumber, entry);
      if (wanted.get(street)?.has(houseNumber)) addTo(byAddress, address, entry);
    }
  }
  const repeatedNumbers = new Map<string, IndexedClient[]>();
  if (repeated.size > 0) {
    for (const entry of numbered) {
      const number = entry.number!;
      if (!repeated.has(number)) continue;
      const group = repeatedNumbers.get(number);
      if (group) group.push(entry);
      else repeatedNumbers.set(number, [entry]);
    }
  }
  for (const group of repeatedNumbers.values()) {
    problems.push({ code: "dubbele-client", bronrijen: sortedNumbers(group.map((c) => c.record.bronrij)) });
  }
  return { byNumber, repeatedNumbers, byAddress, withoutNumber };
}

function find(f: Finding, d: DebtorRecord, i: number, nameOf: (i: number) => PersonName, index: ClientIndex, norm: Normaliser): void {
  if (f.empty) return;
  if (f.number !== undefined) {
    const exactClients = exactMatches(index, f.number);
    if (exactClients) {
      f.proposed = STATUS.client;
      f.match = MATCH_TEXT.nationalNumber;
      f.exactClients = exactClients;
      return;
    }
    // Both valid and different is not the same person, whatever the name and address (father and son):
    // only clients without a valid number are candidates.
    const numbers = index.withoutNumber.size === 0 ? undefined : index.withoutNumber.get(norm.street(d.straat, d.huisnummer));
    if (numbers === undefined) return;
    const score = fallbackScore(nameOf, i, numbers.get(norm.houseNumber(d.straat, d.huisnummer)), norm);
    if (score > 0) proposePossibleMatch(f, score);
    return;
  }
  const score = f.address ? fallbackScore(nameOf, i, index.byAddress.get(f.address), norm) : 0;
  if (score > 0) proposePossibleMatch(f, score);
}

function proposePossibleMatch(f: Finding, score: number): void {
  f.proposed = STATUS.possibleMatch;
  f.match = nameAddressMatchText(score);
}

function exactMatches(index: ClientIndex, number: string): readonly IndexedClient[] | undefined {
  const one = index.byNumber.get(number);
  if (one === undefined) return undefined;
  return index.repeatedNumbers.size > 0 ? (index.repeatedNumbers.get(number) ?? [one]) : [one];
}

/** The best name score among the clients at the debtor's address (1 = equal name keys); 0 below the threshold. */
function fallbackScore(nameOf: (i: number) => PersonName, i: number, candidates: Bucket | undefined, norm: Normaliser): number {
  if (candidates === undefined) return 0;
  const mine = nameOf(i);
  if (mine.key === "") return 0;
  let best = 0;
  for (const c of Array.isArray(candidates) ? candidates : [candidates]) {
    const theirs = clientName(c, norm);
    if (theirs.key !== "") best = Math.max(best, nameSimilarity(mine, theirs, FUZZY_THRESHOLD));
  }
  return best >= FUZZY_THRESHOLD ? best : 0;
}

/** A debtor matched on the number whose name is unlike every client's with that number: probably a typo in a number. */
function sameNumberOtherName(
  debtors: readonly DebtorRecord[],
  findings: readonly Finding[],
  nameOf: (i: number) => PersonName,
  norm: Normaliser,
): DataQualityProblem[] {
  const problems: DataQualityProblem[] = [];
  findings.forEach((f, i) => {
    if (!f.exactClients) return;
    const d = debtors[i];
    // Usually both lists spell the name exactly alike; no need to normalise then.
    if (f.exactClients.some((c) => c.record.voornaam === d.voornaam && c.record.achternaam === d.achternaam)) return;
    const mine = nameOf(i);
    const theirs = f.exactClients.map((c) => clientName(c, norm)).filter((n) => n.key !== "");
    if (mine.key === "" || theirs.length === 0 || !theirs.every((n) => namesVeryDifferent(mine, n))) return;
    problems.push({
      code: "zelfde-nummer-andere-naam",
      rowIds: [d.rowId],
      dossiernummers: [d.dossiernummer.trim()],
      bronrijen: sortedNumbers(f.exactClients.map((c) => c.record.bronrij)),
    });
  });
  return problems;
}

function decide(d: DebtorRecord, f: Finding): Outcome {
  const r = reconsider(d.status, d.match, f);
  const outcome: { -readonly [K in keyof Outcome]: Outcome[K] } = { rowId: d.rowId, previous: d.status, proposed: f.proposed, status: r.status, match: r.match, changed: r.changed };
  if (r.reason !== undefined) outcome.reason = r.reason;
  if (r.kept) outcome.kept = { reason: r.reason! };
  if (r.flagged) outcome.flagged = true;
  if (r.missing) outcome.missing = true;
  return outcome;
}

/** Counts per status and per kind of outcome, and the rows the summary names. */
function summarise(debtors: readonly DebtorRecord[], clienten: number, findings: readonly Finding[], outcomes: readonly Outcome[]): ComparisonSummary {
  const perStatus = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let nieuwVergeleken = 0;
  let behouden = 0;
  let afwijkendBijHerhaling = 0;
  let herzien = 0;
  const gemarkeerd: NamedRow[] = [];
  const nietMeerInLijst: NamedRow[] = [];
  let ongeldigeNummers = 0;
  let mogelijkeMatches = 0;
  let exacteMatches = 0;
  outcomes.forEach((o, i) => {
    perStatus[o.status]++;
    if (o.previous === STATUS.notCompared) {
      if (o.proposed !== STATUS.notCompared) nieuwVergeleken++;
    } else if (o.status === o.previous) {
      behouden++;
    } else {
      herzien++;
    }
    if (o.kept) afwijkendBijHerhaling++;
    if (o.flagged) gemarkeerd.push(named(debtors[i], o));
    if (o.missing) nietMeerInLijst.push(named(debtors[i], o));
    if (!findings[i].empty && findings[i].number === undefined) ongeldigeNummers++;
    if (o.proposed === STATUS.possibleMatch) mogelijkeMatches++;
    if (o.proposed === STATUS.client) exacteMatches++;
  });
  const debiteuren = debtors.length;
  // By Rij-ID, so the summary does not depend on the order of the rows.
  gemarkeerd.sort(byRowId);
  nietMeerInLijst.sort(byRowId);
  return { debiteuren, clienten, perStatus, nieuwVergeleken, behouden, afwijkendBijHerhaling, herzien, gemarkeerd, nietMeerInLijst, ongeldigeNummers, mogelijkeMatches, exacteMatches };
}

const byRowId = (a: NamedRow, b: NamedRow): number => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0);

function named(d: DebtorRecord, o: Outcome): NamedRow {
  return { rowId: d.rowId, dossiernummer: d.dossiernummer.trim(), status: o.status };
}
