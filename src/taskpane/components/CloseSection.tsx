// Afsluiten: what it does, behind a strong confirmation (backup kept, the word typed) since it cannot be undone; a
// progress bar while the log is checked and pseudonymised; afterwards what was done and what to do next.
import { useEffect, useId, useRef, useState } from "react";
import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, MessageBar,
  MessageBarBody, MessageBarTitle, ProgressBar, Text,
} from "@fluentui/react-components";
import type { CloseChecks, CloseReport } from "../../app/closeProject";
import type { Session } from "../../app/deps";
import { SHEET } from "../../domain/layout";
import { CLOSE_CONFIRM_WORD, closeConfirmed, closeSummary, type CloseForm } from "../dpoViewModel";
import { CopyField } from "./CopyField";
import type { Progress, TaskpaneServices } from "../useCases";
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";

export interface CloseSectionProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  /** YYYY-MM-DD when the project was closed already. */
  readonly closedOn?: string;
  /** Came here through the debtor team's "Afsluiten" link: bring the section into view. */
  readonly focus?: boolean;
  onClosed(): void;
}

const WHAT_HAPPENS = [
  `Het blad ‘${SHEET.evaluation}’ komt erbij, met alleen aantallen (per status, per maand, per soort gebeurtenis).`,
  `Het blad ‘${SHEET.clients}’ wordt verwijderd, als het er nog is.`,
  `Alle gegevens onder de kolomkoppen van ‘${SHEET.debtors}’ worden gewist.`,
  "Het Logboek wordt gepseudonimiseerd met een sleutel die daarna vernietigd wordt; het blijft controleerbaar.",
  "Importeren, vergelijken en statussen wijzigen kan daarna niet meer.",
];

