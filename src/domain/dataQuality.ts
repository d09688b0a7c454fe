// Data-quality findings of a comparison (protocol 12°): reported, never hidden, and pointed at by dossier or row
// number, never by repeating a national number or a name.
import type { NationalNumberProblemCode } from "./nationalNumber";
import type { PersonName } from "./normalise";
import type { RowId } from "./records";
import { nameSimilarity } from "./similarity";

export type DataQualityProblem =
  /** A debtor's national number is missing or invalid (the comparison fell back on name + address). */
  | {
      readonly code: "ongeldig-rijksregisternummer";
      readonly rowIds: readonly RowId[];
      readonly dossiernummer: string;
      readonly reden: NationalNumberProblemCode;
    }
  /** A client's national number is missing or invalid. */
  | { readonly code: "ongeldig-rijksregisternummer-client"; readonly rowIds?: undefined; readonly bronrij: number; readonly reden: NationalNumberProblemCode }
  /** One valid number, clearly different names: between a debtor and client rows (bronrijen), or between debtors (bronrijen empty). */
  | {
      readonly code: "zelfde-nummer-andere-naam";
      readonly rowIds: readonly RowId[];
      readonly dossiernummers: readonly string[];
      readonly bronrijen: readonly number[];
    }
  | { readonly code: "dubbel-dossiernummer"; readonly rowIds: readonly RowId[]; readonly dossiernummer: string }
  /** Informative: one person (same number, or same name and address without one) has several dossiers. */
  | { readonly code: "meerdere-dossiers"; readonly rowIds: readonly RowId[]; readonly dossiernummers: readonly string[] }
  | { readonly code: "lege-rij"; readonly rowIds: readonly RowId[] }
  /** The client list has one valid number on several rows. */
  | { readonly code: "dubbele-client"; readonly rowIds?: undefined; readonly bronrijen: readonly number[] };

export type DataQualityCode = DataQualityProblem["code"];

/** The order problems are reported in: what blocks a correct result first, information last. */
export const DATA_QUALITY_CODES: readonly DataQualityCode[] = [
  "zelfde-nummer-andere-naam",
  "ongeldig-rijksregisternummer",
  "dubbel-dossiernummer",
  "dubbele-client",
  "ongeldig-rijksregisternummer-client",
  "lege-rij",
  "meerdere-dossiers",
];

/** Below this name similarity, one number on two names is reported (a typo in the number is the likely cause). */
export const VERY_DIFFERENT_BELOW = 0.8;

export function namesVeryDifferent(a: PersonName, b: PersonName): boolean {
  return nameSimilarity(a, b) < VERY_DIFFERENT_BELOW;
}

const REASON: Readonly<Record<NationalNumberProblemCode, string>> = {
  leeg: "leeg",
  "ongeldige-tekens": "bevat andere tekens dan cijfers",
  "verkeerde-lengte": "geen 11 cijfers",
  "ongeldige-datum": "geen mogelijke geboortedatum",
  controlegetal: "controlegetal klopt niet",
};

const SHOWN = 5;

function dossierList(dossiers: readonly string[]): string {
  const named = dossiers.map(dossierName);
  if (named.length <= SHOWN) return joinDutch(named);
  return `${named.slice(0, SHOWN).join(", ")} en ${named.length - SHOWN} andere`;
}

function dossierName(d: string): string {
  return d.trim() === "" ? "(zonder dossiernummer)" : d;
}

/** "rij 4", "rijen 4 en 17". */
function rowList(rows: readonly number[]): string {
  const word = rows.length === 1 ? "rij" : "rijen";
  if (rows.length <= SHOWN) return `${word} ${joinDutch(rows.map(String))}`;
  return `${word} ${rows.slice(0, SHOWN).join(", ")} en ${rows.length - SHOWN} andere`;
}

