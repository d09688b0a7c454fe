// What the task pane's components may do, as plain async functions over the use cases. The App holds the session
// and passes it in; host.ts (real Excel) and the demo (in-memory host) build these services over their own workbook.
import { addMember } from "../app/addMember";
import { changeMemberRole } from "../app/changeMemberRole";
import { changeProtocolPeriod, type PeriodInput } from "../app/changeProtocolPeriod";
import type { CloseChecks, CloseInput, CloseReport } from "../app/closeProject";
import { removeMember } from "../app/removeMember";
import { setRoleCode } from "../app/setRoleCode";
import { compare, type ClientSource, type CompareReport } from "../app/compare";
import type { ComplianceReport } from "../app/complianceReport";
import { deleteClientSheet } from "../app/deleteClientSheet";
import { localDate, type AppDeps, type Session } from "../app/deps";
import { exportHaltList, type HaltLists } from "../app/exportHaltList";
import type { LogExport } from "../app/exportLog";
import { importDebtors, previewDebtorImport, type DebtorList, type ImportPreview, type ImportReport } from "../app/importDebtors";
import { listDebtors } from "../app/listDebtors";
import { readLog } from "../app/readLog";
import { listDossierCards, type DossierCard } from "../app/workerDossiers";
import { openWorkbook, type OpenReport } from "../app/openWorkbook";
import type { AppProblem } from "../app/problems";
import type { Seal } from "../app/sealLog";
import { roleView, type RoleView } from "../app/roleView";
import { runSelfTest, type SelfTestRunner, type SelfTestReport } from "../app/selfTest";
import { setStatus } from "../app/setStatus";
import { setUpWorkbook, type SetUpInput } from "../app/setUpWorkbook";
import { startSession, switchRole, type StartSessionInput } from "../app/startSession";
import { endEditMode, startEditMode, type EditModeEnd } from "../app/editMode";
import type { LogCheck } from "../app/verifyLog";
import type { ListKind } from "../domain/headers";
import type { Cell, FileProblem } from "../domain/lists";
import type { LogEntry } from "../domain/log";
import type { PeriodState, ProtocolConfig } from "../domain/protocol";
import type { RowId } from "../domain/records";
import { ok, type Result } from "../domain/result";
import type { Role } from "../domain/roles";
import type { Status } from "../domain/status";
import type { IdentityPort, SignedInUser } from "../ports/identity";
import type { Capabilities, DebtorRow, StoredState, WorkbookReadProblem } from "../ports/workbook";
import type { GridNotice, GridWatcher } from "./gridWatcher";

/** Whether this computer's user closed a role's "Hoe werkt het?" (a flag per role; no personal data). */
export interface ExplanationMemory {
  seen(role: Role): boolean;
  markSeen(role: Role): void;
}

/** For hosts without storage (demo, tests): remembered while the page lives. */
export function pageExplanationMemory(): ExplanationMemory {
  const seen = new Set<Role>();
  return { seen: (role) => seen.has(role), markSeen: (role) => void seen.add(role) };
}

/** A file the user picked, as bytes (read by the component with File.arrayBuffer()). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A list read from a file: header row and rows, named for the log. */
export interface ListFromFile {
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  readonly source: string;
  /** What was read: sheet, rows, hidden rows and sheets left out (src/file/readList.ts listReadSummary). */
  readonly readSummary?: string;
}

/** Where long work is; `fraction` (0–1) when known, otherwise the progress bar runs indeterminate. */
export interface Progress {
  readonly stap: string;
  readonly fraction?: number;
}

/** The self-stated name, remembered on this machine only (a staff name; never data-subject data). */
export interface NameMemory {
  recall(): string;
  remember(name: string): void;
}

