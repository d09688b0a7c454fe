// The human-readable result of `vergelijk`: one line per debtor, its notes indented below it, then the summary.
import { terminalLines, terminalSafe } from "./terminal";
import type { VergelijkOutput } from "./vergelijkOutput";

const HEADERS = ["Dossiernummer", "Status", "Match"] as const;

export function renderTable(output: VergelijkOutput): string {
  const rows = output.resultaten.map((r) => [terminalSafe(r.dossiernummer), r.status, terminalSafe(r.match)]);
  const widths = HEADERS.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();

  const lines = [line(HEADERS), line(widths.map((w) => "-".repeat(w)))];
  output.resultaten.forEach((r, i) => {
    lines.push(line(rows[i]));
    for (const note of r.meldingen) lines.push(`    ! ${note}`);
  });

  const { debiteuren, clienten, statussen, meldingen, gelezen } = output.samenvatting;
  const counts = Object.entries(statussen)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} × ${status}`);
  lines.push("", `${debiteuren} debiteur(en) vergeleken met ${clienten} cliënt(en) van het OCMW: ${counts.join(", ")}.`);
  lines.push(`Gelezen: ${gelezen.debiteuren}.`, `         ${gelezen.clienten}.`);
  if (meldingen.length > 0) lines.push("", "Meldingen:", ...meldingen.map((m) => `  - ${m}`));
  return terminalLines(lines);
}
