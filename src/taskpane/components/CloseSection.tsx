// Afsluiten: what it does, behind a strong confirmation (CloseDialog.tsx) since it cannot be undone; a progress bar
// while the log is checked and pseudonymised; afterwards what was done and what to do next.
import { useEffect, useId, useRef, useState } from "react";
import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import type { CloseReport } from "../../app/closeProject";
import type { Session } from "../../app/deps";
import { closeSummary } from "../dpoViewModel";
import type { Progress, TaskpaneServices } from "../useCases";
import { CloseDialog, type CloseConfirmation } from "./CloseDialog";
import { CopyField } from "./CopyField";
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

const CLOSE_START = "Het afsluiten begint…";

export function CloseSection({ services, session, closedOn, focus, onClosed }: CloseSectionProps) {
  const action = useAction();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<CloseReport | undefined>();
  const heading = useRef<HTMLDivElement>(null);
  const explanationId = useId();

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView?.({ block: "start" });
    heading.current?.querySelector<HTMLButtonElement>("button[data-testid='afsluiten']")?.focus();
  }, [focus]);

  const close = async (input: CloseConfirmation) => {
    setProgress({ stap: CLOSE_START });
    const result = await action.run("het afsluiten van het project", () => services.closeProject(session, input, setProgress));
    setProgress(undefined);
    if (!result) return;
    setReport(result);
    onClosed();
  };

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
                <CloseDialog services={services} session={session} action={action} describedBy={explanationId} onConfirm={(input) => void close(input)} />
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
        {report && <CloseDone report={report} />}
      </Section>
    </div>
  );
}

/** What the close did, and the close record to keep outside the workbook. */
function CloseDone({ report }: { report: CloseReport }) {
  return (
    <>
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
      <CopyField
        label="Afsluitingsrecord"
        value={report.closeRecord}
        hint={`Oude kop Nr ${report.originalHead.nr} → eerste rij van het nieuwe ketensegment. Bewaar het buiten de werkmap, naast uw zegels.`}
        testId="afsluitingsrecord"
      />
    </>
  );
}
