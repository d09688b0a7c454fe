// Vergelijk: the debtors against the OCMW client list. Equal valid national numbers make a client; otherwise at most
// a possible match on name + address, for a social worker to confirm. An earlier result or decision is never overwritten.
import {
  namesVeryDifferent,
  sortedIds,
  sortedNumbers,
  sortedTexts,
  sortProblems,
  type DataQualityProblem,
} from "./dataQuality";
import { parseNationalNumber, type NationalNumberProblemCode } from "./nationalNumber";
import { memoisedNormaliser, type Normaliser, type PersonName } from "./normalise";
import type { ClientRecord, DebtorRecord, RowId } from "./records";
import { nameSimilarity } from "./similarity";
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

interface IndexedClient {
  readonly record: ClientRecord;
  readonly hasValidNumber: boolean;
  /** Normalised on first use: most clients are never a fallback candidate. */
  name: PersonName | undefined;
}

interface ClientIndex {
  readonly byNumber: Groups<IndexedClient>;
  /** Blocking for the fallback: only clients at the same normalised address are ever compared by name. */
  readonly byAddress: ReadonlyMap<string, readonly IndexedClient[]>;
  readonly anyWithoutNumber: boolean;
}

interface Finding {
  readonly proposed: Status;
  readonly match: string;
  readonly empty: boolean;
  /** The debtor's valid national number. */
  readonly number?: string;
  readonly numberProblem?: NationalNumberProblemCode;
  readonly exactClients?: readonly IndexedClient[];
}

