// Properties of the comparison keys for names and addresses (fast-check): normalising twice changes nothing, keys
// ignore what people vary (case, accents, spacing, particles joined or apart, first/last order, abbreviations).
import fc from "fast-check";
import {
  addressKey, foldText, memoisedNormaliser, NAME_PARTICLES, nameKey, normaliseHouseNumber, normaliseName, normaliseStreet,
} from "../../src/domain/normalise";

const RUNS = { numRuns: 400 };
/** Any text at all, including lone surrogates, combining marks and control characters. */
const anyText = fc.string({ unit: "binary", maxLength: 40 });
/** Text as names and streets are typed in Genk: Latin letters with the accents and special letters that occur. */
const LETTERS = [..."abcdefghijklmnopqrstuvwxyzéèëêïîöôüûçñşğıİøæœßłÉÖÜÇŞ"];
const aWord = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(""));
const someWords = fc.array(aWord, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
/** A plain lower-case word that is no particle and no street abbreviation, so it stays a word of its own. */
const STREET_ABBREVIATIONS = new Set(["st", "dr", "str", "stwg", "stw", "steenwg", "ln", "pl", "pln", "bd", "bld", "blvd", "boul", "av", "ave", "burg", "kon", "kard", "mgr", "prof"]);
const aPlainWord = fc.stringMatching(/^[a-z]{3,10}$/).filter((w) => !NAME_PARTICLES.has(w) && !STREET_ABBREVIATIONS.has(w));

/**
 * The letters whose decomposition is one of the special letters foldText maps (æ, ø, ı …): folded once they keep
 * it, folded twice they lose it — e.g. "Ǿsterberg" → "østerberg" but "Østerberg" → "osterberg". Found by the
 * properties below; the complete list from a scan of every code point. Fixed: foldText maps the special letters
 * after normalize("NFKD") too; the idempotence property now covers them (the list stays as documentation).
 */
const DECOMPOSES_TO_SPECIAL_LETTER = /[ǢǣǼǽǾǿᴭᶞꟹ𐞃𐞢𝚤]/u;

describe("normalising twice is normalising once", () => {
  it.each([
    ["foldText", foldText],
    ["normaliseName", normaliseName],
    ["normaliseStreet", normaliseStreet],
  ] as const)("%s, for any text", (_name, f) => {
    fc.assert(
      fc.property(fc.oneof(anyText, someWords), (s) => {
        expect(f(f(s))).toBe(f(s));
      }),
      RUNS,
    );
  });

  it("folds every letter that decomposes to a special letter idempotently (was a gap, see above)", () => {
    for (const letter of DECOMPOSES_TO_SPECIAL_LETTER.source.slice(1, -1)) {
      const once = foldText(`${letter}sterberg`);
      expect([letter, foldText(once)]).toEqual([letter, once]);
    }
  });

  it("nameKey gives 'Ǿsterberg' and 'Østerberg' the same key (was a gap, see above)", () => {
    expect(nameKey("Ana", "Ǿsterberg")).toBe(nameKey("Ana", "Østerberg"));
  });

  it("normaliseHouseNumber, for house numbers as typed (digits, letters, accents, full-width forms, bus/box, / - . ,)", () => {
    const pieces = fc.constantFrom(..."0123456789abAB /-.,éÉ", "bus", "Bus", "box", "bte", "nr", "１２", "Ａ", "ｂ");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((ps) => ps.join("")), (s) => {
        expect(normaliseHouseNumber(normaliseHouseNumber(s))).toBe(normaliseHouseNumber(s));
      }),
      RUNS,
    );
  });

  // Was a gap (fixed): normaliseHouseNumber lower-cased BEFORE the NFKD decomposition, so a character that
  // decomposes to capitals keeps them: "№ 12" becomes "No12" (the "nr/no" prefix is not stripped) instead of "12",
  // and an address written so never matches (656 such code points, "№" the realistic one). Fix in
  // src/domain/normalise.ts (lower-case after normalize("NFKD"), as foldText does), then make this an ordinary `it`.
  it("normaliseHouseNumber reads '№ 12' as '12'", () => {
    expect(normaliseHouseNumber("№ 12")).toBe("12");
  });
});

