/**
 * Seeded synthetic datasets: a debtor list and an OCMW client list of FICTITIOUS people ("fictieve gegevens").
 * Names are random combinations of common first and last names of Genk's communities, addresses random Genk-like
 * streets and numbers, national numbers random with correct check digits; none describes a real person, though a
 * random number can of course coincide with a real one. The same options always give the same data.
 * Pure TypeScript without Node or DOM: used by the benchmark, the browser demo and the CLI.
 */
import type { ClientRecord, DebtorData } from "../domain/records";
import { MORE_STREETS, NAME_GROUPS, STREETS, type NameGroup } from "./names";
import { breakNumber, makeNationalNumber, presentNumber } from "./nationalNumbers";
import { seededRandom, shuffleInPlace, type Random } from "./random";
import { houseNumberVariant, nameVariant, streetVariant } from "./variants";

export interface DatasetOptions {
  readonly debtors: number;
  readonly clients: number;
  readonly seed: number;
  /** Share of debtors without a valid national number (empty or broken). Default 0.1. */
  readonly invalidShare?: number;
  /** Share of debtors who are also on the client list (written there with variations). Default 0.15. */
  readonly overlapShare?: number;
  /**
   * A few deliberate data-quality problems: a duplicated dossier number, one number on two debtors' names, one
   * person with two dossiers, a client sharing a debtor's number under another name, a client listed twice. Default true.
   */
  readonly withProblems?: boolean;
  /** Empty rows among the debtors (counted in `debtors`). Default 0. */
  readonly emptyRows?: number;
}

export interface Dataset {
  readonly debtors: DebtorData[];
  readonly clients: ClientRecord[];
}

interface Person {
  readonly voornaam: string;
  readonly achternaam: string;
  /** 11 digits, valid. */
  readonly nummer: string;
  readonly straat: string;
  readonly huisnummer: string;
}

/** Client list rows start under a header row. */
const FIRST_CLIENT_ROW = 2;

export function generateDataset(options: DatasetOptions): Dataset {
  const { debtors, clients, seed, invalidShare = 0.1, overlapShare = 0.15, withProblems = true, emptyRows = 0 } = options;
  if (![debtors, clients, emptyRows].every((n) => Number.isInteger(n) && n >= 0) || emptyRows > debtors) {
    throw new Error(`generateDataset: invalid sizes (debtors ${debtors}, clients ${clients}, emptyRows ${emptyRows})`);
  }
  const r = seededRandom(seed);
  const newPerson = personFactory(r);
  const people = Array.from({ length: debtors - emptyRows }, newPerson);

  const invalid = new Set(shuffledIndices(r, people.length).slice(0, Math.round(people.length * invalidShare)));
  const debtorRows: DebtorData[] = people.map((p, i) => ({
    dossiernummer: `DOS-${r.between(2015, 2021)}-${String(i + 1).padStart(6, "0")}`,
    voornaam: p.voornaam,
    achternaam: p.achternaam,
    rijksregisternummer: invalid.has(i) ? breakNumber(r, p.nummer).text : presentNumber(r, p.nummer),
    straat: p.straat,
    huisnummer: p.huisnummer,
  }));

  const overlap = shuffledIndices(r, people.length).slice(0, Math.min(clients, Math.round(people.length * overlapShare)));
  const clientPeople = [...overlap.map((i) => clientVersion(r, people[i])), ...Array.from({ length: clients - overlap.length }, () => asClient(r, newPerson()))];

  if (withProblems && people.length >= 10) {
    const isClient = new Set(overlap);
    const spare = shuffledIndices(r, people.length).filter((i) => !invalid.has(i) && !isClient.has(i));
    addDebtorProblems(r, debtorRows, people, spare);
    addClientProblems(r, clientPeople, people, spare.slice(6), overlap.length);
  }
  for (let e = 0; e < emptyRows; e++) {
    debtorRows.splice(r.int(debtorRows.length + 1), 0, { dossiernummer: "", voornaam: "", achternaam: "", rijksregisternummer: "", straat: "", huisnummer: "" });
  }
  const clientRows = shuffleInPlace(r, clientPeople).map((c, i) => clientRow(c, i + FIRST_CLIENT_ROW));
  return { debtors: debtorRows.map(debtorRow), clients: clientRows };
}

