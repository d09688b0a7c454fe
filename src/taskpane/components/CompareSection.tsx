// Vergelijk: the client list from a file (recommended: read in memory, never stored) or from the OCMW-cliënten
// sheet; a progress bar while it runs; then the summary, the chart, the data-quality notes and the offer to
// delete the client sheet. The ribbon's Vergelijk runs here too (from the sheet). A social worker compares with her
// own list and sees only what concerns the OCMW: the matches found and the notes about her list.
import { useEffect, useRef, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientSource, CompareReport } from "../../app/compare";
import type { Session } from "../../app/deps";
import { appProblemMessage } from "../../app/problems";
import { countOf, fileProblemMessage } from "../../domain/messages";
import { dataQualityMessage, type DataQualityProblem } from "../../domain/matching";
import { ALL_STATUSES } from "../../domain/status";
import type { ChosenFile, Progress, TaskpaneServices } from "../useCases";
import { ConfirmButton } from "./ConfirmButton";
import { ProblemBar, useAction } from "./feedback";
import { FilePicker } from "./FilePicker";
import { Section } from "./Section";
import { SummaryChart } from "./SummaryChart";
import { useFormStyles } from "./StartFlow";
import { countText, plural } from "../viewModel";

const SHOWN_NOTES = 8;

const useStyles = makeStyles({
  counts: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: "left", fontWeight: tokens.fontWeightRegular },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  found: { margin: 0, paddingLeft: "20px" },
  number: { padding: "2px 4px", textAlign: "right", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, fontVariantNumeric: "tabular-nums" },
  /** Read out by screen readers, not shown (the result itself is on screen). */
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** The ribbon's Vergelijk found no client sheet (deleted after the last comparison, as advised). */
export const RIBBON_WITHOUT_SHEET =
  "Het blad ‘OCMW-cliënten’ staat niet (meer) in deze werkmap. Kies hieronder het bestand met de OCMW-cliënten en klik op Vergelijk: het wordt alleen gelezen, niet in de werkmap bewaard.";

/** What the live region says when a comparison is done. */
export function resultAnnouncement(r: CompareReport, worker: boolean): string {
  const s = r.summary;
  const found = `${countText(s.exactMatches, "cliënt", "cliënten")} op rijksregisternummer, ${countText(s.possibleMatches, "mogelijke match", "mogelijke matches")} op naam + adres`;
  return worker ? `Vergelijking klaar: ${found}.` : `Vergelijking klaar: ${countText(s.debtors, "debiteur", "debiteuren")} vergeleken; ${found}.`;
}

/** The ribbon asked for Vergelijk: run it from the OCMW-cliënten sheet, then call done (Office waits for it). */
export interface RibbonCompareRequest {
  readonly id: number;
  done(): void;
}

export interface CompareSectionProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly ribbonRequest?: RibbonCompareRequest;
  /** Why comparing is not possible now (outside the protocol period, project closed); the button is then disabled. */
  readonly blockedReason?: string;
  /** After a comparison that wrote statuses (the social worker's list reloads). */
  onCompared?(): void;
}