export function compareDebtors(debtors: readonly DebtorRecord[], clients: readonly ClientRecord[]): Comparison {
  const norm = memoisedNormaliser();
  const problems: DataQualityProblem[] = [];
  const index = indexClients(clients, norm, problems);
  const names: (PersonName | undefined)[] = new Array(debtors.length);
  const nameOf = (i: number): PersonName => (names[i] ??= norm.personName(debtors[i].voornaam, debtors[i].achternaam));

  const findings = debtors.map((d, i) => find(d, i, nameOf, index, norm));
  problems.push(...debtorProblems(debtors, findings, nameOf, norm));
  const outcomes = debtors.map((d, i) => decide(d, findings[i]));
  return { outcomes, problems: sortProblems(problems), summary: summarise(debtors.length, clients.length, findings, outcomes) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups values by key without an array per key, since most keys (numbers, dossiers) occur once. */
class Groups<V> {
  private readonly first = new Map<string, V>();
  private readonly more = new Map<string, V[]>();
  add(key: string, value: V): void {
    const first = this.first.get(key);
    if (first === undefined) {
      this.first.set(key, value);
      return;
    }
    const list = this.more.get(key);
    if (list) list.push(value);
    else this.more.set(key, [first, value]);
  }
  get(key: string): readonly V[] | undefined {
    const more = this.more.get(key);
    if (more) return more;
    const first = this.first.get(key);
    return first === undefined ? undefined : [first];
  }
  /** The groups of two or more. */
  repeated(): Iterable<readonly V[]> {
    return this.more.values();
  }
}

const NOT_BLANK = /\S/;
const blank = (s: string): boolean => !NOT_BLANK.test(s);

function clientName(c: IndexedClient, norm: Normaliser): PersonName {
  return (c.name ??= norm.personName(c.record.voornaam, c.record.achternaam));
}

function indexClients(clients: readonly ClientRecord[], norm: Normaliser, problems: DataQualityProblem[]): ClientIndex {
  const byNumber = new Groups<IndexedClient>();
  const byAddress = new Map<string, IndexedClient[]>();
  let anyWithoutNumber = false;
  for (const record of clients) {
    const { voornaam, achternaam, rijksregisternummer, straat, huisnummer } = record;
    if (blank(rijksregisternummer) && blank(achternaam) && blank(voornaam) && blank(straat) && blank(huisnummer)) continue;
    const parsed = parseNationalNumber(rijksregisternummer);
    const entry: IndexedClient = { record, hasValidNumber: parsed.ok, name: undefined };
    if (parsed.ok) byNumber.add(parsed.value.value, entry);
    else problems.push({ code: "ongeldig-rijksregisternummer-client", bronrij: record.bronrij, reden: parsed.error.code });
    const address = norm.addressKey(straat, huisnummer);
    if (address !== "") {
      push(byAddress, address, entry);
      if (!parsed.ok) anyWithoutNumber = true;
    }
  }
  for (const group of byNumber.repeated()) {
    problems.push({ code: "dubbele-client", bronrijen: sortedNumbers(group.map((c) => c.record.bronrij)) });
  }
  return { byNumber, byAddress, anyWithoutNumber };
}

function isEmptyDebtor(d: DebtorRecord): boolean {
  return blank(d.rijksregisternummer) && blank(d.dossiernummer) && blank(d.achternaam) && blank(d.voornaam) && blank(d.straat) && blank(d.huisnummer);
}

function find(d: DebtorRecord, i: number, nameOf: (i: number) => PersonName, index: ClientIndex, norm: Normaliser): Finding {
  if (isEmptyDebtor(d)) return { proposed: STATUS.notCompared, match: MATCH_TEXT.emptyRow, empty: true };
  const parsed = parseNationalNumber(d.rijksregisternummer);
  if (parsed.ok) {
    const number = parsed.value.value as string;
    const exactClients = index.byNumber.get(number);
    if (exactClients) return { proposed: STATUS.client, match: MATCH_TEXT.nationalNumber, empty: false, number, exactClients };
    // Both valid and different is not the same person, whatever the name and address (father and son):
    // only clients without a valid number are candidates.
    const score = index.anyWithoutNumber ? fallbackScore(d, i, nameOf, index, norm, true) : 0;
    if (score > 0) return { proposed: STATUS.possibleMatch, match: nameAddressMatchText(score), empty: false, number };
    return { proposed: STATUS.noClient, match: MATCH_TEXT.none, empty: false, number };
  }
  const numberProblem = parsed.error.code;
  const score = fallbackScore(d, i, nameOf, index, norm, false);
  if (score > 0) return { proposed: STATUS.possibleMatch, match: nameAddressMatchText(score), empty: false, numberProblem };
  return { proposed: STATUS.noClient, match: invalidNumberMatchText(numberProblem), empty: false, numberProblem };
}

/** The best name score among the clients at the debtor's address (1 = equal name keys); 0 below the threshold. */
function fallbackScore(
  d: DebtorRecord,
  i: number,
  nameOf: (i: number) => PersonName,
  index: ClientIndex,
  norm: Normaliser,
  onlyWithoutNumber: boolean,
): number {
  const address = norm.addressKey(d.straat, d.huisnummer);
  if (address === "") return 0;
  const candidates = index.byAddress.get(address);
  if (!candidates) return 0;
  const mine = nameOf(i);
  if (mine.key === "") return 0;
  let best = 0;
  for (const c of candidates) {
    if (onlyWithoutNumber && c.hasValidNumber) continue;
    const theirs = clientName(c, norm);
    if (theirs.key === "") continue;
    best = Math.max(best, nameSimilarity(mine, theirs));
  }
  return best >= FUZZY_THRESHOLD ? best : 0;
}

// Object literals, not spreads: this runs once per debtor and spreads cost several times more.
function decide(d: DebtorRecord, f: Finding): Outcome {
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

/** Dossier numbers compared without spaces and case; the test spares two string copies per row in the usual case. */
const dossierKey = (d: string): string => (/[a-z\s]/.test(d) ? d.replace(/\s+/g, "").toUpperCase() : d);

/** Above this many distinct names on one number, the number is wrong somewhere; no need to compare them all. */
const MAX_NAMES_COMPARED = 50;

function debtorProblems(
  debtors: readonly DebtorRecord[],
  findings: readonly Finding[],
  nameOf: (i: number) => PersonName,
  norm: Normaliser,
): DataQualityProblem[] {
  const problems: DataQualityProblem[] = [];
  const empties: RowId[] = [];
  const byDossier = new Groups<number>();
  const byNumber = new Groups<number>();
  const byNameAndAddress = new Groups<number>();
  findings.forEach((f, i) => {
    const d = debtors[i];
    if (f.empty) {
      empties.push(d.rowId);
      return;
    }
    const dossier = dossierKey(d.dossiernummer);
    if (dossier !== "") byDossier.add(dossier, i);
    if (f.number !== undefined) {
      byNumber.add(f.number, i);
    } else {
      problems.push({ code: "ongeldig-rijksregisternummer", rowIds: [d.rowId], dossiernummer: d.dossiernummer.trim(), reden: f.numberProblem! });
      const address = norm.addressKey(d.straat, d.huisnummer);
      const key = nameOf(i).key;
      if (address !== "" && key !== "") byNameAndAddress.add(`${key}|${address}`, i);
    }
    if (f.exactClients) {
      const mine = nameOf(i);
      const theirs = f.exactClients.map((c) => clientName(c, norm)).filter((n) => n.key !== "");
      if (mine.key !== "" && theirs.length > 0 && theirs.every((n) => namesVeryDifferent(mine, n))) {
        problems.push({
          code: "zelfde-nummer-andere-naam",
          rowIds: [d.rowId],
          dossiernummers: [d.dossiernummer.trim()],
          bronrijen: sortedNumbers(f.exactClients.map((c) => c.record.bronrij)),
        });
      }
    }
  });

  const rowIdsOf = (group: readonly number[]): RowId[] => sortedIds(group.map((i) => debtors[i].rowId));
  const dossiersOf = (group: readonly number[]): string[] => sortedTexts([...new Set(group.map((i) => debtors[i].dossiernummer.trim()))]);
  for (const group of byDossier.repeated()) {
    problems.push({ code: "dubbel-dossiernummer", rowIds: rowIdsOf(group), dossiernummer: dossiersOf(group)[0] });
  }
  const severalDossiers = (group: readonly number[]): boolean => new Set(group.map((i) => dossierKey(debtors[i].dossiernummer))).size > 1;
  for (const group of byNumber.repeated()) {
    if (hasVeryDifferentNames(group.map(nameOf))) {
      problems.push({ code: "zelfde-nummer-andere-naam", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group), bronrijen: [] });
    } else if (severalDossiers(group)) {
      problems.push({ code: "meerdere-dossiers", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group) });
    }
  }
  for (const group of byNameAndAddress.repeated()) {
    if (severalDossiers(group)) problems.push({ code: "meerdere-dossiers", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group) });
  }
  if (empties.length > 0) problems.push({ code: "lege-rij", rowIds: sortedIds(empties) });
  return problems;
}

