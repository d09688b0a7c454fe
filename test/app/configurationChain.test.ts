// Configuration in the chain (PRODUCT.md): every configuration write records the digest; a configuration edited behind
// the add-in's back, or a forged chain segment, makes the add-in read-only and is named by verification. Also the
// safeguards of Afsluiten and what the closed log keeps readable.
import { changeConfiguration } from "../../src/app/changeConfiguration";
import { closeChecks, closeProject } from "../../src/app/closeProject";
import { complianceReport } from "../../src/app/complianceReport";
import { sealLog } from "../../src/app/sealLog";
import { startSession } from "../../src/app/startSession";
import { exportHaltList } from "../../src/app/exportHaltList";
import { openWorkbook } from "../../src/app/openWorkbook";
import { appProblemMessage } from "../../src/app/problems";
import { verifyLog } from "../../src/app/verifyLog";
import { entryHash, formatHead, GENESIS_HASH } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { LOG_ACTION } from "../../src/domain/log";
import { isPseudonym } from "../../src/domain/pseudonymise";
import { STATE_CELL } from "../../src/excel/stateSheet";
import { aSession } from "../support/fixtures";
import { CLOSE_INPUT, comparedWorkbook, dpo, logOf, rewriteLog, asRows, setStoredHead, team } from "./dpoSupport";

const stateCell = (tw: Awaited<ReturnType<typeof comparedWorkbook>>, row: number) => tw.host.model.sheet(SHEET.state)!.ensure(row - 1, 1);

describe("configuration changes through changeConfiguration", () => {
  it("writes one row per edit and the digest, and the log still verifies", async () => {
    const tw = await comparedWorkbook();
    const state = await tw.deps.workbook.readState();
    if (!state.ok) throw new Error(state.error.code);
    const next = { ...state.value.config, einde: "2022-03-31" };
    await changeConfiguration(tw.deps, team, state.value, next, [{ field: "einde", before: state.value.config.einde, after: "2022-03-31" }], "verlengd door het college");
    const log = await logOf(tw);
    expect(log.slice(-2).map((e) => [e.actie, e.veld, e.oudeWaarde, e.nieuweWaarde.slice(0, 15)])).toEqual([
      ["configuratie gewijzigd", "einde", "2021-12-31", "2022-03-31 — re"],
      ["configuratie vastgelegd", "configuratie", "", "configuratie-v1"],
    ]);
    const check = await verifyLog(tw.deps, dpo);
    expect(check.ok && check.value.intact).toBe(true);
  });
});

