// The task pane's services for the DPO's tools, opening the workbook, grid logging and the Zelftest, over the in-memory
// Excel host: what the components get back, the progress they show, and the log rows each step leaves.
import { CLOSE_INPUT } from "../app/dpoSupport";
import { LOG_ACTION } from "../../src/domain/log";
import { SHEET } from "../../src/domain/layout";
import type { Session } from "../../src/app/deps";
import { startGridLogging } from "../../src/excel-events/gridEvents";
import type { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { runExcelSelfTest, CONTRACT_CHECKS } from "../../src/excel/selfTest";
import { checkHeadline, closeSummary } from "../../src/taskpane/dpoViewModel";
import { createGridWatcher, type GridNotice } from "../../src/taskpane/gridWatcher";
import { CLOSE_STEPS, createServices, downloadType, passProgress, type Progress, type ServiceOptions, type TaskpaneServices } from "../../src/taskpane/useCases";
import { col, comparedWorkbook, dpo, logOf, rewriteLog, team } from "../app/dpoSupport";
import { reopen, type TestWorkbook } from "../support/fixtures";
import { editOutside } from "../support/gridLogging";

const HEAD = /^\d+:[0-9a-f]{64}$/;

function servicesOver(tw: TestWorkbook, extra: Partial<ServiceOptions> = {}): TaskpaneServices {
  return createServices(tw.deps, { identity: { signedInUser: async () => undefined }, names: { recall: () => "", remember: () => undefined }, download: () => undefined, ...extra });
}

async function aDpoWorkbook(): Promise<{ tw: TestWorkbook; services: TaskpaneServices }> {
  const tw = await comparedWorkbook();
  return { tw, services: servicesOver(tw) };
}

const actions = async (tw: TestWorkbook, from: number) => (await logOf(tw)).slice(from).map((e) => e.actie);

describe("the DPO's services", () => {
  it("verify the log with a progress report and log the check", async () => {
    const { tw, services } = await aDpoWorkbook();
    const before = (await logOf(tw)).length;
    const steps: Progress[] = [];
    const check = await services.verifyLog(dpo, { onProgress: (p) => steps.push(p) });
    expect(check.ok && [check.value.intact, check.value.count, check.value.head?.nr]).toEqual([true, before, before]);
    expect(steps).toEqual([{ stap: "Het Logboek wordt gecontroleerd…", fraction: 1 }]);
    expect(await actions(tw, before)).toEqual([LOG_ACTION.controle]);
  });

  it("seal the log; a later check against that seal finds it", async () => {
    const { tw, services } = await aDpoWorkbook();
    const seal = await services.sealLog(dpo);
    if (!seal.ok) throw new Error(seal.error.code);
    const [prefix, , head] = seal.value.text.split(" ");
    expect([prefix, HEAD.test(head), Number(head.split(":")[0])]).toEqual(["DC-ZEGEL", true, (await logOf(tw)).length]);
    const check = await services.verifyLog(dpo, { seal: `  ${seal.value.text}  ` });
    expect(check.ok && checkHeadline(check.value).title).toBe("Logboek intact en de zegel klopt");
  });

  it("report a changed row as the first break, with its kind", async () => {
    const { tw, services } = await aDpoWorkbook();
    rewriteLog(tw.host, (rows) => rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === col("Nieuwe waarde") ? "vervalst" : v)) : r)));
    const check = await services.verifyLog(dpo, {});
    expect(check.ok && checkHeadline(check.value).title).toBe("Logboek NIET intact — eerste breuk bij Nr 3: rij gewijzigd");
    expect(await services.sealLog(dpo)).toMatchObject({ ok: false, error: { code: "logboek-gebroken", nr: 3 } });
  });

  it("export the log as CSV and JSON lines, named by date, one export row logged", async () => {
    const { tw, services } = await aDpoWorkbook();
    const before = (await logOf(tw)).length;
    const exported = await services.exportLog(dpo);
    if (!exported.ok) throw new Error(exported.error.code);
    expect(exported.value.fileNames).toEqual({ csv: "logboek-2021-05-03.csv", jsonl: "logboek-2021-05-03.jsonl" });
    expect([exported.value.count, exported.value.jsonl.trim().split("\n").length]).toEqual([before, before]);
    expect(exported.value.csv.startsWith('\uFEFF"Nr";"Tijdstip";"Gebruiker";')).toBe(true);
    expect(await actions(tw, before)).toEqual([LOG_ACTION.export]);
  });

  it("draw up the compliance report as one page of text", async () => {
    const { services } = await aDpoWorkbook();
    const report = await services.complianceReport(dpo);
    expect(report.ok && report.value.text.split("\n").slice(0, 1)).toEqual(["NALEVINGSRAPPORT DEBITEURENCHECK"]);
    expect(report.ok && report.value.debtors?.count).toBe(4);
  });

  it("close the project with progress through its three passes; afterwards the log still verifies", async () => {
    const { tw, services } = await aDpoWorkbook();
    const steps: Progress[] = [];
    const closed = await services.closeProject(dpo, CLOSE_INPUT, (p) => steps.push(p));
    if (!closed.ok) throw new Error(closed.error.code);
    expect(steps).toEqual([
      { stap: CLOSE_STEPS[0], fraction: 1 / 3 },
      { stap: CLOSE_STEPS[1], fraction: 2 / 3 },
      { stap: CLOSE_STEPS[2], fraction: 1 },
      { stap: "Klaar", fraction: 1 },
    ]);
    expect(closeSummary(closed.value)[1]).toBe("4 debiteurenrijen gewist in het blad ‘Debiteuren’; alleen de kolomkoppen blijven.");
    expect(tw.host.model.sheets.map((s) => s.name)).toContain(SHEET.evaluation);
    const check = await services.verifyLog(dpo, {});
    expect(check.ok && [check.value.intact, check.value.segments]).toEqual([true, 2]);
    expect(await services.closeProject(dpo, CLOSE_INPUT)).toEqual({ ok: false, error: { code: "project-afgesloten", closedOn: "2021-05-03" } });
  });

  it("are the DPO's only", async () => {
    const { services } = await aDpoWorkbook();
    expect(await services.sealLog(team)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "debiteurenteam", action: "logboek-verzegelen" } });
    expect(await services.closeProject(team, CLOSE_INPUT)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "debiteurenteam", action: "project-afsluiten" } });
  });
});

