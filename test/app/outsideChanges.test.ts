// Opening a workbook: edits made while the add-in was not running are found by their digests and logged; a deleted,
// renamed or tampered log is reported loudly and never written to; a row the log disagrees with (dossier, status, a claimed decision) is compared again.
import { compare } from "../../src/app/compare";
import { OUTSIDE_REASON } from "../../src/app/detectOutsideChanges";
import { openWorkbook } from "../../src/app/openWorkbook";
import { appProblemMessage } from "../../src/app/problems";
import { SHEET } from "../../src/domain/layout";
import { rowDigest } from "../../src/domain/rowDigest";
import { STATUS } from "../../src/domain/status";
import { ANNA, CLIENT_LIST_HEADERS, clientRows, FATIMA, LUCA, MEHMET, reopen, type TestWorkbook } from "../support/fixtures";
import { editOutside, expectExplainedAndIntact, logOf, preparedWorkbook, team } from "../support/gridLogging";

const fromFile = (list: Parameters<typeof clientRows>[0]) => ({ kind: "bestand" as const, fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows(list) });
const rowsOf = async (tw: TestWorkbook, from: number) => (await logOf(tw)).slice(from).map((e) => [e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde, e.bron]);
const OUT = "buiten add-in vastgesteld";

async function comparedWorkbook(): Promise<TestWorkbook> {
  const tw = await preparedWorkbook([ANNA, MEHMET, LUCA, FATIMA]);
  await compare(tw.deps, team, fromFile([ANNA, { ...FATIMA, rrn: "" }]));
  return tw;
}

async function password(tw: TestWorkbook): Promise<string> {
  return String(tw.host.model.values(SHEET.state, "B6")[0][0]);
}

describe("edits made while the add-in was not running", () => {
  it("are found on the next open, logged as such, counted for the banner, and not found again", async () => {
    const tw = await comparedWorkbook();
    const from = (await logOf(tw)).length;
    // Someone opens the file without the add-in, removes the protection (its password is in the file) and edits.
    editOutside(tw, "G3", STATUS.client); // Mehmet: status only
    editOutside(tw, "E4", "Andere straat"); // Luca: data only
    editOutside(tw, "G5", STATUS.noClient); // Fatima: status …
    editOutside(tw, "B5", "Fatma"); // … and data
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken"); // a row typed in edit mode, then the add-in stopped
    expect(tw.host.userEdit(SHEET.debtors, "A6:F6", [["DOS-2021-000005", "Nora", "Claes", "90020199712", "Kerkstraat", "1"]])).toEqual({ ok: true });

    const opened = reopen(tw);
    expect(await openWorkbook(opened.deps, team)).toEqual({ ok: true, value: { outsideChanges: 4, repairs: [], problems: [], logUsable: true } });
    expect(await rowsOf(opened, from)).toEqual([
      ["wijziging buiten add-in", "DOS-2021-000002 [R000002]", "Status", STATUS.noClient, STATUS.client, OUT],
      // A status the log did not give the row is never kept (the log is the authority): compared again.
      ["status gewijzigd", "DOS-2021-000002 [R000002]", `Status (${OUTSIDE_REASON})`, STATUS.client, STATUS.notCompared, OUT],
      ["wijziging buiten add-in", "DOS-2021-000003 [R000003]", "persoonsgegevens", "", "persoonsgegevens gewijzigd", OUT],
      // Corrected data re-opens the comparison: Luca's automatic result goes back to be compared …
      ["status gewijzigd", "DOS-2021-000003 [R000003]", "Status (gegevens gewijzigd; opnieuw te vergelijken)", STATUS.noClient, STATUS.notCompared, OUT],
      // … and Fatima's status and data: both named, and the row compared again too.
      ["wijziging buiten add-in", "DOS-2021-000004 [R000004]", "Status", STATUS.possibleMatch, STATUS.noClient, OUT],
      ["wijziging buiten add-in", "DOS-2021-000004 [R000004]", "persoonsgegevens", "", "persoonsgegevens gewijzigd", OUT],
      ["status gewijzigd", "DOS-2021-000004 [R000004]", `Status (${OUTSIDE_REASON})`, STATUS.noClient, STATUS.notCompared, OUT],
      ["wijziging buiten add-in", "DOS-2021-000005 [R000005]", "rij toegevoegd", "", "DOS-2021-000005; Nora; Claes; 90020199712; Kerkstraat 1", OUT],
      ["rij-ID toegekend", "—", "Rij-ID", "", "1 rij(en) zonder (eigen) Rij-ID: R000005…", OUT],
    ]);
    expect((await logOf(opened)).at(-1)).toMatchObject({ gebruiker: team.gebruiker, rol: "Debiteurenteam" });
    expect(tw.host.model.values(SHEET.debtors, "I6")).toEqual([["R000005"]]);
    // The digests are the new baseline.
    const table = await opened.deps.workbook.readDebtors();
    const digests = await opened.deps.workbook.readDigests();
    expect(table.ok && table.value.rows.every((r) => digests.get(r.record.rowId) === rowDigest(r.record))).toBe(true);
    expect(digests.size).toBe(5);
    await expectExplainedAndIntact(opened);

    const count = (await logOf(tw)).length;
    expect(await openWorkbook(reopen(tw).deps, team)).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [], logUsable: true } });
    expect((await logOf(tw)).length).toBe(count);
  });

  it("logs a row deleted outside the add-in under the dossier number the log knew it by", async () => {
    const tw = await comparedWorkbook();
    const pw = await password(tw);
    await tw.host.run(async (ctx) => void ctx.workbook.worksheets.getItem(SHEET.debtors).protection.unprotect(pw));
    expect(tw.host.userDeleteRows(SHEET.debtors, 2, 1)).toEqual({ ok: true }); // Mehmet
    const from = (await logOf(tw)).length;
    const opened = reopen(tw);
    const report = await openWorkbook(opened.deps, team);
    expect(report.ok && report.value.outsideChanges).toBe(1);
    expect(await rowsOf(opened, from)).toEqual([["wijziging buiten add-in", "DOS-2021-000002 [R000002]", "rij verwijderd", "", "", OUT]]);
    expect([...(await opened.deps.workbook.readDigests()).keys()]).toEqual(["R000001", "R000003", "R000004"]);
  });
});

