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
});
