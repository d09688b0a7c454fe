import { REASON, reconsider } from "../../src/domain/recomparison";
import { compareDebtors, decide, FUZZY_THRESHOLD, MATCH_TEXT, nameAddressMatchText, outcomeOf, type Outcome } from "../../src/domain/matching";
import { rowIdFrom, type ClientRecord, type DebtorRecord } from "../../src/domain/records";
import { ALL_STATUSES, STATUS, type Status } from "../../src/domain/status";

/** A valid national number from its first nine digits (check digits: 97 − n mod 97, "2" prepended from 2000). */
function nr(first9: string, bornFrom2000 = false): string {
  const n = Number(first9) + (bornFrom2000 ? 2_000_000_000 : 0);
  return first9 + String(97 - (n % 97)).padStart(2, "0");
}

const JAN = nr("850730033");
const JEF = nr("120406127", true);
const AYSE = nr("791212402");
/** JAN with wrong check digits. */
const JAN_TYPO = JAN.slice(0, 9) + String((Number(JAN.slice(9)) % 97) + 1).padStart(2, "0");

let nextRow = 1;
function aDebtor(fields: Partial<DebtorRecord> = {}): DebtorRecord {
  const n = nextRow++;
  return {
    rowId: rowIdFrom(`R${n}`),
    status: STATUS.notCompared,
    match: "",
    dossiernummer: `DOS-2021-${String(n).padStart(6, "0")}`,
    voornaam: "Jan",
    achternaam: "Peeters",
    rijksregisternummer: JAN,
    straat: "Stalenstraat",
    huisnummer: "12",
    ...fields,
  };
}

function aClient(fields: Partial<ClientRecord> = {}): ClientRecord {
  return { voornaam: "Jan", achternaam: "Peeters", rijksregisternummer: JAN, straat: "Stalenstraat", huisnummer: "12", bronrij: 2, ...fields };
}

function only(debtor: DebtorRecord, clients: ClientRecord[]): Outcome {
  const { outcomes } = compareDebtors([debtor], clients);
  expect(outcomes).toHaveLength(1);
  return outcomes[0];
}

const result = (o: Outcome) => ({ status: o.status, match: o.match });

describe("exact match on the national number", () => {
  it("marks a debtor with the client's valid number as cliënt OCMW", () => {
    expect(result(only(aDebtor(), [aClient()]))).toEqual({ status: STATUS.client, match: "rijksregisternummer" });
  });

  it("sees through formatting and lost leading zeros", () => {
    const formatted = "12.04.06-127." + JEF.slice(9);
    const numericCell = JEF.replace(/^0+/, "");
    expect(only(aDebtor({ rijksregisternummer: formatted }), [aClient({ rijksregisternummer: numericCell })]).status).toBe(STATUS.client);
  });

  it("needs no name or address agreement", () => {
    const o = only(aDebtor({ voornaam: "Jan", achternaam: "Peeters", straat: "Molenstraat", huisnummer: "3" }), [aClient({ straat: "Hasseltweg" })]);
    expect(result(o)).toEqual({ status: STATUS.client, match: "rijksregisternummer" });
  });

  it("never matches two different valid numbers, even with equal name and address (father and son)", () => {
    const o = only(aDebtor({ rijksregisternummer: JAN }), [aClient({ rijksregisternummer: JEF })]);
    expect(result(o)).toEqual({ status: STATUS.noClient, match: "geen overeenkomst" });
  });
});

