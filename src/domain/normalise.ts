// Comparison keys for names and addresses as they are typed in Genk (Dutch, French, Turkish, Moroccan, Italian,
// Polish spellings): two spellings of the same person or address get the same key. Keys are for comparing, not for display.

import { ASCII_ONLY, foldDiacritics } from "./textFold";

// Written as escapes (' ’ ‘ ` ´ ʼ ʻ ′): quote characters in a regular expression confuse simple source scanners.
const APOSTROPHES = /[\u0027\u2019\u2018\u0060\u00B4\u02BC\u02BB\u2032]/g;
const NOT_ALNUM_ASCII = /[^a-z0-9]+/g;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case without diacritics (é→e, ş→s, ğ→g, ı/İ→i, ö→o, ñ→n; ß→ss, ø→o, æ→ae, œ→oe, ł→l), apostrophes
 * dropped (D'Hondt → dhondt), every other character that is not a letter or digit (hyphens, dots, commas,
 * slashes …) turned into a space, whitespace collapsed and trimmed.
 */
export function foldText(s: string): string {
  const t = foldDiacritics(s).replace(APOSTROPHES, "");
  return t.replace(ASCII_ONLY.test(t) ? NOT_ALNUM_ASCII : NOT_ALNUM, " ").trim();
}

/**
 * Name particles (Dutch, French, Arabic, Italian, German) that people write joined or apart. Apostrophe
 * forms (d', l', 't) appear here without the apostrophe because foldText has removed it.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van", "de", "der", "den", "vanden", "vander", "vande", "ten", "ter", "te", "op", "uit", "in", "t", "het",
  "d", "l", "la", "le", "du", "des",
  "el", "al", "ben", "bin", "ou", "ait", "abou", "bou",
  "di", "da", "del", "della", "lo", "dal",
  "von", "zu",
]);

/**
 * A name's comparison form: foldText, then every particle joined to the word after it, so "Van der Berghe",
 * "Vanderberghe", "VAN DER BERGHE", "vander Berghe" and "Van der berghe" all become "vanderberghe", and
 * "El Amrani", "El-Amrani", "Elamrani" become "elamrani". A particle with no word after it stays a word of
 * its own ("Ben" as a first name stays "ben"). Other words stay apart ("Peeters-Janssens" → "peeters janssens").
 */
export function normaliseName(s: string): string {
  const words = foldText(s).split(" ");
  const out: string[] = [];
  let pending = "";
  for (const w of words) {
    if (w === "") continue;
    // "d e Smet" → "de" is still a particle: keep collecting, or a second pass would join differently.
    if (NAME_PARTICLES.has(w) || NAME_PARTICLES.has(pending + w)) {
      pending += w;
      continue;
    }
    out.push(pending + w);
    pending = "";
  }
  if (pending !== "") out.push(pending);
  return out.join(" ");
}

/** Abbreviations written as a word of their own. "st" and "dr" depend on their place, see expandWord. */
const STREET_WORDS: Readonly<Record<string, string>> = {
  str: "straat",
  stwg: "steenweg",
  stw: "steenweg",
  steenwg: "steenweg",
  ln: "laan",
  pl: "plein",
  pln: "plein",
  bd: "boulevard",
  bld: "boulevard",
  blvd: "boulevard",
  boul: "boulevard",
  av: "avenue",
  ave: "avenue",
  burg: "burgemeester",
  kon: "koning",
  kard: "kardinaal",
  mgr: "monseigneur",
  prof: "professor",
};
/** Abbreviations glued to the end of a street name ("Stalenstr.", "Genkerstwg", "Beukendr."), longest first. */
const STREET_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["steenwg", "steenweg"],
  ["stwg", "steenweg"],
  ["stw", "steenweg"],
  ["str", "straat"],
  ["ln", "laan"],
  ["pl", "plein"],
  ["dr", "dreef"],
];

/**
 * "St." and "Dr." in front of a name are Sint and Dokter ("St.-Martinusplein", "Dr. Vermeylenstraat"); at the
 * end they are straat and dreef ("Stalen st.", "Beuken dr."). A word alone counts as the end.
 */
