// Entry of `npx debiteurencheck`: dispatches the commands; all input and output goes through CliIo so tests run it in memory.
import { readFile } from "node:fs/promises";
import { EXIT, type CliIo } from "./io";
import { vergelijk, VERGELIJK_USAGE } from "./vergelijk";

export { EXIT, type CliIo };

const USAGE = `Gebruik: debiteurencheck <opdracht> [opties]

Opdrachten:
${VERGELIJK_USAGE}

  debiteurencheck --help
      Toont deze uitleg.

Afsluitcodes: 0 klaar, 2 invoer geweigerd of verkeerd gebruik.
`;

const COMMANDS: Readonly<Record<string, (args: string[], io: CliIo) => Promise<number>>> = {
  vergelijk,
};

export async function run(argv: string[], io: CliIo): Promise<number> {
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
  return handler(args, io);
}

/** Reads files from disk, writes to the process streams. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
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
