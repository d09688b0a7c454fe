import { closeProject } from "../../src/app/closeProject";
import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { appProblemMessage } from "../../src/app/problems";
import { sealLog } from "../../src/app/sealLog";
import { setStatus } from "../../src/app/setStatus";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { verifyLog } from "../../src/app/verifyLog";
import { SHEET } from "../../src/domain/layout";
import { formatNationalNumber, type NationalNumber } from "../../src/domain/nationalNumber";
import type { DebtorData } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import type { WorkbookSnapshot } from "@debiteurencheck/memory-excel";
import { generateDataset } from "../../src/synthetic/generateDataset";
import { aConfig, aSession, aWorkbook, CLIENT_LIST_HEADERS, DEBTOR_LIST_HEADERS, reopen, type TestWorkbook } from "../support/fixtures";
import { col, comparedWorkbook, dpo, logOf, rewriteLog, team, worker } from "./dpoSupport";
import { CLOSE_INPUT } from "./dpoSupport";

// Staff with names that no synthetic debtor can have, so any hit below is personal data left behind.
const staffTeam = aSession("debiteurenteam", { gebruiker: "medewerker.invordering@genk.example" });
const staffWorker = aSession("maatschappelijk-werker", { gebruiker: "sociale.dienst@ocmwgenk.example", doel: "beslissing invordering registreren" });
const staffDpo = aSession("dpo", { gebruiker: "functionaris@genk.example", doel: "afsluiting project" });

/** Every text that identified a person: names, numbers (raw, digits only, printed), dossier numbers, addresses. */
function personalTerms(people: readonly Pick<DebtorData, "voornaam" | "achternaam" | "rijksregisternummer" | "straat" | "huisnummer">[], dossiers: readonly string[]): string[] {
  const terms = new Set<string>(dossiers);
  for (const p of people) {
    const digits = p.rijksregisternummer.replace(/\D/g, "");
    for (const t of [p.voornaam, p.achternaam, p.rijksregisternummer, digits, `${p.straat} ${p.huisnummer}`]) terms.add(t.trim());
    if (digits.length === 11) terms.add(formatNationalNumber(digits as NationalNumber));
  }
  return [...terms].filter((t) => t.length > 0);
}

/** Every cell of every sheet (hidden and very hidden included), plus sheet and table names. */
function allTexts(snapshot: WorkbookSnapshot): { where: string; text: string }[] {
  const texts = snapshot.sheets.flatMap((s) => [
    { where: `blad ${s.name}`, text: s.name },
    ...s.cells.flatMap((c) => [c.value, c.formula].filter((v) => v !== undefined).map((v) => ({ where: `${s.name}!${c.address}`, text: String(v) }))),
  ]);
  return [...texts, ...snapshot.tables.map((t) => ({ where: `tabel ${t.name}`, text: t.name }))];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a term occurs as a whole word (case-insensitive): "Ali" in "Ali Yilmaz", not in "Evaluatie". */
function occurrences(snapshot: WorkbookSnapshot, terms: readonly string[]): string[] {
  const texts = allTexts(snapshot);
  return terms.flatMap((term) => {
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, "iu");
    return texts.filter((t) => word.test(t.text.normalize("NFC"))).map((t) => `${term} in ${t.where}`);
  });
}

