import { dataQualityMessage, repeatedKeys, sortProblems, type DataQualityProblem } from "../../src/domain/dataQuality";
import { rowIdFrom } from "../../src/domain/records";

const R = (n: number) => rowIdFrom(`R${n}`);

describe("dataQualityMessage", () => {
  it.each<[DataQualityProblem, string]>([
    [
      { code: "ongeldig-rijksregisternummer", rowIds: [R(1)], dossiernummer: "DOS-2021-000123", reden: "controlegetal" },
      "Dossier DOS-2021-000123: het rijksregisternummer is ongeldig (controlegetal klopt niet). Er werd alleen op naam + adres vergeleken; controleer het nummer in de debiteurenadministratie.",
    ],
    [
      { code: "ongeldig-rijksregisternummer", rowIds: [R(1)], dossiernummer: "", reden: "leeg" },
      "Dossier (zonder dossiernummer): geen rijksregisternummer. Er werd alleen op naam + adres vergeleken; vul het nummer aan als het gekend is.",
    ],
    [
      { code: "ongeldig-rijksregisternummer-client", bronrij: 14, reden: "verkeerde-lengte" },
      "Cliëntenlijst, rij 14: het rijksregisternummer is ongeldig (geen 11 cijfers). Deze cliënt kan alleen op naam + adres gevonden worden; vraag het OCMW het nummer na te kijken.",
    ],
    [
      { code: "zelfde-nummer-andere-naam", rowIds: [R(1)], dossiernummers: ["DOS-2021-000001"], bronrijen: [7] },
      "Dossier DOS-2021-000001: hetzelfde rijksregisternummer als de cliënt op rij 7 van de cliëntenlijst, maar met een andere naam. Controleer het nummer voor u op deze status steunt.",
    ],
    [
      { code: "zelfde-nummer-andere-naam", rowIds: [R(1), R(2)], dossiernummers: ["DOS-1", "DOS-2"], bronrijen: [] },
      "Dossiers DOS-1 en DOS-2: hetzelfde rijksregisternummer bij verschillende namen. Controleer welk nummer juist is.",
    ],
    [
      { code: "dubbel-dossiernummer", rowIds: [R(1), R(2), R(3)], dossiernummer: "DOS-7" },
      "Dossiernummer DOS-7 staat op 3 rijen. Geef elk dossier een eigen nummer of verwijder de dubbele rij.",
    ],
    [
      { code: "meerdere-dossiers", rowIds: [R(1), R(2), R(3)], dossiernummers: ["DOS-1", "DOS-2", "DOS-3"] },
      "Ter informatie: dezelfde persoon heeft 3 dossiers (DOS-1, DOS-2 en DOS-3). Een beslissing over deze persoon geldt wellicht voor elk van die dossiers.",
    ],
    [{ code: "lege-rij", rowIds: [R(1)] }, "1 lege rij in de debiteurenlijst werd niet vergeleken. Verwijder ze of vul ze aan."],
    [{ code: "lege-rij", rowIds: [R(1), R(2)] }, "2 lege rijen in de debiteurenlijst werden niet vergeleken. Verwijder ze of vul ze aan."],
    [
      { code: "dubbele-client", bronrijen: [4, 17] },
      "De cliëntenlijst bevat hetzelfde rijksregisternummer op rijen 4 en 17. Vraag het OCMW de dubbele rij te verwijderen of het nummer na te kijken.",
    ],
  ])("%j", (problem, message) => {
    expect(dataQualityMessage(problem)).toBe(message);
  });

  it("shortens long lists", () => {
    const dossiers = Array.from({ length: 8 }, (_, i) => `D${i + 1}`);
    expect(dataQualityMessage({ code: "meerdere-dossiers", rowIds: [], dossiernummers: dossiers })).toContain("(D1, D2, D3, D4, D5 en 3 andere)");
  });

  it("never repeats a national number or a name (only dossier and row numbers)", () => {
    // The problems carry no number or name at all, so no message can repeat one.
    const problem: DataQualityProblem = { code: "ongeldig-rijksregisternummer", rowIds: [R(1)], dossiernummer: "D1", reden: "controlegetal" };
    expect(Object.keys(problem).sort()).toEqual(["code", "dossiernummer", "reden", "rowIds"]);
    expect(dataQualityMessage(problem)).not.toMatch(/\d{6}/);
  });
});

describe("sortProblems", () => {
  it("orders by kind, then by dossier or row, whatever the input order", () => {
    const a: DataQualityProblem = { code: "ongeldig-rijksregisternummer", rowIds: [R(2)], dossiernummer: "B", reden: "leeg" };
    const b: DataQualityProblem = { code: "ongeldig-rijksregisternummer", rowIds: [R(1)], dossiernummer: "A", reden: "leeg" };
    const c: DataQualityProblem = { code: "zelfde-nummer-andere-naam", rowIds: [R(3)], dossiernummers: ["C"], bronrijen: [] };
    const d: DataQualityProblem = { code: "meerdere-dossiers", rowIds: [R(4)], dossiernummers: ["A"] };
    expect(sortProblems([d, a, b, c])).toEqual([c, b, a, d]);
    expect(sortProblems([a, c, d, b])).toEqual([c, b, a, d]);
  });
});

describe("repeatedKeys", () => {
  it("finds the keys seen more than once, with their positions", () => {
    const keys = ["a", "b", undefined, "a", "c", "b", "a"];
    expect(repeatedKeys(keys.length, (i) => keys[i])).toEqual(new Map([["a", [0, 3, 6]], ["b", [1, 5]]]));
    expect(repeatedKeys(2, (i) => ["x", "y"][i])).toEqual(new Map());
  });
});
