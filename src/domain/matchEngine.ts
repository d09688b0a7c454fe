// The hot path of Vergelijk: what the comparison finds per debtor (exact match on the number, else a possible
// match on name + address) and the data-quality problems, for 100,000 × 100,000 rows at close to the cost of a plain
// hash join. What a row then GETS (its earlier status or decision kept or not) is decided in matching.ts.
// Numbers are int keys in typed arrays (nationalNumberKey.ts, intTable.ts), addresses int pairs (addressTable.ts), the
// debtor list's own checks are fed by the first pass (debtorChecks.ts), per-row facts are parallel arrays,
// clients are referred to by index: no object per row beyond the results. The former, simpler implementation is
// test/reference/matching.reference.ts; test/property/matchEngine.property.test.ts proves both give the same results.
import { AddressTable, HouseNumbers } from "./addressTable";
import { namesVeryDifferent, sortedNumbers, type DataQualityProblem } from "./dataQuality";
import { DebtorChecks } from "./debtorChecks";
import { IntTable } from "./intTable";
import { numberKey, problemOfKey } from "./nationalNumberKey";
import { isBlank, memoisedNormaliser, type Normaliser, type PersonName } from "./normalise";
import type { ClientRecord, DebtorRecord } from "./records";
import { nameSimilarity } from "./similarity";
import { STATUS, type Status } from "./status";
import { FUZZY_THRESHOLD, invalidNumberMatchText, MATCH_TEXT, nameAddressMatchText } from "./matchText";

export interface Findings {
  /** Per debtor, in input order: what this comparison finds, and the Match text that explains it. */
  readonly proposed: Status[];
  readonly match: string[];
  /** Unsorted, in the order they were found. */
  readonly problems: DataQualityProblem[];
  /** Debtors (not empty rows) without a valid national number. */
  readonly invalidNumbers: number;
}

/** Client indices, in client order. */
type Clients = number[];
const newClients = (): Clients => [];

/** Below every number key (nationalNumberKey.ts): an empty row. */
const EMPTY_ROW = -1000;

export function findMatches(debtors: readonly DebtorRecord[], clients: readonly ClientRecord[]): Findings {
  const n = debtors.length;
  const norm = memoisedNormaliser();
  const houses = new HouseNumbers(norm);
  const keys = new Int32Array(n);
  // Filled by push in row order: `new Array(n)` beyond 100,000 elements makes a slow dictionary-mode array.
  const proposed: Status[] = [];
  const match: string[] = [];
  const checks = new DebtorChecks(debtors);
  // The clients at the addresses of debtors without a valid number (filled by indexClients), per such debtor in order.
  const candidates: (Clients | undefined)[] = [];
  const wanted = new AddressTable<Clients>(norm, houses);
  const invalidTexts: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = debtors[i];
    if (isEmptyDebtor(d)) {
      keys[i] = EMPTY_ROW;
      checks.emptyRow(i);
      proposed.push(STATUS.notCompared);
      match.push(MATCH_TEXT.emptyRow);
      continue;
    }
    const key = numberKey(d.rijksregisternummer);
    keys[i] = key;
    proposed.push(STATUS.noClient);
    if (key >= 0) {
      checks.validRow(i, d, key);
      match.push(MATCH_TEXT.none);
      continue;
    }
    const address = wanted.add(d.straat, d.huisnummer, newClients);
    checks.invalidRow(i, d, key, address);
    match.push((invalidTexts[-1 - key] ??= invalidNumberMatchText(problemOfKey(key))));
    candidates.push(address < 0 ? undefined : wanted.at(address));
  }

  const problems: DataQualityProblem[] = [];
  const index = indexClients(clients, norm, houses, problems, wanted);
  const names = new Map<number, PersonName>();
  const nameOf = (i: number): PersonName => cached(names, i, () => norm.personName(debtors[i].voornaam, debtors[i].achternaam));
  const ctx: Context = { debtors, clients, norm, index, nameOf, proposed, match, otherName: [] };
  for (let i = 0, k = 0; i < n; i++) {
    const key = keys[i];
    if (key === EMPTY_ROW) continue;
    if (key >= 0) findByNumber(ctx, i, key);
    else proposeIfSimilar(ctx, i, candidates[k++]);
  }
  return { proposed, match, problems: problems.concat(checks.problems(nameOf), ctx.otherName), invalidNumbers: candidates.length };
}

interface ClientIndex {
  /** Valid number key → client index; keys on several clients are in `repeated` with all their clients. */
  readonly byNumber: IntTable;
  readonly repeated: ReadonlyMap<number, readonly number[]>;
  /** Clients without a valid number, the only candidates for a debtor with a valid number that is not on the list. */
  readonly withoutNumber: AddressTable<Clients>;
  /** Normalised on first use: most clients are never a candidate. */
  readonly names: Map<number, PersonName>;
}

interface Context {
  readonly debtors: readonly DebtorRecord[];
  readonly clients: readonly ClientRecord[];
  readonly norm: Normaliser;
  readonly index: ClientIndex;
  readonly nameOf: (i: number) => PersonName;
  readonly proposed: Status[];
  readonly match: string[];
  /** "zelfde-nummer-andere-naam" between a debtor and the clients with its number, in debtor order. */
  readonly otherName: DataQualityProblem[];
}

/** Names normalised on first use, by row: a quarter of the rows at most, so a Map, not an array of 100,000 holes. */
function cached(names: Map<number, PersonName>, i: number, normalise: () => PersonName): PersonName {
  let name = names.get(i);
  if (name === undefined) {
    name = normalise();
    names.set(i, name);
  }
  return name;
}