describe("a configuration edited behind the add-in's back", () => {
  it.each([
    ["the end date", (c: Record<string, unknown>) => void (c.einde = "2099-12-31"), "protocolperiode"],
    ["a member added", (c: Record<string, unknown>) => void (c.leden as unknown[]).push({ email: "x@genk.example", rol: "dpo" }), "leden"],
    ["a role code replaced", (c: Record<string, unknown>) => void (c.rolcodes = { dpo: { algoritme: "PBKDF2-SHA256", iteraties: 1000, zout: "00".repeat(16), hash: "0".repeat(64) } }), "rolcodes"],
    ["the allowed fields", (c: Record<string, unknown>) => void (c.velden as { stadNaarOcmw: string[] }).stadNaarOcmw.push("Geboortedatum"), "toegelaten velden"],
    ["the closed flag set", (c: Record<string, unknown>) => void (c.gesloten = "2021-06-01"), "afgesloten-status"],
  ])("%s: verification names it and the task pane goes read-only", async (_name, change, part) => {
    const tw = await comparedWorkbook();
    const cell = stateCell(tw, STATE_CELL.config);
    const config = JSON.parse(String(cell.v)) as Record<string, unknown>;
    change(config);
    cell.v = JSON.stringify(config);

    const check = await verifyLog(tw.deps, dpo);
    expect(check.ok && [check.value.intact, check.value.breach?.kind]).toEqual([false, "configuratie-gewijzigd"]);
    expect(check.ok && check.value.breach?.detail).toContain(`vastlegde: ${part}.`);
    const opened = await openWorkbook(tw.deps, team);
    expect(opened.ok && [opened.value.logUsable, opened.value.problems[0]?.code]).toEqual([false, "logboek-gebroken"]);
    if (opened.ok) expect(appProblemMessage(opened.value.problems[0])).toMatch(/Debiteurencheck werkt daarom alleen-lezen\. .* verwittig de functionaris gegevensbescherming/);
  });

  it("a changed protection password: sealing, closing and the report are refused and nothing is written", async () => {
    const tw = await comparedWorkbook();
    stateCell(tw, STATE_CELL.password).v = "f".repeat(32);
    const before = (await logOf(tw)).length;
    const refused = { ok: false, error: expect.objectContaining({ code: "logboek-gebroken", breakKind: "configuratie-gewijzigd" }) };
    expect(await sealLog(tw.deps, dpo)).toEqual(refused);
    expect(await closeProject(tw.deps, dpo, CLOSE_INPUT)).toEqual(refused);
    expect(await complianceReport(tw.deps, dpo)).toEqual(refused);
    const check = await verifyLog(tw.deps, dpo);
    expect(check.ok && check.value.explanation).toMatch(/beveiligingswachtwoord\. .*Deze controle werd niet in het Logboek geschreven/);
    const started = await startSession(tw.deps, { user: { name: "dpo@genk.example", source: "Microsoft 365-account" }, role: "dpo", purpose: "controle logboek" });
    expect(started).toEqual(refused);
    if (!started.ok) expect(appProblemMessage(started.error)).toMatch(/: beveiligingswachtwoord\. .*Debiteurencheck werkt daarom alleen-lezen\./);
    expect((await logOf(tw)).length).toBe(before);
  });

  it("a forged chain segment makes the task pane read-only too", async () => {
    const tw = await comparedWorkbook();
    const log = await logOf(tw);
    const last = log[log.length - 1];
    const start = { ...last, nr: last.nr + 1, actie: LOG_ACTION.ketensegment, over: "—", veld: "Logboek", oudeWaarde: formatHead(last), nieuweWaarde: formatHead(last) };
    const forged = [...log, { ...start, hash: entryHash(start, GENESIS_HASH) }];
    rewriteLog(tw.host, () => asRows(forged));
    setStoredHead(tw.host, forged[forged.length - 1]);
    const opened = await openWorkbook(tw.deps, team);
    expect(opened.ok && [opened.value.logUsable, opened.value.problems[0]]).toEqual([false, expect.objectContaining({ breakKind: "afsluiting-onecht", nr: start.nr })]);
  });
});

describe("seal and close-record input", () => {
  it("a malformed seal gets a Dutch format message and nothing is logged", async () => {
    const tw = await comparedWorkbook();
    const before = (await logOf(tw)).length;
    const result = await verifyLog(tw.deps, dpo, { seal: `12:${"a".repeat(63)}` });
    expect(result).toEqual({ ok: false, error: { code: "ongeldige-zegel", detail: "De hash heeft 63 tekens, maar hoort er 64 te hebben. Kijk na of u ze volledig overnam." } });
    if (!result.ok) expect(appProblemMessage(result.error)).toBe("Deze zegel is niet goed overgenomen: De hash heeft 63 tekens, maar hoort er 64 te hebben. Kijk na of u ze volledig overnam. Er werd niets gecontroleerd.");
    expect((await logOf(tw)).length).toBe(before);
    expect(await verifyLog(tw.deps, dpo, { closeRecord: "DC-AFSLUITING x" })).toMatchObject({ ok: false, error: { code: "ongeldig-afsluitingsrecord" } });
  });

  it("a well-formed seal that is not on the chain is an incident", async () => {
    const tw = await comparedWorkbook();
    const result = await verifyLog(tw.deps, dpo, { seal: `3:${"a".repeat(64)}` });
    expect(result.ok && [result.value.intact, result.value.breach?.kind, result.value.seal?.outcome]).toEqual([false, "zegel-niet-gevonden", "niet-gevonden"]);
  });
});