describe("the log's own sheets", () => {
  it("reports a deleted Logboek loudly on open, and writes nothing", async () => {
    const tw = await comparedWorkbook();
    const pw = await password(tw);
    await tw.host.run(async (ctx) => void ctx.workbook.protection.unprotect(pw));
    expect(tw.host.userDeleteSheet(SHEET.log)).toEqual({ ok: true });
    const before = JSON.stringify(tw.host.snapshot());
    const report = await openWorkbook(reopen(tw).deps, team);
    expect(report).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [{ code: "logboek-verwijderd" }], logUsable: false } });
    expect(appProblemMessage({ code: "logboek-verwijderd" })).toMatch(/^Het blad ‘Logboek’ werd verwijderd\. .*geen nieuw Logboek/);
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });

  it("reports a renamed Logboek with its new name", async () => {
    const tw = await comparedWorkbook();
    const pw = await password(tw);
    await tw.host.run(async (ctx) => void ctx.workbook.protection.unprotect(pw));
    expect(tw.host.userRenameSheet(SHEET.log, "Oud logboek")).toEqual({ ok: true });
    const report = await openWorkbook(reopen(tw).deps, team);
    expect(report.ok && report.value.problems).toEqual([{ code: "blad-hernoemd", sheet: SHEET.log, newName: "Oud logboek" }]);
  });

  it("reports a renamed Debiteuren sheet, logs that it was found so, and looks for outside edits only once it is back", async () => {
    const tw = await comparedWorkbook();
    const pw = await password(tw);
    await tw.host.run(async (ctx) => void ctx.workbook.protection.unprotect(pw));
    expect(tw.host.userRenameSheet(SHEET.debtors, "Schuldenaars")).toEqual({ ok: true });
    const from = (await logOf(tw)).length;
    const report = await openWorkbook(reopen(tw).deps, team);
    expect(report).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [{ code: "blad-hernoemd", sheet: SHEET.debtors, newName: "Schuldenaars" }], logUsable: true } });
    expect(await rowsOf(tw, from)).toEqual([["blad verwijderd", "—", "blad", SHEET.debtors, "hernoemd naar Schuldenaars (vastgesteld bij openen)", "taakvenster"]]);
  });

  it("reports a tampered log with its first break and never rebuilds it", async () => {
    const tw = await comparedWorkbook();
    tw.host.model.sheet(SHEET.log)!.ensure(3, 10).v = "geen cliënt"; // Nr 3's Nieuwe waarde, changed by hand
    const before = JSON.stringify(tw.host.snapshot());
    const report = await openWorkbook(reopen(tw).deps, team);
    expect(report.ok && report.value).toMatchObject({ logUsable: false, problems: [{ code: "logboek-gebroken", breakKind: "gewijzigd", nr: 3 }] });
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });

  it("reports the last log rows cut off (the state sheet's head is further)", async () => {
    const tw = await comparedWorkbook();
    const log = tw.host.model.sheet(SHEET.log)!;
    const last = (await logOf(tw)).length;
    for (let c = 0; c < 14; c++) log.ensure(last, c).v = null as unknown as string;
    const report = await openWorkbook(reopen(tw).deps, team);
    expect(report.ok && report.value.problems).toEqual([expect.objectContaining({ code: "logboek-gebroken", breakKind: "afgekapt", nr: last })]);
  });
});

