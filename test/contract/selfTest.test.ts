// The Zelftest's contract checks (src/excel/selfTest.ts) run here against the in-memory host, exactly as the task pane
// runs them against real Excel: what passes here is what the in-memory host assumes; the Zelftest confirms it on site.
import { runSelfTest } from "../../src/app/selfTest";
import { LOG_ACTION } from "../../src/domain/log";
import { SHEET } from "../../src/domain/layout";
import { CONTRACT_CHECKS, runExcelSelfTest, SCRATCH_SHEET, type SelfTestEnvironment } from "../../src/excel/selfTest";
import { createMemoryExcel, type MemoryExcel } from "@debiteurencheck/memory-excel";
import { ALL_SETS, aSession, aWorkbook, hostMode } from "../support/fixtures";
import { logOf, preparedWorkbook } from "../support/gridLogging";

function environment(host: MemoryExcel): SelfTestEnvironment {
  const office = host.officeShim();
  return { run: host.run.bind(host), requirements: office.context.requirements, diagnostics: office.context.diagnostics, eventTimeoutMs: 1000 };
}

const OFFICE_ONLY = ["automatisch-openen", "opstartgedrag"];

const sheetNames = (host: MemoryExcel) => host.model.sheets.map((s) => s.name);

describe.each(CONTRACT_CHECKS.map((c) => [c.id, c.name] as const))("contract %s", (id, name) => {
  it(`holds on the in-memory host: ${name}`, async () => {
    const host = createMemoryExcel({ requirementSets: ALL_SETS, ...hostMode() });
    const report = await runExcelSelfTest(environment(host), [id]);
    // The in-memory host has no Office document: those checks say they could not run (the pane passes Office's).
    const expected = OFFICE_ONLY.includes(id) ? { passed: false, notChecked: true, detail: expect.stringMatching(/^niet gecontroleerd: /) } : { passed: true, detail: expect.any(String) };
    expect(report.checks).toEqual([{ id, name, ...expected }]);
    expect(sheetNames(host)).toEqual(["Sheet1"]);
  });
});

describe("the Zelftest as a whole", () => {
  it("passes every check in a new workbook, names the Excel version, and leaves no scratch sheet behind", async () => {
    const host = createMemoryExcel({ requirementSets: ALL_SETS, ...hostMode() });
    const before = JSON.stringify(host.snapshot());
    const report = await runExcelSelfTest(environment(host));
    expect(report.excel).toBe("Excel 16.0.0.0 (OfficeOnline)");
    expect(report.checks.map((c) => [c.id, c.passed || c.notChecked === true])).toEqual(CONTRACT_CHECKS.map((c) => [c.id, true]));
    expect(report.passed).toBe(true);
    expect(report.checks.find((c) => c.id === "onchanged-details")?.detail).toBe('"eerst" → "daarna", triggerSource ThisLocalAddin');
    expect(report.checks.find((c) => c.id === "api-sets")?.detail).toBe("aanwezig: ExcelApi 1.17, ExcelApiOnline 1.1, SharedRuntime 1.1, NestedAppAuth 1.1");
    expect(report.passed).toBe(true);
    expect(JSON.stringify(host.snapshot())).toBe(before);
  });

  it("runs in a set-up workbook: opens the protected structure with the stored password and protects it again", async () => {
    const tw = await preparedWorkbook([]);
    expect(tw.host.model.structure.protected).toBe(true);
    const report = await runExcelSelfTest(environment(tw.host));
    expect(report.passed).toBe(true);
    expect(tw.host.model.structure.protected).toBe(true);
    expect(sheetNames(tw.host)).not.toContain(SCRATCH_SHEET);
    expect(tw.host.userDeleteSheet(SHEET.log)).toEqual({ ok: false, reason: "beveiligd" });
  });

  it("shows what an older Excel lacks: without ExcelApi 1.13/1.14 the sets and the table check fail, with the reason", async () => {
    const host = createMemoryExcel({ requirementSets: { ...ALL_SETS, ExcelApi: "1.12" }, ...hostMode() });
    const report = await runExcelSelfTest(environment(host));
    expect(report.checks.filter((c) => !c.passed && !c.notChecked).map((c) => [c.id, c.detail])).toEqual([
      ["api-sets", expect.stringMatching(/^ontbreekt: ExcelApi 1\.13 .*; ExcelApi 1\.14 .*\(aanwezig: ExcelApi 1\.12, /)],
      ["tabel-uitbreiden", "ExcelApi 1.13 ontbreekt"],
    ]);
    expect(report.checks.find((c) => c.id === "onchanged-details")?.detail).toBe('"eerst" → "daarna", triggerSource niet gecontroleerd: ExcelApi 1.14 ontbreekt');
    expect(report.passed).toBe(false);
  });
});

describe("the Zelftest use case", () => {
  it("logs the outcome in a set-up workbook, for the DPO or the debtor team", async () => {
    const tw = await preparedWorkbook([]);
    const dpo = aSession("dpo", { doel: "zelftest" });
    const result = await runSelfTest(tw.deps, dpo, () => runExcelSelfTest(environment(tw.host)));
    expect(result.ok && result.value.passed).toBe(true);
    expect((await logOf(tw)).at(-1)).toMatchObject({
      actie: LOG_ACTION.zelftest, veld: "Excel 16.0.0.0 (OfficeOnline)", oudeWaarde: "", nieuweWaarde: `${CONTRACT_CHECKS.length} van ${CONTRACT_CHECKS.length} controles geslaagd`, rol: "Functionaris gegevensbescherming",
    });
  });

  it("is not for a social worker", async () => {
    const tw = await preparedWorkbook([]);
    const run = jest.fn();
    expect(await runSelfTest(tw.deps, aSession("maatschappelijk-werker"), run)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "maatschappelijk-werker", action: "zelftest" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs without logging in a workbook that is not set up yet", async () => {
    const tw = aWorkbook();
    const result = await runSelfTest(tw.deps, undefined, () => runExcelSelfTest(environment(tw.host)));
    expect(result.ok && result.value.passed).toBe(true);
  });
});
