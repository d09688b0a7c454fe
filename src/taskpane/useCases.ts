// What the task pane's components may do, as plain async functions over the use cases. The App holds the session
// and passes it in; host.ts (real Excel) and the demo (in-memory host) build these services over their own workbook.
import { compare, type ClientSource, type CompareReport } from "../app/compare";
import { deleteClientSheet } from "../app/deleteClientSheet";
import { localDate, type AppDeps, type Session } from "../app/deps";
import { exportHaltList, type HaltList } from "../app/exportHaltList";
import { importDebtors, previewDebtorImport, type DebtorList, type ImportPreview } from "../app/importDebtors";
import { listDebtors } from "../app/listDebtors";
import type { AppProblem } from "../app/problems";
import { setStatus } from "../app/setStatus";
import { setUpWorkbook, type SetUpInput } from "../app/setUpWorkbook";
import { startSession, switchRole, type StartSessionInput } from "../app/startSession";
import type { ListKind } from "../domain/headers";
import type { Cell, FileProblem } from "../domain/lists";
import type { LogEntry } from "../domain/log";
import type { ProtocolConfig } from "../domain/protocol";
import type { RowId } from "../domain/records";
import { err, ok, type Result } from "../domain/result";
import { may, type Role } from "../domain/roles";
import type { Status } from "../domain/status";
import type { IdentityPort, SignedInUser } from "../ports/identity";
import type { Capabilities, DebtorRow, StoredState, WorkbookReadProblem } from "../ports/workbook";

/** A file the user picked, as bytes (read by the component with File.arrayBuffer()). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A list read from a file: header row and rows, named for the log. */
export interface ListFromFile {
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  readonly bron: string;
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
  /** Today's date (YYYY-MM-DD, local time) for the protocol period. */
  today(): string;
  readState(): Promise<Result<StoredState, WorkbookReadProblem>>;
  startSession(input: StartSessionInput): Promise<Result<Session, AppProblem>>;
  switchRole(session: Session, input: { role: Role; roleCode?: string; user: SignedInUser }): Promise<Result<Session, AppProblem>>;
  setUpWorkbook(session: Session, input: SetUpInput): Promise<Result<ProtocolConfig, AppProblem>>;
  /** Reads a CSV or .xlsx list; the file readers (papaparse, exceljs) load only now, not with the task pane. */
  readListFile(file: ChosenFile, kind: ListKind): Promise<Result<ListFromFile, FileProblem>>;
  previewImport(session: Session, list: DebtorList): Promise<Result<ImportPreview, AppProblem>>;
  importDebtors(session: Session, list: DebtorList): Promise<Result<{ imported: number }, AppProblem>>;
  compare(session: Session, source: ClientSource, onProgress: (p: Progress) => void): Promise<Result<CompareReport, AppProblem>>;
  setStatus(session: Session, input: { rowId: RowId; to: Status }): Promise<Result<{ from: Status; to: Status }, AppProblem>>;
  listDebtors(session: Session): Promise<Result<readonly DebtorRow[], AppProblem>>;
  /** The log, newest last; only for roles that may read it. */
  readLog(session: Session): Promise<Result<readonly LogEntry[], AppProblem>>;
  exportHaltList(session: Session): Promise<Result<HaltList, AppProblem>>;
  deleteClientSheet(session: Session): Promise<Result<void, AppProblem>>;
  capabilities(): Capabilities;
  /** Offers `text` as a file download (UTF-8). */
  download(fileName: string, text: string): void;
}

export type ListFileReader = (bytes: Uint8Array, fileName: string, kind: ListKind) => Promise<Result<ListFromFile, FileProblem>>;

/** The real reader, loaded on first use so exceljs and papaparse stay out of the task pane's first load. */
export const lazyListFileReader: ListFileReader = async (bytes, fileName, kind) => {
  const { readListFile } = await import(/* webpackChunkName: "list-reader" */ "../file/readList");
  const read = await readListFile(bytes, fileName, { kind });
  if (!read.ok) return read;
  const bron = read.value.sheetName ? `${fileName} (werkblad ${read.value.sheetName})` : fileName;
  return ok({ headers: read.value.headers, rows: read.value.rows, bron });
};

export interface ServiceOptions {
  readonly identity: IdentityPort;
  readonly names: NameMemory;
  download(fileName: string, text: string): void;
  readList?: ListFileReader;
}

export function createServices(deps: AppDeps, options: ServiceOptions): TaskpaneServices {
  const readList = options.readList ?? lazyListFileReader;
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
    today: () => localDate(deps.clock.now()),
    readState: () => deps.workbook.readState(),
    startSession: async (input) => withRoleLocking(deps, await startSession(deps, input)),
    switchRole: async (session, input) => withRoleLocking(deps, await switchRole(deps, session, input)),
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
    readLog: async (session) => {
      if (!may(session.rol, "logboek-lezen")) return err({ code: "rol-niet-toegestaan", role: session.rol, action: "logboek-lezen" });
      return ok(await deps.workbook.readLog());
    },
    exportHaltList: (session) => exportHaltList(deps, session),
    deleteClientSheet: (session) => deleteClientSheet(deps, session),
    capabilities: () => deps.workbook.capabilities(),
    download: (fileName, text) => options.download(fileName, text),
  };
}

/**
 * After a session starts or the role changes, the Debiteuren sheet is locked for that role: use cases re-protect the
 * sheet only when they write to it, so without this the previous writer's role would still apply in the grid.
 */
async function withRoleLocking(deps: AppDeps, started: Result<Session, AppProblem>): Promise<Result<Session, AppProblem>> {
  if (started.ok) await deps.workbook.protectFor(started.value.rol);
  return started;
}

/** Browser download through a temporary object URL (no network involved). */
export function browserDownload(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
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
