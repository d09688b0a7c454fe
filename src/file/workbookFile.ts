// The workbook port over an .xlsx file: the file is opened into the in-memory Excel host and the Office.js adapter
// (src/excel) runs on it, so the CLI uses the same use cases and writes the same log format as the add-in.
// Node only: sheet passwords are checked against the file's SHA-512 hashes with node:crypto.
import { createHash } from "node:crypto";
import { SHEET } from "../domain/layout";
import type { FileProblem } from "../domain/lists";
import { err, ok, type Result } from "../domain/result";
import { createExcelWorkbook } from "../excel/excelWorkbook";
import { STATE_CELL } from "../excel/stateSheet";
import { createMemoryExcel, type MemoryExcel, type WorkbookSnapshot } from "@debiteurencheck/memory-excel";
import type { WorkbookPort } from "../ports/workbook";
import { snapshotToXlsx, xlsxToSnapshot, type PasswordHash, type SheetStyling, type XlsxWriteOptions } from "./xlsxSnapshot";

/** Larger than any list file: a 100,000-row workbook with its log is tens of megabytes. */
export const MAX_WORKBOOK_FILE_BYTES = 200 * 1024 * 1024;

/**
 * A file has no round trips: the 5 MB per request that Excel on the web allows (and the host enforces by default)
 * would only make large workbooks fail here. The adapter's own budget is tested against Excel's limits elsewhere.
 */
export const FILE_HOST_MAX_REQUEST_BYTES = 1024 * 1024 * 1024;

/**
 * The password of a sheet protected with another password than the one Debiteurencheck keeps (someone re-protected
 * it by hand). Nobody can type it, so the adapter's unprotect fails there, as it would in Excel.
 */
export const UNKNOWN_PASSWORD = "\u0000onbekend wachtwoord";

export interface OpenedWorkbook {
  readonly host: MemoryExcel;
  /** Protected sheets whose password hash does not match Debiteurencheck's password. */
  readonly foreignlyProtected: readonly string[];
  /** Per sheet: rich text and conditional number formats, which the host does not model. */
  readonly styling: ReadonlyMap<string, SheetStyling>;
}

/** How the CLI writes files: to disk in use, to memory in tests. Input files are read through CliIo.readFile. */
export interface OutputFiles {
  exists(path: string): Promise<boolean>;
  /** Whether two paths name the same file (after resolving links); false when either does not exist. */
  sameFile(a: string, b: string): Promise<boolean>;
  /** Why no new file can be made at this path (its folder is missing, not a folder, or not writable); undefined: it can. */
  folderProblem(path: string): Promise<string | undefined>;
  /** Creates the file; false, writing nothing, when it already exists (an output is never overwritten). */
  writeNew(path: string, bytes: Uint8Array): Promise<boolean>;
}

export async function openWorkbookFile(bytes: Uint8Array, fileName: string): Promise<Result<OpenedWorkbook, FileProblem>> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase() ?? "";
  if (extension !== "xlsx" && extension !== "xlsm") return err({ code: "onbekend-formaat", fileName, extension });
  if (bytes.length === 0) return err({ code: "leeg-bestand", fileName });
  if (bytes.length > MAX_WORKBOOK_FILE_BYTES) return err({ code: "te-groot", fileName, bytes: bytes.length, max: MAX_WORKBOOK_FILE_BYTES });
  let read;
  try {
    read = await xlsxToSnapshot(bytes);
  } catch {
    // exceljs throws for damaged, encrypted or non-workbook files; the user can only re-save or choose another file.
    return err({ code: "onleesbaar-bestand", fileName });
  }
  const foreignlyProtected = resolvePasswords(read.snapshot, read.passwordHashes);
  const host = createMemoryExcel({ maxRequestBytes: FILE_HOST_MAX_REQUEST_BYTES });
  try {
    host.load(read.snapshot);
  } catch {
    // A file Excel would not make (e.g. a table naming an unknown sheet).
    return err({ code: "onleesbaar-bestand", fileName });
  }
  return ok({ host, foreignlyProtected, styling: read.styling });
}

export function saveWorkbookFile(host: MemoryExcel, options?: XlsxWriteOptions): Promise<Uint8Array> {
  return snapshotToXlsx(host.snapshot(), options);
}

/** The Office.js adapter over the host, as the add-in builds it over Excel. */
export function workbookPort(host: MemoryExcel): WorkbookPort {
  return createExcelWorkbook(host.run.bind(host), host.officeShim().context.requirements);
}

/**
 * A file keeps only password hashes. The add-in's password sits in its state sheet: every protected sheet whose
 * hash it matches gets it back; a sheet protected without password keeps none; any other gets UNKNOWN_PASSWORD.
 */
function resolvePasswords(snapshot: WorkbookSnapshot, hashes: ReadonlyMap<string, PasswordHash>): string[] {
  const state = snapshot.sheets.find((s) => s.name === SHEET.state);
  const stored = state?.cells.find((c) => c.address === `B${STATE_CELL.password}`)?.value;
  const password = typeof stored === "string" && stored !== "" ? stored : undefined;
  const foreign: string[] = [];
  for (const sheet of snapshot.sheets) {
    const hash = hashes.get(sheet.name);
    if (!sheet.protection.protected || !hash) continue;
    if (password !== undefined && excelPasswordHash(password, hash) === hash.hashValue) {
      sheet.protection.password = password;
    } else {
      sheet.protection.password = UNKNOWN_PASSWORD;
      foreign.push(sheet.name);
    }
  }
  return foreign;
}

const NODE_HASH: Readonly<Record<string, string>> = { SHA512: "sha512", SHA384: "sha384", SHA256: "sha256", SHA1: "sha1" };
/** Excel writes 100,000; far more would only make opening hang. */
const MAX_SPIN_COUNT = 1_000_000;

/** ECMA-376 Part 1, 18.3.1.85: H0 = hash(salt + UTF-16LE password), then spinCount times H = hash(H + LE32 counter). */
export function excelPasswordHash(password: string, hash: Pick<PasswordHash, "algorithmName" | "saltValue" | "spinCount">): string | undefined {
  const algorithm = NODE_HASH[hash.algorithmName.toUpperCase().replace(/[^A-Z0-9]/g, "")];
  if (!algorithm || !Number.isInteger(hash.spinCount) || hash.spinCount < 0 || hash.spinCount > MAX_SPIN_COUNT) return undefined;
  let key = createHash(algorithm).update(Buffer.from(hash.saltValue, "base64")).update(Buffer.from(password, "utf16le")).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < hash.spinCount; i++) {
    counter.writeUInt32LE(i, 0);
    key = createHash(algorithm).update(key).update(counter).digest();
  }
  return key.toString("base64");
}
