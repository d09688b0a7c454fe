// The data-quality checks of the debtor list itself (invalid numbers, duplicate dossier numbers, one number on different
// names, one person with several dossiers, empty rows), fed one row at a time by the comparison's first pass, while
// the row is at hand: at 100,000 rows a pass of its own over the rows costs more than the checks.
import { capacityFor, hashText, namesVeryDifferent, repeatedKeys, sortedIds, sortedTexts, type DataQualityProblem } from "./dataQuality";
import { IntTable } from "./intTable";
import { problemOfKey, type NumberKey } from "./nationalNumberKey";
import type { PersonName } from "./normalise";
import type { DebtorRecord, RowId } from "./records";

/** Above this many distinct names on one number, the number is wrong somewhere; no need to compare them all. */
const MAX_NAMES_COMPARED = 50;

/** Dossier numbers compared without spaces and case; the test spares two string copies per row in the usual case. */
const dossierKey = (d: string): string => (/[a-z\s]/.test(d) ? d.replace(/\s+/g, "").toUpperCase() : d);

export class DebtorChecks {
  private readonly empty: number[] = [];
  private readonly invalid: number[] = [];
  private readonly invalidKeys: NumberKey[] = [];
  private readonly invalidAddresses: number[] = [];
  private readonly dossiers: DossierRepeats;
  private readonly numbers: NumberRepeats;

  constructor(private readonly debtors: readonly DebtorRecord[]) {
    this.dossiers = new DossierRepeats(debtors);
    this.numbers = new NumberRepeats(debtors.length);
  }

  /** Rows in order: each row once, as empty, with a valid number, or without one. */
  emptyRow(i: number): void {
    this.empty.push(i);
  }

  validRow(i: number, d: DebtorRecord, key: NumberKey): void {
    this.dossiers.add(i, d.dossiernummer);
    this.numbers.add(i, key);
  }

  /** `address`: a number equal exactly for equal normalised address keys (AddressTable.add), -1 when incomplete. */
  invalidRow(i: number, d: DebtorRecord, key: NumberKey, address: number): void {
    this.dossiers.add(i, d.dossiernummer);
    this.invalid.push(i);
    this.invalidKeys.push(key);
    this.invalidAddresses.push(address);
  }

  /** The problems, in the order the reference implementation reports them (before sorting). */
  problems(nameOf: (i: number) => PersonName): DataQualityProblem[] {
    const { debtors, invalid, invalidAddresses } = this;
    const problems: DataQualityProblem[] = [];
    for (let k = 0; k < invalid.length; k++) {
      const d = debtors[invalid[k]];
      problems.push({ code: "ongeldig-rijksregisternummer", rowIds: [d.rowId], dossiernummer: d.dossiernummer.trim(), reden: problemOfKey(this.invalidKeys[k]) });
    }
    const byNameAndAddress = repeatedKeys(invalid.length, (k) => {
      const address = invalidAddresses[k];
      if (address < 0) return undefined;
      const key = nameOf(invalid[k]).key;
      return key === "" ? undefined : `${key}|${address}`;
    });

    const rowIdsOf = (group: readonly number[]): RowId[] => sortedIds(group.map((i) => debtors[i].rowId));
    const dossiersOf = (group: readonly number[]): string[] => sortedTexts([...new Set(group.map((i) => debtors[i].dossiernummer.trim()))]);
    const severalDossiers = (group: readonly number[]): boolean => new Set(group.map((i) => dossierKey(debtors[i].dossiernummer))).size > 1;
    for (const group of this.dossiers.groups()) {
      problems.push({ code: "dubbel-dossiernummer", rowIds: rowIdsOf(group), dossiernummer: dossiersOf(group)[0] });
    }
    for (const group of this.numbers.groups()) {
      if (hasVeryDifferentNames(group.map(nameOf))) {
        problems.push({ code: "zelfde-nummer-andere-naam", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group), bronrijen: [] });
      } else if (severalDossiers(group)) {
        problems.push({ code: "meerdere-dossiers", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group) });
      }
    }
    for (const positions of byNameAndAddress.values()) {
      const group = positions.map((k) => invalid[k]);
      if (severalDossiers(group)) problems.push({ code: "meerdere-dossiers", rowIds: rowIdsOf(group), dossiernummers: dossiersOf(group) });
    }
    if (this.empty.length > 0) problems.push({ code: "lege-rij", rowIds: sortedIds(this.empty.map((i) => debtors[i].rowId)) });
    return problems;
  }
}

/**
 * repeatedKeys (dataQuality.ts) of the dossier numbers' dossierKey, "" left out, fed in row order. The usual dossier
 * number (printable ASCII without lower case or spaces) is its own key and is hashed in the same pass that checks so;
 * a slot remembers its key's hash, so texts are compared only when the hashes are equal.
 */
class DossierRepeats {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  private readonly found = new Map<string, number[]>();

  constructor(private readonly debtors: readonly DebtorRecord[]) {
    this.mask = capacityFor(debtors.length) - 1;
    this.slots = new Int32Array(this.mask + 1).fill(-1);
    this.hashes = new Int32Array(this.mask + 1);
  }

  add(i: number, raw: string): void {
    let key = raw;
    let h = plainHash(raw);
    if (h === NOT_PLAIN) {
      key = dossierKey(raw);
      if (key === "") return;
      h = hashText(key);
    }
    const { slots, hashes, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const first = slots[slot];
      if (first === -1) {
        slots[slot] = i;
        hashes[slot] = h;
        return;
      }
      if (hashes[slot] !== h || dossierKey(this.debtors[first].dossiernummer) !== key) continue;
      const group = this.found.get(key);
      if (group) group.push(i);
      else this.found.set(key, [first, i]);
      return;
    }
  }

  /** The positions of each repeated key, the groups in the order their keys first occur. */
  groups(): number[][] {
    return [...this.found.values()].sort((a, b) => a[0] - b[0]);
  }
}

const NOT_PLAIN = -1;

/**
 * hashText of a text dossierKey leaves as it is and that is not "": printable ASCII without lower case letters or
 * spaces. NOT_PLAIN otherwise (hashText never gives it: it is non-negative).
 */
function plainHash(s: string): number {
  if (s.length === 0) return NOT_PLAIN;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 97 && c <= 122)) return NOT_PLAIN;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x7fffffff;
}

/** The positions of each valid number key that occurs more than once, fed in row order. */
class NumberRepeats {
  private readonly first: IntTable;
  private readonly found = new Map<number, number[]>();

  constructor(n: number) {
    this.first = new IntTable(n);
  }

  add(i: number, key: NumberKey): void {
    const earlier = this.first.putIfAbsent(key, i);
    if (earlier === -1) return;
    const group = this.found.get(key);
    if (group) group.push(i);
    else this.found.set(key, [earlier, i]);
  }

  /** The groups in the order their keys first occur. */
  groups(): number[][] {
    return [...this.found.values()].sort((a, b) => a[0] - b[0]);
  }
}

function hasVeryDifferentNames(names: readonly PersonName[]): boolean {
  const distinct = [...new Map(names.filter((n) => n.key !== "").map((n) => [n.key, n])).values()];
  if (distinct.length > MAX_NAMES_COMPARED) return true;
  for (let a = 0; a < distinct.length; a++) {
    for (let b = a + 1; b < distinct.length; b++) if (namesVeryDifferent(distinct[a], distinct[b])) return true;
  }
  return false;
}
