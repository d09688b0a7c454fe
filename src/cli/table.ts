// The human-readable result of `vergelijk`: one line per debtor, its notes indented below it, then the summary.
import type { VergelijkOutput } from "./vergelijkOutput";

const HEADERS = ["Dossiernummer", "Status", "Match"] as const;

/**
 * Text from a debtor file shown in a terminal: control characters (ESC sequences could clear or spoof the screen)
 * become U+FFFD.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}

export function renderTable(output: VergelijkOutput): string {
  const rows = output.resultaten.map((r) => [terminalSafe(r.dossiernummer), r.status, terminalSafe(r.match)]);
  const widths = HEADERS.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();

  const lines = [line(HEADERS), line(widths.map((w) => "-".repeat(w)))];
  output.resultaten.forEach((r, i) => {
    lines.push(line(rows[i]));
    for (const note of r.meldingen) lines.push(`    ! ${terminalSafe(note)}`);
  });

  const { debiteuren, clienten, statussen, meldingen } = output.samenvatting;
  const counts = Object.entries(statussen)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} × ${status}`);
  lines.push("", `${debiteuren} debiteur(en) vergeleken met ${clienten} cliënt(en) van het OCMW: ${counts.join(", ")}.`);
  if (meldingen.length > 0) lines.push("", "Meldingen:", ...meldingen.map((m) => `  - ${terminalSafe(m)}`));
  return `${lines.join("\n")}\n`;
}
