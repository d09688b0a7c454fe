import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { basisText, listDossierCards, matchBasis, visibleProblems } from "../../src/app/workerDossiers";
import { SHEET } from "../../src/domain/layout";
import type { DataQualityProblem } from "../../src/domain/matching";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { createMemoryExcel, listAt } from "@debiteurencheck/memory-excel";
import {
  ALL_SETS, aConfig, ANNA, aSession, aWorkbook, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows, FATIMA, LUCA, MEHMET, type TestWorkbook,
} from "../support/fixtures";

const team = aSession("debiteurenteam");
const worker = aSession("maatschappelijk-werker", { doel: "beslissing invordering registreren" });
/** Anna's number on a second debtor with another name. */
const ANNA_NUMBER_OTHER_NAME = { ...LUCA, dossier: "DOS-2021-000009", rrn: ANNA.rrn };

async function compared(debtors: Parameters<typeof debtorRows>[0], clients: Parameters<typeof clientRows>[0]): Promise<TestWorkbook> {
  const tw = aWorkbook();
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows(debtors), source: "debiteuren.csv" });
  await compare(tw.deps, team, { kind: "bestand", fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows(clients) });
  return tw;
}

async function cards(tw: TestWorkbook) {
  const listed = await listDossierCards(tw.deps, worker);
  if (!listed.ok) throw new Error(listed.error.code);
  return listed.value.map((c) => ({ dossier: c.row.record.dossiernummer, waits: c.waits, basis: basisText(c.basis), warnings: c.warnings }));
}

describe("listDossierCards", () => {
  it("puts the possible match first, says how each was found, and warns on both dossiers that share one number under different names", async () => {
    const fatimaAsClient = { ...FATIMA, rrn: "", voornaam: "Fatma" };
    const tw = await compared([ANNA, MEHMET, FATIMA, ANNA_NUMBER_OTHER_NAME], [ANNA, fatimaAsClient]);
    expect(await cards(tw)).toEqual([
      {
        dossier: FATIMA.dossier,
        waits: true,
        basis: expect.stringMatching(/^Gevonden op naam \+ adres: het adres is gelijk, de naam lijkt sterk \(score 0,\d\d\); geen geldig rijksregisternummer om te vergelijken\.$/),
        warnings: [expect.stringContaining(`Dossier ${FATIMA.dossier}: het rijksregisternummer is ongeldig (controlegetal klopt niet).`)],
      },
      {
        dossier: ANNA.dossier,
        waits: false,
        basis: "Gevonden op rijksregisternummer: het nummer is gelijk aan dat van een cliënt.",
        warnings: ["Hetzelfde rijksregisternummer staat ook bij dossier DOS-2021-000009 met een andere naam. Controleer welk nummer juist is voor u beslist."],
      },
      {
        dossier: "DOS-2021-000009",
        waits: false,
        basis: "Gevonden op rijksregisternummer: het nummer is gelijk aan dat van een cliënt.",
        warnings: ["Hetzelfde rijksregisternummer staat ook bij dossier DOS-2021-000001 met een andere naam. Controleer welk nummer juist is voor u beslist."],
      },
    ]);
  });

  it("warns, while the client sheet is there, that a client with the same number has another name", async () => {
    const tw = await compared([ANNA, MEHMET], [ANNA]);
    tw.host.userEdit(SHEET.clients, "A1:E2", [CLIENT_LIST_HEADERS, clientRows([{ ...ANNA, voornaam: "Bert", achternaam: "Claes" }])[0]]);
    const [anna] = await cards(tw);
    expect(anna.warnings).toEqual(["Het rijksregisternummer is gelijk aan dat van een cliënt met een andere naam. Controleer het nummer voor u op deze status steunt."]);
  });

  it("offers on each card the status changes the session's role may make, and none to a role that only reads", async () => {
    const tw = await compared([ANNA, MEHMET, FATIMA], [ANNA, { ...FATIMA, rrn: "", voornaam: "Fatma" }]);
    const offered = async (session: typeof worker) => {
      const listed = await listDossierCards(tw.deps, session);
      if (!listed.ok) throw new Error(listed.error.code);
      return listed.value.map((c) => [c.row.record.dossiernummer, c.transitions]);
    };
    expect(await offered(worker)).toEqual([
      [FATIMA.dossier, [STATUS.client, STATUS.noClient]],
      [ANNA.dossier, [STATUS.continueCollection]],
    ]);
    expect((await offered(aSession("dpo"))).map(([, t]) => t)).toEqual([[], [], []]);
  });

  it("gives a role that sees all debtors every row (listDebtors decides)", async () => {
    const tw = await compared([ANNA, MEHMET], [ANNA]);
    const listed = await listDossierCards(tw.deps, aSession("dpo"));
    expect(listed.ok && listed.value.map((c) => c.row.record.status)).toEqual([STATUS.client, STATUS.noClient]);
  });
});

describe("matchBasis", () => {
  it("reads the Match texts the comparison and a decision write", () => {
    expect(matchBasis("rijksregisternummer")).toEqual({ kind: "rijksregisternummer" });
    expect(matchBasis("naam + adres (score 0,94)")).toEqual({ kind: "naam-adres", score: "0,94" });
    expect(matchBasis("bevestigd door maatschappelijk werker (naam + adres)")).toEqual({ kind: "naam-adres", score: undefined });
    expect(matchBasis("rijksregisternummer ongeldig (controlegetal), geen overeenkomst op naam + adres")).toEqual({
      kind: "anders",
      text: "rijksregisternummer ongeldig (controlegetal), geen overeenkomst op naam + adres",
    });
  });
});

describe("visibleProblems", () => {
  it("gives a social worker only the notes about her own list, never notes naming debtors' dossiers; the debtor team all", () => {
    const aboutDebtor: DataQualityProblem = { code: "ongeldig-rijksregisternummer", rowIds: [rowIdFrom("R000001")], dossiernummer: "DOS-1", reden: "leeg" };
    const aboutHerList: DataQualityProblem = { code: "ongeldig-rijksregisternummer-client", bronrij: 3, reden: "leeg" };
    expect(visibleProblems("maatschappelijk-werker", [aboutDebtor, aboutHerList])).toEqual([aboutHerList]);
    expect(visibleProblems("debiteurenteam", [aboutDebtor, aboutHerList])).toEqual([aboutDebtor, aboutHerList]);
  });
});

describe("the Status column's drop-down (ExcelApi 1.8)", () => {
  it("lists the statuses on the Status column once a role's locking is applied", async () => {
    const tw = await compared([ANNA], [ANNA]);
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const sheet = tw.host.model.sheets.find((s) => s.name === SHEET.debtors)!;
    expect([listAt(sheet, 1, 6), listAt(sheet, 1, 5)]).toEqual([Object.values(STATUS), undefined]);
  });

  it("is left out, without an error, where ExcelApi 1.8 is missing", async () => {
    const set = await compared([ANNA], [ANNA]);
    // The same workbook opened in an Excel with ExcelApi 1.7 (the manifest's minimum).
    const host = createMemoryExcel({ requirementSets: { ...ALL_SETS, ExcelApi: "1.7" } });
    host.load(set.host.snapshot());
    const tw = aWorkbook({ host });
    await tw.deps.workbook.protectFor("debiteurenteam", "rust");
    const sheet = tw.host.model.sheets.find((s) => s.name === SHEET.debtors)!;
    expect(listAt(sheet, 1, 6)).toBeUndefined();
  });
});
