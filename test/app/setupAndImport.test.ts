import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { importDebtors, previewDebtorImport } from "../../src/app/importDebtors";
import { appProblemMessage } from "../../src/app/problems";
import { startSession } from "../../src/app/startSession";
import { verifyChain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { webCrypto } from "../../src/platform/webCrypto";
import { aConfig, aSession, aWorkbook, ANNA, DEBTOR_LIST_HEADERS, debtorRows, MEHMET, type TestWorkbook } from "../support/fixtures";

async function logOf(tw: TestWorkbook) {
  return tw.deps.workbook.readLog();
}

async function expectChainIntact(tw: TestWorkbook) {
  const entries = await logOf(tw);
  const state = await tw.deps.workbook.readState();
  if (!state.ok) throw new Error(state.error.code);
  const report = await verifyChain(entries, webCrypto, { knownHead: state.value.head });
  expect(report).toMatchObject({ ok: true, count: entries.length });
}

async function setUp(tw: TestWorkbook) {
  const result = await setUpWorkbook(tw.deps, aSession("debiteurenteam"), { config: aConfig(), roleCodes: { "maatschappelijk-werker": "sociaal-2021", dpo: "toezicht-2021" } });
  expect(result.ok).toBe(true);
}

describe("setting up a workbook", () => {
  it("creates the layout, a very hidden state sheet and a log that records the setup", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const sheets = tw.host.model.sheets.filter((s) => s.name !== "Sheet1").map((s) => [s.name, s.visibility]);
    expect(sheets).toEqual([
      [SHEET.debtors, "Visible"],
      [SHEET.clients, "Visible"],
      [SHEET.log, "Visible"],
      [SHEET.state, "VeryHidden"],
    ]);
    const log = await logOf(tw);
    expect(log.map((e) => [e.nr, e.actie, e.veld, e.nieuweWaarde])).toEqual([
      [1, "werkmap ingesteld", "protocolperiode", expect.stringContaining("2021-04-01 – 2021-12-31")],
      [2, "configuratie gewijzigd", "leden", "3 leden"],
      [3, "configuratie gewijzigd", "rolcode", "rolcode ingesteld voor Maatschappelijk werker"],
      [4, "configuratie gewijzigd", "rolcode", "rolcode ingesteld voor Functionaris gegevensbescherming"],
      [5, "configuratie vastgelegd", "configuratie", expect.stringMatching(/^configuratie-v1 periode=[0-9a-f]{64} leden=[0-9a-f]{64} rolcodes=[0-9a-f]{64} velden=[0-9a-f]{64} teksten=[0-9a-f]{64} beveiliging=[0-9a-f]{64} gesloten=[0-9a-f]{64}$/)],
    ]);
    await expectChainIntact(tw);
  });

  it("logs the member count in plain Dutch: 1 lid, not a bracketed plural", async () => {
    const tw = aWorkbook();
    const config = aConfig({ leden: aConfig().leden.slice(0, 1) });
    const result = await setUpWorkbook(tw.deps, aSession("debiteurenteam"), { config, roleCodes: { "maatschappelijk-werker": "sociaal-2021", dpo: "toezicht-2021" } });
    expect(result.ok).toBe(true);
    expect((await logOf(tw)).find((e) => e.veld === "leden")?.nieuweWaarde).toBe("1 lid");
  });

  it("refuses to set up twice and changes nothing", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const before = JSON.stringify(tw.host.snapshot());
    const again = await setUpWorkbook(tw.deps, aSession("debiteurenteam"), { config: aConfig(), roleCodes: {} });
    expect(again).toEqual({ ok: false, error: { code: "al-ingesteld" } });
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });

  it("refuses a social worker", async () => {
    const tw = aWorkbook();
    const result = await setUpWorkbook(tw.deps, aSession("maatschappelijk-werker"), { config: aConfig(), roleCodes: {} });
    expect(result).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "maatschappelijk-werker", action: "werkmap-instellen" } });
    expect(tw.host.model.sheets.map((s) => s.name)).not.toContain(SHEET.log);
  });
});