export function CompareSection({ services, session, ribbonRequest, blockedReason, onCompared }: CompareSectionProps) {
  const formStyles = useFormStyles();
  const styles = useStyles();
  const action = useAction();
  const worker = session.rol === "maatschappelijk-werker";
  const [mode, setMode] = useState<"bestand" | "blad">("bestand");
  const [file, setFile] = useState<ChosenFile | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<CompareReport | undefined>();
  const [fromRibbon, setFromRibbon] = useState(false);
  const [sheetDeleted, setSheetDeleted] = useState(false);
  const section = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [announced, setAnnounced] = useState("");

  // Focus moves to the result and the live region reads it out, so nobody has to search the pane for it.
  useEffect(() => {
    if (report) result.current?.focus();
  }, [report]);

  const compareWith = async (source: ClientSource, { fromRibbon = false } = {}) => {
    setAnnounced("");
    let noSheet = false;
    const compared = await action.run(
      "het vergelijken",
      () => services.compare(session, source, setProgress),
      (p) => {
        noSheet = fromRibbon && p.code === "geen-clientenlijst";
        return noSheet ? RIBBON_WITHOUT_SHEET : appProblemMessage(p);
      },
    );
    setProgress(undefined);
    if (!compared) {
      if (noSheet) askForFile();
      return;
    }
    setReport(compared);
    setAnnounced(resultAnnouncement(compared, worker));
    onCompared?.();
  };

  /** The ribbon found no client sheet: ask for the file here instead, with focus on its button. */
  const askForFile = () => {
    setMode("bestand");
    setFromRibbon(false);
    setTimeout(() => section.current?.querySelector<HTMLButtonElement>("[data-bestand-knop]")?.focus(), 0);
  };

  const run = async () => {
    setReport(undefined);
    setSheetDeleted(false);
    setFromRibbon(false);
    if (mode === "blad") return compareWith({ kind: "blad" });
    if (!file) {
      action.show({ kind: "problem", text: worker ? "Kies eerst het bestand met uw cliëntenlijst." : "Kies eerst het bestand met de OCMW-cliënten." });
      return;
    }
    setProgress({ stap: "Het bestand wordt gelezen…" });
    const list = await action.run("het lezen van de cliëntenlijst", () => services.readListFile(file, "clienten"), fileProblemMessage);
    if (!list) return setProgress(undefined);
    // The rows live only in this call: the file is never written to the workbook or kept by the task pane.
    await compareWith({ kind: "bestand", fileName: file.name, headers: list.headers, rows: list.rows });
  };

  // The ribbon's Vergelijk: once per request, from the sheet, shown here.
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!ribbonRequest || handled.current === ribbonRequest.id) return;
    handled.current = ribbonRequest.id;
    setReport(undefined);
    setSheetDeleted(false);
    setFromRibbon(true);
    if (!worker) setMode("blad");
    section.current?.scrollIntoView?.({ block: "start" });
    void compareWith({ kind: "blad" }, { fromRibbon: true }).finally(() => ribbonRequest.done());
    // Only a new request starts a run; compareWith is re-created on every render and needs no tracking here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ribbonRequest]);

  const deleteSheet = async () => {
    if (await action.attempt("het verwijderen van het blad OCMW-cliënten", () => services.deleteClientSheet(session))) setSheetDeleted(true);
  };

  return (
    <div ref={section}>
      <Section title={worker ? "Vergelijk met een eigen cliëntenlijst" : "Vergelijken met de OCMW-cliënten"} id="vergelijk">
        {worker ? (
          <Text as="p" size={200} style={{ margin: 0 }}>
            Kies een bestand met uw cliënten (CSV of Excel: voornaam, achternaam, rijksregisternummer, adres). Het wordt alleen gelezen, nooit in de
            werkmap bewaard. Daarna ziet u hieronder de dossiers die het OCMW aangaan.
          </Text>
        ) : (
          <Field label="Cliëntenlijst">
            <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as "bestand" | "blad")} data-testid="bron-keuze">
              <Radio value="bestand" label="Uit een bestand (aanbevolen: de lijst wordt alleen gelezen, niet in de werkmap bewaard)" />
              <Radio value="blad" label="Uit het blad ‘OCMW-cliënten’ in deze werkmap" />
            </RadioGroup>
          </Field>
        )}
        {(worker || mode === "bestand") && (
          <FilePicker label={worker ? "Bestand met uw cliëntenlijst" : "Bestand met OCMW-cliënten"} testId="clienten-bestand" disabled={action.busy} onFile={setFile} />
        )}
        {blockedReason && (
          <Text as="p" size={200} style={{ margin: 0 }} data-testid="vergelijk-geblokkeerd">
            {blockedReason}
          </Text>
        )}
        <div className={formStyles.actions}>
          <Button appearance="primary" onClick={() => void run()} disabled={action.busy || !!blockedReason} data-testid="vergelijk">
            Vergelijk
          </Button>
        </div>
        {action.busy && progress && (
          <Field validationMessage={progress.stap} validationState="none">
            <ProgressBar value={progress.fraction} aria-label="Voortgang van de vergelijking" data-testid="voortgang" />
          </Field>
        )}
        {fromRibbon && (
          <Text as="p" size={200} style={{ margin: 0 }} role="status" data-testid="via-lint">
            Gestart met ‘Vergelijk’ op het lint: de cliëntenlijst komt uit het blad ‘OCMW-cliënten’.
          </Text>
        )}
        <ProblemBar shown={action.shown} />
        <div role="status" className={styles.hidden} data-testid="vergelijk-aangekondigd">
          {announced}
        </div>
        {report && (
          <div ref={result} tabIndex={-1} aria-label="Resultaat van de vergelijking" role="region" data-testid="resultaat">
            {worker ? <WorkerResult report={report} /> : <CompareResult report={report} />}
          </div>
        )}
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
    </div>
  );
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

export function CompareResult({ report }: { report: CompareReport }) {
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