/** A project with synthetic people: set up, imported, the client list pasted into its sheet, compared, decided on. */
async function projectWithPeople(): Promise<{ tw: TestWorkbook; terms: string[] }> {
  const tw = aWorkbook();
  const { debtors, clients } = generateDataset({ debtors: 40, clients: 15, seed: 2021 });
  await setUpWorkbook(tw.deps, staffTeam, { config: aConfig({ leden: [] }), roleCodes: {} });
  const rows = debtors.map((d) => [d.dossiernummer, d.voornaam, d.achternaam, d.rijksregisternummer, d.straat, d.huisnummer]);
  expect(await importDebtors(tw.deps, staffTeam, { headers: DEBTOR_LIST_HEADERS, rows, source: "debiteuren-mei.csv" })).toMatchObject({ ok: true });
  const clientCells = clients.map((c) => [c.voornaam, c.achternaam, c.rijksregisternummer, c.straat, c.huisnummer]);
  tw.host.userEdit(SHEET.clients, `A1:E${clients.length + 1}`, [CLIENT_LIST_HEADERS, ...clientCells]);
  expect(await compare(tw.deps, staffTeam, { kind: "blad" })).toMatchObject({ ok: true });

  tw.clock.set("2021-06-14T09:30:00+02:00");
  const table = await tw.deps.workbook.readDebtors();
  if (!table.ok) throw new Error(table.error.code);
  const withStatus = (s: string) => table.value.rows.filter((r) => r.record.status === s).map((r) => r.record.rowId);
  const [possible] = withStatus(STATUS.possibleMatch);
  const [firstClient] = withStatus(STATUS.client);
  expect(await setStatus(tw.deps, staffWorker, { rowId: possible, to: STATUS.client })).toMatchObject({ ok: true });
  expect(await setStatus(tw.deps, staffWorker, { rowId: firstClient, to: STATUS.continueCollection })).toMatchObject({ ok: true });
  tw.clock.set("2021-07-01T11:00:00+02:00");
  expect(await setStatus(tw.deps, staffWorker, { rowId: firstClient, to: STATUS.client })).toMatchObject({ ok: true });

  const terms = personalTerms([...debtors, ...clients], debtors.map((d) => d.dossiernummer));
  return { tw, terms };
}

