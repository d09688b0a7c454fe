// The human-readable result of `vergelijk`: one line per debtor, its notes indented below it, then the summary.
// Written a few thousand rows at a time (waiting for stdout to drain), never built as one string or one object per row.
import { terminalSafe } from "./terminal";
import type { VergelijkOutput } from "./vergelijkOutput";

const HEADERS = ["Dossiernummer", "Status", "Match"] as const;
const ROWS_PER_WRITE = 4096;

/** The debtors' rows, read by position: each row's cells and its notes. */
export interface TableRows {
  readonly count: number;
  cells(i: number): readonly [dossiernummer: string, status: string, match: string];
  notes(i: number): readonly string[];
}

export async function writeTable(rows: TableRows, samenvatting: VergelijkOutput["samenvatting"], write: (text: string) => void, drain?: () => Promise<void>): Promise<void> {
  const shown = (i: number): string[] => {
    const [dossiernummer, status, match] = rows.cells(i);
    return [terminalSafe(dossiernummer), status, terminalSafe(match)];
  };
  const widths: number[] = HEADERS.map((h) => h.length);
  for (let i = 0; i < rows.count; i++) {
    const cells = shown(i);
    for (let c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], cells[c].length);
  }
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
  // Every line made safe, lines joined by a line break, one after the last.
  write(`${terminalSafe(line(HEADERS))}\n${terminalSafe(line(widths.map((w) => "-".repeat(w))))}`);
  for (let from = 0; from < rows.count; from += ROWS_PER_WRITE) {
    let chunk = "";
    for (let i = from; i < Math.min(rows.count, from + ROWS_PER_WRITE); i++) {
      chunk += `\n${terminalSafe(line(shown(i)))}`;
      for (const note of rows.notes(i)) chunk += `\n${terminalSafe(`    ! ${note}`)}`;
    }
    write(chunk);
    await drain?.();
  }

  const { debiteuren, clienten, statussen, meldingen, gelezen } = samenvatting;
  const counts = Object.entries(statussen)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} × ${status}`);
  const lines = ["", `${debiteuren} debiteur(en) vergeleken met ${clienten} cliënt(en) van het OCMW: ${counts.join(", ")}.`];
  lines.push(`Gelezen: ${gelezen.debiteuren}.`, `         ${gelezen.clienten}.`);
  if (meldingen.length > 0) lines.push("", "Meldingen:", ...meldingen.map((m) => `  - ${m}`));
  write(`${lines.map((l) => `\n${terminalSafe(l)}`).join("")}\n`);
}