describe("fallback on name + address", () => {
  const noNumber = { rijksregisternummer: "" };

  it("proposes a possible match, never cliënt OCMW, for a debtor without a number", () => {
    const o = only(aDebtor(noNumber), [aClient()]);
    expect(result(o)).toEqual({ status: STATUS.possibleMatch, match: "naam + adres" });
  });

  it("sees through spelling, particles, swapped names and address notation", () => {
    const debtor = aDebtor({ ...noNumber, voornaam: "Mehmet", achternaam: "Yılmaz", straat: "Hasseltweg 7 bus 2", huisnummer: "" });
    const client = aClient({ voornaam: "YILMAZ", achternaam: "Mehmet", straat: "Hasselt weg", huisnummer: "7/2" });
    expect(result(only(debtor, [client]))).toEqual({ status: STATUS.possibleMatch, match: "naam + adres" });

    const vdb = aDebtor({ ...noNumber, voornaam: "Ann", achternaam: "Van den Bossche", straat: "Stalenstr.", huisnummer: "4B" });
    expect(only(vdb, [aClient({ voornaam: "Ann", achternaam: "Vandenbossche", straat: "Stalenstraat", huisnummer: "4 b" })]).match).toBe("naam + adres");
  });

  it("proposes a similar name at the same address with its score (Dutch decimal comma)", () => {
    const o = only(aDebtor(noNumber), [aClient({ achternaam: "Peetres" })]);
    expect(result(o)).toEqual({ status: STATUS.possibleMatch, match: "naam + adres (score 0,97)" });
  });

  it("ignores similar names below the threshold, and similar names at another address", () => {
    expect(only(aDebtor(noNumber), [aClient({ voornaam: "Jef" })]).status).toBe(STATUS.noClient);
    expect(only(aDebtor(noNumber), [aClient({ achternaam: "Peetres", huisnummer: "14" })]).status).toBe(STATUS.noClient);
    expect(only(aDebtor(noNumber), [aClient({ huisnummer: "" })]).status).toBe(STATUS.noClient);
  });

  it("tries clients without a valid number for a debtor whose valid number is not on the list", () => {
    const o = only(aDebtor({ rijksregisternummer: JAN }), [aClient({ rijksregisternummer: "" })]);
    expect(result(o)).toEqual({ status: STATUS.possibleMatch, match: "naam + adres" });
  });

  it("explains an invalid number without a match", () => {
    const o = only(aDebtor({ rijksregisternummer: JAN_TYPO }), [aClient({ voornaam: "Ayşe", achternaam: "Öztürk", rijksregisternummer: AYSE })]);
    expect(result(o)).toEqual({ status: STATUS.noClient, match: "rijksregisternummer ongeldig (controlegetal), geen overeenkomst op naam + adres" });
    expect(only(aDebtor(noNumber), []).match).toBe("geen rijksregisternummer, geen overeenkomst op naam + adres");
    expect(only(aDebtor({ rijksregisternummer: "8507300" }), []).match).toBe("rijksregisternummer ongeldig (verkeerde lengte), geen overeenkomst op naam + adres");
  });

  it("still finds a debtor with an invalid number on name + address", () => {
    expect(result(only(aDebtor({ rijksregisternummer: JAN_TYPO }), [aClient()]))).toEqual({ status: STATUS.possibleMatch, match: "naam + adres" });
  });
});

describe("nameAddressMatchText", () => {
  it("rounds down, so a shown score is never above the real one", () => {
    expect(nameAddressMatchText(0.9299)).toBe("naam + adres (score 0,92)");
    expect(nameAddressMatchText(FUZZY_THRESHOLD)).toBe("naam + adres (score 0,92)");
    expect(nameAddressMatchText(1)).toBe("naam + adres");
  });
});