describe("Afsluiten", () => {
  it("leaves no name, national number, dossier number or address in any cell of any sheet, hidden ones included", async () => {
    const { tw, terms } = await projectWithPeople();
    const before = occurrences(tw.host.snapshot(), terms);
    expect(before.some((o) => o.includes(`in ${SHEET.debtors}!`))).toBe(true);
    expect(before.some((o) => o.includes(`in ${SHEET.clients}!`))).toBe(true);
    expect(before.some((o) => o.includes(`in ${SHEET.log}!`))).toBe(true);
    expect(before.some((o) => o.includes(`in ${SHEET.state}!`))).toBe(false); // digests are hashes, not names

    tw.clock.set("2022-01-10T14:00:00+01:00");
    const closed = await closeProject(tw.deps, staffDpo, CLOSE_INPUT);
    expect(closed.ok).toBe(true);

    const after = tw.host.snapshot();
    expect(after.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"], [SHEET.debtors, "Visible"], [SHEET.log, "Visible"], [SHEET.state, "VeryHidden"], [SHEET.evaluation, "Visible"],
    ]);
    expect(occurrences(after, terms)).toEqual([]);
    expect((await verifyLog(tw.deps, staffDpo)).ok && "verified").toBe("verified");
  });

  it("afterwards: the log verifies in two segments, and a changed archived row is detected", async () => {
    const { tw } = await projectWithPeople();
    const closed = await closeProject(tw.deps, staffDpo, CLOSE_INPUT);
    if (!closed.ok) throw new Error(closed.error.code);
    const check = await verifyLog(tw.deps, staffDpo);
    expect(check.ok && check.value).toMatchObject({ intact: true, segments: 2, head: closed.value.head });

    rewriteLog(tw.host, (rows) => {
      rows[10][col("Oude waarde")] = STATUS.client;
      return rows;
    });
    const tampered = await verifyLog(tw.deps, staffDpo);
    expect(tampered.ok && tampered.value.breach).toMatchObject({ kind: "gewijzigd", nr: 11 });
  });

  it("writes the segment start and the close into the log, and finds a seal made just before closing", async () => {
    const { tw } = await projectWithPeople();
    const seal = await sealLog(tw.deps, staffDpo);
    if (!seal.ok) throw new Error(seal.error.code);
    const closed = await closeProject(tw.deps, staffDpo, CLOSE_INPUT);
    if (!closed.ok) throw new Error(closed.error.code);
    const log = await logOf(tw);
    const [segment, close, recorded] = log.slice(-3);
    const archived = closed.value.archivedRows;
    expect(closed.value.originalHead).toEqual({ nr: archived, hash: expect.any(String) });
    expect([segment.nr, segment.actie, segment.oudeWaarde, segment.nieuweWaarde]).toEqual([
      archived + 1, "nieuw ketensegment", `${archived}:${closed.value.originalHead.hash}`, `${archived}:${closed.value.archiveHead.hash}`,
    ]);
    expect([close.actie, close.veld, close.nieuweWaarde]).toEqual([
      "afsluiting", "project",
      `evaluatie in blad Evaluatie; 40 debiteurenrijen gewist; blad OCMW-cliënten verwijderd; Logboek Nr 1 t.e.m. ${archived} gepseudonimiseerd (sleutel vernietigd); ` +
        "vóór het einde van de protocolperiode (2021-12-31) afgesloten, reden: evaluatie vervroegd (test); lijsten voor de invordering niet geëxporteerd, reden: lijst niet meer nodig (test)",
    ]);
    expect([recorded.actie, recorded.veld]).toEqual(["configuratie vastgelegd", "configuratie"]);
    expect(closed.value.closeRecord).toBe(`DC-AFSLUITING ${segment.tijdstip} ${archived}:${closed.value.originalHead.hash} -> ${segment.nr}:${segment.hash}`);
    // The seal made just before closing: found with the close record, not checkable without it.
    const check = await verifyLog(tw.deps, staffDpo, { seal: seal.value.text, closeRecord: closed.value.closeRecord });
    expect(check.ok && [check.value.seal, check.value.closeRecord]).toEqual([{ head: `${seal.value.head.nr}:${seal.value.head.hash}`, outcome: "gevonden" }, true]);
    const withoutRecord = await verifyLog(tw.deps, staffDpo, { seal: seal.value.text });
    expect(withoutRecord.ok && withoutRecord.value.seal?.outcome).toBe("niet-controleerbaar");
    expect(withoutRecord.ok && withoutRecord.value.explanation).toContain("De zegel is ouder dan de afsluiting en kan niet worden nagegaan tegen de gepseudonimiseerde rijen.");
    // The DPO's own seal row stays readable in the archive; the dossier numbers do not.
    expect(log.find((e) => e.actie === "verzegeling")!.nieuweWaarde).toBe(`${seal.value.recorded.nr}:${seal.value.recorded.hash}`);
    expect(log.filter((e) => e.actie === "status gewijzigd").every((e) => /^pseudo:[0-9a-f]{16}$/.test(e.over))).toBe(true);
  });

  it("writes an Evaluatie with counts by status and by month only, keeps the Debiteuren headers, and locks it all", async () => {
    const { tw } = await projectWithPeople();
    const closed = await closeProject(tw.deps, staffDpo, CLOSE_INPUT);
    if (!closed.ok) throw new Error(closed.error.code);
    const e = closed.value.evaluation;
    expect(e.debtors).toBe(40);
    expect(Object.values(e.statusAtClose).reduce((a, b) => a + b, 0)).toBe(40);
    expect(e.statusChangesByMonth.map((m) => [m.month, m.counts[STATUS.client], m.counts[STATUS.continueCollection]])).toEqual([
      ["2021-05", e.statusChangesByMonth[0].counts[STATUS.client], 0],
      ["2021-06", 1, 1],
      ["2021-07", 1, 0],
    ]);
    const evaluation = tw.host.model.values(SHEET.evaluation, "A1:B3");
    expect(evaluation).toEqual([["Evaluatie – Protocol gegevensuitwisseling debiteuren Stad en OCMW Genk", ""], ["Protocolperiode", "2021-04-01 – 2021-12-31"], ["Afgesloten op", "2021-07-01"]]);
    expect(tw.host.model.values(SHEET.debtors, "A1:I3")).toEqual([
      ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer", "Status", "Match", "Rij-ID"],
      Array(9).fill(""),
      Array(9).fill(""),
    ]);
    const snapshot = tw.host.snapshot();
    expect(snapshot.tables.find((t) => t.name === "Debiteuren")?.address).toBe("A1:I2");
    expect(snapshot.structureProtection.protected).toBe(true);
    for (const name of [SHEET.debtors, SHEET.log, SHEET.state, SHEET.evaluation]) expect([name, snapshot.sheets.find((s) => s.name === name)!.protection.protected]).toEqual([name, true]);
    expect(tw.host.userEdit(SHEET.debtors, "B2", [["Iemand"]])).toEqual({ ok: false, reason: "beveiligd" });
    expect(tw.host.model.values(SHEET.state, "D2:E3")).toEqual([["", ""], ["", ""]]);
  });

  it("then refuses import, comparison and a second close: the project is closed", async () => {
    const tw = await comparedWorkbook();
    expect(await closeProject(tw.deps, dpo, CLOSE_INPUT)).toMatchObject({ ok: true });
    const closedOn = { code: "project-afgesloten" as const, closedOn: "2021-05-03" };
    expect(await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: [["DOS-9", "A", "B", "", "C", "1"]], source: "x.csv" })).toEqual({ ok: false, error: closedOn });
    expect(await compare(tw.deps, team, { kind: "bestand", fileName: "c.csv", headers: CLIENT_LIST_HEADERS, rows: [["A", "B", "", "C", "1"]] })).toEqual({ ok: false, error: closedOn });
    expect(await closeProject(tw.deps, dpo, CLOSE_INPUT)).toEqual({ ok: false, error: closedOn });
    expect(appProblemMessage(closedOn)).toMatch(/^Het project werd afgesloten op 2021-05-03: .* het Logboek controleren en exporteren kan wel\.$/);
    const state = await tw.deps.workbook.readState();
    expect(state.ok && state.value.config.gesloten).toBe("2021-05-03");
  });

  it("refuses a broken log: nothing is removed, the refusal is logged", async () => {
    const tw = await comparedWorkbook();
    rewriteLog(tw.host, (rows) => rows.filter((_, i) => i !== 2));
    const debtorsBefore = tw.host.model.values(SHEET.debtors, "A1:I5");
    const result = await closeProject(tw.deps, dpo, CLOSE_INPUT);
    expect(result).toMatchObject({ ok: false, error: { code: "logboek-gebroken", breakKind: "verwijderd", nr: 3 } });
    expect(tw.host.model.values(SHEET.debtors, "A1:I5")).toEqual(debtorsBefore);
    expect(tw.host.model.sheet(SHEET.evaluation)).toBeUndefined();
    const last = (await logOf(tw)).at(-1)!;
    expect([last.actie, last.nieuweWaarde]).toEqual(["geweigerd", "afsluiten geweigerd: Logboek niet intact (verwijderd bij Nr 3)"]);
  });

  it("keeps every sheet and the structure protected when a round trip fails at any point, and says so", async () => {
    const failures: string[] = [];
    for (let k = 1; k <= 10; k++) {
      const tw = reopen(await comparedWorkbook());
      tw.host.faults.failSync(k, "partial");
      const outcome = await closeProject(tw.deps, dpo, CLOSE_INPUT).then((r) => (r.ok ? "ok" : r.error.code), (e: Error) => e.message);
      tw.host.faults.clear();
      failures.push(outcome.split(":")[0]);
      const s = tw.host.snapshot();
      const unprotected = s.sheets.filter((x) => x.name !== "Sheet1" && x.name !== SHEET.clients && !x.protection.protected).map((x) => x.name);
      expect([k, s.structureProtection.protected, unprotected]).toEqual([k, true, []]);
      const check = await verifyLog(reopen(tw).deps, dpo);
      if (!check.ok) throw new Error(check.error.code);
      // A half-written close is never silent: the log breaks or the pending marker stays.
      if (!check.value.intact) expect(check.value.pending?.action).toBe("nieuw ketensegment");
    }
    expect(failures).toContain("Schrijven (1/1");
  });

  it("is the DPO's alone", async () => {
    const tw = await comparedWorkbook();
    expect(await closeProject(tw.deps, team, CLOSE_INPUT)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "debiteurenteam", action: "project-afsluiten" } });
    expect(await closeProject(tw.deps, worker, CLOSE_INPUT)).toMatchObject({ ok: false, error: { code: "rol-niet-toegestaan" } });
  });
});
