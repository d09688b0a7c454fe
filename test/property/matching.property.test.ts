// Invariants of Vergelijk (compareDebtors) over random small lists (fast-check): input order never matters, an
// unrelated client changes nothing, name + address never makes a "cliënt OCMW", a person's decision is never overwritten
// and a newer list never lifts a halt.
import fc from "fast-check";
import { compareDebtors, type Comparison } from "../../src/domain/matching";
import { parseNationalNumber } from "../../src/domain/nationalNumber";
import { resultOrigin, rowHalted } from "../../src/domain/recomparison";
import { rowIdFrom, type ClientRecord, type DebtorRecord } from "../../src/domain/records";
import { ALL_STATUSES, STATUS, type Status } from "../../src/domain/status";

/** Few values per field (valid, formatted, zero-stripped, wrong-check and empty numbers), so that equal numbers, names and addresses (and thus every kind of match) occur often. */
const NUMBERS = ["85073003328", "93051822361", "17073003384", "01020312316", "1020312316", "85.07.30-033.28", "85073003329", "", "12345"];
const FIRST = ["Anna", "anna", "Mehmet", "Fatima", "Luca", "Jan"];
const LAST = ["Peeters", "PEETERS", "Yılmaz", "Yilmaz", "El Amrani", "Elamrani", "Van der Berghe", "Vanderberghe"];
const STREETS = ["Stalenstraat", "Stalenstr.", "Hasseltweg", "Molenstraat", ""];
const HOUSE = ["12", "12 bus 3", "12/3", "5", ""];
const MATCHES = ["", "rijksregisternummer", "naam + adres", "geen overeenkomst", "bevestigd door maatschappelijk werker (naam + adres)"];

const person = {
  voornaam: fc.constantFrom(...FIRST),
  achternaam: fc.constantFrom(...LAST),
  rijksregisternummer: fc.constantFrom(...NUMBERS),
  straat: fc.constantFrom(...STREETS),
  huisnummer: fc.constantFrom(...HOUSE),
};

/** Mostly "nog niet vergeleken"; some rows already compared or decided, so keeping is exercised too. */
const aStatus: fc.Arbitrary<Status> = fc.oneof({ weight: 3, arbitrary: fc.constant(STATUS.notCompared) }, { weight: 1, arbitrary: fc.constantFrom(...ALL_STATUSES) });

const debtorList: fc.Arbitrary<DebtorRecord[]> = fc
  .array(fc.record({ ...person, dossiernummer: fc.constantFrom("D-1", "D-2", "D-3", "D-4", ""), status: aStatus, match: fc.constantFrom(...MATCHES) }), { maxLength: 20 })
  .map((rows) => rows.map((r, i) => ({ ...r, rowId: rowIdFrom(`R${i + 1}`), match: r.status === STATUS.notCompared ? "" : r.match })));

/** Clients: some random people, some the debtors themselves (number kept, dropped or another), so matches are common. */
const clientsFor = (debtors: readonly DebtorRecord[]): fc.Arbitrary<ClientRecord[]> =>
  fc
    .tuple(
      fc.array(fc.record(person), { maxLength: 10 }),
      fc.subarray([...debtors]).chain((ds) => fc.tuple(...ds.map((d) => fc.constantFrom(d.rijksregisternummer, "", "85073003329").map((rijksregisternummer) => ({ ...d, rijksregisternummer }))))),
    )
    .map(([random, copied]) =>
      [...copied, ...random].map((r, i) => ({ voornaam: r.voornaam, achternaam: r.achternaam, rijksregisternummer: r.rijksregisternummer, straat: r.straat, huisnummer: r.huisnummer, bronrij: i + 2 })),
    );

const lists: fc.Arbitrary<[DebtorRecord[], ClientRecord[]]> = debtorList.chain((d) => fc.tuple(fc.constant(d), clientsFor(d)));

/** A permutation of the list, drawn by fast-check (so a failure shrinks to a small reordering). */
const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

const byRow = (c: Comparison) => new Map(c.outcomes.map((o) => [o.rowId as string, o]));
const RUNS = { numRuns: 300 };

