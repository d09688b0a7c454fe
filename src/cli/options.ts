// What the workbook commands share: options (node:util parseArgs, its English usage errors said in Dutch), file
// names, file-access errors, and the environment (crypto, clock) that tests replace.
import { parseArgs } from "node:util";
import type { Clock, CryptoPort } from "../domain/crypto";
import { err, ok, type Result } from "../domain/result";
import { nodeCrypto } from "../platform/nodeCrypto";
import { systemClock } from "../platform/webCrypto";
import { EXIT, type CliIo } from "./io";

export { isFileAccessError } from "./io";

/** Hashing, randomness and time for the commands; tests pass fixed ones. */
export interface CliEnvironment {
  readonly crypto: CryptoPort;
  readonly clock: Clock;
}
export const SYSTEM_ENVIRONMENT: CliEnvironment = { crypto: nodeCrypto, clock: systemClock };

export type OptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>;

export interface ParsedCommandLine {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** `misuseHint` ends the message for an option given without (or with a needless) value. */
export function parseCommandLine(args: string[], spec: OptionSpec, misuseHint: string): Result<ParsedCommandLine, string> {
  try {
    const parsed = parseArgs({ args, options: spec as NonNullable<Parameters<typeof parseArgs>[0]>["options"], strict: true, allowPositionals: true });
    return ok({ values: parsed.values as ParsedCommandLine["values"], positionals: parsed.positionals });
  } catch (e) {
    // parseArgs throws for wrong usage (with an English message); anything else is a bug.
    const { code, message } = (typeof e === "object" && e !== null ? e : {}) as { code?: unknown; message?: unknown };
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw e;
    const quoted = /'([^' ]+)/.exec(String(message))?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return err(`Onbekende optie ${quoted}.`);
    return err(`De optie ${quoted} wordt verkeerd gebruikt: ${misuseHint}`);
  }
}

/** A parsed command line, and how the command refuses: the message, a blank line and the usage, on stderr. */
export interface CommandLine extends ParsedCommandLine {
  usage(message: string): number;
}

/**
 * A command line with --help/-h besides `spec`: the options, or the exit code when the usage was printed for --help
 * (EXIT.ok) or the line was refused (EXIT.refused).
 */
export function readCommandLine(args: string[], spec: OptionSpec, misuseHint: string, usageText: string, io: Pick<CliIo, "stdout" | "stderr">): CommandLine | number {
  const usage = (message: string) => {
    io.stderr(`${message}\n\nGebruik:\n${usageText}\n`);
    return EXIT.refused;
  };
  const parsed = parseCommandLine(args, { ...spec, help: { type: "boolean", short: "h" } }, misuseHint);
  if (!parsed.ok) return usage(parsed.error);
  if (parsed.value.values.help) {
    io.stdout(`Gebruik:\n${usageText}\n`);
    return EXIT.ok;
  }
  return { ...parsed.value, usage };
}

export const stringOption = (values: ParsedCommandLine["values"], name: string): string | undefined => {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
};

/** The last path segment, for messages and the log (never the folder, which may name a person's home directory). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

export const isXlsxPath = (path: string): boolean => /\.xlsx$/i.test(path);

/** Input workbooks may also be macro-enabled (.xlsm); outputs are always .xlsx (exceljs writes no macros). */
export function notAWorkbookPath(path: string): string | undefined {
  return /\.xls[xm]$/i.test(path) ? undefined : `"${baseName(path)}" is geen Excel-werkmap (.xlsx). Geef de Debiteurencheck-werkmap op.`;
}

/** Longest --gebruiker and --doel: far under Excel's 32,767 characters a cell, so a log cell is never cut (refused, not split). */
export const MAX_OPTION_CHARS = 500;