describe("comparing again", () => {
  const asBefore = (status: Status, match: string, fields: Partial<DebtorRecord> = {}) => aDebtor({ status, match, ...fields });

  it.each([
    ["a social worker's 'invorderingsprocedure voortzetten'", asBefore(STATUS.continueCollection, "rijksregisternummer"), [], REASON.decision],
    ["an earlier automatic cliënt OCMW missing from the list", asBefore(STATUS.client, "rijksregisternummer"), [], REASON.missing],
    ["a confirmed possible match missing from the list", asBefore(STATUS.client, "bevestigd door maatschappelijk werker (naam + adres)"), [], REASON.missing],
    ["a possible match awaiting review, missing from the list", asBefore(STATUS.possibleMatch, "naam + adres"), [], REASON.missing],
  ])("keeps %s and says why", (_what, debtor, clients, reason) => {
    const o = only(debtor, clients);
    expect(o).toEqual({ ...o, status: debtor.status, match: debtor.match, changed: false, kept: { reason }, reason });
    expect(o.proposed).not.toBe(debtor.status);
  });

  it.each([
    ["an automatic geen cliënt now found on the number", asBefore(STATUS.noClient, "geen overeenkomst"), STATUS.client, "rijksregisternummer", REASON.foundExact],
    ["an automatic geen cliënt now a possible match", asBefore(STATUS.noClient, "geen rijksregisternummer, geen overeenkomst op naam + adres", { rijksregisternummer: "" }), STATUS.possibleMatch, "naam + adres", REASON.foundPossible],
    ["a possible match now found on the number", asBefore(STATUS.possibleMatch, "naam + adres"), STATUS.client, "rijksregisternummer", REASON.foundExact],
  ])("re-evaluates %s", (_what, debtor, status, match, reason) => {
    expect(only(debtor, [aClient()])).toMatchObject({ previous: debtor.status, status, match, changed: true, reason });
  });

  it("flags a rejected possible match that the new list finds on the number, keeping the decision", () => {
    const rejected = asBefore(STATUS.noClient, "afgewezen door maatschappelijk werker (naam + adres)");
    const o = only(rejected, [aClient()]);
    expect(o).toEqual({
      rowId: rejected.rowId,
      previous: STATUS.noClient,
      proposed: STATUS.client,
      status: STATUS.noClient,
      match: "nieuwe aanwijzing – te beoordelen: gevonden op rijksregisternummer – eerder: afgewezen door maatschappelijk werker (naam + adres)",
      changed: true,
      flagged: true,
      reason: REASON.flagged,
    });
    // Rejected again, knowing the number matches: the same list flags nothing any more.
    const decidedAgain = asBefore(STATUS.noClient, "afgewezen door maatschappelijk werker na nieuwe aanwijzing (gevonden op rijksregisternummer)");
    expect(only(decidedAgain, [aClient()])).toMatchObject({ status: STATUS.noClient, changed: false });
    expect(only(decidedAgain, [aClient()]).flagged).toBeUndefined();
  });

  it("keeps a flagged row flagged while the contradiction lasts", () => {
    const flagged = asBefore(STATUS.noClient, "nieuwe aanwijzing – te beoordelen: gevonden op rijksregisternummer – eerder: x");
    expect(only(flagged, [aClient()])).toMatchObject({ status: STATUS.noClient, match: flagged.match, changed: false, kept: { reason: REASON.awaitingFlag } });
  });

  it("lists the halted rows the new list no longer supports, and the flagged rows", () => {
    const client = asBefore(STATUS.client, "rijksregisternummer", { dossiernummer: " D-1 " });
    const rejected = asBefore(STATUS.noClient, "afgewezen door maatschappelijk werker (naam + adres)", { dossiernummer: "D-2", rijksregisternummer: AYSE });
    const { summary } = compareDebtors([client, rejected], [aClient({ rijksregisternummer: AYSE })]);
    expect(summary.noLongerListed).toEqual([{ rowId: client.rowId, dossiernummer: "D-1", status: STATUS.client }]);
    expect(summary.flagged).toEqual([{ rowId: rejected.rowId, dossiernummer: "D-2", status: STATUS.noClient }]);
  });

  it.each([
    ["'invorderingsprocedure voortzetten' for a client found again", asBefore(STATUS.continueCollection, "x"), [aClient()]],
    ["a confirmed possible match found again", asBefore(STATUS.client, "bevestigd", { rijksregisternummer: "" }), [aClient()]],
    ["a rejected possible match found again", asBefore(STATUS.noClient, "afgewezen door maatschappelijk werker (naam + adres)", { rijksregisternummer: "" }), [aClient()]],
    ["the same result", asBefore(STATUS.client, "rijksregisternummer"), [aClient()]],
  ])("keeps %s without reporting a difference", (_what, debtor, clients) => {
    const o = only(debtor, clients);
    expect(o.kept).toBeUndefined();
    expect(o).toEqual({ ...o, status: debtor.status, match: debtor.match, changed: false });
  });

  it("counts new, kept and differing rows", () => {
    const debtors = [
      aDebtor(),
      asBefore(STATUS.continueCollection, "rijksregisternummer"),
      asBefore(STATUS.continueCollection, "rijksregisternummer", { rijksregisternummer: AYSE }),
    ];
    const { summary, outcomes } = compareDebtors(debtors, [aClient()]);
    expect(outcomes.map((o) => [o.status, o.changed, o.kept?.reason])).toEqual([
      [STATUS.client, true, undefined],
      [STATUS.continueCollection, false, undefined],
      [STATUS.continueCollection, false, REASON.decision],
    ]);
    expect(summary).toMatchObject({ newlyCompared: 1, statusKept: 2, differsOnRepeat: 1, exactMatches: 2 });
  });

  it("does not rewrite a row whose result is already there", () => {
    const first = only(aDebtor(), [aClient()]);
    expect(first.changed).toBe(true);
    const again = only(aDebtor({ status: STATUS.notCompared, match: first.match }), [aClient()]);
    expect(again.changed).toBe(true);
    expect(only(aDebtor({ status: first.status, match: first.match }), [aClient()]).changed).toBe(false);
  });
});