describe("compareDebtors", () => {
  it("gives every debtor the same result, problems and summary whatever the order of debtors and clients", () => {
    const withShuffles = lists.chain(([d, c]) => fc.tuple(fc.constant(d), fc.constant(c), shuffled(d), shuffled(c)));
    fc.assert(
      fc.property(withShuffles, ([debtors, clients, debtors2, clients2]) => {
        const before = compareDebtors(debtors, clients);
        const after = compareDebtors(debtors2, clients2);
        expect(byRow(after)).toEqual(byRow(before));
        expect(after.outcomes.map((o) => o.rowId)).toEqual(debtors2.map((d) => d.rowId));
        expect(after.problems).toEqual(before.problems);
        expect(after.summary).toEqual(before.summary);
      }),
      RUNS,
    );
  });

  it("changes no debtor's result when an unrelated client is added anywhere in the list", () => {
    // A valid number no generator produces, a name and an address nobody has.
    const unrelated = (bronrij: number): ClientRecord => ({ voornaam: "Zoë", achternaam: "Onbekend", rijksregisternummer: "99000099913", straat: "Nergensstraat", huisnummer: "999", bronrij });
    fc.assert(
      fc.property(lists, fc.nat(), ([debtors, clients], at) => {
        const place = clients.length === 0 ? 0 : at % (clients.length + 1);
        const more = [...clients.slice(0, place), unrelated(99), ...clients.slice(place)];
        const before = compareDebtors(debtors, clients);
        const after = compareDebtors(debtors, more);
        expect(after.outcomes).toEqual(before.outcomes);
        expect(after.problems).toEqual(before.problems);
      }),
      RUNS,
    );
    expect(parseNationalNumber("99000099913").ok).toBe(true);
  });

  it("gives 'cliënt OCMW' only on an equal valid national number, never on name + address", () => {
    const seen = { client: 0, possibleMatch: 0 };
    fc.assert(
      fc.property(lists, ([debtors, clients]) => {
        const clientNumbers = new Set(clients.map((c) => parseNationalNumber(c.rijksregisternummer)).flatMap((p) => (p.ok ? [p.value.value as string] : [])));
        const { outcomes } = compareDebtors(debtors, clients);
        outcomes.forEach((o, i) => {
          if (o.proposed === STATUS.possibleMatch) seen.possibleMatch++;
          if (o.proposed !== STATUS.client) return;
          seen.client++;
          const own = parseNationalNumber(debtors[i].rijksregisternummer);
          expect([o.rowId, own.ok && clientNumbers.has(own.value.value)]).toEqual([o.rowId, true]);
          if (o.previous === STATUS.notCompared) expect(o.match).toBe("rijksregisternummer");
        });
        // And the other way round: a name + address finding is always only a possible match.
        expect(outcomes.filter((o) => o.previous === STATUS.notCompared && o.match.startsWith("naam + adres") && o.status !== STATUS.possibleMatch)).toEqual([]);
      }),
      RUNS,
    );
    // The generators do produce both kinds of finding, so the property above is about something.
    expect(seen.client).toBeGreaterThan(50);
    expect(seen.possibleMatch).toBeGreaterThan(50);
  });

  it("never overwrites a decision, never lifts a halt, moves automatic results only towards a halt, and explains every new result", () => {
    let kept = 0;
    let revised = 0;
    fc.assert(
      fc.property(lists, ([debtors, clients]) => {
        const { outcomes } = compareDebtors(debtors, clients);
        outcomes.forEach((o, i) => {
          const d = debtors[i];
          if (o.kept) kept++;
          if (d.status === STATUS.notCompared) return expect(o.match).not.toBe("");
          if (rowHalted(d)) expect([o.rowId, rowHalted(o)]).toEqual([d.rowId, true]);
          if (resultOrigin(d.status, d.match) !== "automatisch") return expect([o.rowId, o.status]).toEqual([d.rowId, d.status]);
          if (o.status === d.status) return expect([o.rowId, o.match, o.changed]).toEqual([d.rowId, d.match, false]);
          revised++;
          const towardsHalt = o.status === STATUS.client || (o.status === STATUS.possibleMatch && d.status === STATUS.noClient);
          expect([o.rowId, towardsHalt, o.reason]).toEqual([d.rowId, true, expect.stringMatching(/^nieuwe lijst: /)]);
        });
      }),
      RUNS,
    );
    expect(kept).toBeGreaterThan(50);
    expect(revised).toBeGreaterThan(10);
  });

});
