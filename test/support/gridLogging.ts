// Helpers for grid-logging and reopen tests: a prepared workbook, grid logging started over the in-memory host,
// edits made "outside the add-in", and the invariant that every status in the sheet is explained by the log.
import type { Session } from "../../src/app/deps";
import type { AppProblem } from "../../src/app/problems";
import type { GridEditReport } from "../../src/app/recordGridEdits";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { verifyChain } from "../../src/domain/chain";
import { LOG_ACTION, type LogEntry } from "../../src/domain/log";
import { SHEET } from "../../src/domain/layout";
import { rowIdFromAbout } from "../../src/domain/rowDigest";
import { STATUS } from "../../src/domain/status";
import type { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { startGridLogging, type GridLogging } from "../../src/excel-events/gridEvents";
import { webCrypto } from "../../src/platform/webCrypto";
import { aConfig, aSession, aWorkbook, DEBTOR_LIST_HEADERS, debtorRows, type Person, type TestWorkbook } from "./fixtures";

export const team = aSession("debiteurenteam");
export const worker = aSession("maatschappelijk-werker", { doel: "beslissing invordering registreren" });

/** `n` fictitious debtors, DOS-2021-000001 …, each on a street of their own. */
export function people(n: number): Person[] {
  return Array.from({ length: n }, (_, i) => ({
    dossier: `DOS-2021-${String(i + 1).padStart(6, "0")}`,
    voornaam: `Voornaam${i + 1}`,
    achternaam: `Achternaam${i + 1}`,
    rrn: "85073003328",
    straat: `Straat ${i + 1}`,
    nr: String(i + 1),
  }));
}

export async function preparedWorkbook(debtors: readonly Person[], options: { requirementSets?: Record<string, string> } = {}): Promise<TestWorkbook> {
  const tw = aWorkbook(options);
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows(debtors), source: "debiteuren.csv" });
  return tw;
}

export interface GridHarness {
  readonly grid: GridLogging;
  readonly problems: AppProblem[];
  readonly reports: GridEditReport[];
  /** Waits for the host's event handlers and the logging queue; fails on any error the logging reported. */
  settle(): Promise<void>;
  /** Who sits at Excel from now on (undefined: nobody has started a session). */
  setSession(session: Session | undefined): void;
}

export async function startLogging(tw: TestWorkbook, session: Session | undefined): Promise<GridHarness> {
  const problems: AppProblem[] = [];
  const reports: GridEditReport[] = [];
  const errors: unknown[] = [];
  let current = session;
  const grid = await startGridLogging({
    deps: tw.deps as TestWorkbook["deps"] & { workbook: ExcelWorkbook },
    run: tw.host.run.bind(tw.host),
    requirements: tw.host.officeShim().context.requirements,
    session: () => current,
    onEdits: (r) => void reports.push(r),
    onProblem: (p) => void problems.push(p),
    onError: (e) => void errors.push(e),
  });
  return {
    grid,
    problems,
    reports,
    async settle() {
      await tw.host.whenIdle();
      await grid.idle();
      await tw.host.whenIdle();
      if (errors.length > 0) throw errors[0];
    },
    setSession: (s) => void (current = s),
  };
}

/** A cell changed by someone who opened the file without the add-in (protection removed: its password is in the file). */
export function editOutside(tw: TestWorkbook, address: string, value: string): void {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const cell = tw.host.model.sheet(SHEET.debtors)!.ensure(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
  cell.v = value;
}

export async function logOf(tw: TestWorkbook): Promise<readonly LogEntry[]> {
  return tw.deps.workbook.readLog();
}

export async function statusesById(tw: TestWorkbook): Promise<Record<string, string>> {
  const table = await tw.deps.workbook.readDebtors();
  if (!table.ok) throw new Error(table.error.code);
  return Object.fromEntries(table.value.rows.map((r) => [r.record.rowId, r.record.status]));
}

/** The status the log last gave each Rij-ID — computed here independently of src/app, as the DPO would read it. */
export function loggedStatuses(log: readonly LogEntry[]): Map<string, string> {
  const setting = new Set<string>([LOG_ACTION.statusGewijzigd, LOG_ACTION.rasterwijziging, LOG_ACTION.wijzigingBuitenAddin, LOG_ACTION.herstel]);
  const last = new Map<string, string>();
  for (const e of log) {
    const id = rowIdFromAbout(e.over);
    // Veld "Status", or "Status (reason)" when a rule made the change (docs/logging.md).
    if (id && (e.veld === "Status" || e.veld.startsWith("Status (")) && setting.has(e.actie)) last.set(id, e.nieuweWaarde);
  }
  return last;
}

/** Every status in the sheet is the one the log last gave that row (or "nog niet vergeleken" if none), and the chain verifies. */
export async function expectExplainedAndIntact(tw: TestWorkbook): Promise<void> {
  const state = await tw.deps.workbook.readState();
  if (!state.ok) throw new Error(state.error.code);
  expect(state.value.pending).toBeUndefined();
  const log = await logOf(tw);
  expect(await verifyChain(log, webCrypto, { knownHead: state.value.head })).toMatchObject({ ok: true, count: log.length });
  const logged = loggedStatuses(log);
  const unexplained = Object.entries(await statusesById(tw)).filter(([id, status]) => (logged.get(id) ?? STATUS.notCompared) !== status);
  expect(unexplained).toEqual([]);
}