describe("the log is the authority for each Rij-ID (dossier, last status, decision)", () => {
  /** As someone holding the file can: every row digest in the state sheet recomputed for the sheet as it now is. */
  async function forgeDigests(tw: TestWorkbook): Promise<void> {
    const table = await tw.deps.workbook.readDebtors();
    if (!table.ok) throw new Error("unreadable");
    const digestOf = new Map(table.value.rows.map((r) => [r.record.rowId as string, rowDigest(r.record)]));
    const state = tw.host.model.sheet(SHEET.state)!;
    const ids = tw.host.model.values(SHEET.state, "D1:D40");
    ids.forEach(([id], r) => {
      if (digestOf.has(String(id))) state.ensure(r, 4).v = digestOf.get(String(id))!;
    });
  }
  const sheetRow = (tw: TestWorkbook, row: number) => tw.host.model.values(SHEET.debtors, `A${row}:I${row}`)[0];

  it("F6: a status set without the add-in (digest recomputed) is logged as such and the row is compared again", async () => {
    const tw = await comparedWorkbook();
    expect(sheetRow(tw, 2).slice(6)).toEqual([STATUS.client, "rijksregisternummer", "R000001"]);
    editOutside(tw, "G2", STATUS.continueCollection);
    editOutside(tw, "H2", "teruggezet door maatschappelijk werker (andere persoon)");
    await forgeDigests(tw);
    const from = (await logOf(tw)).length;
    const opened = reopen(tw);
    expect(await openWorkbook(opened.deps, team)).toEqual({ ok: true, value: { outsideChanges: 1, repairs: [], problems: [], logUsable: true } });
    expect(await rowsOf(tw, from)).toEqual([
      ["wijziging buiten add-in", "DOS-2021-000001 [R000001]", "Status", STATUS.client, STATUS.continueCollection, OUT],
      ["wijziging buiten add-in", "DOS-2021-000001 [R000001]", "Match", "geen beslissing van de maatschappelijk werker", "teruggezet door maatschappelijk werker (andere persoon)", OUT],
      ["status gewijzigd", "DOS-2021-000001 [R000001]", `Status (${OUTSIDE_REASON})`, STATUS.continueCollection, STATUS.notCompared, OUT],
    ]);
    // Never the forged halt-lifting result: back to be compared (collection waits).
    expect(sheetRow(tw, 2).slice(6)).toEqual([STATUS.notCompared, `${OUTSIDE_REASON} (Status, Match anders dan in het Logboek)`, "R000001"]);
    await expectExplainedAndIntact(opened);
    const count = (await logOf(tw)).length;
    expect(await openWorkbook(reopen(tw).deps, team)).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [], logUsable: true } });
    expect((await logOf(tw)).length).toBe(count);
  });

  it("F1: Status, Match and Rij-ID swapped between a client and another row are named by dossier and both compared again", async () => {
    const tw = await comparedWorkbook();
    const anna = sheetRow(tw, 2).slice(6);
    const mehmet = sheetRow(tw, 3).slice(6);
    expect([anna, mehmet]).toEqual([
      [STATUS.client, "rijksregisternummer", "R000001"],
      [STATUS.noClient, "geen overeenkomst", "R000002"],
    ]);
    ["G", "H", "I"].forEach((col, i) => {
      editOutside(tw, `${col}2`, String(mehmet[i]));
      editOutside(tw, `${col}3`, String(anna[i]));
    });
    editOutside(tw, "H2", "afgewezen door maatschappelijk werker (gevonden op rijksregisternummer)");
    await forgeDigests(tw);
    const from = (await logOf(tw)).length;
    expect(await openWorkbook(reopen(tw).deps, team)).toEqual({ ok: true, value: { outsideChanges: 2, repairs: [], problems: [], logUsable: true } });
    expect(await rowsOf(tw, from)).toEqual([
      ["wijziging buiten add-in", "DOS-2021-000001 [R000002]", "Dossiernummer", "DOS-2021-000002", "DOS-2021-000001", OUT],
      ["wijziging buiten add-in", "DOS-2021-000001 [R000002]", "Match", "geen beslissing van de maatschappelijk werker", "afgewezen door maatschappelijk werker (gevonden op rijksregisternummer)", OUT],
      ["status gewijzigd", "DOS-2021-000001 [R000002]", `Status (${OUTSIDE_REASON})`, STATUS.noClient, STATUS.notCompared, OUT],
      ["wijziging buiten add-in", "DOS-2021-000002 [R000001]", "Dossiernummer", "DOS-2021-000001", "DOS-2021-000002", OUT],
      ["status gewijzigd", "DOS-2021-000002 [R000001]", `Status (${OUTSIDE_REASON})`, STATUS.client, STATUS.notCompared, OUT],
    ]);
    expect(sheetRow(tw, 2).slice(6)).toEqual([STATUS.notCompared, `${OUTSIDE_REASON} (Dossiernummer, Match anders dan in het Logboek)`, "R000002"]);
    expect(sheetRow(tw, 3).slice(6)).toEqual([STATUS.notCompared, `${OUTSIDE_REASON} (Dossiernummer anders dan in het Logboek)`, "R000001"]);
    // Compared again, Anna is a client once more.
    await compare(tw.deps, team, fromFile([ANNA, { ...FATIMA, rrn: "" }]));
    expect(sheetRow(tw, 2).slice(6, 7)).toEqual([STATUS.client]);
  });
});
