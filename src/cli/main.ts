// Entry of `npx debiteurencheck`: dispatches the commands; all input and output goes through CliIo so tests run it in memory.
import { constants } from "node:fs";
import { access, readFile, realpath, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { OutputFiles } from "../file/workbookFile";
import { EXIT, type CliIo } from "./io";
import { terminalOutput, terminalSafe } from "./terminal";
import { CONTROLEER_USAGE, isWorkbookForm, VERGELIJK_WERKMAP_USAGE, VOORBEELD_USAGE } from "./usage";
import { vergelijk, VERGELIJK_USAGE } from "./vergelijk";

export { EXIT, type CliIo, type OutputFiles };

const USAGE = `Gebruik: debiteurencheck <opdracht> [opties]

Opdrachten:
${VERGELIJK_USAGE}

${VOORBEELD_USAGE}

${VERGELIJK_WERKMAP_USAGE}

${CONTROLEER_USAGE}

  debiteurencheck --help
      Toont deze uitleg.

Afsluitcodes: 0 klaar; 1 logboek gebroken (controleer); 2 invoer geweigerd, geen Debiteurencheck-werkmap of
verkeerd gebruik.
`;

type Command = (args: string[], io: CliIo, files: OutputFiles) => Promise<number>;

/** `vergelijk` has two forms: two list files (prints only), or a workbook file (writes a new one). */
const vergelijkEitherForm: Command = async (args, io, files) => {
  if (isWorkbookForm(args)) return (await import("./vergelijkWerkmap")).vergelijkWerkmap(args, io, files);
  const code = await vergelijk(args, io);
  if (code === EXIT.ok && args.some((a) => a === "--help" || a === "-h")) io.stdout(`\nOf, in een Debiteurencheck-werkmap:\n${VERGELIJK_WERKMAP_USAGE}\n`);
  return code;
};

/** The workbook commands are loaded on first use: the list form of `vergelijk` needs none of their modules. */
const COMMANDS: Readonly<Record<string, Command>> = {
  vergelijk: vergelijkEitherForm,
  voorbeeld: async (args, io, files) => (await import("./voorbeeld")).voorbeeld(args, io, files),
  controleer: async (args, io) => (await import("./controleer")).controleer(args, io),
};

export async function run(argv: string[], io: CliIo, files: OutputFiles = nodeFiles()): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) {
    io.stdout(USAGE);
    return EXIT.refused;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) {
    io.stderr(`Onbekende opdracht "${terminalSafe(command)}".\n\n${USAGE}`);
    return EXIT.refused;
  }
  return handler(args, safeIo(io), files);
}

/** The streams every command prints to: each chunk passes through terminalSafe, line by line (src/cli/terminal.ts). */
function safeIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(terminalOutput(text)), stderr: (text) => io.stderr(terminalOutput(text)) };
}

/** Reads files from disk, writes to the process streams. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    drain: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once("drain", () => resolve())) : Promise.resolve()),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => {
      // A FIFO or a device would block the read (or never end): only regular files are read.
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error(`${path} is een map`), { code: "EISDIR" });
      if (!info.isFile()) throw Object.assign(new Error(`${path} is geen gewoon bestand`), { code: "ENOTREGULAR" });
      // A plain Uint8Array over the Buffer's memory: no copy of a list file of megabytes.
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  };
}

/** Output files on disk: created exclusively, so an existing file is never overwritten (not even in a race). */
export function nodeFiles(): OutputFiles {
  const exists = async (path: string) => {
    try {
      await stat(path);
      return true;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === "ENOENT" || code === "ENOTDIR") return false; // ENOTDIR: a file stands where a folder should (folderProblem says so)
      throw e;
    }
  };
  const resolved = async (path: string) => ((await exists(path)) ? realpath(path) : undefined);
  return {
    exists,
    async folderProblem(path) {
      const folder = dirname(path);
      try {
        if (!(await stat(folder)).isDirectory()) return `"${folder}" is geen map: het bestand "${path}" kan daar niet komen. Kies een andere plaats.`;
        await access(folder, constants.W_OK);
        return undefined;
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (code === "ENOENT") return `De map "${folder}" bestaat niet. Maak ze eerst aan of kies een andere plaats voor "${path}".`;
        if (code === "ENOTDIR") return `"${folder}" is geen map: het bestand "${path}" kan daar niet komen. Kies een andere plaats.`;
        if (code === "EACCES" || code === "EPERM" || code === "EROFS") return `U mag niet schrijven in de map "${folder}". Kies een andere plaats voor "${path}".`;
        throw e;
      }
    },
    async sameFile(a, b) {
      const [ra, rb] = await Promise.all([resolved(a), resolved(b)]);
      return ra !== undefined && ra === rb;
    },
    async writeNew(path, bytes) {
      try {
        await writeFile(path, bytes, { flag: "wx" });
        return true;
      } catch (e) {
        if ((e as { code?: unknown }).code === "EEXIST") return false;
        throw e;
      }
    },
  };
}

export function runFromProcess(): void {
  run(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not bad input: say so, with the technical detail for whoever fixes it.
      process.stderr.write(`Interne fout in debiteurencheck: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
