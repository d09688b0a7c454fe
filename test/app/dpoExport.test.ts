import { commit, draft } from "../../src/app/commit";
import { complianceReport } from "../../src/app/complianceReport";
import { exportLog } from "../../src/app/exportLog";
import { verifyChain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import type { AuditRecord } from "../../src/domain/auditExport";
import type { LogEntry } from "../../src/domain/log";
import { webCrypto } from "../../src/platform/webCrypto";
import { STATUS } from "../../src/domain/status";
import { comparedWorkbook, dpo, logOf, team } from "./dpoSupport";

describe("Exporteer logboek", () => {
  it("gives CSV for Belgian Excel: BOM, `;`, CRLF, the log's columns, one line per row", async () => {
    const tw = await comparedWorkbook();
    const entries = await logOf(tw);
    const result = await exportLog(tw.deps, { ...dpo, doel: "controle logboek" });
    if (!result.ok) throw new Error(result.error.code);
    const { csv, fileNames, count } = result.value;
    expect(fileNames).toEqual({ csv: "logboek-2021-05-03.csv", jsonl: "logboek-2021-05-03.jsonl" });
    expect(count).toBe(entries.length);
    expect(csv.startsWith('\uFEFF"Nr";"Tijdstip";"Gebruiker";"Rol";"Actie";"Over";"Veld";"Oude waarde";"Nieuwe waarde";"Doel";"Bron";"Identiteit";"Referentie";"Hash"\r\n')).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(entries.length + 2); // header, rows, and the empty string after the final CRLF
    expect(lines[2]).toBe(`"2";"2021-05-03T10:00:00+02:00";"an.peeters@genk.example";"Debiteurenteam";"configuratie gewijzigd";"—";"leden";"";"3 leden";"vergelijking uitvoeren";"taakvenster";"Microsoft 365-account";"00000000-0000-4000-8000-000000000002";"${entries[1].hash}"`);
  });

  it("makes formula-like cells inert in the CSV", async () => {
    const tw = await comparedWorkbook();
    const state = await tw.deps.workbook.readState();
    if (!state.ok) throw new Error(state.error.code);
    const sly = { ...team, gebruiker: "=HYPERLINK(\"http://x\";\"klik\")" };
    await commit(tw.deps, sly, state.value, [draft(sly, { actie: "toegang", veld: "rol", nieuweWaarde: "Debiteurenteam" })], {});
    const result = await exportLog(tw.deps, dpo);
    expect(result.ok && result.value.csv).toContain(`;"'=HYPERLINK(""http://x"";""klik"")";`);
  });

  it("gives JSON lines in audit-register terms, complete enough to re-verify the chain", async () => {
    const tw = await comparedWorkbook();
    const entries = await logOf(tw);
    const result = await exportLog(tw.deps, dpo);
    if (!result.ok) throw new Error(result.error.code);
    const records = result.value.jsonl.trimEnd().split("\n").map((line) => JSON.parse(line) as AuditRecord);
    expect(records).toHaveLength(entries.length);
    expect(Object.keys(records[5])).toEqual(["wat", "wie", "waarom", "wanneer", "over", "oud", "nieuw", "bron", "nr", "referentie", "hash"]);
    expect(records[5]).toEqual({
      wat: { actie: "status gewijzigd", veld: "Status" },
      wie: { gebruiker: "an.peeters@genk.example", identiteit: "Microsoft 365-account", rol: "Debiteurenteam" },
      waarom: "vergelijking uitvoeren",
      wanneer: "2021-05-03T10:00:00+02:00",
      over: "DOS-2021-000001 [R000001]",
      oud: STATUS.notCompared,
      nieuw: STATUS.client,
      bron: "taakvenster",
      nr: 6,
      referentie: "00000000-0000-4000-8000-000000000006",
      hash: entries[5].hash,
    });
    const back: LogEntry[] = records.map((r) => ({
      nr: r.nr, referentie: r.referentie, tijdstip: r.wanneer, gebruiker: r.wie.gebruiker, identiteit: r.wie.identiteit as LogEntry["identiteit"],
      rol: r.wie.rol, actie: r.wat.actie, over: r.over, veld: r.wat.veld, oudeWaarde: r.oud, nieuweWaarde: r.nieuw, doel: r.waarom,
      bron: r.bron as LogEntry["bron"], hash: r.hash,
    }));
    expect(await verifyChain(back, webCrypto)).toMatchObject({ ok: true, count: entries.length });
  });

  it("logs the export, and only the DPO may export", async () => {
    const tw = await comparedWorkbook();
    const n = (await logOf(tw)).length;
    await exportLog(tw.deps, dpo);
    const row = (await logOf(tw)).at(-1)!;
    expect([row.actie, row.veld, row.nieuweWaarde]).toEqual(["export", "Logboek", `${n} rij(en) als CSV en JSON lines (logboek-2021-05-03.csv, logboek-2021-05-03.jsonl)`]);
    expect(await exportLog(tw.deps, team)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "debiteurenteam", action: "logboek-exporteren" } });
  });
});

