// Every open logged before a purpose is stated, and locked at rest: the debtor team's data columns open only in edit mode.
import { endEditMode, startEditMode } from "../../src/app/editMode";
import { logOpening, openingsWithoutPurpose, NO_PURPOSE_YET } from "../../src/app/logOpening";
import { complianceReport } from "../../src/app/complianceReport";
import { startSession } from "../../src/app/startSession";
import { LOG_ACTION } from "../../src/domain/log";
import { SHEET } from "../../src/domain/layout";
import { aSession, type TestWorkbook } from "../support/fixtures";
import { people, preparedWorkbook, team } from "../support/gridLogging";

const member = { name: "an.peeters@genk.example", source: "Microsoft 365-account" as const };
const lastActions = async (tw: TestWorkbook, n: number) => (await tw.deps.workbook.readLog()).slice(-n).map((e) => [e.actie, e.gebruiker, e.identiteit, e.doel, e.nieuweWaarde]);
/** Typing a name in the grid: allowed only where the cell is unlocked. */
const canType = (tw: TestWorkbook, address: string) => tw.host.userEdit(SHEET.debtors, address, [["Test"]]).ok;

describe("every open is logged", () => {
  it("logs the opening before the start flow asks for a purpose, then the access with its purpose", async () => {
    const tw = await preparedWorkbook(people(2));
    await logOpening(tw.deps, member);
    const started = await startSession(tw.deps, { user: member, role: "debiteurenteam", purpose: "vergelijking uitvoeren" });
    expect(started.ok).toBe(true);
    expect(await lastActions(tw, 2)).toEqual([
      [LOG_ACTION.werkmapGeopend, member.name, "Microsoft 365-account", NO_PURPOSE_YET, "geopend; add-in gestart met de werkmap"],
      [LOG_ACTION.toegang, member.name, "Microsoft 365-account", "vergelijking uitvoeren", "Debiteurenteam"],
    ]);
    expect(openingsWithoutPurpose(await tw.deps.workbook.readLog())).toEqual([]);
  });

  it("without a Microsoft 365 identity the user is 'onbekend'; an opening without a purpose stays visible, also in the DPO's report", async () => {
    const tw = await preparedWorkbook(people(2));
    const opening = await logOpening(tw.deps, undefined);
    expect(opening.ok && opening.value && [opening.value.gebruiker, opening.value.identiteit]).toEqual(["onbekend", ""]);
    await logOpening(tw.deps, member);
    const dpo = await startSession(tw.deps, { user: { name: "dpo@genk.example", source: "Microsoft 365-account" }, role: "dpo", purpose: "controle logboek" });
    if (!dpo.ok) throw new Error(dpo.error.code);
    const without = openingsWithoutPurpose(await tw.deps.workbook.readLog());
    expect(without.map((e) => e.gebruiker)).toEqual(["onbekend"]);
    const report = await complianceReport(tw.deps, dpo.value);
    expect(report.ok && report.value.openingsWithoutPurpose).toBe(1);
    expect(report.ok && report.value.text).toContain("Openingen zonder opgegeven doel: 1 (actie ‘werkmap geopend’ zonder volgende ‘toegang’).");
  });
});

describe("locked at rest", () => {
  it("the debtor team types in its data columns only in edit mode; ending it locks them again, and both are logged", async () => {
    const tw = await preparedWorkbook(people(2));
    await tw.deps.workbook.protectFor("debiteurenteam", "rust");
    expect([canType(tw, "B2"), canType(tw, "G2")]).toEqual([false, false]);
    expect(await startEditMode(tw.deps, team)).toEqual({ ok: true, value: undefined });
    expect([canType(tw, "B2"), canType(tw, "G2")]).toEqual([true, false]);
    expect(await endEditMode(tw.deps, team, "inactiviteit")).toEqual({ ok: true, value: undefined });
    expect(canType(tw, "B3")).toBe(false);
    expect((await tw.deps.workbook.readLog()).slice(-2).map((e) => [e.actie, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      [LOG_ACTION.bewerken, "", "ontgrendeld"],
      [LOG_ACTION.bewerken, "ontgrendeld", "vergrendeld (inactiviteit)"],
    ]);
  });

  it("a write in edit mode keeps the mode; the next open after an abrupt end locks everything; other roles have no edit mode", async () => {
    const tw = await preparedWorkbook(people(2));
    await startEditMode(tw.deps, team);
    await logOpening(tw.deps, member); // an add-in write while editing (here: the next open, after the pane was closed abruptly)
    expect([canType(tw, "B2"), canType(tw, "C2"), canType(tw, "G2")]).toEqual([false, false, false]);
    expect(await startEditMode(tw.deps, aSession("maatschappelijk-werker"))).toMatchObject({ ok: false, error: { code: "rol-niet-toegestaan" } });
  });

  it("co-authors never receive another role's columns: at rest a co-author can type nowhere in the sheet", async () => {
    const tw = await preparedWorkbook(people(2));
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "rust");
    expect(["A2", "B2", "G2", "H2", "I2"].map((a) => tw.host.remoteEdit(SHEET.debtors, a, [["x"]]).ok)).toEqual([false, false, false, false, false]);
  });
});
