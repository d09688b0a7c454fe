// The optimised engine (src/domain/matchEngine.ts, int keys and typed arrays) gives exactly the results of the
// reference implementation (test/reference/matching.reference.ts, the engine as it was), on random lists and on
// seeded synthetic datasets; and its fast national-number check agrees with parseNationalNumber.
import fc from "fast-check";
import { compareDebtors, debtorDataQuality } from "../../src/domain/matching";
import { parseNationalNumber } from "../../src/domain/nationalNumber";
import { numberKey, problemOfKey } from "../../src/domain/nationalNumberKey";
import { rowIdFrom, type ClientRecord, type DebtorRecord } from "../../src/domain/records";
import { ALL_STATUSES, STATUS, type Status } from "../../src/domain/status";
import { generateDataset } from "../../src/synthetic";
import { referenceCompareDebtors } from "../reference/matching.reference";

/** Few values per field, so equal numbers, names and addresses (every kind of match and problem) occur often. */
const NUMBERS = ["85073003328", "93051822361", "17073003384", "01020312316", "1020312316", "85.07.30-033.28", "85073003329", "", " ", "12345", "8507300332A", "85133003328", "000001020312316", "0"];
const FIRST = ["Anna", "anna", "Mehmet", "Fatima", "Luca", "Jan", "", "Tom", "Tim"];
const LAST = ["Peeters", "PEETERS", "Yılmaz", "Yilmaz", "El Amrani", "Elamrani", "Van der Berghe", "Vanderberghe", "Maes", ""];
const STREETS = ["Stalenstraat", "Stalenstr.", "Hasseltweg", "Molenstraat", "", "Stalenstraat 12", "Stalenstraat 12A bus 3"];
/** The forms the engine reads without a lookup (addressTable.ts), their near misses, and others. */
const HOUSE = ["12", "12 bus 3", "12/3", "5", "", "12A", "12a", "12A bus 3", "12a/3", "012", "12 b3", "0", " "];
/** Plain dossier numbers (hashed as they are) and ones that need dossierKey (lower case, spaces, non-ASCII). */
const DOSSIERS = ["D-1", "D-2", "d 1", "D-3", "", "D-1 ", "D\u00a0-1", "DÉ-1", "dé-1", " "];
const MATCHES = ["", "rijksregisternummer", "naam + adres", "geen overeenkomst", "bevestigd door maatschappelijk werker (naam + adres)"];

const person = {
  voornaam: fc.constantFrom(...FIRST),
  achternaam: fc.constantFrom(...LAST),
  rijksregisternummer: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NUMBERS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }),
  straat: fc.constantFrom(...STREETS),
  huisnummer: fc.constantFrom(...HOUSE),
};
const aStatus: fc.Arbitrary<Status> = fc.oneof({ weight: 3, arbitrary: fc.constant(STATUS.notCompared) }, { weight: 1, arbitrary: fc.constantFrom(...ALL_STATUSES) });

const lists: fc.Arbitrary<[DebtorRecord[], ClientRecord[]]> = fc.tuple(
  fc
    .array(fc.record({ ...person, dossiernummer: fc.constantFrom(...DOSSIERS), status: aStatus, match: fc.constantFrom(...MATCHES) }), { maxLength: 30 })
    .map((rows) => rows.map((r, i) => ({ ...r, rowId: rowIdFrom(`R${i + 1}`) }))),
  fc.array(fc.record(person), { maxLength: 30 }).map((rows) => rows.map((r, i) => ({ ...r, bronrij: i + 2 }))),
);

describe("matchEngine against the reference implementation", () => {
  it("gives identical outcomes, problems and summary on random lists", () => {
    let found = 0;
    fc.assert(
      fc.property(lists, ([debtors, clients]) => {
        const optimised = compareDebtors(debtors, clients);
        expect(optimised).toEqual(referenceCompareDebtors(debtors, clients));
        expect(debtorDataQuality(debtors)).toEqual(referenceCompareDebtors(debtors, []).problems);
        found += optimised.outcomes.filter((o) => o.proposed === STATUS.client || o.proposed === STATUS.possibleMatch).length;
      }),
      { numRuns: 500 },
    );
    expect(found).toBeGreaterThan(200);
  });

  it("gives identical results on seeded synthetic datasets with every deliberate problem", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 60, max: 400 }), fc.integer({ min: 0, max: 5 }), (seed, n, emptyRows) => {
        const data = generateDataset({ debtors: n, clients: n, seed, emptyRows, invalidShare: 0.3 });
        const debtors = data.debtors.map((d, i) => ({ ...d, rowId: rowIdFrom(`R${i + 1}`), status: STATUS.notCompared, match: "" }));
        const optimised = compareDebtors(debtors, data.clients);
        expect(optimised).toEqual(referenceCompareDebtors(debtors, data.clients));
        expect(optimised.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  });
});

describe("numberKey", () => {
  const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 9, maxLength: 12 });
  /** Digits with the formatting people type, and characters near it that are not formatting. */
  const formatted = fc.string({ unit: fc.constantFrom(..."0123456789012345678901234567890123456789 .-/\u00a0\u2011\t,_x"), minLength: 10, maxLength: 26 });
  const agrees = (raw: string): void => {
    const parsed = parseNationalNumber(raw);
    const key = numberKey(raw);
    if (parsed.ok) expect([raw, key >= 0, key]).toEqual([raw, true, numberKey(parsed.value.value)]);
    else expect([raw, key < 0 ? problemOfKey(key) : key]).toEqual([raw, parsed.error.code]);
  };

  it("accepts and rejects exactly what parseNationalNumber does, with the same reason", () => {
    fc.assert(fc.property(fc.oneof(digits, formatted, fc.string({ maxLength: 15 }), fc.constantFrom(...NUMBERS)), agrees), { numRuns: 5000 });
  });

  /** A valid number from its first nine digits, with the check digits of either century. */
  const validNumber = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }), fc.boolean()).map(([y, m, d, s, from2000]) => {
    const first9 = `${String(y).padStart(2, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(s).padStart(3, "0")}`;
    const check = 97 - ((from2000 ? 2_000_000_000 : 0) + Number(first9)) % 97;
    return `${first9}${String(check).padStart(2, "0")}`;
  });

  it("gives equal keys exactly to equal valid numbers", () => {
    fc.assert(
      fc.property(validNumber, validNumber, (a, b) => {
        expect([a, b, numberKey(a) >= 0, numberKey(b) >= 0]).toEqual([a, b, true, true]);
        expect(numberKey(a) === numberKey(b)).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
    expect(numberKey("85.07.30-033.28")).toBe(numberKey("85073003328"));
    expect(numberKey("1020312316")).toBe(numberKey("01020312316"));
  });
});