function isEmptyDebtor(d: DebtorRecord): boolean {
  return isBlank(d.rijksregisternummer) && isBlank(d.dossiernummer) && isBlank(d.achternaam) && isBlank(d.voornaam) && isBlank(d.straat) && isBlank(d.huisnummer);
}

/**
 * Indexes the clients by number, and adds every client at an address in `wanted` (those of debtors without a valid
 * number, where every client is a candidate) to that address's candidates, whatever the client's number.
 */
function indexClients(clients: readonly ClientRecord[], norm: Normaliser, houses: HouseNumbers, problems: DataQualityProblem[], wanted: AddressTable<Clients>): ClientIndex {
  const byNumber = new IntTable(clients.length);
  let repeatedKeys: Set<number> | undefined;
  const withoutNumber = new AddressTable<Clients>(norm, houses);
  const clientKeys = new Int32Array(clients.length).fill(-1);
  const anyWanted = wanted.size > 0;
  for (let c = 0; c < clients.length; c++) {
    const { voornaam, achternaam, rijksregisternummer, straat, huisnummer } = clients[c];
    if (isBlank(rijksregisternummer) && isBlank(achternaam) && isBlank(voornaam) && isBlank(straat) && isBlank(huisnummer)) continue;
    const key = numberKey(rijksregisternummer);
    if (key >= 0) {
      clientKeys[c] = key;
      if (byNumber.putIfAbsent(key, c) !== -1) (repeatedKeys ??= new Set()).add(key);
    } else {
      problems.push({ code: "ongeldig-rijksregisternummer-client", bronrij: clients[c].bronrij, reden: problemOfKey(key) });
      const at = withoutNumber.getOrAdd(straat, huisnummer, newClients);
      if (at === undefined) continue; // an incomplete address: never a candidate
      at.push(c);
    }
    if (anyWanted) wanted.get(straat, huisnummer)?.push(c);
  }
  const repeated = groupsOf(clientKeys, repeatedKeys);
  for (const group of repeated.values()) {
    problems.push({ code: "dubbele-client", bronrijen: sortedNumbers(group.map((c) => clients[c].bronrij)) });
  }
  return { byNumber, repeated, withoutNumber, names: new Map() };
}

/** The clients of each repeated key, in client order; the groups in the order their keys first occur. */
function groupsOf(clientKeys: Int32Array, repeatedKeys: ReadonlySet<number> | undefined): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  if (repeatedKeys === undefined) return groups;
  for (let c = 0; c < clientKeys.length; c++) {
    const key = clientKeys[c];
    if (key < 0 || !repeatedKeys.has(key)) continue;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

function findByNumber(ctx: Context, i: number, key: number): void {
  const { index, debtors } = ctx;
  const one = index.byNumber.get(key);
  if (one !== -1) {
    ctx.proposed[i] = STATUS.client;
    ctx.match[i] = MATCH_TEXT.nationalNumber;
    checkSameNumberName(ctx, i, index.repeated.size > 0 ? (index.repeated.get(key) ?? one) : one);
    return;
  }
  // Both valid and different is not the same person, whatever the name and address (father and son):
  // only clients without a valid number are candidates.
  if (index.withoutNumber.size === 0) return;
  const d = debtors[i];
  proposeIfSimilar(ctx, i, index.withoutNumber.get(d.straat, d.huisnummer));
}

function clientName(ctx: Context, c: number): PersonName {
  return cached(ctx.index.names, c, () => ctx.norm.personName(ctx.clients[c].voornaam, ctx.clients[c].achternaam));
}

/** A possible match when the best name score among the clients at the debtor's address reaches the threshold. */
function proposeIfSimilar(ctx: Context, i: number, candidates: Clients | undefined): void {
  if (candidates === undefined || candidates.length === 0) return;
  const mine = ctx.nameOf(i);
  if (mine.key === "") return;
  let best = 0;
  for (let k = 0; k < candidates.length; k++) best = Math.max(best, similarity(ctx, mine, candidates[k]));
  if (best < FUZZY_THRESHOLD) return;
  ctx.proposed[i] = STATUS.possibleMatch;
  ctx.match[i] = nameAddressMatchText(best);
}

function similarity(ctx: Context, mine: PersonName, c: number): number {
  const theirs = clientName(ctx, c);
  return theirs.key === "" ? 0 : nameSimilarity(mine, theirs, FUZZY_THRESHOLD);
}

/** A debtor matched on the number whose name is unlike every client's with that number: probably a typo in a number. */
function checkSameNumberName(ctx: Context, i: number, found: number | readonly number[]): void {
  const d = ctx.debtors[i];
  // Usually both lists spell the name exactly alike; no need to normalise then.
  if (typeof found === "number" ? spelledAlike(ctx.clients[found], d) : found.some((c) => spelledAlike(ctx.clients[c], d))) return;
  const group = typeof found === "number" ? [found] : found;
  const mine = ctx.nameOf(i);
  const theirs = group.map((c) => clientName(ctx, c)).filter((name) => name.key !== "");
  if (mine.key === "" || theirs.length === 0 || !theirs.every((name) => namesVeryDifferent(mine, name))) return;
  ctx.otherName.push({
    code: "zelfde-nummer-andere-naam",
    rowIds: [d.rowId],
    dossiernummers: [d.dossiernummer.trim()],
    bronrijen: sortedNumbers(group.map((c) => ctx.clients[c].bronrij)),
  });
}

const spelledAlike = (c: ClientRecord, d: DebtorRecord): boolean => c.voornaam === d.voornaam && c.achternaam === d.achternaam;
