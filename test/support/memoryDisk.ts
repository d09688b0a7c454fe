// The CLI over files in memory, for tests: CliIo reads from a map, OutputFiles writes into it (never over a file).
import ExcelJS from "exceljs";
import { openWorkbookFile, workbookPort, type OutputFiles } from "../../src/file/workbookFile";
import { run, type CliIo } from "../../src/cli/main";

/** A folder in memory: CliIo reads from it, OutputFiles writes into it (never over an existing file). */
export function memoryDisk(initial: Record<string, Uint8Array> = {}) {
  const files = new Map(Object.entries(initial));
  let out: string[] = [];
  let errors: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => errors.push(t),
    readFile: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
  };
  const output: OutputFiles = {
    exists: async (path) => files.has(path),
    folderProblem: async () => undefined,
    sameFile: async (a, b) => files.has(a) && a === b,
    writeNew: async (path, bytes) => !files.has(path) && !!files.set(path, bytes),
  };
  return {
    files,
    async run(...argv: string[]) {
      out = [];
      errors = [];
      const code = await run(argv, io, output);
      return { code, stdout: out.join(""), stderr: errors.join("") };
    },
  };
}

/** Workbook file bytes opened with exceljs, the independent reader (and editor) the CLI tests use. */
export async function exceljsWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** The state and log of a workbook file as the add-in reads them. */
export async function logOf(bytes: Uint8Array) {
  const opened = await openWorkbookFile(bytes, "w.xlsx");
  if (!opened.ok) throw new Error(opened.error.code);
  const port = workbookPort(opened.value.host);
  const state = await port.readState();
  if (!state.ok) throw new Error(state.error.code);
  return { port, state: state.value, log: await port.readLog() };
}


/** An example workbook made by `voorbeeld` and compared once by `vergelijk` (as the CLI does it), as file bytes. */
export async function aComparedWorkbook(aantal: number, seed: number): Promise<Uint8Array> {
  const disk = memoryDisk();
  await disk.run("voorbeeld", "demo.xlsx", "--aantal", String(aantal), "--seed", String(seed));
  await disk.run("vergelijk", "demo.xlsx", "--uit", "vergeleken.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren");
  return disk.files.get("vergeleken.xlsx")!;
}
