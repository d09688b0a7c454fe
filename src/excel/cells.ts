// Cell-level rules for writing to Excel: everything user-supplied is text, and big blocks are cut to stay under request limits.
export { columnLetter } from "@debiteurencheck/memory-excel/a1";

/** Excel on the web refuses requests and responses over 5 MB; stay well below it (PRODUCT.md, non-negotiables). */
export const MAX_CHUNK_BYTES = 3_500_000;

/** Text number format: values written into such cells stay text (leading zeros kept, "=…" not a formula). */
export const TEXT_FORMAT = "@";

/**
 * A value as it must be written: always a string. Cells get the "@" format before their values, so Excel keeps
 * the text as typed; values that Excel would still read as a formula elsewhere (e.g. in a CSV export) are handled
 * at that edge (src/domain/csv.ts).
 */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value);
}

/** Approximate JSON size of a 2-D block, as Office serialises it into the request. */
export function blockBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 2;
    for (const v of row) bytes += (typeof v === "string" ? v.length * 1.1 + 3 : 12) + 1;
  }
  return Math.ceil(bytes);
}

/** Splits rows into consecutive chunks whose estimated size stays under `maxBytes` (twice: values and formats). */
export function chunkRows<T extends readonly unknown[]>(rows: readonly T[], maxBytes = MAX_CHUNK_BYTES): { start: number; rows: T[] }[] {
  const chunks: { start: number; rows: T[] }[] = [];
  let current: T[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const rowBytes = blockBytes([row]) + row.length * 6;
    if (current.length > 0 && bytes + rowBytes > maxBytes) {
      chunks.push({ start, rows: current });
      current = [];
      start = i;
      bytes = 0;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length > 0) chunks.push({ start, rows: current });
  return chunks;
}

export function textFormats(rowCount: number, columnCount: number): string[][] {
  const row = Array<string>(columnCount).fill(TEXT_FORMAT);
  return Array.from({ length: rowCount }, () => row.slice());
}

/** Wraps an Office error with what we were doing, keeping its code; never swallowed. */
export class WorkbookError extends Error {
  readonly code: string;
  constructor(step: string, cause: unknown) {
    const code = (cause as { code?: string })?.code ?? "Onbekend";
    super(`${step}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "WorkbookError";
    this.code = code;
  }
}
