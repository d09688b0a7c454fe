// Importing debtors: pick a file, see what would be imported and its problems before anything is written, then import.
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { ImportPreview, DebtorList } from "../../app/importDebtors";
import { countOf, fileProblemMessage, listProblemMessage } from "../../domain/messages";
import type { ChosenFile, TaskpaneServices } from "../useCases";
import { ProblemBar, useAction } from "./feedback";
import { FilePicker } from "./FilePicker";
import { useFormStyles } from "./styles";
import { Section } from "./Section";
import { countText } from "../viewModel";

const SHOWN_PROBLEMS = 10;
const SHOWN_ROWS = 3;
const useStyles = makeStyles({
  /** A plain list, wrapping long values in a narrow pane. */
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function ImportSection({ services, session }: { services: TaskpaneServices; session: Session }) {
  const action = useAction();
  const [pending, setPending] = useState<PendingImport | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [resetKey, setResetKey] = useState(0);

  const choose = async (file: ChosenFile | undefined) => {
    setPending(undefined);
    setDone(undefined);
    if (!file) return;
    const list = await action.run("het lezen van het bestand", () => services.readListFile(file, "debiteuren"), fileProblemMessage);
    if (!list) return;
    const preview = await action.run("het nakijken van de debiteurenlijst", () => services.previewImport(session, list));
    if (preview) setPending({ list, preview });
  };

  const importNow = async () => {
    if (!pending) return;
    const result = await action.run("het importeren", () => services.importDebtors(session, pending.list));
    if (!result) return;
    setPending(undefined);
    setResetKey((k) => k + 1);
    const corrected = result.updated > 0 ? ` ${countOf(result.updated, "bestaande debiteur", "bestaande debiteuren")} bijgewerkt: opnieuw te vergelijken of, na een beslissing, gemarkeerd voor de maatschappelijk werker.` : "";
    const same = result.unchanged > 0 ? ` ${countOf(result.unchanged, "debiteur stond", "debiteuren stonden")} er al, ongewijzigd.` : "";
    setDone(`${countOf(result.imported, "debiteur", "debiteuren")} geïmporteerd uit ${pending.list.source}.${corrected}${same} De import staat in het logboek.`);
  };

  const cancel = () => {
    setPending(undefined);
    action.show(undefined);
    setResetKey((k) => k + 1);
  };

  return (
    <Section title="Debiteuren importeren" id="import">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Een CSV- of Excel-bestand met alleen Dossiernummer, Voornaam, Achternaam, Rijksregisternummer, Straat en Huisnummer (of Adres). U ziet
        eerst wat er ingelezen wordt; pas na ‘Importeren’ komt er iets in de werkmap.
      </Text>
      <FilePicker label="Bestand met debiteuren" testId="import-bestand" disabled={action.busy} resetKey={resetKey} onFile={(f) => void choose(f)} />
      <ProblemBar shown={action.shown} />
      {pending && <ImportPreviewView pending={pending} busy={action.busy} onImport={() => void importNow()} onCancel={cancel} />}
      {done && (
        <MessageBar intent="success" data-testid="import-klaar" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

type PendingImport = { readonly list: DebtorList & { readonly readSummary?: string }; readonly preview: ImportPreview };

interface ImportPreviewProps {
  readonly pending: PendingImport;
  readonly busy: boolean;
  onImport(): void;
  onCancel(): void;
}

/** What would be imported, before anything is written: the columns, the first rows, and the problems known now. */
function ImportPreviewView({ pending, busy, onImport, onCancel }: ImportPreviewProps) {
  const styles = useFormStyles();
  const { list } = useStyles();
  const { preview } = pending;
  return (
    <div className={styles.form} data-testid="import-voorbeeld">
      <Text as="p" style={{ margin: 0 }}>
        {countText(preview.records.length, "debiteur", "debiteuren")} gelezen uit {pending.list.source}
        {pending.list.readSummary ? ` (${pending.list.readSummary})` : ""}. Nog niets in de werkmap: kijk het voorbeeld na.
      </Text>
      <Text as="h3" size={300} weight="semibold" style={{ margin: 0 }}>
        Welke kolom waarvoor dient
      </Text>
      <ul className={list} data-testid="import-kolommen">
        {preview.mapping.map((m) => (
          <li key={m.kolom}>
            <Text size={200}>{m.kolom === m.gegeven ? m.kolom : `${m.kolom} → ${m.gegeven}`}</Text>
          </li>
        ))}
      </ul>
      <Text as="h3" size={300} weight="semibold" style={{ margin: 0 }}>
        {preview.records.length > SHOWN_ROWS ? `De eerste ${SHOWN_ROWS} rijen` : "De rijen"}
      </Text>
      <ul className={list} data-testid="import-rijen">
        {preview.records.slice(0, SHOWN_ROWS).map((r, i) => (
          <li key={i}>
            <Text size={200}>
              {r.dossiernummer || "(geen dossiernummer)"}: {r.voornaam} {r.achternaam}, {r.straat} {r.huisnummer}
            </Text>
          </li>
        ))}
      </ul>
      <CappedWarning
        title={`Gegevenskwaliteit (${preview.quality.length}), nu al bekend`}
        lines={preview.quality.map((q) => ({ key: q, text: q }))}
        testId="import-kwaliteit"
      />
      <CappedWarning lines={preview.problems.map((p) => ({ key: `${p.code}-${p.bronrij}`, text: listProblemMessage(p) }))} />
      {preview.alreadyPresent.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {countOf(preview.alreadyPresent.length, "dossiernummer staat", "dossiernummers staan")} al in de werkmap ({preview.alreadyPresent.slice(0, 5).join(", ")}
            {preview.alreadyPresent.length > 5 ? ", …" : ""}). Een dossier dat er één keer staat, wordt bijgewerkt in plaats van toegevoegd; gewijzigde gegevens worden opnieuw vergeleken.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onImport} disabled={busy} data-testid="importeren">
          Importeren
        </Button>
        <Button onClick={onCancel}>Annuleren</Button>
      </div>
    </div>
  );
}

/** A warning of at most SHOWN_PROBLEMS lines, then how many more there are; nothing when there are none. */
function CappedWarning({ title, lines, testId }: { title?: string; lines: readonly { key: string; text: string }[]; testId?: string }) {
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {lines.slice(0, SHOWN_PROBLEMS).map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
          {lines.length > SHOWN_PROBLEMS && <li>en nog {countText(lines.length - SHOWN_PROBLEMS, "opmerking", "opmerkingen")}.</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
