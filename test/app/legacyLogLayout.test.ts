// Workbooks in the field have a Logboek in the column order of earlier versions (Nr, Referentie, Tijdstip, …, Hash).
// They must still verify, be appended to in their own order (never rearranged), and pass the header check; any other
// header row is a changed header (koprij).
import { closeProject } from "../../src/app/closeProject";
import { startSession } from "../../src/app/startSession";
import { verifyLog } from "../../src/app/verifyLog";
import { SHEET } from "../../src/domain/layout";
import { entryToRow, LEGACY_LOG_HEADERS, LOG_HEADERS } from "../../src/domain/log";
import { reopen, type TestWorkbook } from "../support/fixtures";
import { CLOSE_INPUT, comparedWorkbook, dpo, logOf, logRows, toLegacyLayout } from "./dpoSupport";

const header = (tw: TestWorkbook) => tw.host.model.values(SHEET.log, "A1:N1")[0];
const member = { name: "an.peeters@genk.example", source: "Microsoft 365-account" as const };

async function verified(tw: TestWorkbook) {
  const result = await verifyLog(tw.deps, dpo);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe("a Logboek in an earlier version's column order", () => {
  it("verifies, and new rows are appended in its own order", async () => {
    const old = await comparedWorkbook();
    await toLegacyLayout(old);
    const tw = reopen(old); // an add-in that has not seen this workbook yet
    expect(await startSession(tw.deps, { user: member, role: "debiteurenteam", purpose: "vergelijking uitvoeren" })).toMatchObject({ ok: true });
    expect(await verified(tw)).toMatchObject({ intact: true });

    expect(header(tw)).toEqual([...LEGACY_LOG_HEADERS]);
    const entries = await logOf(tw);
    const stored = logRows(tw.host);
    expect(entries.map((e) => e.actie).slice(-2)).toEqual(["toegang", "controle"]);
    expect(stored.slice(-2)).toEqual(entries.slice(-2).map((e) => entryToRow(e, LEGACY_LOG_HEADERS)));
  });

  it("stays in its order through a close (the archive rewrites every row)", async () => {
    const tw = await comparedWorkbook();
    await toLegacyLayout(tw);
    expect(await closeProject(reopen(tw).deps, dpo, CLOSE_INPUT)).toMatchObject({ ok: true });
    expect(header(tw)).toEqual([...LEGACY_LOG_HEADERS]);
    expect(await verified(reopen(tw))).toMatchObject({ intact: true, segments: 2 });
  });
});

describe("the header row check (koprij)", () => {
  it("accepts the current order and the earlier one", async () => {
    const current = await comparedWorkbook();
    expect(header(current)).toEqual([...LOG_HEADERS]);
    expect(await verified(reopen(current))).toMatchObject({ intact: true });
    const old = await comparedWorkbook();
    await toLegacyLayout(old);
    expect(await verified(reopen(old))).toMatchObject({ intact: true });
  });

  it.each([
    ["Rol and Gebruiker swapped in the header row", ["Gebruiker", "Rol"], ["Rol", "Gebruiker"], "C1", "Rol", "Gebruiker"],
    ["a renamed column", ["Over"], ["Dossier"], "F1", "Dossier", "Over"],
  ])("refuses %s", async (_name, from, to, cell, found, expected) => {
    const tw = await comparedWorkbook();
    const sheet = tw.host.model.sheet(SHEET.log)!;
    from.forEach((name, i) => void (sheet.ensure(0, LOG_HEADERS.indexOf(name as (typeof LOG_HEADERS)[number])).v = to[i]));
    const check = await verified(reopen(tw));
    expect(check.breach).toMatchObject({ kind: "koprij", nr: 0 });
    expect(check.breach?.detail).toBe(
      `In de koprij van het Logboek staat in cel ${cell} "${found}" in plaats van "${expected}": de kolommen kunnen verwisseld of hernoemd zijn, zodat een waarde onder een verkeerde kop getoond wordt.`,
    );
  });

  it("refuses the earlier order with two columns swapped", async () => {
    const tw = await comparedWorkbook();
    await toLegacyLayout(tw);
    const sheet = tw.host.model.sheet(SHEET.log)!;
    [sheet.ensure(0, 1).v, sheet.ensure(0, 2).v] = ["Tijdstip", "Referentie"];
    const check = await verified(reopen(tw));
    expect(check.breach).toMatchObject({ kind: "koprij" });
    expect(check.breach?.detail).toMatch(/^In de koprij van het Logboek staat in cel B1 "Tijdstip" in plaats van "Referentie"/);
  });
});
