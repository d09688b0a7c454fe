// Entry of `npx debiteurencheck`: dispatches the commands; all input and output goes through CliIo so tests run it in memory.
import { readFile, realpath, stat, writeFile } from "node:fs/promises";
import type { OutputFiles } from "../file/workbookFile";
import { controleer, CONTROLEER_USAGE } from "./controleer";
import { EXIT, type CliIo } from "./io";
import { isWorkbookForm, vergelijkWerkmap, VERGELIJK_WERKMAP_USAGE } from "./vergelijkWerkmap";
import { vergelijk, VERGELIJK_USAGE } from "./vergelijk";
import { voorbeeld, VOORBEELD_USAGE } from "./voorbeeld";

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
  if (isWorkbookForm(args)) return vergelijkWerkmap(args, io, files);
  const code = await vergelijk(args, io);
  if (code === EXIT.ok && args.some((a) => a === "--help" || a === "-h")) io.stdout(`\nOf, in een Debiteurencheck-werkmap:\n${VERGELIJK_WERKMAP_USAGE}\n`);
  return code;
};

const COMMANDS: Readonly<Record<string, Command>> = {
  vergelijk: vergelijkEitherForm,
  voorbeeld,
  controleer: (args, io) => controleer(args, io),
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
    io.stderr(`Onbekende opdracht "${command}".\n\n${USAGE}`);
    return EXIT.refused;
  }
  return handler(args, io, files);
}

/** Reads files from disk, writes to the process streams. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    drain: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once("drain", () => resolve())) : Promise.resolve()),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
  };
}

/** Output files on disk: created exclusively, so an existing file is never overwritten (not even in a race). */
export function nodeFiles(): OutputFiles {
  const exists = async (path: string) => {
    try {
      await stat(path);
      return true;
    } catch (e) {
      if ((e as { code?: unknown }).code === "ENOENT") return false;
      throw e;
    }
  };
  const resolved = async (path: string) => ((await exists(path)) ? realpath(path) : undefined);
  return {
    exists,
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