describe("the comparison as a whole", () => {
  it("gives one outcome per debtor, in input order, each with an explanation", () => {
    const debtors = [aDebtor(), aDebtor({ rijksregisternummer: "" }), aDebtor({ rijksregisternummer: AYSE }), aDebtor({ rijksregisternummer: JAN_TYPO })];
    const { outcomes } = compareDebtors(debtors, [aClient({ rijksregisternummer: JAN })]);
    expect(outcomes.map((o) => o.rowId)).toEqual(debtors.map((d) => d.rowId));
    expect(outcomes.map((o) => o.match)).toEqual([
      MATCH_TEXT.nationalNumber,
      MATCH_TEXT.nameAddress,
      MATCH_TEXT.none,
      MATCH_TEXT.nameAddress,
    ]);
  });

  it("summarises per status after the comparison", () => {
    const debtors = [aDebtor(), aDebtor({ rijksregisternummer: "" }), aDebtor({ rijksregisternummer: AYSE }), aDebtor({ status: STATUS.continueCollection })];
    const { summary } = compareDebtors(debtors, [aClient()]);
    expect(summary).toEqual({
      debtors: 4,
      clients: 1,
      byStatus: {
        [STATUS.notCompared]: 0,
        [STATUS.noClient]: 1,
        [STATUS.client]: 1,
        [STATUS.possibleMatch]: 1,
        [STATUS.continueCollection]: 1,
      },
      newlyCompared: 3,
      statusKept: 1,
      differsOnRepeat: 0,
      revised: 0,
      flagged: [],
      noLongerListed: [],
      invalidNumbers: 1,
      possibleMatches: 1,
      exactMatches: 2,
    });
  });

  it("leaves an empty row uncompared, with a reason", () => {
    const empty = aDebtor({ dossiernummer: "", voornaam: "", achternaam: " ", rijksregisternummer: "", straat: "", huisnummer: "" });
    const { outcomes, problems, summary } = compareDebtors([empty], [aClient()]);
    expect(result(outcomes[0])).toEqual({ status: STATUS.notCompared, match: "lege rij – niet vergeleken" });
    expect(problems).toEqual([{ code: "lege-rij", rowIds: [empty.rowId] }]);
    expect(summary.newlyCompared).toBe(0);
  });
});