export interface TaskpaneServices {
  /** The Microsoft 365 account where the host offers one; undefined otherwise. Never throws. */
  identity(): Promise<SignedInUser | undefined>;
  /** The name this machine's user stated last time ("" when none). */
  rememberedName(): string;
  rememberName(name: string): void;
  /** "Hoe werkt het?" was closed for this role on this computer: it then starts folded. */
  explanationSeen(role: Role): boolean;
  markExplanationSeen(role: Role): void;
  /** What the pane shows the session's role (src/app/roleView.ts); the Zelftest only where this host offers one. */
  roleView(session: Session): RoleView;
  /** Today's date (YYYY-MM-DD, local time) for the protocol period. */
  today(): string;
  readState(): Promise<Result<StoredState, WorkbookReadProblem>>;
  startSession(input: StartSessionInput): Promise<Result<Session, AppProblem>>;
  switchRole(session: Session, input: { role: Role; roleCode?: string; user: SignedInUser }): Promise<Result<Session, AppProblem>>;
  /** The debtor team's edit mode: data columns unlocked in the grid until it ends (also after EDIT_IDLE_MINUTES). */
  startEditMode(session: Session): Promise<Result<void, AppProblem>>;
  endEditMode(session: Session, reason: EditModeEnd): Promise<Result<void, AppProblem>>;
  setUpWorkbook(session: Session, input: SetUpInput): Promise<Result<ProtocolConfig, AppProblem>>;
  /** Reads a CSV or .xlsx list; the file readers (papaparse, exceljs) load only now, not with the task pane. */
  readListFile(file: ChosenFile, kind: ListKind): Promise<Result<ListFromFile, FileProblem>>;
  previewImport(session: Session, list: DebtorList): Promise<Result<ImportPreview, AppProblem>>;
  importDebtors(session: Session, list: DebtorList): Promise<Result<ImportReport, AppProblem>>;
  compare(session: Session, source: ClientSource, onProgress: (p: Progress) => void): Promise<Result<CompareReport, AppProblem>>;
  /** `reden`: the optional reason she typed, logged with the decision. */
  setStatus(session: Session, input: { rowId: RowId; to: Status; reden?: string }): Promise<Result<{ from: Status; to: Status }, AppProblem>>;
  listDebtors(session: Session): Promise<Result<readonly DebtorRow[], AppProblem>>;
  /** The social worker's cards: visible rows with their basis and every data-quality warning, what waits first. */
  listDossierCards(session: Session): Promise<Result<readonly DossierCard[], AppProblem>>;
  /** The log, newest last; only for roles that may read it (src/app/readLog.ts). */
  readLog(session: Session): Promise<Result<readonly LogEntry[], AppProblem>>;
  exportHaltList(session: Session): Promise<Result<HaltLists, AppProblem>>;
  deleteClientSheet(session: Session): Promise<Result<void, AppProblem>>;
  capabilities(): Capabilities;

  // ---- Instellingen (debtor team; every change logged with before and after) ----------------------------------
  addMember(session: Session, input: { email: string; rol: Role }): Promise<Result<ProtocolConfig, AppProblem>>;
  removeMember(session: Session, input: { email: string }): Promise<Result<ProtocolConfig, AppProblem>>;
  changeMemberRole(session: Session, input: { email: string; rol: Role }): Promise<Result<ProtocolConfig, AppProblem>>;
  /** A new role code; the old one stops working at once. The code is never logged. */
  setRoleCode(session: Session, input: { role: Role; code: string }): Promise<Result<ProtocolConfig, AppProblem>>;
  changeProtocolPeriod(session: Session, input: PeriodInput): Promise<Result<{ config: ProtocolConfig; periode: PeriodState }, AppProblem>>;
  /** Offers `text` as a file download (UTF-8). */
  download(fileName: string, text: string): void;

  // ---- opening and grid logging --------------------------------------------------------------------------------
  /** Right after a session starts: finish interrupted writes, log edits made while the add-in was not running. */
  openWorkbook(session: Session): Promise<Result<OpenReport, AppProblem>>;
  /** Who sits at Excel now (undefined: the session ended); starts logging grid edits once a session exists. */
  sessionChanged(session: Session | undefined): Promise<void>;
  /** Edits logged or refused in the grid, and loud problems found there; returns the unsubscribe function. */
  onGridNotice(listener: (notice: GridNotice) => void): () => void;

  // ---- the DPO's tools (loaded on first use) -------------------------------------------------------------------
  /** Checks the hash chain (and a seal, when given); logs a "controle" row. */
  verifyLog(session: Session, input: { seal?: string; closeRecord?: string; onProgress?: (p: Progress) => void }): Promise<Result<LogCheck, AppProblem>>;
  sealLog(session: Session): Promise<Result<Seal, AppProblem>>;
  exportLog(session: Session): Promise<Result<LogExport, AppProblem>>;
  complianceReport(session: Session): Promise<Result<ComplianceReport, AppProblem>>;
  /** Afsluiten: evaluation, client sheet deleted, debtor data removed, log pseudonymised. Cannot be undone. */
  closeProject(session: Session, input: Omit<CloseInput, "onProgress">, onProgress?: (p: Progress) => void): Promise<Result<CloseReport, AppProblem>>;
  /** What the close dialog must warn about: the period still running, the halt list not exported. */
  closeChecks(session: Session): Promise<Result<CloseChecks, AppProblem>>;

