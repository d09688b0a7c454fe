// How one person's name and address come out differently in the OCMW's list than in the city's: the spellings the
// name + address fallback must see through, plus the odd typo that only the fuzzy comparison catches.
import { foldText, NAME_PARTICLES } from "../domain/normalise";
import type { Random } from "./random";

export interface NameFields {
  readonly voornaam: string;
  readonly achternaam: string;
}

const SPECIAL: Readonly<Record<string, string>> = { ı: "i", İ: "I", ł: "l", Ł: "L", ø: "o", Ø: "O" };

/** "Yılmaz" → "Yilmaz", "Öztürk" → "Ozturk", "Wiśniewski" → "Wisniewski" (case kept). */
export function withoutDiacritics(s: string): string {
  return s
    .replace(/[ıİłŁøØ]/g, (c) => SPECIAL[c])
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

/** "Van den Bossche" → "Vandenbossche", "El Amrani" → "Elamrani"; names without a leading particle stay. */
export function joinedParticles(s: string): string {
  const words = s.split(/[\s-]+/);
  if (words.length < 2 || !NAME_PARTICLES.has(foldText(words[0]))) return s;
  const [first, ...rest] = words;
  return first + rest.join("").toLowerCase();
}

/** Two neighbouring letters swapped inside the name ("Peeters" → "Peetres"): a typo. */
export function typo(r: Random, s: string): string {
  if (s.length < 5) return s;
  const at = r.between(2, s.length - 2);
  if (!/\p{L}\p{L}/u.test(s.slice(at - 1, at + 1))) return s;
  return s.slice(0, at - 1) + s[at] + s[at - 1] + s.slice(at + 1);
}

export function nameVariant(r: Random, n: NameFields): NameFields {
  const x = r.next();
  if (x < 0.25) return { voornaam: withoutDiacritics(n.voornaam), achternaam: withoutDiacritics(n.achternaam) };
  if (x < 0.45) return { voornaam: n.voornaam, achternaam: joinedParticles(n.achternaam) };
  if (x < 0.6) return { voornaam: n.voornaam.toUpperCase(), achternaam: n.achternaam.toUpperCase() };
  if (x < 0.8) return { voornaam: n.achternaam, achternaam: n.voornaam };
  return { voornaam: n.voornaam, achternaam: typo(r, n.achternaam) };
}

const STREET_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/straat$/, "str."],
  [/steenweg$/, "stwg."],
  [/laan$/, "ln."],
  [/plein$/, "pl."],
  [/weg$/, " weg"],
  [/^Sint-/, "St.-"],
  [/^Dokter /, "Dr. "],
];

/** "Stalenstraat" → "Stalenstr.", "Hasseltweg" → "Hasselt weg", "Sint-Martinusplein" → "St.-Martinusplein". */
export function streetVariant(street: string): string {
  for (const [pattern, short] of STREET_ABBREVIATIONS) if (pattern.test(street)) return street.replace(pattern, short);
  return street.toUpperCase();
}

/** "12 bus 3" → "12/3" or "12 b3" or "12 box 3"; "12A" → "12 a"; "12" → "012". */
export function houseNumberVariant(r: Random, huisnummer: string): string {
  const box = /^(\d+[A-Z]?) bus (\d+)$/.exec(huisnummer);
  if (box) return `${box[1]}${r.pick(["/", " b", " box ", " bte "])}${box[2]}`;
  const letter = /^(\d+)([A-Z])$/.exec(huisnummer);
  if (letter) return `${letter[1]} ${letter[2].toLowerCase()}`;
  return `0${huisnummer}`;
}
