// Grid edits logged from onChanged through the Office.js adapter on the in-memory host: single cells with Excel's
// details, pastes and row changes diffed against the shadow copy, refusals undone, co-author and own writes not logged twice.
import { compare } from "../../src/app/compare";
import { deleteClientSheet } from "../../src/app/deleteClientSheet";
import { setStatus } from "../../src/app/setStatus";
import { LOG_ACTION } from "../../src/domain/log";
import { SHEET } from "../../src/domain/layout";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { ALL_SETS, ANNA, CLIENT_LIST_HEADERS, clientRows, FATIMA, LUCA, MEHMET, type TestWorkbook } from "../support/fixtures";
import { expectExplainedAndIntact, logOf, people, preparedWorkbook, startLogging, statusesById, team, worker } from "../support/gridLogging";

const fromFile = (list: Parameters<typeof clientRows>[0]) => ({ kind: "bestand" as const, fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows(list) });
const cell = (tw: TestWorkbook, address: string) => tw.host.model.values(SHEET.debtors, address)[0][0];
const added = async (tw: TestWorkbook, from: number) => (await logOf(tw)).slice(from).map((e) => [e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde, e.bron]);

/** Four debtors compared against a client list with Anna (client) and Fatima (possible match). */
async function comparedWorkbook(requirementSets = ALL_SETS): Promise<TestWorkbook> {
  const tw = await preparedWorkbook([ANNA, MEHMET, LUCA, FATIMA], { requirementSets });
  await compare(tw.deps, team, fromFile([ANNA, { ...FATIMA, rrn: "" }]));
  return tw;
}