export function CloseSection({ services, session, closedOn, focus, onClosed }: CloseSectionProps) {
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [backup, setBackup] = useState(false);
  const [typed, setTyped] = useState("");
  const [earlyReason, setEarlyReason] = useState("");
  const [skipReason, setSkipReason] = useState("");
  const [checks, setChecks] = useState<CloseChecks | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<CloseReport | undefined>();
  const heading = useRef<HTMLDivElement>(null);
  const explanationId = useId();

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView?.({ block: "start" });
    heading.current?.querySelector<HTMLButtonElement>("button[data-testid='afsluiten']")?.focus();
  }, [focus]);

  const close = async () => {
    setOpen(false);
    setProgress({ stap: CLOSE_START });
    const input = { confirmation: typed, earlyReason: form.early ? earlyReason : undefined, skipHaltListReason: form.haltListMissing ? skipReason : undefined };
    const result = await action.run("het afsluiten van het project", () => services.closeProject(session, input, setProgress));
    setProgress(undefined);
    if (!result) return;
    setReport(result);
    onClosed();
  };

  const openDialog = (next: boolean) => {
    setOpen(next);
    if (next) {
      setBackup(false);
      setTyped("");
      setEarlyReason("");
      setSkipReason("");
      setChecks(undefined);
      void action.run("het nagaan of afsluiten kan", () => services.closeChecks(session)).then((c) => setChecks(c));
    }
  };

  const form: CloseForm = {
    backupKept: backup,
    typed,
    early: checks !== undefined && checks.period.code !== "verlopen",
    earlyReason,
    haltListMissing: checks !== undefined && !checks.haltListExported,
    skipReason,
  };
  const ready = checks !== undefined && closeConfirmed(form);

  return (
    <div ref={heading}>
      <Section title="Project afsluiten" id="afsluiten">
        {closedOn && !report ? (
          <Text as="p" style={{ margin: 0 }} data-testid="al-afgesloten">
            Het project werd afgesloten op {closedOn}. Controleren, verzegelen en exporteren van het Logboek kan nog.
          </Text>
        ) : (
          !report && (
            <>
              <Text as="p" size={200} style={{ margin: 0 }} id={explanationId}>
                Na de protocolperiode: evaluatie en anonimisering, in één keer. Werkwijze: maak een reservekopie van de werkmap, controleer en verzegel
                het Logboek, sluit af, en verzegel daarna opnieuw.
              </Text>
              {/* The div keeps the button its own width (the section is a column flexbox); the surface renders in a portal. */}
              <div>
                <Dialog open={open} onOpenChange={(_, d) => openDialog(d.open)} modalType="alert">
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="primary" disabled={action.busy} aria-describedby={explanationId} data-testid="afsluiten">
                      Afsluiten…
                    </Button>
                  </DialogTrigger>
                  <DialogSurface>
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (ready) void close();
                      }}
                    >
                      <DialogBody>
                        <DialogTitle>Project definitief afsluiten?</DialogTitle>
                        <DialogContent style={{ display: "flex", flexDirection: "column", gap: 12 }}>
                          <Text as="p" style={{ margin: 0 }}>
                            Afsluiten doet in één keer:
                          </Text>
                          <ul style={{ margin: 0, paddingLeft: 20 }}>
                            {WHAT_HAPPENS.map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                          <Text as="p" weight="semibold" style={{ margin: 0 }}>
                            Dit kan niet ongedaan worden gemaakt. Bewaar eerst een reservekopie van de werkmap op een veilige plaats (Bestand › Een kopie
                            opslaan), voor het geval het afsluiten onderbroken wordt.
                          </Text>
                          {checks && form.early && (
                            <Field label={`De protocolperiode loopt nog tot en met ${checks.end}. Waarom nu al afsluiten?`} required>
                              <Input value={earlyReason} onChange={(_, d) => setEarlyReason(d.value)} data-testid="afsluiten-reden-vroeg" />
                            </Field>
                          )}
                          {checks && form.haltListMissing && (
                            <Field
                              label="De lijsten voor de invordering werden sinds de laatste statuswijziging niet geëxporteerd. Laat het debiteurenteam ze eerst exporteren, of geef een reden om ze over te slaan."
                              required
                            >
                              <Input value={skipReason} onChange={(_, d) => setSkipReason(d.value)} data-testid="afsluiten-reden-lijst" />
                            </Field>
                          )}
                          <Text size={200}>Schrijf in een reden geen namen of andere persoonsgegevens: ze komt leesbaar in het Logboek.</Text>
                          <Checkbox
                            checked={backup}
                            onChange={(_, d) => setBackup(d.checked === true)}
                            label="Ik heb een reservekopie van de werkmap bewaard."
                            data-testid="afsluiten-reservekopie"
                          />
                          <Field label={`Typ ${CLOSE_CONFIRM_WORD} (in hoofdletters) om te bevestigen`} required>
                            <Input value={typed} onChange={(_, d) => setTyped(d.value)} autoComplete="off" data-testid="afsluiten-woord" />
                          </Field>
                        </DialogContent>
                        <DialogActions>
                          <Button appearance="primary" type="submit" disabled={!ready} data-testid="afsluiten-bevestigen">
                            Definitief afsluiten
                          </Button>
                          <DialogTrigger disableButtonEnhancement>
                            <Button>Annuleren</Button>
                          </DialogTrigger>
                        </DialogActions>
                      </DialogBody>
                    </form>
                  </DialogSurface>
                </Dialog>
              </div>
            </>
          )
        )}
        {action.busy && progress && (
          <Field validationMessage={progress.stap} validationState="none">
            <ProgressBar value={progress.fraction} aria-label="Voortgang van het afsluiten" data-testid="afsluiten-voortgang" />
          </Field>
        )}
        <ProblemBar shown={action.shown} />
        {report && (
          <MessageBar intent="success" layout="multiline" data-testid="afsluiting-klaar">
            <MessageBarBody>
              <MessageBarTitle>Project afgesloten op {report.closedOn}</MessageBarTitle>
              <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
                {closeSummary(report).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {report && (
          <CopyField
            label="Afsluitingsrecord"
            value={report.closeRecord}
            hint={`Oude kop Nr ${report.originalHead.nr} → eerste rij van het nieuwe ketensegment. Bewaar het buiten de werkmap, naast uw zegels.`}
            testId="afsluitingsrecord"
          />
        )}
      </Section>
    </div>
  );
}

const CLOSE_START = "Het afsluiten begint…";