describe("Afsluiten safeguards", () => {
  const closer = aSession("dpo", { doel: "afsluiting project" });

  it("requires the exact word, case-sensitive", async () => {
    const tw = await comparedWorkbook();
    for (const word of ["afsluiten", "Afsluiten", " AFSLUITEN"]) {
      expect(await closeProject(tw.deps, closer, { ...CLOSE_INPUT, confirmation: word })).toEqual({ ok: false, error: { code: "bevestiging-onjuist", word: "AFSLUITEN" } });
    }
  });

  it("asks a reason to close while the period runs, and to skip the halt list unless it was exported", async () => {
    const tw = await comparedWorkbook();
    expect(await closeChecks(tw.deps)).toEqual({ ok: true, value: { period: { code: "lopend", dagenTotEinde: 242 }, end: "2021-12-31", haltListExported: false } });
    expect(await closeProject(tw.deps, closer, { confirmation: "AFSLUITEN" })).toEqual({ ok: false, error: { code: "reden-vroegtijdig-afsluiten", end: "2021-12-31" } });
    expect(await closeProject(tw.deps, closer, { confirmation: "AFSLUITEN", earlyReason: "vervroegd" })).toEqual({ ok: false, error: { code: "lijst-niet-geexporteerd" } });
    expect(await exportHaltList(tw.deps, team)).toMatchObject({ ok: true });
    expect(await closeChecks(tw.deps)).toMatchObject({ ok: true, value: { haltListExported: true } });
    expect(await closeProject(tw.deps, closer, { confirmation: "AFSLUITEN", earlyReason: "vervroegd" })).toMatchObject({ ok: true });
  });

  it("keeps actions, fields, exports and sheet names readable in the archive; dossiers become pseudonyms", async () => {
    const tw = await comparedWorkbook();
    expect(await exportHaltList(tw.deps, team)).toMatchObject({ ok: true });
    tw.clock.set("2022-01-10T14:00:00+01:00");
    const closed = await closeProject(tw.deps, closer, { confirmation: "AFSLUITEN" });
    if (!closed.ok) throw new Error(closed.error.code);
    const archive = (await logOf(tw)).slice(0, closed.value.archivedRows);
    const exported = archive.find((e) => e.actie === LOG_ACTION.export)!;
    expect([exported.veld, exported.nieuweWaarde]).toEqual(["lijsten voor de invordering", expect.stringMatching(/^\d+ stopzetten, \d+ voortzetten, \d+ nog niet vergeleken \(.+\.csv\)$/)]);
    expect(archive.find((e) => e.actie === LOG_ACTION.vergelijking)!.nieuweWaarde).toMatch(/^4 debiteuren, 2 cliënten;/);
    expect(archive.filter((e) => e.actie === LOG_ACTION.statusGewijzigd).every((e) => isPseudonym(e.over))).toBe(true);
    expect(archive.every((e) => e.gebruiker === team.gebruiker || e.gebruiker === closer.gebruiker)).toBe(true); // staff stay named (docs/dpo.md)
  });

  it("after the close, a Debiteuren row it cannot read (a number format showing other text) still counts as personal data left", async () => {
    const tw = await comparedWorkbook();
    expect(await exportHaltList(tw.deps, team)).toMatchObject({ ok: true });
    tw.clock.set("2022-01-10T14:00:00+01:00");
    const closed = await closeProject(tw.deps, closer, { confirmation: "AFSLUITEN" });
    if (!closed.ok) throw new Error(closed.error.code);
    const debtors = tw.host.model.sheet(SHEET.debtors)!;
    Object.assign(debtors.ensure(1, 1), { v: "Anna", nf: ';;;""' }); // a name kept after the close, shown as nothing
    const check = await verifyLog(tw.deps, dpo);
    expect(check.ok && [check.value.intact, check.value.breach?.kind]).toEqual([false, "afsluiting-onecht"]);
  });
});