function expandWord(word: string, first: boolean): string {
  if (word === "st") return first ? "sint" : "straat";
  if (word === "dr") return first ? "dokter" : "dreef";
  return STREET_WORDS[word] ?? word;
}

/**
 * A street's comparison form: foldText, abbreviations written out (str. → straat, stwg./steenwg. → steenweg,
 * ln. → laan, pl. → plein, bld/boul. → boulevard, av./ave → avenue, dr. → dreef, St.- → sint …), then the words
 * joined without spaces, because Dutch writes street names as one word and people do not ("Hasselt weg" and
 * "Hasseltweg", "Stalenstr. " and "Stalenstraat" are the same key). The result has no spaces.
 */
export function normaliseStreet(s: string): string {
  const words = foldText(s).split(" ").filter((w) => w !== "");
  const joined = words.map((w, i) => expandWord(w, i === 0 && words.length > 1)).join("");
  const whole = expandWord(joined, false);
  for (const [abbreviation, full] of STREET_SUFFIXES) {
    if (whole.length > abbreviation.length && whole.endsWith(abbreviation)) return whole.slice(0, -abbreviation.length) + full;
  }
  return whole;
}

const HOUSE_NUMBER_PREFIX = /^(?:nr|no|n°|nummer)+/;
/**
 * number, then an optional letter (or bis/ter) that must be followed by the end or a box marker, then an
 * optional box ("bus", "box", "bte", "bt", "b" or "/") with its number or letter. Leading zeros are dropped.
 */
const HOUSE_NUMBER = /^0*(\d+)(?:-?(bis|ter|[a-z])(?=$|\/|bus|box|bte|bt\d|b\d))?(?:(?:\/|bus|box|bte|bt|b)0*([a-z\d]+))?$/;

/**
 * "12 bus 3", "12/3", "12 b3", "12 box 3", "12 bte 3" → "12/3"; "12B", "12 b" → "12b"; "12A bus 3" → "12a/3";
 * "012" → "12". Anything else (ranges like "12-14") is kept lower case without spaces, dots and commas.
 */
export function normaliseHouseNumber(s: string): string {
  // Lower case after decomposition: "№" decomposes to "No", whose prefix must be stripped like "no".
  const t = foldDiacritics(s).replace(/[\s.,]+/g, "").replace(HOUSE_NUMBER_PREFIX, "");
  const m = HOUSE_NUMBER.exec(t);
  if (!m) return t;
  const [, number, letter, box] = m;
  return `${number}${letter ?? ""}${box === undefined ? "" : `/${box}`}`;
}

export interface AddressParts {
  readonly straat: string;
  readonly huisnummer: string;
}

const STREET_THEN_NUMBER = /^(.*?[^\d\s,])[\s,]*(\d.*)$/;
const NUMBER_THEN_STREET = /^(\d+\s?[a-z]?)(?:\s*,\s*|\s+)(\D.*)$/i;

/**
 * Splits one Adres cell: "Stalenstraat 12 bus 3" → Stalenstraat / 12 bus 3; also "Stalenstraat 12A",
 * "Stalenstraat, 12", "Stalenstraat12" and the French order "12 Rue de la Station". The house number starts
 * at the first digit, so a street name containing digits ("Rue du 8 Mai 12") is split too early; Genk's
 * streets have none. Without a digit, everything is the street.
 */
export function splitAddress(adres: string): AddressParts {
  const t = adres.trim().replace(/\s+/g, " ");
  if (/^\d/.test(t)) {
    const french = NUMBER_THEN_STREET.exec(t);
    return french ? { straat: french[2].trim(), huisnummer: french[1].trim() } : { straat: "", huisnummer: t };
  }
  const m = STREET_THEN_NUMBER.exec(t);
  return m ? { straat: m[1].trim(), huisnummer: m[2].trim() } : { straat: t.replace(/[\s,]+$/, ""), huisnummer: "" };
}

/** A person's name normalised once: each field on its own, and the order-insensitive key of both. */
export interface PersonName {
  readonly first: string;
  readonly last: string;
  /** The words of both names, sorted: see nameKey. */
  readonly key: string;
}

