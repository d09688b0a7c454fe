// The debtor team's page: import debtors, run Vergelijk (also from the ribbon), export which dossiers to halt or
// continue — and the way to Afsluiten, which needs the DPO role (code asked through the role switch).
import { useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import { compareBlockedReason } from "../dpoViewModel";
import type { TaskpaneServices } from "../useCases";
import type { RolePageProps } from "./App";
import { CompareSection } from "./CompareSection";
import { EditSection } from "./EditSection";
import { ProblemBar, useAction } from "./feedback";
import { ImportSection } from "./ImportSection";
import { Section } from "./Section";

export function DebtorTeamPage({ services, session, config, today, ribbonRequest, onSwitchRole }: RolePageProps) {
  return (
    <>
      <ImportSection services={services} session={session} />
      <EditSection services={services} session={session} />
      <CompareSection services={services} session={session} ribbonRequest={ribbonRequest} blockedReason={compareBlockedReason(config, today)} />
      <ExportSection services={services} session={session} />
      {!config.gesloten && (
        <Section title="Project afsluiten" id="afsluiten-team">
          <Text as="p" size={200} style={{ margin: 0 }}>
            Na de protocolperiode worden de gegevens afgesloten: evaluatie, persoonsgegevens wissen, Logboek pseudonimiseren. Dat doet de functionaris
            gegevensbescherming, of u met de rolcode van die rol.
          </Text>
          <div>
            <Link
              as="button"
              onClick={() =>
                onSwitchRole({
                  role: "dpo",
                  then: "afsluiten",
                  reason: "Afsluiten gebeurt in de rol Functionaris gegevensbescherming. Vul de rolcode van die rol in; de rolwissel komt in het logboek.",
                })
              }
              data-testid="afsluiten-als-dpo"
            >
              Afsluiten (als functionaris gegevensbescherming)…
            </Link>
          </div>
        </Section>
      )}
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