describe("grid edits by the debtor team", () => {
  it("logs a street typed in one cell with before and after, keyed by Rij-ID, source raster", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    expect(tw.host.userEdit(SHEET.debtors, "E3", [["Nieuwe Hasseltweg"]])).toEqual({ ok: true });
    await h.settle();
    // A corrected address re-opens the automatic result (geen cliënt): back to be compared, logged with its reason.
    expect(await added(tw, from)).toEqual([
      ["rasterwijziging", "DOS-2021-000002 [R000002]", "Straat", "Hasseltweg", "Nieuwe Hasseltweg", "raster"],
      ["status gewijzigd", "DOS-2021-000002 [R000002]", "Status (gegevens gewijzigd; opnieuw te vergelijken)", STATUS.noClient, STATUS.notCompared, "raster"],
    ]);
    expect([cell(tw, "G3"), cell(tw, "H3")]).toEqual([STATUS.notCompared, "gegevens gewijzigd – opnieuw te vergelijken"]);
    expect((await logOf(tw)).at(-1)).toMatchObject({ gebruiker: team.gebruiker, rol: "Debiteurenteam", doel: team.doel });
    await expectExplainedAndIntact(tw);
  });

  it("logs a paste of 50 rows × 2 columns as 100 changed cells, each with its own before and after", async () => {
    const fifty = people(50);
    const tw = await preparedWorkbook(fifty);
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    const block = fifty.map((_, i) => [`Plein ${i + 1}`, `${i + 1} bus A`]);
    expect(tw.host.userEdit(SHEET.debtors, "E2:F51", block)).toEqual({ ok: true });
    await h.settle();
    const rows = await added(tw, from);
    expect(rows).toHaveLength(100);
    expect(rows).toEqual(
      fifty.flatMap((p, i) => {
        const over = `${p.dossier} [R${String(i + 1).padStart(6, "0")}]`;
        return [
          ["rasterwijziging", over, "Straat", `Straat ${i + 1}`, `Plein ${i + 1}`, "raster"],
          ["rasterwijziging", over, "Huisnummer", `${i + 1}`, `${i + 1} bus A`, "raster"],
        ];
      }),
    );
    expect(h.reports.map((r) => [r.accepted, r.refused.length])).toEqual([[100, 0]]);
    // The digests follow, so the next open finds nothing done outside the add-in.
    const digests = await tw.deps.workbook.readDigests();
    expect(digests.size).toBe(50);
    await expectExplainedAndIntact(tw);
  });

  it("refuses a status typed by the debtor team (protection set for a co-authoring social worker): undone and logged as geweigerd", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    expect(tw.host.userEdit(SHEET.debtors, "G2", [[STATUS.continueCollection]])).toEqual({ ok: true });
    await h.settle();
    expect(cell(tw, "G2")).toBe(STATUS.client);
    expect(await added(tw, from)).toEqual([
      ["geweigerd", "DOS-2021-000001 [R000001]", "Status (Debiteurenteam mag ‘cliënt OCMW’ niet in ‘invorderingsprocedure voortzetten’ wijzigen; teruggezet)", STATUS.client, STATUS.continueCollection, "raster"],
    ]);
    expect(h.reports[0].refused).toEqual([
      {
        about: "DOS-2021-000001 [R000001]",
        field: expect.stringMatching(/^Status/),
        reason: "Debiteurenteam mag ‘cliënt OCMW’ niet in ‘invorderingsprocedure voortzetten’ wijzigen",
        message: "Dossier DOS-2021-000001: Debiteurenteam mag ‘cliënt OCMW’ niet in ‘invorderingsprocedure voortzetten’ wijzigen; de cel staat weer op ‘cliënt OCMW’.",
      },
    ]);
    await expectExplainedAndIntact(tw);
  });

  it("adds a row pasted below the table: logs its cells, gives it a Rij-ID and the first status", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "A6:F6", [["DOS-2021-000005", "Nora", "Claes", "90020199712", "Kerkstraat", "1"]]);
    await h.settle();
    expect(tw.host.model.values(SHEET.debtors, "G6:I6")).toEqual([[STATUS.notCompared, "", "R000005"]]);
    const over = "DOS-2021-000005 [R000005]";
    expect(await added(tw, from)).toEqual([
      ["rasterwijziging", over, "Dossiernummer", "", "DOS-2021-000005", "raster"],
      ["rasterwijziging", over, "Voornaam", "", "Nora", "raster"],
      ["rasterwijziging", over, "Achternaam", "", "Claes", "raster"],
      ["rasterwijziging", over, "Rijksregisternummer", "", "90020199712", "raster"],
      ["rasterwijziging", over, "Straat", "", "Kerkstraat", "raster"],
      ["rasterwijziging", over, "Huisnummer", "", "1", "raster"],
      ["rij-ID toegekend", "—", "Rij-ID", "", "1 nieuwe rij(en) in het raster: R000005", "raster"],
    ]);
    await expectExplainedAndIntact(tw);
  });

  it("logs a sort as nothing: rows are followed by their Rij-ID, not their position", async () => {
    const tw = await comparedWorkbook();
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    const rows = tw.host.model.values(SHEET.debtors, "A2:I5");
    tw.host.userEdit(SHEET.debtors, "A2:I5", [...rows].reverse());
    await h.settle();
    expect(await added(tw, from)).toEqual([]);
  });
});

