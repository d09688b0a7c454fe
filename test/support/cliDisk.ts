// A folder in memory for CLI tests: the CLI reads its input files from it and writes new files into it.
import { run, type CliIo } from "../../src/cli/main";
import type { OutputFiles } from "../../src/file/workbookFile";

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