describe("Nalevingsrapport", () => {
  it("covers period, fields, statuses, invalid numbers, outside edits and the log check", async () => {
    const tw = await comparedWorkbook();
    const state = await tw.deps.workbook.readState();
    if (!state.ok) throw new Error(state.error.code);
    const outside = { ...team, bron: "buiten add-in vastgesteld" as const };
    await commit(tw.deps, outside, state.value, [draft(outside, { actie: "wijziging buiten add-in", over: "DOS-2021-000003 [R000003]", veld: "Straat" })], {});

    const result = await complianceReport(tw.deps, dpo);
    if (!result.ok) throw new Error(result.error.code);
    const r = result.value;
    const { clauses: teksten, ...protocol } = r.protocol;
    expect(protocol).toEqual({ name: "Protocol gegevensuitwisseling debiteuren Stad en OCMW Genk", start: "2021-04-01", end: "2021-12-31", period: { code: "lopend", dagenTotEinde: 242 } });
    expect(teksten.map((t) => [t.clause, t.lines.length])).toEqual([["1°", 2], ["2°", 2], ["5°", 3], ["10°", 2], ["11°", 5]]);
    expect(r.text).toContain("   1° Verwerkingsverantwoordelijken:\n     - Stad Genk, Stadsplein 1, 3600 Genk\n     - OCMW Genk, Welzijnscampus 11, 3600 Genk\n");
    expect(r.text).toContain("   10° Oorspronkelijke doeleinden van de gegevens:\n     - 10a. De gegevens van de stad (3a) werden oorspronkelijk verzameld ten behoeve van belasting- of retributiereglementen");
    expect(r.text).toContain("   11° Verenigbaarheid van de doeleinden (artikel 6.4 AVG):\n     - 11.1. Koppeling tussen de doeleinden:");
    expect(r.fields).toEqual({
      allowed: ["Voornaam", "Achternaam", "Rijksregisternummer", "Adres (straat en huisnummer)", "Dossiernummer"],
      inUse: ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"],
      outsideProtocol: [],
    });
    expect(r.debtors).toEqual({
      count: 4,
      byStatus: { [STATUS.notCompared]: 0, [STATUS.noClient]: 2, [STATUS.client]: 1, [STATUS.possibleMatch]: 1, [STATUS.continueCollection]: 0 },
      invalidNumbers: 1,
      missingNumbers: 0,
    });
    expect(r.outsideChanges).toBe(1);
    expect(r.logCheck.intact).toBe(true);
    expect(r.text).toContain("   Ongeldig: 1; ontbrekend: 0 (nooit automatisch gekoppeld).\n");
    expect(r.text).toContain("   cliënt OCMW: 1\n");
    expect(r.text).toContain("   Buiten het protocol: geen.\n");
    expect(r.text).toContain("6. Controle van het Logboek\n   Het Logboek is intact:");
    const row = (await logOf(tw)).at(-1)!;
    expect([row.actie, row.veld, row.nieuweWaarde]).toEqual(["export", "nalevingsrapport", "Logboek intact; 4 debiteuren; 1 wijziging(en) buiten add-in"]);
  });

  it("names columns beyond the protocol when the debtor sheet has them", async () => {
    const tw = await comparedWorkbook();
    tw.host.model.sheet(SHEET.debtors)!.ensure(0, 9).v = "Telefoon";
    tw.host.model.sheet(SHEET.debtors)!.ensure(1, 9).v = "089 00 00 00";
    const result = await complianceReport(tw.deps, dpo);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.fields.outsideProtocol).toEqual(["Telefoon"]);
    expect(result.value.debtors).toBeUndefined();
    expect(result.value.text).toContain("   Buiten het protocol: Telefoon — te verwijderen.\n");
  });
});