  // ---- Zelftest ------------------------------------------------------------------------------------------------
  /** False where the host offers no self-test (then the task pane shows no Zelftest). */
  selfTestAvailable(): boolean;
  selfTest(session: Session): Promise<Result<SelfTestReport, AppProblem>>;
}

export type ListFileReader = (bytes: Uint8Array, fileName: string, kind: ListKind) => Promise<Result<ListFromFile, FileProblem>>;

/** The real reader, loaded on first use so exceljs and papaparse stay out of the task pane's first load. */
export const lazyListFileReader: ListFileReader = async (bytes, fileName, kind) => {
  const { listReadSummary, readListFile } = await import(/* webpackChunkName: "list-reader" */ "../file/readList");
  const read = await readListFile(bytes, fileName, { kind });
  if (!read.ok) return read;
  const bron = read.value.sheetName ? `${fileName} (werkblad ${read.value.sheetName})` : fileName;
  return ok({ headers: read.value.headers, rows: read.value.rows, source: bron, readSummary: listReadSummary(read.value) });
};

export interface ServiceOptions {
  readonly identity: IdentityPort;
  readonly names: NameMemory;
  /** Default: remembered while the page lives. */
  readonly explanations?: ExplanationMemory;
  download(fileName: string, text: string): void;
  readList?: ListFileReader;
  /** Grid-edit logging over this workbook (one per workbook, shared by every services object over it). */
  readonly grid?: GridWatcher;
  /** The workbook-adapter contract checks against this host (src/excel/selfTest.ts), loaded on first use. */
  readonly selfTest?: SelfTestRunner;
}

/** The DPO's use cases, in their own chunk. */
const dpoUseCases = () => import(/* webpackChunkName: "dpo" */ "./dpoUseCases");

/** Lets the browser paint a progress bar between chunks of hashing. */
const yieldToRendering = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Progress over work that runs in several passes, each reporting (done, total) from 0 again: closing verifies the log,
 * verifies it again while pseudonymising, then pseudonymises. The bar moves through the passes in turn.
 */
export function passProgress(steps: readonly string[], report: (p: Progress) => void): (done: number, total: number) => Promise<void> {
  let pass = 0;
  let last = 0;
  return async (done, total) => {
    if (done <= last && pass < steps.length - 1) pass++;
    last = done;
    const within = total > 0 ? done / total : 1;
    report({ stap: steps[pass], fraction: Math.min(1, (pass + within) / steps.length) });
    await yieldToRendering();
  };
}

export const CLOSE_STEPS = [
  "Het Logboek wordt gecontroleerd…",
  "Het Logboek wordt nog eens gecontroleerd voor het pseudonimiseren…",
  "Het Logboek wordt gepseudonimiseerd…",
] as const;