/** Name and address normalisation together, so a comparison can use memoised versions (names and streets repeat a lot). */
export interface Normaliser {
  personName(voornaam: string, achternaam: string): PersonName;
  /** normaliseStreet of the street, split from straat first when huisnummer is empty (one Adres column). */
  street(straat: string, huisnummer: string): string;
  /** normaliseHouseNumber of the house number, likewise. */
  houseNumber(straat: string, huisnummer: string): string;
  /** "street|house number" of the two above, "" when either is missing (see addressKey). */
  addressKey(straat: string, huisnummer: string): string;
}

/** Empty or only whitespace; looks at the first character before asking a regex (this runs for every cell). */
export function isBlank(s: string): boolean {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return !/\S/.test(s);
}

interface Steps {
  readonly name: (s: string) => string;
  readonly street: (s: string) => string;
  readonly houseNumber: (s: string) => string;
  readonly split: (adres: string) => AddressParts;
  readonly join: (street: string, houseNumber: string) => string;
}

function normaliserOver(steps: Steps): Normaliser {
  const street = (straat: string, huisnummer: string): string => steps.street(isBlank(huisnummer) ? steps.split(straat).straat : straat);
  const houseNumber = (straat: string, huisnummer: string): string =>
    steps.houseNumber(isBlank(huisnummer) ? steps.split(straat).huisnummer : huisnummer);
  return {
    personName: (voornaam, achternaam) => {
      const first = steps.name(voornaam);
      const last = steps.name(achternaam);
      return { first, last, key: sortedWords(first, last) };
    },
    street,
    houseNumber,
    addressKey(straat, huisnummer) {
      const s = street(straat, huisnummer);
      if (s === "") return "";
      const n = houseNumber(straat, huisnummer);
      return n === "" ? "" : steps.join(s, n);
    },
  };
}

/** The words of two normalised names, sorted; without building arrays for the usual one word each. */
function sortedWords(first: string, last: string): string {
  if (first.includes(" ") || last.includes(" ")) {
    return `${first} ${last}`.split(" ").filter((w) => w !== "").sort().join(" ");
  }
  if (first === "" || last === "") return first + last;
  return first < last ? `${first} ${last}` : `${last} ${first}`;
}

function memoised<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

const plain = normaliserOver({
  name: normaliseName,
  street: normaliseStreet,
  houseNumber: normaliseHouseNumber,
  split: splitAddress,
  join: (s, n) => `${s}|${n}`,
});

/**
 * A normaliser that remembers its results, for one comparison's duration (it grows with the distinct inputs).
 * Each address key is made once per normalised (street, number) and then handed out as the very same string, so
 * the engine hashes it once for all the Map lookups that follow instead of once per freshly joined copy.
 */
export function memoisedNormaliser(): Normaliser {
  const keys = new Map<string, Map<string, string>>();
  const join = (s: string, n: string): string => {
    let byNumber = keys.get(s);
    if (byNumber === undefined) {
      byNumber = new Map();
      keys.set(s, byNumber);
    }
    let key = byNumber.get(n);
    if (key === undefined) {
      key = `${s}|${n}`;
      byNumber.set(n, key);
    }
    return key;
  };
  return normaliserOver({
    name: memoised(normaliseName),
    street: memoised(normaliseStreet),
    houseNumber: memoised(normaliseHouseNumber),
    split: memoised(splitAddress),
    join,
  });
}

/**
 * Order-insensitive key of a person's name: the words of both normalised names, sorted, so a swapped first and
 * last name ("Yılmaz" / "Mehmet" vs "Mehmet" / "Yilmaz") gives the same key. Each name is normalised on its
 * own, so particles never join across the two fields.
 */
export function nameKey(voornaam: string, achternaam: string): string {
  return plain.personName(voornaam, achternaam).key;
}

/**
 * "normalised street|normalised house number"; when huisnummer is empty, straat is taken to hold the whole
 * address and split first. "" when the street or the house number is missing: half an address is not
 * enough to call two people the same.
 */
export function addressKey(straat: string, huisnummer: string): string {
  return plain.addressKey(straat, huisnummer);
}