/** Rows as one object shape, the way a sheet reader makes them (several shapes would slow down the benchmark). */
function debtorRow(d: DebtorData): DebtorData {
  const { dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer } = d;
  return { dossiernummer, voornaam, achternaam, rijksregisternummer, straat, huisnummer };
}

function clientRow(c: ClientFields, bronrij: number): ClientRecord {
  return { voornaam: c.voornaam, achternaam: c.achternaam, rijksregisternummer: c.rijksregisternummer, straat: c.straat, huisnummer: c.huisnummer, bronrij };
}

function shuffledIndices(r: Random, n: number): number[] {
  return shuffleInPlace(r, Array.from({ length: n }, (_, i) => i));
}

function personFactory(r: Random): () => Person {
  const used = new Set<string>();
  const total = NAME_GROUPS.reduce((sum, g) => sum + g.weight, 0);
  const pickGroup = (): NameGroup => {
    let x = r.next() * total;
    for (const g of NAME_GROUPS) {
      x -= g.weight;
      if (x < 0) return g;
    }
    return NAME_GROUPS[NAME_GROUPS.length - 1];
  };
  return () => {
    const group = pickGroup();
    let nummer = makeNationalNumber(r);
    while (used.has(nummer)) nummer = makeNationalNumber(r);
    used.add(nummer);
    return { voornaam: r.pick(group.firstNames), achternaam: r.pick(group.lastNames), nummer, straat: r.pick(r.chance(0.4) ? STREETS : MORE_STREETS), huisnummer: houseNumber(r) };
  };
}

function houseNumber(r: Random): string {
  const n = r.between(1, 300);
  const x = r.next();
  if (x < 0.7) return String(n);
  if (x < 0.85) return `${n}${r.pick(["A", "B", "C"])}`;
  return `${n} bus ${r.between(1, 12)}`;
}

type ClientFields = Omit<ClientRecord, "bronrij">;

/** A client row as the OCMW's list has it; 2 in 100 without a number. */
function asClient(r: Random, p: Person): ClientFields {
  return {
    voornaam: p.voornaam,
    achternaam: p.achternaam,
    rijksregisternummer: r.chance(0.02) ? "" : presentNumber(r, p.nummer),
    straat: p.straat,
    huisnummer: p.huisnummer,
  };
}

/** A debtor as the OCMW wrote them down: often spelled or formatted differently. */
function clientVersion(r: Random, p: Person): ClientFields {
  const name = r.chance(0.35) ? nameVariant(r, p) : p;
  return {
    ...asClient(r, p),
    voornaam: name.voornaam,
    achternaam: name.achternaam,
    straat: r.chance(0.2) ? streetVariant(p.straat) : p.straat,
    huisnummer: r.chance(0.2) ? houseNumberVariant(r, p.huisnummer) : p.huisnummer,
  };
}

/** Uses spare[0..5]: debtors with a valid number who are not clients. */
function addDebtorProblems(r: Random, rows: DebtorData[], people: readonly Person[], spare: readonly number[]): void {
  const [a, b, c, d, e, f] = spare;
  rows[b] = { ...rows[b], dossiernummer: rows[a].dossiernummer };
  if (people[c].achternaam !== people[d].achternaam && people[c].voornaam !== people[d].voornaam) {
    rows[d] = { ...rows[d], rijksregisternummer: presentNumber(r, people[c].nummer) };
  }
  const { dossiernummer } = rows[f];
  rows[f] = { ...rows[e], dossiernummer };
}

/** A non-overlapping client takes a spare debtor's number under its own name; another client is listed twice. */
function addClientProblems(r: Random, clientPeople: ClientFields[], people: readonly Person[], spare: readonly number[], firstOther: number): void {
  const others = clientPeople.length - firstOther;
  if (others < 2 || spare.length === 0) return;
  const borrower = firstOther;
  if (clientPeople[borrower].achternaam !== people[spare[0]].achternaam) {
    clientPeople[borrower] = { ...clientPeople[borrower], rijksregisternummer: presentNumber(r, people[spare[0]].nummer) };
  }
  const twice = firstOther + 1;
  const sources = clientPeople.length - 2;
  if (sources === 0) return;
  // Any client but the borrower and the row being overwritten.
  const pick = r.int(sources);
  const source = pick < firstOther ? pick : pick + 2;
  clientPeople[twice] = { ...clientPeople[source] };
}
