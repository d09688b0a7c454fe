// The compliance report as the DPO reads it in the pane: headings and lists, dates as dd/mm/jjjj (uu:mm), and the same
// structure as a downloadable text file. The use case's data (src/app/complianceReport.ts) stays as it is.
import type { ComplianceReport } from "../app/complianceReport";
import { periodMessage } from "../domain/protocol";
import { ALL_STATUSES } from "../domain/status";
import { formatDay, formatMoment, withDutchDays } from "./dates";
import { countText } from "./viewModel";

export interface ReportPart {
  readonly title: string;
  readonly items: readonly string[];
}


export function reportParts(r: ComplianceReport): ReportPart[] {
  const p = r.protocol;
  const period = p.closedOn ? `Afgesloten op ${formatDay(p.closedOn)}.` : withDutchDays(periodMessage(p.period, { start: p.start, einde: p.end }));
  const parts: ReportPart[] = [
    { title: "Protocol", items: [p.name, `Periode: ${formatDay(p.start)} t.e.m. ${formatDay(p.end)}.`, period] },
    {
      title: "Gegevens (proportionaliteit)",
      items: [
        `Toegestaan volgens het protocol: ${r.fields.allowed.join(", ")}.`,
        `In gebruik in het blad Debiteuren: ${r.fields.inUse.join(", ") || "geen"} (plus de kolommen van de add-in: Status, Match, Rij-ID).`,
        `Buiten het protocol: ${r.fields.outsideProtocol.length ? `${r.fields.outsideProtocol.join(", ")} — te verwijderen` : "geen"}.`,
      ],
    },
  ];
  if (r.debtors) {
    const d = r.debtors;
    parts.push(
      { title: "Debiteuren per status", items: [...ALL_STATUSES.map((s) => `${s}: ${d.byStatus[s]}`), `Totaal: ${d.count}`] },
      { title: "Rijksregisternummers", items: [`Ongeldig: ${d.invalidNumbers}; ontbrekend: ${d.missingNumbers} (nooit automatisch gekoppeld).`] },
    );
  } else {
    parts.push(
      { title: "Debiteuren per status", items: [`Niet leesbaar: ${r.debtorsProblem ?? "onbekende reden"}`] },
      { title: "Rijksregisternummers", items: ["Niet geteld (blad Debiteuren niet leesbaar)."] },
    );
  }
  parts.push(
    {
      title: "Wijzigingen buiten de add-in",
      items: [`${countText(r.outsideChanges, "wijziging", "wijzigingen")} vastgesteld bij het openen van de werkmap (zie het Logboek, actie ‘wijziging buiten add-in’).`],
    },
    { title: "Controle van het Logboek", items: [r.logCheck.explanation] },
  );
  return parts;
}

/** The line under the report's title. */
export const reportByline = (r: ComplianceReport): string => `Opgesteld op ${formatMoment(r.drawnUpAt)} door ${r.drawnUpBy}.`;

/** The downloadable text: title, byline, then each part as a numbered heading with its items as a list. */
export function reportText(r: ComplianceReport): string {
  const lines = ["Nalevingsrapport Debiteurencheck", reportByline(r)];
  reportParts(r).forEach((part, i) => lines.push("", `${i + 1}. ${part.title}`, ...part.items.map((item) => `   - ${item}`)));
  return `${lines.join("\n")}\n`;
}
