// Issue 15 item 4: user text never sits in Veld (a field name only); it goes into the value columns, which closing
// pseudonymises. Names, national numbers and dossier numbers planted in every column the add-in fills with user text
// (refused grid input, file names of the debtor list and the client list, the purpose) are gone after Afsluiten.
import { closeProject } from "../../src/app/closeProject";
import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { verifyLog } from "../../src/app/verifyLog";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import { aConfig, aSession, aWorkbook, ANNA, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows, MEHMET } from "../support/fixtures";
import { startLogging } from "../support/gridLogging";
import { CLOSE_INPUT } from "./dpoSupport";

const team = aSession("debiteurenteam", { gebruiker: "medewerker@genk.example" });
const worker = aSession("maatschappelijk-werker", { gebruiker: "sociaal@ocmwgenk.example", doel: "Yusuf Cetin 64030264182 belde" });
const dpo = aSession("dpo", { gebruiker: "functionaris@genk.example", doel: "afsluiting project" });
/** Texts that identify a person: the debtors' and a planted third person's names, numbers and dossier numbers. */
const TERMS = ["Anna", "Peeters", "85073003328", "85.07.30-033.28", "DOS-2021-000001", "Mehmet", "93051822361", "Yusuf", "Cetin", "64030264182"];

describe("Afsluiten after user text in every column it can reach (issue 15, 4)", () => {
  it("keeps Veld to field names, and leaves no planted name, number or dossier anywhere in the Logboek", async () => {
    const tw = aWorkbook();
    await setUpWorkbook(tw.deps, team, { config: aConfig({ leden: [] }), roleCodes: {} });
    await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET]), source: "lijst Yusuf Cetin 64030264182.csv" });
    const clients = { kind: "bestand" as const, fileName: `clienten ${ANNA.voornaam} ${ANNA.achternaam} ${ANNA.rrn}.csv`, headers: CLIENT_LIST_HEADERS, rows: clientRows([ANNA]) };
    expect((await compare(tw.deps, team, clients)).ok).toBe(true);
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    const grid = await startLogging(tw, worker);
    tw.host.userEdit(SHEET.debtors, "G2", [["Anna Peeters 85.07.30-033.28 belde"]]); // no status: refused and put back
    await grid.settle();
    grid.grid.stop();

    const log = (await tw.deps.workbook.readLog()).slice(1);
    const planted = (text: string | undefined) => TERMS.some((t) => (text ?? "").includes(t));
    const inVeld = log.map((e) => e.veld).filter((veld) => planted(veld));
    expect(inVeld).toEqual([]);
    expect(log.some((e) => planted(e.oudeWaarde) || planted(e.nieuweWaarde) || planted(e.doel))).toBe(true); // planted where closing reaches

    tw.clock.set("2022-01-10T14:00:00+01:00");
    expect((await closeProject(tw.deps, dpo, CLOSE_INPUT)).ok).toBe(true);
    const rows = tw.host.model.values(SHEET.log, `A1:${String.fromCharCode(64 + LOG_HEADERS.length)}${log.length + 10}`);
    const left = rows.flatMap((row, r) => row.flatMap((cell, c) => (planted(String(cell ?? "")) ? [`${LOG_HEADERS[c]} rij ${r + 1}: ${String(cell)}`] : [])));
    expect(left).toEqual([]);
    expect((await verifyLog(tw.deps, dpo)).ok).toBe(true);
  });
});
