// What the CLI needs from its surroundings, so commands run against memory in tests and against disk in use.

export interface CliIo {
  stdout(text: string): void;
  /** Resolves once stdout has taken what was written (a pipe that is read slowly): for output written in pieces. */
  drain?(): Promise<void>;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
}

/** Exit codes: 0 done; 2 input refused or wrong usage; 1 is kept for a broken log (controleer, later); 70 a bug. */
export const EXIT = { ok: 0, logBroken: 1, refused: 2, internal: 70 } as const;

/** ENOTREGULAR: a FIFO, device or socket, refused before reading (nodeIo in main.ts). */
const FILE_ACCESS_CODES = new Set(["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENAMETOOLONG", "ENOTREGULAR"]);

/** A file that cannot be opened (missing, no permission …) is bad input; any other error is a bug and is rethrown. */
export function isFileAccessError(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && FILE_ACCESS_CODES.has(String((e as { code: unknown }).code));
}
