// The DPO's tools on the Logboek: check the hash chain (optionally against a seal), seal it, export it (CSV and JSON
// lines) and draw up the compliance report. Each writes its own log row; docs/dpo.md says what the results mean.
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ComplianceReport } from "../../app/complianceReport";
import type { Session } from "../../app/deps";
import type { LogExport } from "../../app/exportLog";
import type { Seal } from "../../app/sealLog";
import type { LogCheck } from "../../app/verifyLog";
import { checkHeadline } from "../dpoViewModel";
import { reportByline, reportParts, reportText } from "../reportView";
import { countText } from "../viewModel";
import type { Progress, TaskpaneServices } from "../useCases";
import { CopyField } from "./CopyField";
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";
import { useFormStyles } from "./styles";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  reportList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface DpoToolProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  /** A row was added to the log: the log view reloads. */
  onLogged(): void;
}

export function VerifySection({ services, session, onLogged }: DpoToolProps) {
  const styles = useFormStyles();
  const action = useAction();
  const [seal, setSeal] = useState("");
  const [record, setRecord] = useState("");
  const [progress, setProgress] = useState<Progress | undefined>();
  const [check, setCheck] = useState<LogCheck | undefined>();
  // Counts the checks shown, so a reader (or a test) can tell a new result from the previous one with the same text.
  const [runs, setRuns] = useState(0);

  const verify = async () => {
    setCheck(undefined);
    const input = { seal: seal.trim() || undefined, closeRecord: record.trim() || undefined, onProgress: setProgress };
    const result = await action.run("het controleren van het logboek", () => services.verifyLog(session, input));
    setProgress(undefined);
    if (!result) return;
    setCheck(result);
    setRuns((n) => n + 1);
    onLogged();
  };

  const headline = check && checkHeadline(check);
  return (
    <Section title="Logboek controleren" id="controle">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Rekent elke rij van het Logboek opnieuw na (hashketen) en meldt de eerste breuk. De controle zelf komt ook in het Logboek.
      </Text>
      <Field
        label="Zegel (optioneel)"
        hint="Plak een zegel die u eerder buiten de werkmap bewaarde (DC-ZEGEL …): dan blijkt ook of het Logboek sindsdien alleen werd aangevuld."
      >
        <Input value={seal} onChange={(_, d) => setSeal(d.value)} autoComplete="off" spellCheck={false} data-testid="controle-zegel" />
      </Field>
      <Field
        label="Afsluitingsrecord (optioneel)"
        hint="Na het afsluiten: plak het record DC-AFSLUITING … dat u bij het afsluiten noteerde. Alleen daarmee is een zegel van vóór de afsluiting na te gaan."
      >
        <Input value={record} onChange={(_, d) => setRecord(d.value)} autoComplete="off" spellCheck={false} data-testid="controle-afsluiting" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void verify()} disabled={action.busy} data-testid="controleer">
          Logboek controleren
        </Button>
      </div>
      {action.busy && progress && (
        <Field validationMessage={progress.stap} validationState="none">
          <ProgressBar value={progress.fraction} aria-label="Voortgang van de controle" />
        </Field>
      )}
      <ProblemBar shown={action.shown} />
      {check && headline && (
        <MessageBar intent={headline.intent} layout="multiline" data-testid="controle-resultaat" data-intact={String(check.intact)} data-controle={runs}>
          <MessageBarBody>
            <MessageBarTitle>{headline.title}</MessageBarTitle>
            {headline.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

export function SealSection({ services, session, onLogged }: DpoToolProps) {
  const action = useAction();
  const [seal, setSeal] = useState<Seal | undefined>();

  const sealNow = async () => {
    setSeal(undefined);
    const result = await action.run("het verzegelen van het logboek", () => services.sealLog(session));
    if (!result) return;
    setSeal(result);
    onLogged();
  };

  return (
    <Section title="Verzegelen" id="verzegelen">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Een zegel legt vast hoe het Logboek er nu uitziet. Bewaard buiten de werkmap, bewijst hij later dat er sindsdien alleen rijen bijkwamen.
      </Text>
      <div>
        <Button onClick={() => void sealNow()} disabled={action.busy} data-testid="verzegel">
          Verzegelen
        </Button>
      </div>
      <ProblemBar shown={action.shown} />
      {seal && (
        <div data-testid="zegel" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
          <CopyField
            label="Zegel"
            value={seal.text}
            hint={`Logboek verzegeld tot en met Nr ${seal.head.nr} (de verzegeling zelf).`}
            testId="zegel-tekst"
          />
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Bewaar deze zegel buiten de werkmap</MessageBarTitle>
              Kopieer hem naar een register buiten deze werkmap (een ticket, een e-mail aan uzelf, een papieren register). In de werkmap zelf bewijst hij
              niets: wie de werkmap kan wijzigen, kan ook de zegel wijzigen.
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
    </Section>
  );
}

export function LogExportSection({ services, session, onLogged }: DpoToolProps) {
  const action = useAction();
  const [exported, setExported] = useState<LogExport | undefined>();

  const exportNow = async () => {
    setExported(undefined);
    const result = await action.run("het exporteren van het logboek", () => services.exportLog(session));
    if (!result) return;
    setExported(result);
    onLogged();
  };

  return (
    <Section title="Exporteren" id="logboek-export">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Het Logboek als CSV (om te lezen in Excel) en als JSON lines (in de termen van het auditregister van MAGDA; daarmee kan de keten opnieuw worden
        nagerekend).
      </Text>
      <div>
        <Button onClick={() => void exportNow()} disabled={action.busy} data-testid="exporteer-logboek">
          Logboek exporteren
        </Button>
      </div>
      <ProblemBar shown={action.shown} />
      {exported && (
        <MessageBar intent="success" layout="multiline" data-testid="export-logboek-klaar">
          <MessageBarBody>
            <Text as="p" style={{ margin: "0 0 8px" }}>
              {countText(exported.count, "rij", "rijen")} klaar om te downloaden. De export staat in het Logboek.
            </Text>
            <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
              <Button size="small" onClick={() => services.download(exported.fileNames.csv, exported.csv)} data-testid="download-csv">
                {exported.fileNames.csv} downloaden
              </Button>
              <Button size="small" onClick={() => services.download(exported.fileNames.jsonl, exported.jsonl)} data-testid="download-jsonl">
                {exported.fileNames.jsonl} downloaden
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

export function ReportSection({ services, session, onLogged }: DpoToolProps) {
  const styles = useStyles();
  const action = useAction();
  const [report, setReport] = useState<ComplianceReport | undefined>();

  const drawUp = async () => {
    setReport(undefined);
    const result = await action.run("het opstellen van het nalevingsrapport", () => services.complianceReport(session));
    if (!result) return;
    setReport(result);
    onLogged();
  };

  const fileName = report ? `nalevingsrapport-${report.drawnUpAt.slice(0, 10)}.txt` : "";
  return (
    <Section title="Nalevingsrapport" id="rapport">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Eén pagina: protocolperiode, gebruikte velden tegenover de toegelaten velden, debiteuren per status, ongeldige rijksregisternummers, wijzigingen
        buiten de add-in en de controle van het Logboek.
      </Text>
      <div>
        <Button onClick={() => void drawUp()} disabled={action.busy} data-testid="rapport">
          Rapport opstellen
        </Button>
      </div>
      <ProblemBar shown={action.shown} />
      {report && (
        <>
          <article aria-labelledby="rapport-kop" className={styles.report} data-testid="rapport-tekst">
            <Text as="h3" id="rapport-kop" weight="semibold" style={{ margin: 0 }}>
              Nalevingsrapport
            </Text>
            <Text as="p" size={200} style={{ margin: 0 }}>
              {reportByline(report)}
            </Text>
            {reportParts(report).map((part) => (
              <section key={part.title} aria-label={part.title}>
                <Text as="h4" size={300} weight="semibold" style={{ margin: `${tokens.spacingVerticalS} 0 0` }}>
                  {part.title}
                </Text>
                <ul className={styles.reportList}>
                  {part.items.map((item) => (
                    <li key={item}>
                      <Text size={200}>{item}</Text>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </article>
          <div>
            <Button size="small" onClick={() => services.download(fileName, reportText(report))} data-testid="download-rapport">
              {fileName} downloaden
            </Button>
          </div>
        </>
      )}
    </Section>
  );
}
