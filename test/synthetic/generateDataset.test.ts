import { compareDebtors } from "../../src/domain/matching";
import { parseNationalNumber } from "../../src/domain/nationalNumber";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { generateDataset } from "../../src/synthetic/generateDataset";
import { checkDigitsFor, makeNationalNumber } from "../../src/synthetic/nationalNumbers";
import { mulberry32, seededRandom } from "../../src/synthetic/random";

describe("mulberry32", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("national numbers", () => {
  it("computes check digits by both rules", () => {
    expect(checkDigitsFor("850730033", false)).toBe("28");
    const from2000 = "120406127" + checkDigitsFor("120406127", true);
    expect(parseNationalNumber(from2000)).toEqual({ ok: true, value: { value: from2000, kind: "rijksregisternummer", bornFrom2000: true, birthDate: "datum" } });
  });

  it("makes only valid numbers, with births from 2000 and BIS numbers among them", () => {
    const r = seededRandom(5);
    const parsed = Array.from({ length: 2000 }, () => parseNationalNumber(makeNationalNumber(r)));
    expect(parsed.filter((p) => !p.ok)).toEqual([]);
    const values = parsed.flatMap((p) => (p.ok ? [p.value] : []));
    expect(values.some((v) => v.bornFrom2000)).toBe(true);
    expect(values.some((v) => v.kind === "bis")).toBe(true);
  });
});

describe("generateDataset", () => {
  const options = { debtors: 1000, clients: 800, seed: 2021 };
  const data = generateDataset(options);

  it("gives the same data for the same seed, other data for another", () => {
    expect(generateDataset(options)).toEqual(data);
    expect(generateDataset({ ...options, seed: 2022 }).debtors[0]).not.toEqual(data.debtors[0]);
  });

  it("has the requested sizes and numbered client rows", () => {
    expect(data.debtors).toHaveLength(1000);
    expect(data.clients.map((c) => c.bronrij)).toEqual(Array.from({ length: 800 }, (_, i) => i + 2));
    const withEmpty = generateDataset({ ...options, emptyRows: 3 });
    expect(withEmpty.debtors).toHaveLength(1000);
    expect(withEmpty.debtors.filter((d) => Object.values(d).every((v) => v === ""))).toHaveLength(3);
  });

  it("gives 10% of the debtors no valid number by default", () => {
    expect(data.debtors.filter((d) => !parseNationalNumber(d.rijksregisternummer).ok)).toHaveLength(100);
    const none = generateDataset({ ...options, invalidShare: 0, withProblems: false });
    expect(none.debtors.filter((d) => !parseNationalNumber(d.rijksregisternummer).ok)).toEqual([]);
  });

  it("writes dossier numbers like DOS-2021-000123", () => {
    expect(data.debtors.filter((d) => !/^DOS-20(1[5-9]|2[01])-\d{6}$/.test(d.dossiernummer))).toEqual([]);
  });

  it("makes a dataset where the fallback and the data-quality checks have work to do", () => {
    const debtors = data.debtors.map((d, i) => ({ ...d, rowId: rowIdFrom(`R${i}`), status: STATUS.notCompared, match: "" }));
    const { summary, problems } = compareDebtors(debtors, data.clients);
    expect(summary.exactMatches).toBeGreaterThan(100);
    expect(summary.possibleMatches).toBeGreaterThan(5);
    expect([...new Set(problems.map((p) => p.code))].sort()).toEqual([
      "dubbel-dossiernummer",
      "dubbele-client",
      "meerdere-dossiers",
      "ongeldig-rijksregisternummer",
      "ongeldig-rijksregisternummer-client",
      "zelfde-nummer-andere-naam",
    ]);
  });

  it("refuses impossible sizes", () => {
    expect(() => generateDataset({ debtors: 2, clients: 0, seed: 1, emptyRows: 3 })).toThrow("invalid sizes");
    expect(() => generateDataset({ debtors: 1.5, clients: 0, seed: 1 })).toThrow("invalid sizes");
  });
});