describe("grid edits by a social worker", () => {
  it("logs a possible match confirmed in the Status cell, and writes who decided in Match", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const h = await startLogging(tw, worker);
    const from = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "G5", [[STATUS.client]]);
    await h.settle();
    expect(await added(tw, from)).toEqual([["rasterwijziging", "DOS-2021-000004 [R000004]", "Status", STATUS.possibleMatch, STATUS.client, "raster"]]);
    expect(cell(tw, "H5")).toMatch(/^bevestigd door maatschappelijk werker/);
    await expectExplainedAndIntact(tw);
  });

  it("refuses a transition the protocol does not know, and a text that is no status", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const h = await startLogging(tw, worker);
    const from = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "G3", [[STATUS.continueCollection]]);
    tw.host.userEdit(SHEET.debtors, "G2", [["misschien"]]);
    await h.settle();
    expect([cell(tw, "G3"), cell(tw, "G2")]).toEqual([STATUS.noClient, STATUS.client]);
    expect((await added(tw, from)).map(([actie, over, veld]) => [actie, over, veld])).toEqual([
      ["geweigerd", "DOS-2021-000002 [R000002]", "Status (van ‘geen cliënt’ naar ‘invorderingsprocedure voortzetten’ is geen toegelaten overgang; teruggezet)"],
      ["geweigerd", "DOS-2021-000001 [R000001]", "Status (geen geldige status; teruggezet)"],
    ]);
    await expectExplainedAndIntact(tw);
  });

  it("accepts a status typed in other capitals, accents or dashes, writes it as the add-in spells it, and says plainly what it refused", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const h = await startLogging(tw, worker);
    const from = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "G2", [["Invorderingsprocedure-Voortzetten "]]);
    await h.settle();
    tw.host.userEdit(SHEET.debtors, "G2", [["betaald"]]);
    await h.settle();
    expect(cell(tw, "G2")).toBe(STATUS.continueCollection);
    expect((await added(tw, from)).map(([actie, , veld, oud, nieuw]) => [actie, veld, oud, nieuw])).toEqual([
      ["rasterwijziging", "Status", STATUS.client, STATUS.continueCollection],
      ["geweigerd", "Status (geen geldige status; teruggezet)", STATUS.continueCollection, "betaald"],
    ]);
    expect(h.reports.flatMap((r) => r.refused.map((x) => x.message))).toEqual([
      "Dossier DOS-2021-000001: ‘betaald’ is geen geldige status; de cel staat weer op ‘invorderingsprocedure voortzetten’.",
    ]);
    await expectExplainedAndIntact(tw);
  });

  it("refuses debtor data edited where protection did not stop it (sheet left unprotected), and a row deletion", async () => {
    const tw = await comparedWorkbook();
    await unprotectDebtors(tw);
    const luca = tw.host.model.values(SHEET.debtors, "A4:I4")[0];
    const h = await startLogging(tw, worker);
    const from = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "E2:E3", [["X"], ["Y"]]);
    tw.host.userDeleteRows(SHEET.debtors, 3, 1); // Luca, R000003
    await h.settle();
    expect(tw.host.model.values(SHEET.debtors, "E2:E3")).toEqual([["Stalenstraat"], ["Hasseltweg"]]);
    expect(tw.host.model.values(SHEET.debtors, "A5:I5")).toEqual([luca]);
    expect(luca.slice(0, 3)).toEqual(["DOS-2021-000003", "Luca", "Rossi"]);
    expect((await added(tw, from)).map(([actie, over, veld]) => [actie, over, veld])).toEqual([
      ["geweigerd", "DOS-2021-000001 [R000001]", "Straat (alleen het debiteurenteam wijzigt debiteurgegevens; teruggezet)"],
      ["geweigerd", "DOS-2021-000002 [R000002]", "Straat (alleen het debiteurenteam wijzigt debiteurgegevens; teruggezet)"],
      ["geweigerd", "DOS-2021-000003 [R000003]", "rij verwijderd (alleen het debiteurenteam verwijdert debiteuren; teruggezet op rij 5)"],
    ]);
    expect(await statusesById(tw)).toMatchObject({ R000003: STATUS.noClient });
    await expectExplainedAndIntact(tw);
  });
});