describe("data quality", () => {
  it("reports an invalid debtor number by dossier and reason", () => {
    const d = aDebtor({ rijksregisternummer: JAN_TYPO, dossiernummer: " DOS-2021-000001 " });
    expect(compareDebtors([d], []).problems).toEqual([
      { code: "ongeldig-rijksregisternummer", rowIds: [d.rowId], dossiernummer: "DOS-2021-000001", reden: "controlegetal" },
    ]);
  });

  it("reports invalid and duplicated client numbers by source row", () => {
    const clients = [aClient({ bronrij: 2 }), aClient({ rijksregisternummer: "12345", bronrij: 3 }), aClient({ bronrij: 4 })];
    expect(compareDebtors([], clients).problems).toEqual([
      { code: "dubbele-client", bronrijen: [2, 4] },
      { code: "ongeldig-rijksregisternummer-client", bronrij: 3, reden: "verkeerde-lengte" },
    ]);
  });

  it("reports one number on a debtor and a client with different names, and still matches on the number", () => {
    const d = aDebtor();
    const { outcomes, problems } = compareDebtors([d], [aClient({ voornaam: "Ayşe", achternaam: "Öztürk", bronrij: 7 })]);
    expect(outcomes[0].status).toBe(STATUS.client);
    expect(problems).toEqual([{ code: "zelfde-nummer-andere-naam", rowIds: [d.rowId], dossiernummers: [d.dossiernummer], bronrijen: [7] }]);
  });

  it("does not report spelling differences of the same name as different names", () => {
    expect(compareDebtors([aDebtor({ voornaam: "Mehmet", achternaam: "Yılmaz" })], [aClient({ voornaam: "YILMAZ", achternaam: "Mehmed" })]).problems).toEqual([]);
  });

  it("reports one number on two debtors with different names", () => {
    const a = aDebtor();
    const b = aDebtor({ voornaam: "Fatima", achternaam: "El Amrani" });
    expect(compareDebtors([b, a], []).problems).toEqual([
      { code: "zelfde-nummer-andere-naam", rowIds: [a.rowId, b.rowId].sort(), dossiernummers: [a.dossiernummer, b.dossiernummer].sort(), bronrijen: [] },
    ]);
  });

  it("reports duplicate dossier numbers", () => {
    const a = aDebtor({ dossiernummer: "DOS-2021-000777" });
    const b = aDebtor({ dossiernummer: "dos-2021-000777", rijksregisternummer: AYSE, voornaam: "Ayşe", achternaam: "Öztürk" });
    expect(compareDebtors([a, b], []).problems).toEqual([{ code: "dubbel-dossiernummer", rowIds: [a.rowId, b.rowId], dossiernummer: "DOS-2021-000777" }]);
  });

  it("tells that one person has several dossiers, by number or by name + address", () => {
    const a = aDebtor();
    const b = aDebtor({ voornaam: "JAN", achternaam: "PEETERS" });
    const c = aDebtor({ rijksregisternummer: "", voornaam: "Ayşe", achternaam: "Öztürk" });
    const d = aDebtor({ rijksregisternummer: "", voornaam: "Ayse", achternaam: "Ozturk", straat: "Stalenstr.", huisnummer: "012" });
    const { problems } = compareDebtors([a, b, c, d], []);
    expect(problems.filter((p) => p.code === "meerdere-dossiers")).toEqual([
      { code: "meerdere-dossiers", rowIds: [a.rowId, b.rowId], dossiernummers: [a.dossiernummer, b.dossiernummer] },
      { code: "meerdere-dossiers", rowIds: [c.rowId, d.rowId], dossiernummers: [c.dossiernummer, d.dossiernummer] },
    ]);
  });
});

describe("decide", () => {
  it("gives a row not compared yet what reconsider gives it, without its objects in between", () => {
    const matches = ["", MATCH_TEXT.none, MATCH_TEXT.nationalNumber, "naam + adres (score 0,95)", "gegevens gewijzigd – opnieuw te vergelijken"];
    for (const proposed of ALL_STATUSES) {
      for (const previousMatch of matches) {
        for (const match of matches) {
          const d = aDebtor({ status: STATUS.notCompared, match: previousMatch });
          const f = { proposed, match };
          expect(decide(d, f)).toStrictEqual(outcomeOf(d, proposed, reconsider(d.status, d.match, f)));
        }
      }
    }
  });
});