export function createServices(deps: AppDeps, options: ServiceOptions): TaskpaneServices {
  const readList = options.readList ?? lazyListFileReader;
  const explanations = options.explanations ?? pageExplanationMemory();
  return {
    identity: async () => {
      try {
        return await options.identity.signedInUser();
      } catch {
        // The port promises not to throw; a host that does anyway falls back to a stated name.
        return undefined;
      }
    },
    rememberedName: () => options.names.recall(),
    rememberName: (name) => options.names.remember(name.trim()),
    explanationSeen: (role) => explanations.seen(role),
    markExplanationSeen: (role) => explanations.markSeen(role),
    roleView: (session) => {
      const view = roleView(session.rol);
      return { ...view, selfTest: view.selfTest && options.selfTest !== undefined };
    },
    today: () => localDate(deps.clock.now()),
    readState: () => deps.workbook.readState(),
    startSession: async (input) => withRoleLocking(deps, await startSession(deps, input)),
    switchRole: async (session, input) => withRoleLocking(deps, await switchRole(deps, session, input)),
    startEditMode: (session) => startEditMode(deps, session),
    endEditMode: (session, reason) => endEditMode(deps, session, reason),
    setUpWorkbook: (session, input) => setUpWorkbook(deps, session, input),
    readListFile: (file, kind) => readList(file.bytes, file.name, kind),
    previewImport: (session, list) => previewDebtorImport(deps, session, list),
    importDebtors: (session, list) => importDebtors(deps, session, list),
    compare: async (session, source, onProgress) => {
      onProgress({ stap: source.kind === "blad" ? "De debiteuren en het blad OCMW-cliënten worden vergeleken…" : "De debiteuren en de cliëntenlijst worden vergeleken…" });
      const result = await compare(deps, session, source);
      onProgress({ stap: "Klaar", fraction: 1 });
      return result;
    },
    setStatus: (session, input) => setStatus(deps, session, input),
    listDebtors: (session) => listDebtors(deps, session),
    listDossierCards: (session) => listDossierCards(deps, session),
    readLog: (session) => readLog(deps, session),
    exportHaltList: (session) => exportHaltList(deps, session),
    deleteClientSheet: (session) => deleteClientSheet(deps, session),
    capabilities: () => deps.workbook.capabilities(),
    addMember: (session, input) => addMember(deps, session, input),
    removeMember: (session, input) => removeMember(deps, session, input),
    changeMemberRole: (session, input) => changeMemberRole(deps, session, input),
    setRoleCode: (session, input) => setRoleCode(deps, session, input),
    changeProtocolPeriod: (session, input) => changeProtocolPeriod(deps, session, input),
    download: (fileName, text) => options.download(fileName, text),

    openWorkbook: (session) => openWorkbook(deps, session),
    sessionChanged: async (session) => {
      options.grid?.setSession(session);
      if (session) await options.grid?.ensureStarted();
    },
    onGridNotice: (listener) => options.grid?.subscribe(listener) ?? (() => undefined),

    ...dpoServices(deps),

    selfTestAvailable: () => options.selfTest !== undefined,
    selfTest: (session) => {
      if (!options.selfTest) throw new Error("selfTest: this host offers no Zelftest (check selfTestAvailable first)");
      return runSelfTest(deps, session, options.selfTest);
    },
  };
}

/** The DPO's tools: their use cases load on first use (a chunk of their own), with progress over several passes. */
function dpoServices(deps: AppDeps): Pick<TaskpaneServices, "verifyLog" | "sealLog" | "exportLog" | "complianceReport" | "closeChecks" | "closeProject"> {
  return {
    verifyLog: async (session, { seal, closeRecord, onProgress }) => {
      const { verifyLog } = await dpoUseCases();
      const progress = onProgress && passProgress(["Het Logboek wordt gecontroleerd…"], onProgress);
      return verifyLog(deps, session, { seal, closeRecord, onProgress: progress });
    },
    sealLog: async (session) => (await dpoUseCases()).sealLog(deps, session),
    exportLog: async (session) => (await dpoUseCases()).exportLog(deps, session),
    complianceReport: async (session) => (await dpoUseCases()).complianceReport(deps, session),
    closeChecks: async () => (await dpoUseCases()).closeChecks(deps),
    closeProject: async (session, input, onProgress) => {
      const { closeProject } = await dpoUseCases();
      const result = await closeProject(deps, session, { ...input, onProgress: onProgress && passProgress(CLOSE_STEPS, onProgress) });
      onProgress?.({ stap: "Klaar", fraction: 1 });
      return result;
    },
  };
}

/**
 * After a session starts or the role changes, the Debiteuren sheet is locked for that role: use cases re-protect the
 * sheet only when they write to it, so without this the previous writer's role would still apply in the grid.
 */
async function withRoleLocking(deps: AppDeps, started: Result<Session, AppProblem>): Promise<Result<Session, AppProblem>> {
  if (started.ok) await deps.workbook.protectFor(started.value.rol, "rust");
  return started;
}

/** The media type of a download, by the file's extension (the browser names the file; the type picks the handler). */
export function downloadType(fileName: string): string {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "csv") return "text/csv;charset=utf-8";
  if (ext === "jsonl") return "application/x-ndjson;charset=utf-8";
  return "text/plain;charset=utf-8";
}

/** Browser download through a temporary object URL (no network involved). */
export function browserDownload(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: downloadType(fileName) }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
