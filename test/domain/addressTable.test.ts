import fc from "fast-check";
import { AddressTable, HouseNumbers, quickHouseId } from "../../src/domain/addressTable";
import { addressKey, memoisedNormaliser, normaliseHouseNumber } from "../../src/domain/normalise";

/** House numbers as typed: the quick forms, their near misses (leading zeros, long numbers, other box words) and junk. */
const PIECES = ["1", "2", "9", "0", "12", "300", "1234", "12345", "999999", "1000000", "A", "a", "B", "b", "z", "Z", "é", " bus ", " BUS ", " bus", "bus", "/", " / ", " b", " box ", " bte ", "-", ".", " ", "bis", "nr ", "３"];
const houseNumber = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((parts) => parts.join(""));

describe("HouseNumbers", () => {
  it("gives equal ids exactly to house numbers that normalise alike, and 0 exactly to those that normalise to nothing", () => {
    fc.assert(
      fc.property(fc.array(houseNumber, { minLength: 1, maxLength: 60 }), (raws) => {
        const houses = new HouseNumbers(memoisedNormaliser());
        const normalisedOf = new Map<number, string>();
        for (const raw of raws) {
          const [id, normalised] = [houses.of("Stalenstraat", raw), normaliseHouseNumber(raw)];
          expect([raw, id === 0]).toEqual([raw, normalised === ""]);
          expect([raw, normalisedOf.get(id) ?? normalised]).toEqual([raw, normalised]);
          normalisedOf.set(id, normalised);
        }
        expect(new Set(normalisedOf.values()).size).toBe(normalisedOf.size);
      }),
      { numRuns: 500 },
    );
  });

  it("reads the usual forms without a lookup, and their normalised forms to the same id", () => {
    for (const raw of ["112", "112A", "112a", "112 bus 3", "112/3", "112A bus 3", "112b/12", "999999", "9999z/999"]) {
      expect([raw, quickHouseId(raw) > 0, quickHouseId(normaliseHouseNumber(raw))]).toEqual([raw, true, quickHouseId(raw)]);
    }
    // Every combination at the edges of the encoding: ids equal exactly when the normalised forms are.
    const combinations = ["1", "9", "12", "9999", "10000"].flatMap((n) => ["", "a", "b", "z", "Z"].flatMap((l) => ["", "/1", "/2", "/26", "/27", "/999", " bus 1", " bus 2"].map((b) => n + l + b)));
    const byId = new Map<number, string>();
    const houses = new HouseNumbers(memoisedNormaliser());
    for (const raw of combinations) {
      const id = houses.of("Stalenstraat", raw);
      expect([raw, byId.get(id) ?? normaliseHouseNumber(raw)]).toEqual([raw, normaliseHouseNumber(raw)]);
      byId.set(id, normaliseHouseNumber(raw));
    }
    expect(new Set(byId.values()).size).toBe(byId.size);
    for (const raw of ["012", "1000000", "12345a", "12 b3", "12 box 3", "12/03", "12/1000", "12 bus", "12/", "12ab", "", "a"]) expect([raw, quickHouseId(raw)]).toEqual([raw, 0]);
  });

  it("takes the house number from the street when there is no house number (one Adres column)", () => {
    const houses = new HouseNumbers(memoisedNormaliser());
    expect(houses.of("Stalenstraat 12 bus 3", "")).toBe(houses.of("Stalenstraat", "12/3"));
    expect(houses.of("Stalenstraat", "")).toBe(0);
  });
});

describe("AddressTable", () => {
  const STREETS = ["Stalenstraat", "Stalenstr.", "stalen straat", "Hasseltweg", "", " ", "Stalenstraat 12", "Hasseltweg 12/3", "12"];
  const HOUSES = ["12", "012", "12 bus 3", "12/3", "12A", "12a", "3", "", " "];
  const address = fc.tuple(fc.constantFrom(...STREETS), fc.constantFrom(...HOUSES));

  it("finds a value exactly at an address with the same address key, never at an incomplete one", () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 40 }), fc.array(address, { maxLength: 20 }), (added, asked) => {
        const norm = memoisedNormaliser();
        const table = new AddressTable<number[]>(norm, new HouseNumbers(norm));
        const byKey = new Map<string, number[]>();
        added.forEach(([straat, huisnummer], i) => {
          const key = addressKey(straat, huisnummer);
          const value = table.getOrAdd(straat, huisnummer, () => []);
          expect(value === undefined).toBe(key === "");
          if (value === undefined) return;
          value.push(i);
          if (!byKey.has(key)) byKey.set(key, value);
          expect(value).toBe(byKey.get(key));
          // Asked between additions too: a street added later must be found.
          for (const [s, h] of asked) expect(table.get(s, h)).toBe(byKey.get(addressKey(s, h)));
        });
        expect(table.size).toBe(byKey.size);
      }),
      { numRuns: 300 },
    );
  });

  it("numbers addresses in the order they are added, equal exactly for equal address keys, -1 for incomplete ones", () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 40 }), (added) => {
        const norm = memoisedNormaliser();
        const table = new AddressTable<string>(norm, new HouseNumbers(norm));
        const numbers = new Map<string, number>();
        for (const [straat, huisnummer] of added) {
          const key = addressKey(straat, huisnummer);
          const expected = key === "" ? -1 : (numbers.get(key) ?? numbers.size);
          if (key !== "") numbers.set(key, expected);
          expect([straat, huisnummer, table.add(straat, huisnummer, () => key)]).toEqual([straat, huisnummer, expected]);
          if (expected >= 0) expect(table.at(expected)).toBe(key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("grows past its first size", () => {
    const norm = memoisedNormaliser();
    const table = new AddressTable<number>(norm, new HouseNumbers(norm));
    for (let n = 1; n <= 500; n++) table.getOrAdd(`Straat ${n % 7}`, String(n), () => n);
    expect(table.size).toBe(500);
    for (let n = 1; n <= 500; n++) expect(table.get(`Straat ${n % 7}`, String(n))).toBe(n);
    expect(table.get("Straat 1", "501")).toBeUndefined();
  });
});
