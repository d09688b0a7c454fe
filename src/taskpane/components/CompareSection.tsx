// Vergelijk: the client list from a file (recommended: read in memory, never stored) or from the OCMW-cliënten
// sheet; a progress bar while it runs; then the summary, the chart, the data-quality notes and the offer to
// delete the client sheet.
import { useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientSource, CompareReport } from "../../app/compare";
import type { Session } from "../../app/deps";
import { fileProblemMessage } from "../../domain/messages";
import { dataQualityMessage } from "../../domain/matching";
import { ALL_STATUSES } from "../../domain/status";
import type { ChosenFile, Progress, TaskpaneServices } from "../useCases";
import { ConfirmButton } from "./ConfirmButton";
import { ProblemBar, useAction } from "./feedback";
import { FilePicker } from "./FilePicker";
import { Section } from "./Section";
import { SummaryChart } from "./SummaryChart";
import { useFormStyles } from "./StartFlow";

const SHOWN_NOTES = 8;

const useStyles = makeStyles({
  counts: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: "left", fontWeight: tokens.fontWeightRegular },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  found: { margin: 0, paddingLeft: "20px" },
  number: { padding: "2px 4px", textAlign: "right", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, fontVariantNumeric: "tabular-nums" },
});

export function CompareSection({ services, session }: { services: TaskpaneServices; session: Session }) {
  const formStyles = useFormStyles();
  const action = useAction();
  const [mode, setMode] = useState<"bestand" | "blad">("bestand");
  const [file, setFile] = useState<ChosenFile | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<CompareReport | undefined>();
  const [sheetDeleted, setSheetDeleted] = useState(false);

  const run = async () => {
    setReport(undefined);
    setSheetDeleted(false);
    let source: ClientSource = { kind: "blad" };
    if (mode === "bestand") {
      if (!file) {
        action.show({ kind: "problem", text: "Kies eerst het bestand met de OCMW-cliënten." });
        return;
      }
      setProgress({ stap: "Het bestand wordt gelezen…" });
      const list = await action.run("het lezen van de cliëntenlijst", () => services.readListFile(file, "clienten"), fileProblemMessage);
      if (!list) return setProgress(undefined);
      source = { kind: "bestand", fileName: file.name, headers: list.headers, rows: list.rows };
    }
    const result = await action.run("het vergelijken", () => services.compare(session, source, setProgress));
    setProgress(undefined);
    if (result) setReport(result);
  };

  const deleteSheet = async () => {
    if (await action.attempt("het verwijderen van het blad OCMW-cliënten", () => services.deleteClientSheet(session))) setSheetDeleted(true);
  };

  return (
    <Section title="Vergelijken met de OCMW-cliënten" id="vergelijk">
      <Field label="Cliëntenlijst">
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as "bestand" | "blad")} data-testid="bron-keuze">
          <Radio value="bestand" label="Uit een bestand (aanbevolen: de lijst wordt alleen gelezen, niet in de werkmap bewaard)" />
          <Radio value="blad" label="Uit het blad ‘OCMW-cliënten’ in deze werkmap" />
        </RadioGroup>
      </Field>
      {mode === "bestand" && <FilePicker label="Bestand met OCMW-cliënten" testId="clienten-bestand" disabled={action.busy} onFile={setFile} />}
      <div className={formStyles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={action.busy} data-testid="vergelijk">
          Vergelijk
        </Button>
      </div>
      {action.busy && progress && (
        <Field validationMessage={progress.stap} validationState="none">
          <ProgressBar value={progress.fraction} aria-label="Voortgang van de vergelijking" data-testid="voortgang" />
        </Field>
      )}
      <ProblemBar shown={action.shown} />
      {report && <CompareResult report={report} />}
      {report?.clientSheetPresent && !sheetDeleted && (
        <MessageBar intent="info" layout="multiline" data-testid="blad-verwijderen-aanbod">
          <MessageBarBody>
            <Text as="p" style={{ margin: "0 0 8px" }}>
              Het blad ‘OCMW-cliënten’ is na het vergelijken niet meer nodig. Verwijder het, zodat de cliëntenlijst niet in de gedeelde werkmap blijft
              staan.
            </Text>
            <ConfirmButton
              label="Blad OCMW-cliënten verwijderen"
              title="Blad verwijderen"
              question="Bevestigen dat het blad ‘OCMW-cliënten’ uit de werkmap verwijderd wordt? Dat komt in het logboek."
              confirmLabel="Verwijderen"
              appearance="primary"
              disabled={action.busy}
              testId="blad-verwijderen"
              onConfirm={() => void deleteSheet()}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      {sheetDeleted && (
        <MessageBar intent="success" data-testid="blad-verwijderd">
          <MessageBarBody>Het blad ‘OCMW-cliënten’ is verwijderd.</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

export function CompareResult({ report }: { report: CompareReport }) {
  const styles = useStyles();
  const { summary, problems } = report;
  const [showAll, setShowAll] = useState(false);
  const notes = showAll ? problems : problems.slice(0, SHOWN_NOTES);
  return (
    <div data-testid="samenvatting" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h4" weight="semibold" style={{ margin: 0 }}>
        Resultaat
      </Text>
      <Text as="p" style={{ margin: 0 }}>
        {summary.debiteuren} debiteuren vergeleken met {summary.clienten} cliënten; {report.changed} rij(en) bijgewerkt.
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
                {summary.perStatus[s]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SummaryChart perStatus={summary.perStatus} />
      <Text weight="semibold">Deze vergelijking vond</Text>
      <ul className={styles.found}>
        <li>
          <span data-testid="aantal-exact">{summary.exacteMatches}</span> cliënt(en) op rijksregisternummer
        </li>
        <li>
          <span data-testid="aantal-mogelijk">{summary.mogelijkeMatches}</span> mogelijke match(es) op naam + adres: een maatschappelijk werker
          bevestigt of wijst af
        </li>
        <li>
          <span data-testid="aantal-ongeldig">{summary.ongeldigeNummers}</span> debiteur(en) zonder geldig rijksregisternummer (alleen op naam + adres
          vergeleken)
        </li>
        {summary.afwijkendBijHerhaling > 0 && (
          <li>
            {summary.afwijkendBijHerhaling} eerdere beslissing(en) behouden, hoewel deze vergelijking iets anders vindt (zie het logboek)
          </li>
        )}
      </ul>
      {problems.length > 0 && (
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
      )}
    </div>
  );
}
