import fc from "fast-check";
import {
  addressKey,
  foldText,
  memoisedNormaliser,
  nameKey,
  normaliseHouseNumber,
  normaliseName,
  normaliseStreet,
  splitAddress,
} from "../../src/domain/normalise";

/** Every spelling in a group must give the same result, and that result must be `expected`. */
function expectAllEqual(f: (s: string) => string, spellings: readonly string[], expected: string): void {
  expect(spellings.map(f)).toEqual(spellings.map(() => expected));
}

describe("foldText", () => {
  it.each([
    ["Yılmaz", "yilmaz"],
    ["İSMAİL", "ismail"],
    ["Öztürk", "ozturk"],
    ["Çelik", "celik"],
    ["Şahin Doğan", "sahin dogan"],
    ["Chloë Müller", "chloe muller"],
    ["José Muñoz", "jose munoz"],
    ["Straße", "strasse"],
    ["Sørensen", "sorensen"],
    ["Æsop Œuvre", "aesop oeuvre"],
    ["Łukasz Wiśniewski", "lukasz wisniewski"],
    ["D'Hondt", "dhondt"],
    ["d’Hondt", "dhondt"],
    ["Peeters-Janssens", "peeters janssens"],
    ["St.-Martinus, plein", "st martinus plein"],
    ["  Van \u00a0 den\tBossche  ", "van den bossche"],
  ])("%s → %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe("normaliseName", () => {
  it("joins Dutch particles however they are written", () => {
    expectAllEqual(normaliseName, ["Van der Berghe", "Vanderberghe", "VAN DER BERGHE", "vander Berghe", "Van Der berghe"], "vanderberghe");
    expectAllEqual(normaliseName, ["Van den Bossche", "Vandenbossche", "VAN DEN BOSSCHE", "Vanden Bossche"], "vandenbossche");
    expectAllEqual(normaliseName, ["Van de Velde", "Vandevelde", "vande Velde"], "vandevelde");
    expectAllEqual(normaliseName, ["Van 't Hof", "Vanthof", "van t Hof"], "vanthof");
    expectAllEqual(normaliseName, ["Op de Beeck", "Opdebeeck"], "opdebeeck");
  });

  it("joins Arabic, French and Italian particles", () => {
    expectAllEqual(normaliseName, ["El Amrani", "Elamrani", "El-Amrani", "EL AMRANI"], "elamrani");
    expectAllEqual(normaliseName, ["Ben Ahmed", "Benahmed", "Ben-Ahmed"], "benahmed");
    expectAllEqual(normaliseName, ["D'Hondt", "D' Hondt", "Dhondt", "D HONDT"], "dhondt");
    expectAllEqual(normaliseName, ["Di Stefano", "Distefano"], "distefano");
    expectAllEqual(normaliseName, ["La Rosa", "Larosa"], "larosa");
  });

  it("folds Turkish and other diacritics", () => {
    expectAllEqual(normaliseName, ["Yılmaz", "Yilmaz", "YILMAZ", "YİLMAZ"], "yilmaz");
    expectAllEqual(normaliseName, ["Öztürk", "Ozturk", "ÖZTÜRK"], "ozturk");
    expectAllEqual(normaliseName, ["Çelik", "Celik"], "celik");
  });

  it("keeps other words apart, and a particle with nothing after it as a word", () => {
    expect(normaliseName("Peeters-Janssens")).toBe("peeters janssens");
    expect(normaliseName("Ben")).toBe("ben");
    expect(normaliseName("Berghe Van")).toBe("berghe van");
    expect(normaliseName("")).toBe("");
  });
});

describe("nameKey", () => {
  it("is the same with first and last name swapped", () => {
    expect(nameKey("Mehmet", "Yılmaz")).toBe("mehmet yilmaz");
    expect(nameKey("Yilmaz", "Mehmet")).toBe("mehmet yilmaz");
    expect(nameKey("Jan", "Van den Bossche")).toBe(nameKey("VANDENBOSSCHE", "jan"));
  });

  it("does not confuse different people", () => {
    expect(nameKey("Jan", "Peeters")).not.toBe(nameKey("Jef", "Peeters"));
    expect(nameKey("Mohamed", "El Amrani")).not.toBe(nameKey("Mohamed", "Amrani"));
  });

  it("takes the whole name from one field as well", () => {
    expect(nameKey("", "Peeters Jan")).toBe(nameKey("Jan", "Peeters"));
  });

  it("gives the memoised normaliser's key", () => {
    expect(memoisedNormaliser().personName("Ayşe", "Öztürk-Kaya").key).toBe(nameKey("Ayşe", "Öztürk-Kaya"));
  });
});

describe("normaliseStreet", () => {
  it("writes out abbreviations", () => {
    expectAllEqual(normaliseStreet, ["Stalenstraat", "Stalenstr.", "Stalenstr. ", "Stalen str", "STALENSTRAAT"], "stalenstraat");
    expectAllEqual(normaliseStreet, ["Vennestraat", "Vennestr."], "vennestraat");
    expectAllEqual(normaliseStreet, ["Winterslagstraat", "Winterslagstr"], "winterslagstraat");
    expectAllEqual(normaliseStreet, ["Genkersteenweg", "Genkerstwg.", "Genkersteenwg", "Genker stwg"], "genkersteenweg");
    expectAllEqual(normaliseStreet, ["Europalaan", "Europaln.", "Europa ln"], "europalaan");
    expectAllEqual(normaliseStreet, ["Marktplein", "Marktpl."], "marktplein");
    expectAllEqual(normaliseStreet, ["Beukendreef", "Beukendr.", "Beuken dr."], "beukendreef");
    expectAllEqual(normaliseStreet, ["Avenue Louise", "Av. Louise", "Ave Louise"], "avenuelouise");
    expectAllEqual(normaliseStreet, ["Boulevard Anspach", "Bld Anspach", "Boul. Anspach"], "boulevardanspach");
  });

  it("reads St. and Dr. in front as Sint and Dokter", () => {
    expectAllEqual(normaliseStreet, ["Sint-Martinusplein", "St.-Martinuspl.", "St Martinusplein"], "sintmartinusplein");
    expectAllEqual(normaliseStreet, ["Dokter Vermeylenstraat", "Dr. Vermeylenstr.", "Dr Vermeylenstraat"], "doktervermeylenstraat");
  });

  it("compares street names without spaces, as Dutch writes them as one word", () => {
    expectAllEqual(normaliseStreet, ["Hasseltweg", "Hasselt weg", "Hasselt-weg"], "hasseltweg");
    expectAllEqual(normaliseStreet, ["Molenstraat", "Molen straat"], "molenstraat");
    expectAllEqual(normaliseStreet, ["Weg naar As", "WEG NAAR AS", "Weg naar As "], "wegnaaras");
  });

  it("keeps different streets apart", () => {
    expect(normaliseStreet("Stalenstraat")).not.toBe(normaliseStreet("Stalenweg"));
    expect(normaliseStreet("Molenstraat")).not.toBe(normaliseStreet("Molenweg"));
  });
});

describe("normaliseHouseNumber", () => {
  it.each([
    ["12 bus 3", "12/3"],
    ["12/3", "12/3"],
    ["12 b3", "12/3"],
    ["12 b 3", "12/3"],
    ["12 box 3", "12/3"],
    ["12 bte 3", "12/3"],
    ["12 bus 003", "12/3"],
    ["12B", "12b"],
    ["12 b", "12b"],
    ["12-B", "12b"],
    ["12A bus 3", "12a/3"],
    ["12a/3", "12a/3"],
    ["12 bis", "12bis"],
    ["012", "12"],
    ["0", "0"],
    ["nr. 5", "5"],
    ["12 bus A", "12/a"],
    ["12-14", "12-14"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(normaliseHouseNumber(input)).toBe(expected);
  });
});

describe("splitAddress", () => {
  it.each([
    ["Stalenstraat 12 bus 3", "Stalenstraat", "12 bus 3"],
    ["Stalenstraat 12/3", "Stalenstraat", "12/3"],
    ["Stalenstraat 12A", "Stalenstraat", "12A"],
    ["Stalenstraat, 12", "Stalenstraat", "12"],
    ["Stalenstraat12", "Stalenstraat", "12"],
    ["Weg naar As 5", "Weg naar As", "5"],
    ["  Hasseltweg   7 ", "Hasseltweg", "7"],
    ["12 Rue de la Station", "Rue de la Station", "12"],
    ["Stalenstraat", "Stalenstraat", ""],
    ["12", "", "12"],
    ["", "", ""],
  ])("%s → %s / %s", (adres, straat, huisnummer) => {
    expect(splitAddress(adres)).toEqual({ straat, huisnummer });
  });
});

describe("addressKey", () => {
  it("is the normalised street and house number", () => {
    expect(addressKey("Stalenstraat", "12 bus 3")).toBe("stalenstraat|12/3");
  });

  it("splits the street field when the house number is empty (one Adres column)", () => {
    expect(addressKey("Stalenstr. 12 bus 3", "")).toBe(addressKey("Stalenstraat", "12/3"));
    expect(addressKey("Hasselt weg 7B", "")).toBe(addressKey("Hasseltweg", "7 b"));
  });

  it("is empty when the street or the house number is missing", () => {
    expect(addressKey("Stalenstraat", "")).toBe("");
    expect(addressKey("", "12")).toBe("");
    expect(addressKey("", "")).toBe("");
  });

  it("gives the memoised normaliser's key, also when asked twice", () => {
    const norm = memoisedNormaliser();
    expect(norm.addressKey("Vennestr.", "4 bus 2")).toBe(addressKey("Vennestraat", "4/2"));
    expect(norm.addressKey("Vennestr.", "4 bus 2")).toBe("vennestraat|4/2");
  });
});

describe("idempotence", () => {
  const samples = [
    "Van der Berghe", "vander Berghe", "El-Amrani", "D'Hondt", "d e Smet", "Van 't Hof", "Peeters-Janssens", "Yılmaz",
    "İSMAİL", "Öztürk", "Çelik", "Berghe van", "Ben", "Stalenstr. ", "Hasselt weg", "St.-Martinuspl.", "Dr. Vermeylenstr.",
    "Beuken dr.", "Weg naar As", "s t r", "a v", "12 bus 3", "12/3", "12 b3", "12B", "12 b", "012", "12A bus 3", "12 b 3 x",
    "12-14", "nrnr 12", "12 bus", "Straße", "Łódź", "ﬁne", "Ⅻ", "", "  ",
  ];
  const functions = Object.entries({ foldText, normaliseName, normaliseStreet, normaliseHouseNumber }).map(([name, f]) => ({ name, f }));

  it.each(functions)("$name(x) is a fixpoint on Genk-like samples", ({ f }) => {
    expect(samples.map((s) => f(f(s)))).toEqual(samples.map(f));
  });

  it.each(functions)("$name is idempotent on generated names and addresses", ({ f }) => {
    const pieces = ["van", "der", "de", "den", "d'", "el", "-", " ", ".", ",", "/", "'", "bus", "b", "box", "st", "dr", "str", "pl", "ln", "12", "0", "3", "A", "Ş", "ı", "İ", "ö", "é", "ß", "æ", "Peeters", "Yılmaz", "weg", "straat"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const s = parts.join("");
        expect(f(f(s))).toBe(f(s));
      }),
      { numRuns: 500, seed: 2021 },
    );
  });

  it("nameKey and addressKey give the same key for already-normalised input", () => {
    expect(nameKey(normaliseName("Van der Berghe"), normaliseName("Jan"))).toBe(nameKey("Van der Berghe", "Jan"));
    expect(addressKey(normaliseStreet("Stalenstr."), normaliseHouseNumber("12 bus 3"))).toBe(addressKey("Stalenstr.", "12 bus 3"));
  });
});