function joinDutch(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

/** A Dutch message that says what is wrong and what to do. */
export function dataQualityMessage(p: DataQualityProblem): string {
  switch (p.code) {
    case "ongeldig-rijksregisternummer":
      return p.reden === "leeg"
        ? `Dossier ${dossierName(p.dossiernummer)}: geen rijksregisternummer. Er werd alleen op naam + adres vergeleken; vul het nummer aan als het gekend is.`
        : `Dossier ${dossierName(p.dossiernummer)}: het rijksregisternummer is ongeldig (${REASON[p.reden]}). Er werd alleen op naam + adres vergeleken; controleer het nummer in de debiteurenadministratie.`;
    case "ongeldig-rijksregisternummer-client":
      return p.reden === "leeg"
        ? `Cliëntenlijst, rij ${p.bronrij}: geen rijksregisternummer. Deze cliënt kan alleen op naam + adres gevonden worden; vraag het OCMW het nummer aan te vullen.`
        : `Cliëntenlijst, rij ${p.bronrij}: het rijksregisternummer is ongeldig (${REASON[p.reden]}). Deze cliënt kan alleen op naam + adres gevonden worden; vraag het OCMW het nummer na te kijken.`;
    case "zelfde-nummer-andere-naam":
      return p.bronrijen.length > 0
        ? `Dossier ${dossierList(p.dossiernummers)}: hetzelfde rijksregisternummer als ${p.bronrijen.length === 1 ? "de cliënt" : "de cliënten"} op ${rowList(p.bronrijen)} van de cliëntenlijst, maar met een andere naam. Controleer het nummer voor u op deze status steunt.`
        : `Dossiers ${dossierList(p.dossiernummers)}: hetzelfde rijksregisternummer bij verschillende namen. Controleer welk nummer juist is.`;
    case "dubbel-dossiernummer":
      return `Dossiernummer ${p.dossiernummer} staat op ${p.rowIds.length} rijen. Geef elk dossier een eigen nummer of verwijder de dubbele rij.`;
    case "meerdere-dossiers":
      return `Ter informatie: dezelfde persoon heeft ${p.dossiernummers.length} dossiers (${dossierList(p.dossiernummers)}). Een beslissing over deze persoon geldt wellicht voor elk van die dossiers.`;
    case "lege-rij":
      return p.rowIds.length === 1
        ? "1 lege rij in de debiteurenlijst werd niet vergeleken. Verwijder ze of vul ze aan."
        : `${p.rowIds.length} lege rijen in de debiteurenlijst werden niet vergeleken. Verwijder ze of vul ze aan.`;
    case "dubbele-client":
      return `De cliëntenlijst bevat hetzelfde rijksregisternummer op ${rowList(p.bronrijen)}. Vraag het OCMW de dubbele rij te verwijderen of het nummer na te kijken.`;
  }
}

/** What a problem is sorted by within its code, so the report does not depend on the order of the input rows. */
function sortKey(p: DataQualityProblem): string {
  switch (p.code) {
    case "ongeldig-rijksregisternummer":
    case "dubbel-dossiernummer":
      return `${p.dossiernummer}\u0000${p.rowIds[0] ?? ""}`;
    case "zelfde-nummer-andere-naam":
      return `${p.dossiernummers[0] ?? ""}\u0000${p.rowIds[0] ?? ""}\u0000${p.bronrijen.length}`;
    case "meerdere-dossiers":
      return `${p.dossiernummers[0] ?? ""}\u0000${p.rowIds[0] ?? ""}`;
    case "lege-rij":
      return "";
    case "ongeldig-rijksregisternummer-client":
      return String(p.bronrij).padStart(12, "0");
    case "dubbele-client":
      return String(p.bronrijen[0]).padStart(12, "0");
  }
}

export function sortProblems(problems: readonly DataQualityProblem[]): DataQualityProblem[] {
  const rank = new Map(DATA_QUALITY_CODES.map((c, i) => [c, i]));
  const keyed = problems.map((p) => ({ p, rank: rank.get(p.code)!, key: sortKey(p) }));
  keyed.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.p);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted copies, so that problems read the same whatever the order of the input rows. */
export const sortedIds = (ids: readonly RowId[]): RowId[] => [...ids].sort(byText);
export const sortedTexts = (texts: readonly string[]): string[] => [...texts].sort(byText);
export const sortedNumbers = (ns: readonly number[]): number[] => [...ns].sort((a, b) => a - b);

/**
 * The keys that occur more than once, each with the positions where it occurs, the groups in the order their keys
 * first occur. An open-addressing table of positions, sized once, with the keys hashed here, costs far less than a
 * growing Set of strings (debtorChecks.ts has the same for dossier numbers, fed row by row).
 */
export function repeatedKeys(n: number, keyAt: (i: number) => string | undefined): Map<string, number[]> {
  const keys: (string | undefined)[] = [];
  const mask = capacityFor(n) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  let groups: Map<string, number[]> | undefined;
  for (let i = 0; i < n; i++) {
    const key = keyAt(i);
    keys.push(key);
    if (key === undefined) continue;
    for (let slot = hashText(key) & mask; ; slot = (slot + 1) & mask) {
      const first = slots[slot];
      if (first === -1) {
        slots[slot] = i;
        break;
      }
      if (keys[first] !== key) continue;
      const group = (groups ??= new Map()).get(key);
      if (group) group.push(i);
      else groups.set(key, [first, i]);
      break;
    }
  }
  if (groups === undefined) return new Map();
  return new Map([...groups].sort((a, b) => a[1][0] - b[1][0]));
}

/** FNV-1a over the UTF-16 code units, as a non-negative int32. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x7fffffff;
}

/** A power of two of at least twice n: an open-addressing table's size for n keys. */
export function capacityFor(n: number): number {
  let capacity = 16;
  while (capacity < n * 2) capacity *= 2;
  return capacity;
}