describe("opening the workbook and grid logging", () => {
  it("opening counts and logs the edits made while the add-in was not running", async () => {
    const { tw } = await aDpoWorkbook();
    editOutside(tw, "E3", "Andere straat");
    const opened = await servicesOver(reopen(tw)).openWorkbook(team);
    expect(opened).toEqual({ ok: true, value: { outsideChanges: 1, repairs: [], problems: [], logUsable: true } });
    // The changed address re-opens that row's comparison, logged right after the finding.
    expect((await logOf(tw)).slice(-2).map((e) => e.actie)).toEqual([LOG_ACTION.wijzigingBuitenAddin, LOG_ACTION.statusGewijzigd]);
  });

  it("logs grid edits under whoever is in session, tells the task pane, and logs nothing once the session ended", async () => {
    const tw = await comparedWorkbook();
    const notices: GridNotice[] = [];
    let starts = 0;
    const grid = createGridWatcher((hooks) => {
      starts++;
      return startGridLogging({ deps: tw.deps as TestWorkbook["deps"] & { workbook: ExcelWorkbook }, run: tw.host.run.bind(tw.host), requirements: tw.host.officeShim().context.requirements, ...hooks });
    });
    const services = servicesOver(tw, { grid });
    services.onGridNotice((n) => notices.push(n));
    const session: Session = { ...team, doel: "debiteuren voorbereiden voor dwangbevel" };
    await services.sessionChanged(session);
    await services.sessionChanged(session);
    expect(starts).toBe(1);
    expect(await services.startEditMode(session)).toEqual({ ok: true, value: undefined }); // locked at rest until then

    expect(tw.host.userEdit(SHEET.debtors, "E2", [["Nieuwstraat"]])).toEqual({ ok: true });
    await tw.host.whenIdle();
    expect(notices).toEqual([{ kind: "bewerkingen", accepted: 1, refused: [] }]);
    // The edit, then its consequence: the compared row goes back to be compared.
    const [edited, reopened] = (await logOf(tw)).slice(-2);
    expect([edited.actie, edited.gebruiker, edited.doel, edited.nieuweWaarde]).toEqual([LOG_ACTION.rasterwijziging, team.gebruiker, session.doel, "Nieuwstraat"]);
    expect([reopened.actie, reopened.gebruiker, reopened.nieuweWaarde]).toEqual([LOG_ACTION.statusGewijzigd, team.gebruiker, "nog niet vergeleken"]);

    await services.sessionChanged(undefined);
    const count = (await logOf(tw)).length;
    tw.host.userEdit(SHEET.debtors, "E2", [["Oudstraat"]]);
    await tw.host.whenIdle();
    expect((await logOf(tw)).length).toBe(count);
  });

  it("shows the Zelftest to a role that may run it, and only where the host offers one", async () => {
    const tw = await comparedWorkbook();
    const withSelfTest = servicesOver(tw, { selfTest: () => Promise.reject(new Error("not run here")) });
    expect([servicesOver(tw).roleView(dpo).selfTest, withSelfTest.roleView(dpo).selfTest, withSelfTest.roleView(team).selfTest]).toEqual([false, true, true]);
    expect(withSelfTest.roleView({ ...dpo, rol: "maatschappelijk-werker" }).selfTest).toBe(false);
  });

  it("runs the Zelftest where the host offers one, and logs its outcome", async () => {
    const tw = await comparedWorkbook();
    const office = tw.host.officeShim();
    expect(servicesOver(tw).selfTestAvailable()).toBe(false);
    const services = servicesOver(tw, { selfTest: () => runExcelSelfTest({ run: tw.host.run.bind(tw.host), requirements: office.context.requirements, diagnostics: { version: "16.0.1" }, eventTimeoutMs: 1000 }) });
    expect(services.selfTestAvailable()).toBe(true);
    const report = await services.selfTest(dpo);
    expect(report.ok && [report.value.excel, report.value.passed, report.value.checks.length]).toEqual(["Excel 16.0.1", true, CONTRACT_CHECKS.length]);
    expect((await logOf(tw)).at(-1)?.actie).toBe(LOG_ACTION.zelftest);
  });
});

describe("helpers", () => {
  it("name each download's media type by its extension", () => {
    expect(["a.csv", "a.jsonl", "nalevingsrapport.txt", "x"].map(downloadType)).toEqual([
      "text/csv;charset=utf-8",
      "application/x-ndjson;charset=utf-8",
      "text/plain;charset=utf-8",
      "text/plain;charset=utf-8",
    ]);
  });

  it("move a progress bar through passes that each count from zero again", async () => {
    const seen: Progress[] = [];
    const progress = passProgress(["een", "twee"], (p) => seen.push(p));
    await progress(1000, 2000);
    await progress(2000, 2000);
    await progress(1000, 2000);
    await progress(2000, 2000);
    expect(seen).toEqual([
      { stap: "een", fraction: 0.25 },
      { stap: "een", fraction: 0.5 },
      { stap: "twee", fraction: 0.75 },
      { stap: "twee", fraction: 1 },
    ]);
  });
});