function hasVeryDifferentNames(names: readonly PersonName[]): boolean {
  const distinct = [...new Map(names.filter((n) => n.key !== "").map((n) => [n.key, n])).values()];
  if (distinct.length > MAX_NAMES_COMPARED) return true;
  for (let a = 0; a < distinct.length; a++) {
    for (let b = a + 1; b < distinct.length; b++) if (namesVeryDifferent(distinct[a], distinct[b])) return true;
  }
  return false;
}

function summarise(debiteuren: number, clienten: number, findings: readonly Finding[], outcomes: readonly Outcome[]): ComparisonSummary {
  const perStatus = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let nieuwVergeleken = 0;
  let behouden = 0;
  let afwijkendBijHerhaling = 0;
  let ongeldigeNummers = 0;
  let mogelijkeMatches = 0;
  let exacteMatches = 0;
  outcomes.forEach((o, i) => {
    perStatus[o.status]++;
    if (o.previous === STATUS.notCompared) {
      if (o.proposed !== STATUS.notCompared) nieuwVergeleken++;
    } else {
      behouden++;
    }
    if (o.kept) afwijkendBijHerhaling++;
    if (!findings[i].empty && findings[i].number === undefined) ongeldigeNummers++;
    if (o.proposed === STATUS.possibleMatch) mogelijkeMatches++;
    if (o.proposed === STATUS.client) exacteMatches++;
  });
  return { debiteuren, clienten, perStatus, nieuwVergeleken, behouden, afwijkendBijHerhaling, ongeldigeNummers, mogelijkeMatches, exacteMatches };
}
