import fc from "fast-check";
import { IntTable } from "../../src/domain/intTable";

describe("IntTable", () => {
  it("keeps the first value per key, like a Map, also after growing past its expected size", () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.array(fc.tuple(fc.nat({ max: 2 ** 31 - 1 }), fc.nat({ max: 1000 })), { maxLength: 300 }), (expected, puts) => {
        const table = new IntTable(expected);
        const map = new Map<number, number>();
        for (const [key, value] of puts) {
          expect(table.putIfAbsent(key, value)).toBe(map.get(key) ?? -1);
          if (!map.has(key)) map.set(key, value);
        }
        expect(table.size).toBe(map.size);
        for (const [key] of puts) expect(table.get(key)).toBe(map.get(key));
        expect(table.get(2 ** 31 - 2)).toBe(map.get(2 ** 31 - 2) ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses negative keys (they mean 'no key' to its callers)", () => {
    expect(() => new IntTable(4).putIfAbsent(-1, 0)).toThrow("negative key -1");
  });
});
