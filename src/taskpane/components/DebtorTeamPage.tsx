// The debtor team's page: import debtors, run Vergelijk, export which dossiers to halt or continue.
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { TaskpaneServices } from "../useCases";
import { CompareSection } from "./CompareSection";
import { ProblemBar, useAction } from "./feedback";
import { ImportSection } from "./ImportSection";
import { Section } from "./Section";

export function DebtorTeamPage({ services, session }: { services: TaskpaneServices; session: Session }) {
  return (
    <>
      <ImportSection services={services} session={session} />
      <CompareSection services={services} session={session} />
      <ExportSection services={services} session={session} />
    </>
  );
}

function ExportSection({ services, session }: { services: TaskpaneServices; session: Session }) {
  const action = useAction();
  const [done, setDone] = useState<string | undefined>();
  const exportList = async () => {
    setDone(undefined);
    const list = await action.run("het exporteren van de lijst", () => services.exportHaltList(session));
    if (!list) return;
    services.download(list.fileName, list.csv);
    setDone(`${list.fileName}: ${list.halt} dossier(s) stopzetten, ${list.continue} voortzetten. Alleen dossiernummer en status; de export staat in het logboek.`);
  };
  return (
    <Section title="Lijst voor de invordering" id="export">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Welke dossiers stopgezet worden (cliënt of mogelijke cliënt) en welke voortgezet, als CSV voor de invorderingssoftware.
      </Text>
      <div>
        <Button onClick={() => void exportList()} disabled={action.busy} data-testid="exporteren">
          Lijst stopzetten/voortzetten exporteren
        </Button>
      </div>
      <ProblemBar shown={action.shown} />
      {done && (
        <MessageBar intent="success" layout="multiline" data-testid="export-klaar">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
