// What a comparison found, as the role's compare scope shows it (src/app/roleView.ts): for the debtor team the counts per
// status, the chart and every note; for a social worker only the matches and the notes about her own list.
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CompareReport } from "../../app/compare";
import type { CompareScope } from "../../app/roleView";
import { countOf } from "../../domain/messages";
import { dataQualityMessage, type DataQualityProblem } from "../../domain/matching";
import { ALL_STATUSES } from "../../domain/status";
import { SummaryChart } from "./SummaryChart";
import { countText, plural } from "../viewModel";

const SHOWN_NOTES = 8;

const useStyles = makeStyles({
  counts: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: "left", fontWeight: tokens.fontWeightRegular },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  found: { margin: 0, paddingLeft: "20px" },
  number: { padding: "2px 4px", textAlign: "right", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, fontVariantNumeric: "tabular-nums" },
});

/** What the live region says when a comparison is done. */
export function resultAnnouncement(r: CompareReport, scope: CompareScope): string {
  const s = r.summary;
  const found = `${countText(s.exactMatches, "cliënt", "cliënten")} op rijksregisternummer, ${countText(s.possibleMatches, "mogelijke match", "mogelijke matches")} op naam + adres`;
  return scope === "own-list" ? `Vergelijking klaar: ${found}.` : `Vergelijking klaar: ${countText(s.debtors, "debiteur", "debiteuren")} vergeleken; ${found}.`;
}

export function CompareOutcome({ report, scope }: { report: CompareReport; scope: CompareScope }) {
  return scope === "own-list" ? <WorkerResult report={report} /> : <CompareResult report={report} />;
}

/** What a social worker learns from her comparison: matches found and notes about her own list, nothing else. */
function WorkerResult({ report }: { report: CompareReport }) {
  const styles = useStyles();
  const { summary } = report;
  return (
    <div data-testid="samenvatting" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h3" weight="semibold" style={{ margin: 0 }}>
        Resultaat
      </Text>
      <ul className={styles.found}>
        <li>
          <span data-testid="aantal-exact">{summary.exactMatches}</span> {plural(summary.exactMatches, "cliënt", "cliënten")} gevonden op rijksregisternummer
        </li>
        <li>
          <span data-testid="aantal-mogelijk">{summary.possibleMatches}</span> {plural(summary.possibleMatches, "mogelijke match", "mogelijke matches")} op naam + adres: bevestig of wijs af in de lijst
          hieronder
        </li>
      </ul>
      <NamedRows summary={summary} />
      <Notes problems={report.problems} />
    </div>
  );
}

/** Rows a repeated Vergelijk names: flagged for the social worker, and halts the newer list no longer supports. */
function NamedRows({ summary }: { summary: CompareReport["summary"] }) {
  const groups = [
    { rows: summary.flagged, id: "gemarkeerd", title: "Nieuwe aanwijzing – te beoordelen door de maatschappelijk werker (invordering stopgezet tot zij beslist)" },
    { rows: summary.noLongerListed, id: "niet-meer-in-lijst", title: "Niet meer in de nieuwe lijst – behouden; alleen de maatschappelijk werker beslist" },
  ].filter((g) => g.rows.length > 0);
  return (
    <>
      {groups.map((g) => (
        <MessageBar key={g.id} intent="warning" layout="multiline" data-testid={g.id}>
          <MessageBarBody>
            <Text weight="semibold">{g.title}</Text>
            <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
              {g.rows.slice(0, SHOWN_NOTES).map((r) => (
                <li key={r.rowId}>
                  {r.dossiernummer || "(geen dossiernummer)"}: {r.status}
                </li>
              ))}
              {g.rows.length > SHOWN_NOTES && <li>en nog {g.rows.length - SHOWN_NOTES} (zie het logboek)</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function Notes({ problems }: { problems: readonly DataQualityProblem[] }) {
  const [showAll, setShowAll] = useState(false);
  if (problems.length === 0) return null;
  const notes = showAll ? problems : problems.slice(0, SHOWN_NOTES);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="gegevenskwaliteit">
      <MessageBarBody>
        <Text weight="semibold">Gegevenskwaliteit ({problems.length})</Text>
        <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
          {notes.map((p, i) => (
            <li key={i}>{dataQualityMessage(p)}</li>
          ))}
        </ul>
        {problems.length > SHOWN_NOTES && (
          <Button appearance="transparent" size="small" onClick={() => setShowAll((v) => !v)}>
            {showAll ? "Minder tonen" : `Alle ${problems.length} opmerkingen tonen`}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function CompareResult({ report }: { report: CompareReport }) {
  const styles = useStyles();
  const { summary, problems } = report;
  return (
    <div data-testid="samenvatting" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h3" weight="semibold" style={{ margin: 0 }}>
        Resultaat
      </Text>
      <Text as="p" style={{ margin: 0 }}>
        {summary.debtors} debiteuren vergeleken met {summary.clients} cliënten; {countText(report.changed, "rij", "rijen")} bijgewerkt.
      </Text>
      <table className={styles.counts}>
        <caption className={styles.caption}>Debiteuren per status, na de vergelijking</caption>
        <tbody>
          {ALL_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row" className={styles.cell}>
                {s}
              </th>
              <td className={styles.number} data-testid={`aantal-${s}`}>
                {summary.byStatus[s]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SummaryChart perStatus={summary.byStatus} />
      <Text weight="semibold">Deze vergelijking vond</Text>
      <ul className={styles.found}>
        <li>
          <span data-testid="aantal-exact">{summary.exactMatches}</span> {plural(summary.exactMatches, "cliënt", "cliënten")} op rijksregisternummer
        </li>
        <li>
          <span data-testid="aantal-mogelijk">{summary.possibleMatches}</span> {plural(summary.possibleMatches, "mogelijke match", "mogelijke matches")} op naam + adres: een maatschappelijk werker
          bevestigt of wijst af
        </li>
        <li>
          <span data-testid="aantal-ongeldig">{summary.invalidNumbers}</span> {plural(summary.invalidNumbers, "debiteur", "debiteuren")} zonder geldig rijksregisternummer (alleen op naam + adres
          vergeleken)
        </li>
        {summary.differsOnRepeat > 0 && (
          <li>
            {countText(summary.differsOnRepeat, "eerdere beslissing", "eerdere beslissingen")} behouden, hoewel deze vergelijking iets anders vindt (zie het logboek)
          </li>
        )}
        {summary.revised > 0 && <li data-testid="aantal-herzien">{countOf(summary.revised, "automatisch resultaat", "automatische resultaten")} herzien: invordering nu stopgezet</li>}
      </ul>
      <NamedRows summary={summary} />
      <Notes problems={problems} />
    </div>
  );
}
