// The reference for Vergelijk's findings: the engine as it was before matchEngine.ts (Map per national number, an object
// per client and per debtor), kept verbatim so test/property/matchEngine.property.test.ts can prove the optimised engine
// gives identical results. What a row gets from a finding (`decide`; its shortcut for rows not compared yet is checked
// against reconsider in matching.test.ts) and the summary are shared, not copied: this is about what the comparison
// finds. Not used by the product.
import { namesVeryDifferent, repeatedKeys, sortedIds, sortedNumbers, sortedTexts, sortProblems, type DataQualityProblem } from "../../src/domain/dataQuality";
import { decide, FUZZY_THRESHOLD, invalidNumberMatchText, MATCH_TEXT, nameAddressMatchText, summarise, type Comparison } from "../../src/domain/matching";
import { parseNationalNumber, type NationalNumberProblemCode } from "../../src/domain/nationalNumber";
import { isBlank, memoisedNormaliser, type Normaliser, type PersonName } from "../../src/domain/normalise";
import type { ClientRecord, DebtorRecord, RowId } from "../../src/domain/records";
import { nameSimilarity } from "../../src/domain/similarity";
import { STATUS, type Status } from "../../src/domain/status";

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

export function referenceCompareDebtors(debtors: readonly DebtorRecord[], clients: readonly ClientRecord[]): Comparison {
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
  const invalid = findings.filter((f) => !f.empty && f.number === undefined).length;
  return { outcomes, problems: sortProblems(allProblems), summary: summarise(debtors, clients.length, invalid, outcomes) };
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


/** Per debtor, what the comparison learned that the debtor-side checks need. */
interface DebtorFacts {
  readonly empty: boolean;
  /** The valid national number (11 digits). */
  readonly number: string | undefined;
  readonly numberProblem: NationalNumberProblemCode | undefined;
  /** The normalised address key, known for rows without a valid number ("" when incomplete). */
  readonly address: string | undefined;
}

/** Above this many distinct names on one number, the number is wrong somewhere; no need to compare them all. */
const MAX_NAMES_COMPARED = 50;

/** Dossier numbers compared without spaces and case; the test spares two string copies per row in the usual case. */
const dossierKey = (d: string): string => (/[a-z\s]/.test(d) ? d.replace(/\s+/g, "").toUpperCase() : d);

/** Invalid numbers, duplicate dossier numbers, one number on different names, one person with several dossiers, empty rows. */
function debtorProblems(
  debtors: readonly DebtorRecord[],
  facts: readonly DebtorFacts[],
  nameOf: (i: number) => PersonName,
): DataQualityProblem[] {
  const problems: DataQualityProblem[] = [];
  const empties: RowId[] = [];
  facts.forEach((f, i) => {
    const d = debtors[i];
    if (f.empty) empties.push(d.rowId);
    else if (f.number === undefined) {
      problems.push({ code: "ongeldig-rijksregisternummer", rowIds: [d.rowId], dossiernummer: d.dossiernummer.trim(), reden: f.numberProblem ?? "leeg" });
    }
  });
  const byDossier = repeatedKeys(debtors.length, (i) => (facts[i].empty ? undefined : dossierKey(debtors[i].dossiernummer) || undefined));
  const byNumber = repeatedKeys(debtors.length, (i) => facts[i].number);
  const byNameAndAddress = repeatedKeys(debtors.length, (i) => {
    const f = facts[i];
    if (f.empty || f.number !== undefined || !f.address) return undefined;
    const key = nameOf(i).key;
    return key === "" ? undefined : `${key}|${f.address}`;
  });

  const rowIdsOf = (group: readonly number[]): RowId[] => sortedIds(group.map((i) => debtors[i].rowId));
  const dossiersOf = (group: readonly number[]): string[] => sortedTexts([...new Set(group.map((i) => debtors[i].dossiernummer.trim()))]);
  const severalDossiers = (group: readonly number[]): boolean => new Set(group.map((i) => dossierKey(debtors[i].dossiernummer))).size > 1;
  for (const group of byDossier.values()) {
    problems.push({ code: "dubbel-dossiernummer", rowIds: rowIdsOf(group), dossiernummer: dossiersOf(group)[0] });
  }
  for (const group of byNumber.values()) {
    if (hasVeryDifferentNames(group.map(nameOf))) {
      problems.push({ code: "zelfde-nummer-andere-naam", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group), bronrijen: [] });
    } else if (severalDossiers(group)) {
      problems.push({ code: "meerdere-dossiers", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group) });
    }
  }
  for (const group of byNameAndAddress.values()) {
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