describe("foldText", () => {
  it("gives lower case, single spaces and no spaces at either end, for any text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = foldText(s);
        expect(t).toBe(t.toLowerCase());
        expect(t).not.toMatch(/^\s|\s$|\s\s/);
      }),
      RUNS,
    );
  });

  it("ignores case, accents written composed or decomposed, and extra spaces", () => {
    fc.assert(
      fc.property(someWords, (s) => {
        const plain = foldText(s);
        expect(foldText(s.toUpperCase())).toBe(plain);
        expect(foldText(s.normalize("NFD"))).toBe(plain);
        expect(foldText(`  ${s.replace(/ /g, "   ")}\t`)).toBe(plain);
      }),
      RUNS,
    );
  });
});

describe("nameKey", () => {
  it("does not care which field holds the first and which the last name", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, someWords), fc.oneof(anyText, someWords), (a, b) => {
        expect(nameKey(a, b)).toBe(nameKey(b, a));
      }),
      RUNS,
    );
  });

  it("is the same through the memoised normaliser a comparison uses", () => {
    const memo = memoisedNormaliser();
    fc.assert(
      fc.property(fc.oneof(anyText, someWords), fc.oneof(anyText, someWords), (a, b) => {
        expect(memo.personName(a, b).key).toBe(nameKey(a, b));
      }),
      RUNS,
    );
  });

  it("joins particles written apart or together: 'Van der Berghe' = 'Vanderberghe' = 'VAN DER BERGHE'", () => {
    const particles = fc.constantFrom("van", "de", "der", "den", "van der", "van den", "van de", "el", "d", "di", "ter");
    fc.assert(
      fc.property(particles, aPlainWord, aWord, (p, surname, first) => {
        const apart = nameKey(first, `${p} ${surname}`);
        expect(nameKey(first, `${p.replace(/ /g, "")}${surname}`)).toBe(apart);
        expect(nameKey(first.toUpperCase(), `${p} ${surname}`.toUpperCase())).toBe(apart);
        expect(nameKey(first, `${p.replace(/ /g, "-")}-${surname}`)).toBe(apart);
      }),
      RUNS,
    );
  });
});

describe("addresses", () => {
  it("write street abbreviations out: 'Xstr.' = 'X str' = 'Xstraat', 'Xstwg' = 'Xsteenweg', 'X ln.' = 'Xlaan'", () => {
    fc.assert(
      fc.property(aPlainWord, (w) => {
        expect([normaliseStreet(`${w}str.`), normaliseStreet(`${w} str`)]).toEqual([normaliseStreet(`${w}straat`), normaliseStreet(`${w}straat`)]);
        expect(normaliseStreet(`${w}stwg`)).toBe(normaliseStreet(`${w}steenweg`));
        expect(normaliseStreet(`${w} ln.`)).toBe(normaliseStreet(`${w}laan`));
        expect(normaliseStreet(`${w.toUpperCase()}STRAAT`)).toBe(`${w}straat`);
      }),
      RUNS,
    );
  });

  it("read every way of writing a box the same: '12 bus 3' = '12/3' = '12 b3' = '12 box 3' = '012 bus 03'", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 99 }), (n, b) => {
        const forms = [`${n} bus ${b}`, `${n}/${b}`, `${n} b${b}`, `${n} box ${b}`, `${n} bte ${b}`, `0${n} bus 0${b}`, `nr. ${n} bus ${b}`];
        expect(forms.map(normaliseHouseNumber)).toEqual(forms.map(() => `${n}/${b}`));
      }),
      RUNS,
    );
  });

  it("one Adres column gives the same key as Straat + Huisnummer", () => {
    fc.assert(
      fc.property(aPlainWord, fc.integer({ min: 1, max: 999 }), fc.constantFrom("", "A", "b", " bus 2", "/3"), (w, n, suffix) => {
        const street = `${w}straat`;
        expect(addressKey(`${street} ${n}${suffix}`, "")).toBe(addressKey(street, `${n}${suffix}`));
      }),
      RUNS,
    );
  });

  it("has no key without both a street and a house number", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, aPlainWord), (s) => {
        expect(addressKey(s, " ")).toBe(addressKey(s, ""));
        expect(addressKey("", s)).toBe("");
      }),
      RUNS,
    );
  });
});
