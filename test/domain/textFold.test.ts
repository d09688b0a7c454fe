import { foldDiacritics } from "../../src/domain/textFold";

describe("foldDiacritics", () => {
  it.each([
    ["Çelik", "celik"],
    ["ŞAHİN", "sahin"],
    ["Yıldız", "yildiz"],
    ["Straße", "strasse"],
    ["Ørsted", "orsted"],
    ["Œuvre", "oeuvre"],
    ["Łukasz", "lukasz"],
    ["Ǿ", "o"],
    ["№ 12", "no 12"],
    ["D'Hondt-Peeters, 12/3", "d'hondt-peeters, 12/3"],
    ["Rijksregister nr.", "rijksregister nr."],
  ])("%s → %s", (text, folded) => expect(foldDiacritics(text)).toBe(folded));

  it.each([
    ["\u041ce\u04bbm\u0435t", "mehmet"], // Cyrillic М, һ, е
    ["\u0397asseltweg", "hasseltweg"], // Greek Η
    ["Y\u0131lm\u03b1z", "yilmaz"], // Greek α
    ["Meh\u200bm\u00ade\u2060t\ufeff", "mehmet"], // invisible characters
  ])("folds look-alike letters to Latin and drops invisible characters: %p → %p", (input, folded) => {
    expect(foldDiacritics(input)).toBe(folded);
  });
});