describe("access", () => {
  it("logs who, which role and why before anything else, and refuses a wrong role code (logged)", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const stranger = { name: "Jan Zonder Account", source: "zelf opgegeven" as const };
    const refused = await startSession(tw.deps, { user: stranger, role: "maatschappelijk-werker", roleCode: "fout", purpose: "cliëntstatus nakijken" });
    expect(refused).toEqual({ ok: false, error: { code: "rolcode-fout", role: "maatschappelijk-werker", failures: 1 } });
    const session = await startSession(tw.deps, { user: stranger, role: "maatschappelijk-werker", roleCode: "sociaal-2021", purpose: "cliëntstatus nakijken" });
    expect(session.ok).toBe(true);
    const log = await logOf(tw);
    expect(log.slice(-2).map((e) => [e.actie, e.gebruiker, e.identiteit, e.rol, e.doel, e.nieuweWaarde])).toEqual([
      ["geweigerd", "Jan Zonder Account", "zelf opgegeven", "Maatschappelijk werker", "cliëntstatus nakijken", "toegang als Maatschappelijk werker geweigerd: rolcode fout (1 keer na elkaar)"],
      ["toegang", "Jan Zonder Account", "zelf opgegeven", "Maatschappelijk werker", "cliëntstatus nakijken", "Maatschappelijk werker"],
    ]);
    await expectChainIntact(tw);
  });

  it("lets a listed Microsoft 365 member in without a code, and requires a purpose", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const member = { name: "sofie.janssens@ocmwgenk.example", source: "Microsoft 365-account" as const };
    expect(await startSession(tw.deps, { user: member, role: "maatschappelijk-werker", purpose: "  " })).toEqual({ ok: false, error: { code: "doel-ontbreekt" } });
    const ok = await startSession(tw.deps, { user: member, role: "maatschappelijk-werker", purpose: "cliëntstatus nakijken" });
    expect(ok.ok && ok.value.rol).toBe("maatschappelijk-werker");
  });
});

describe("importing debtors", () => {
  it("appends the rows as text with fresh Rij-IDs and one log row", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const result = await importDebtors(tw.deps, aSession("debiteurenteam"), { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET]), source: "debiteuren.csv" });
    expect(result).toEqual({ ok: true, value: { imported: 2, updated: 0, unchanged: 0 } });
    const table = await tw.deps.workbook.readDebtors();
    expect(table.ok && table.value.rows.map((r) => [r.record.rowId, r.record.dossiernummer, r.record.rijksregisternummer, r.record.status])).toEqual([
      ["R000001", "DOS-2021-000001", "85073003328", "nog niet vergeleken"],
      ["R000002", "DOS-2021-000002", "93051822361", "nog niet vergeleken"],
    ]);
    const log = await logOf(tw);
    expect(log.at(-1)).toMatchObject({ actie: "import", nieuweWaarde: "2 debiteur(en) uit debiteuren.csv (R000001–R000002)" });
    await expectChainIntact(tw);
  });

  it("previews the column mapping and the data-quality findings known before comparing, writing nothing", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const before = JSON.stringify(tw.host.snapshot());
    const headers = ["Dossiernr", "Voornaam", "Achternaam", "RRN", "Straat", "Huisnummer"];
    const otherNameSameNumber = { ...MEHMET, dossier: "DOS-2021-000009", rrn: ANNA.rrn };
    const preview = await previewDebtorImport(tw.deps, aSession("debiteurenteam"), { headers, rows: debtorRows([ANNA, otherNameSameNumber]), source: "x.csv" });
    expect(preview.ok && preview.value.mapping).toEqual([
      { kolom: "Dossiernr", gegeven: "Dossiernummer" },
      { kolom: "Voornaam", gegeven: "Voornaam" },
      { kolom: "Achternaam", gegeven: "Achternaam" },
      { kolom: "RRN", gegeven: "Rijksregisternummer" },
      { kolom: "Straat", gegeven: "Straat" },
      { kolom: "Huisnummer", gegeven: "Huisnummer" },
    ]);
    expect(preview.ok && preview.value.quality).toEqual([
      "Dossiers DOS-2021-000001 en DOS-2021-000009: hetzelfde rijksregisternummer bij verschillende namen. Controleer welk nummer juist is.",
    ]);
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });

  it("refuses extra columns, naming them, and changes nothing", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const before = JSON.stringify(tw.host.snapshot());
    const rows = debtorRows([ANNA]).map((r) => [...r, "125,00"]);
    const result = await importDebtors(tw.deps, aSession("debiteurenteam"), { headers: [...DEBTOR_LIST_HEADERS, "Bedrag"], rows, source: "x.csv" });
    expect(result).toEqual({ ok: false, error: { code: "extra-kolommen", columns: ["Bedrag"], list: "debiteuren" } });
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });

  it("refuses a file with only its header row, naming the file and saying what to do, and changes nothing", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    const before = JSON.stringify(tw.host.snapshot());
    const result = await importDebtors(tw.deps, aSession("debiteurenteam"), { headers: DEBTOR_LIST_HEADERS, rows: [], source: "alleen-kop.csv" });
    expect(result).toEqual({ ok: false, error: { code: "lege-lijst", list: "debiteuren", source: "alleen-kop.csv" } });
    expect(!result.ok && appProblemMessage(result.error)).toBe(
      "In ‘alleen-kop.csv’ staan geen debiteuren: er is alleen een koprij. Kies het bestand met de debiteuren en probeer opnieuw. Er werd niets geïmporteerd.",
    );
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });

  it("is blocked outside the protocol period", async () => {
    const tw = aWorkbook();
    await setUp(tw);
    tw.clock.set("2022-01-05T10:00:00+01:00");
    const result = await importDebtors(tw.deps, aSession("debiteurenteam"), { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA]), source: "x.csv" });
    expect(result).toEqual({ ok: false, error: { code: "buiten-periode", period: { code: "verlopen", dagenVoorbij: 5 } } });
  });
});
