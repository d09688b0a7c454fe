// Importing debtors: pick a file, see what would be imported and its problems before anything is written, then import.
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { ImportPreview, DebtorList } from "../../app/importDebtors";
import { countOf, fileProblemMessage, listProblemMessage } from "../../domain/messages";
import type { ChosenFile, TaskpaneServices } from "../useCases";
import { ProblemBar, useAction } from "./feedback";
import { FilePicker } from "./FilePicker";
import { useFormStyles } from "./StartFlow";
import { Section } from "./Section";

const SHOWN_PROBLEMS = 10;

export function ImportSection({ services, session }: { services: TaskpaneServices; session: Session }) {
  const styles = useFormStyles();
  const action = useAction();
  const [pending, setPending] = useState<{ list: DebtorList & { readonly leesverslag?: string }; preview: ImportPreview } | undefined>();
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
    setDone(`${result.imported} debiteur(en) geïmporteerd uit ${pending.list.bron}.${corrected}${same} De import staat in het logboek.`);
  };

  const cancel = () => {
    setPending(undefined);
    action.show(undefined);
    setResetKey((k) => k + 1);
  };

  const preview = pending?.preview;
  return (
    <Section title="Debiteuren importeren" id="import">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Een CSV- of Excel-bestand met alleen Dossiernummer, Voornaam, Achternaam, Rijksregisternummer, Straat en Huisnummer (of Adres). U ziet
        eerst wat er ingelezen wordt; pas na ‘Importeren’ komt er iets in de werkmap.
      </Text>
      <FilePicker label="Bestand met debiteuren" testId="import-bestand" disabled={action.busy} resetKey={resetKey} onFile={(f) => void choose(f)} />
      <ProblemBar shown={action.shown} />
      {preview && pending && (
        <div className={styles.form} data-testid="import-voorbeeld">
          <Text as="p" style={{ margin: 0 }}>
            {preview.records.length} debiteur(en) gelezen uit {pending.list.bron}
            {pending.list.leesverslag ? ` (${pending.list.leesverslag})` : ""}.
          </Text>
          {preview.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {preview.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                    <li key={`${p.code}-${p.bronrij}`}>{listProblemMessage(p)}</li>
                  ))}
                  {preview.problems.length > SHOWN_PROBLEMS && <li>en nog {preview.problems.length - SHOWN_PROBLEMS} opmerking(en).</li>}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {preview.alreadyPresent.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {preview.alreadyPresent.length} dossiernummer(s) staan al in de werkmap ({preview.alreadyPresent.slice(0, 5).join(", ")}
                {preview.alreadyPresent.length > 5 ? ", …" : ""}). Een dossier dat er één keer staat, wordt bijgewerkt in plaats van toegevoegd; gewijzigde gegevens worden opnieuw vergeleken.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void importNow()} disabled={action.busy} data-testid="importeren">
              Importeren
            </Button>
            <Button onClick={cancel}>Annuleren</Button>
          </div>
        </div>
      )}
      {done && (
        <MessageBar intent="success" data-testid="import-klaar" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
