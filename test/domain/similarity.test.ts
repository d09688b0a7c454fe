import { memoisedNormaliser } from "../../src/domain/normalise";
import { jaro, jaroWinkler, nameSimilarity } from "../../src/domain/similarity";

describe("jaroWinkler", () => {
  it.each([
    ["MARTHA", "MARHTA", 0.9611],
    ["DWAYNE", "DUANE", 0.84],
    ["DIXON", "DICKSONX", 0.8133],
    ["peeters", "peetres", 0.9714],
    ["peeters", "peters", 0.9175],
  ])("%s / %s = %d", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
  });

  it("is 1 for equal strings and 0 for nothing in common", () => {
    expect(jaroWinkler("yilmaz", "yilmaz")).toBe(1);
    expect(jaroWinkler("", "")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "abc")).toBe(0);
  });

  it("gives no prefix bonus below Winkler's 0.7", () => {
    expect(jaro("jan", "jef")).toBeLessThan(0.7);
    expect(jaroWinkler("jan", "jef")).toBe(jaro("jan", "jef"));
  });

  it("gives the same values for long strings and after them (its scratch buffers grow and are cleared)", () => {
    const long = "a".repeat(100) + "peeters";
    expect(jaroWinkler(long, long.slice(0, -1))).toBeCloseTo(jaroWinkler(long.slice(0, -1), long), 10);
    expect(jaroWinkler("MARTHA", "MARHTA")).toBeCloseTo(0.9611, 4);
  });

  it("has the plain Jaro values underneath", () => {
    expect(jaro("MARTHA", "MARHTA")).toBeCloseTo(0.9444, 4);
    expect(jaro("DWAYNE", "DUANE")).toBeCloseTo(0.8222, 4);
  });
});

describe("nameSimilarity", () => {
  const norm = memoisedNormaliser();
  const name = (voornaam: string, achternaam: string) => norm.personName(voornaam, achternaam);

  it("is 1 for the same name however it is spelled or ordered", () => {
    expect(nameSimilarity(name("Mehmet", "Yılmaz"), name("YILMAZ", "Mehmet"))).toBe(1);
  });

  it("scores a typo in either field high", () => {
    expect(nameSimilarity(name("Jan", "Peeters"), name("Jan", "Peetres"))).toBeCloseTo(0.9714, 4);
    expect(nameSimilarity(name("Mohamed", "Benali"), name("Mohammed", "Benali"))).toBeCloseTo(0.975, 4);
  });

  it("tries the fields swapped", () => {
    expect(nameSimilarity(name("Peetres", "Jan"), name("Jan", "Peeters"))).toBeCloseTo(0.9714, 4);
  });

  it("keeps relatives with the same surname apart (the weaker field counts)", () => {
    expect(nameSimilarity(name("Tom", "Maes"), name("Tim", "Maes"))).toBeCloseTo(0.8, 4);
    expect(jaroWinkler("tom maes", "tim maes")).toBeGreaterThan(0.92);
  });

  it("may skip work below a threshold, but gives the exact score at or above it", () => {
    expect(nameSimilarity(name("Jan", "Peeters"), name("Jef", "Peeters"), 0.92)).toBe(0);
    expect(nameSimilarity(name("Jan", "Peeters"), name("Jan", "Peetres"), 0.92)).toBe(nameSimilarity(name("Jan", "Peeters"), name("Jan", "Peetres")));
  });

  it("compares the whole keys when a side has only one field", () => {
    expect(nameSimilarity(name("", "Jan Peeters"), name("Jan", "Peters"))).toBeCloseTo(jaroWinkler("jan peeters", "jan peters"), 10);
  });
});