describe("what is not logged twice", () => {
  it("leaves a co-author's edits to their own add-in, also when a later paste covers the same rows", async () => {
    const tw = await comparedWorkbook();
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    tw.host.remoteEdit(SHEET.debtors, "E2", [["Remote 1"]]);
    tw.host.remoteEdit(SHEET.debtors, "E3:E4", [["Remote 2"], ["Remote 3"]]);
    await h.settle();
    expect(await added(tw, from)).toEqual([]);
    tw.host.userEdit(SHEET.debtors, "E2:F4", [["Remote 1", "12"], ["Remote 2", "5"], ["Remote 3", "9"]]);
    await h.settle();
    expect(await added(tw, from)).toEqual([
      ["rasterwijziging", "DOS-2021-000003 [R000003]", "Huisnummer", "8", "9", "raster"],
      ["status gewijzigd", "DOS-2021-000003 [R000003]", "Status (gegevens gewijzigd; opnieuw te vergelijken)", STATUS.noClient, STATUS.notCompared, "raster"],
    ]);
  });

  it.each([
    ["with triggerSource (ExcelApi 1.14)", ALL_SETS],
    ["without triggerSource (ExcelApi 1.13): the shadow foresees the add-in's writes", { ...ALL_SETS, ExcelApi: "1.13" }],
  ])("logs the add-in's own status change once, %s", async (_name, sets) => {
    const tw = await comparedWorkbook(sets);
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const h = await startLogging(tw, worker);
    const from = (await logOf(tw)).length;
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).toMatchObject({ ok: true });
    await h.settle();
    tw.host.userEdit(SHEET.debtors, "G2:G5", tw.host.model.values(SHEET.debtors, "G2:G5")); // a paste over the column that changes nothing
    tw.host.userEdit(SHEET.debtors, "G5", [[STATUS.client]]);
    await h.settle();
    expect((await added(tw, from)).map(([actie, over, veld, oud, nieuw]) => [actie, over, veld, oud, nieuw])).toEqual([
      ["status gewijzigd", "DOS-2021-000001 [R000001]", "Status", STATUS.client, STATUS.continueCollection],
      ["rasterwijziging", "DOS-2021-000004 [R000004]", "Status", STATUS.possibleMatch, STATUS.client],
    ]);
    await expectExplainedAndIntact(tw);
  });

  it("logs nothing while nobody has started a session: the next open finds those edits", async () => {
    const tw = await comparedWorkbook();
    const h = await startLogging(tw, undefined);
    const from = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "E2", [["Elders"]]);
    await h.settle();
    expect(await added(tw, from)).toEqual([]);
  });
});

describe("sheets", () => {
  it("logs the add-in's own deletion of the client sheet once", async () => {
    const tw = await comparedWorkbook();
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    expect(await deleteClientSheet(tw.deps, team)).toEqual({ ok: true, value: undefined });
    await h.settle();
    expect(await added(tw, from)).toEqual([[LOG_ACTION.bladVerwijderd, "—", "blad", SHEET.clients, "verwijderd na vergelijking", "taakvenster"]]);
  });

  it("logs the client sheet deleted in the grid", async () => {
    const tw = await comparedWorkbook();
    const h = await startLogging(tw, team);
    const from = (await logOf(tw)).length;
    await unprotectStructure(tw);
    expect(tw.host.userDeleteSheet(SHEET.clients)).toEqual({ ok: true });
    await h.settle();
    expect(await added(tw, from)).toEqual([[LOG_ACTION.bladVerwijderd, "—", "blad", SHEET.clients, "verwijderd in het raster", "raster"]]);
    expect(h.problems).toEqual([]);
  });

  it("reports the Logboek deleted in the grid loudly", async () => {
    const tw = await comparedWorkbook();
    const h = await startLogging(tw, team);
    await unprotectStructure(tw);
    expect(tw.host.userDeleteSheet(SHEET.log)).toEqual({ ok: true });
    await h.settle();
    expect(h.problems).toEqual([{ code: "logboek-verwijderd" }]);
  });
});

async function password(tw: TestWorkbook): Promise<string> {
  return String(tw.host.model.values(SHEET.state, "B6")[0][0]);
}

async function unprotectDebtors(tw: TestWorkbook): Promise<void> {
  const pw = await password(tw);
  await tw.host.run(async (ctx) => void ctx.workbook.worksheets.getItem(SHEET.debtors).protection.unprotect(pw));
}

/** Structure protection is on only when the add-in deleted a sheet before; take it off as someone holding the password would. */
async function unprotectStructure(tw: TestWorkbook): Promise<void> {
  const pw = await password(tw);
  await tw.host.run(async (ctx) => void ctx.workbook.protection.unprotect(pw));
}
