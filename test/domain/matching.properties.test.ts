// Properties of the comparison over a larger fictitious dataset: input order and unrelated clients change nothing.
import { generateDataset } from "../../src/synthetic";
import { checkDigitsFor } from "../../src/synthetic/nationalNumbers";
import { seededRandom, shuffleInPlace } from "../../src/synthetic/random";
import { compareDebtors, type Comparison } from "../../src/domain/matching";
import { rowIdFrom, type ClientRecord, type DebtorRecord } from "../../src/domain/records";
import { resultOrigin, rowHalted } from "../../src/domain/recomparison";
import { ALL_STATUSES, STATUS } from "../../src/domain/status";

const data = generateDataset({ debtors: 2000, clients: 1500, seed: 7, emptyRows: 3 });
const r = seededRandom(11);
/** Some rows already compared or decided, so that keeping is exercised too. */
const debtors: DebtorRecord[] = data.debtors.map((d, i) => {
  const status = r.chance(0.8) ? STATUS.notCompared : r.pick(ALL_STATUSES);
  return { ...d, rowId: rowIdFrom(`R${i + 1}`), status, match: status === STATUS.notCompared ? "" : "eerder" };
});

/** A valid number born in 2000 with an unknown birth date: no debtor in the dataset has it. */
const checkDigits = (first9: string): string => first9 + checkDigitsFor(first9, true);

function byRow(c: Comparison) {
  return new Map(c.outcomes.map((o) => [o.rowId, o]));
}

const before = compareDebtors(debtors, data.clients);

it("has the cases the properties are about", () => {
  const codes = new Set(before.problems.map((p) => p.code));
  expect([...codes].sort()).toEqual(
    ["dubbel-dossiernummer", "dubbele-client", "lege-rij", "meerdere-dossiers", "ongeldig-rijksregisternummer", "ongeldig-rijksregisternummer-client", "zelfde-nummer-andere-naam"],
  );
  expect(before.summary.possibleMatches).toBeGreaterThan(20);
  expect(before.summary.differsOnRepeat).toBeGreaterThan(20);
});

it("gives the same result whatever the order of debtors and clients", () => {
  const shuffled = compareDebtors(shuffleInPlace(seededRandom(1), [...debtors]), shuffleInPlace(seededRandom(2), [...data.clients]));
  const original = byRow(before);
  expect(shuffled.outcomes).toHaveLength(before.outcomes.length);
  expect(shuffled.outcomes.filter((o) => JSON.stringify(o) !== JSON.stringify(original.get(o.rowId)))).toEqual([]);
  expect(shuffled.problems).toEqual(before.problems);
  expect(shuffled.summary).toEqual(before.summary);
});

it("changes no result when an unrelated client is added", () => {
  const unrelated: ClientRecord = {
    voornaam: "Fictief",
    achternaam: "Testpersoon",
    rijksregisternummer: checkDigits("000000001"),
    straat: "Onbestaande Proefstraat",
    huisnummer: "1",
    bronrij: 99_999,
  };
  const after = compareDebtors(debtors, [...data.clients, unrelated]);
  expect(after.outcomes.filter((o, i) => JSON.stringify(o) !== JSON.stringify(before.outcomes[i]))).toEqual([]);
  expect(after.problems).toEqual(before.problems);
});

it("never confirms a client on name + address, and explains every result", () => {
  const compared = before.outcomes.filter((o) => o.previous === STATUS.notCompared);
  expect(compared.filter((o) => o.match === "")).toEqual([]);
  expect(compared.filter((o) => o.match.startsWith("naam + adres") && o.status !== STATUS.possibleMatch)).toEqual([]);
  expect(compared.filter((o) => o.status === STATUS.client && o.match !== "rijksregisternummer")).toEqual([]);
});

it("never overwrites a decision, never lifts a halt, and only moves automatic results towards a halt", () => {
  const outcomes = byRow(before);
  const compared = debtors.filter((d) => d.status !== STATUS.notCompared);
  const broken = compared.filter((d) => {
    const o = outcomes.get(d.rowId)!;
    if (rowHalted(d) && !rowHalted(o)) return true;
    if (resultOrigin(d.status, d.match) !== "automatisch") return o.status !== d.status;
    return o.status !== d.status && !(o.status === STATUS.client || (o.status === STATUS.possibleMatch && d.status === STATUS.noClient));
  });
  expect(broken).toEqual([]);
  expect(compared.filter((d) => resultOrigin(d.status, d.match) === "beslissing").length).toBeGreaterThan(100);
  expect(before.summary.revised + before.summary.flagged.length).toBeGreaterThan(0);
});
