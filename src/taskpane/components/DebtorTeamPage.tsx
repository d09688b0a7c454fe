// The debtor team's page: import debtors, run Vergelijk (also from the ribbon), export the lists to halt, continue
// and not yet compared — and the way to Afsluiten, which needs the DPO role (code asked through the role switch).
import { useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import { NOT_COMPARED_WARNING, type HaltLists } from "../../app/exportHaltList";
import { compareBlockedReason } from "../dpoViewModel";
import type { TaskpaneServices } from "../useCases";
import type { RolePageProps } from "./types";
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
                  then: "close",
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
  const [done, setDone] = useState<HaltLists | undefined>();
  const exportLists = async () => {
    setDone(undefined);
    const lists = await action.run("het exporteren van de lijsten", () => services.exportHaltList(session));
    if (!lists) return;
    for (const file of lists.files) services.download(file.fileName, file.csv);
    setDone(lists);
  };
  return (
    <Section title="Lijsten voor de invordering" id="export">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Elke debiteur staat in precies één van drie lijsten (CSV, alleen dossiernummer en status): stopzetten (cliënt, mogelijke cliënt of nieuwe
        aanwijzing), voortzetten (geen cliënt of invorderingsprocedure voortzetten) en nog niet vergeleken.
      </Text>
      <div>
        <Button onClick={() => void exportLists()} disabled={action.busy} data-testid="exporteren">
          Lijsten stopzetten, voortzetten en nog niet vergeleken exporteren
        </Button>
      </div>
      <ProblemBar shown={action.shown} />
      {done && (
        <MessageBar intent={done.counts["nog-niet-vergeleken"] > 0 ? "warning" : "success"} layout="multiline" data-testid="export-klaar">
          <MessageBarBody>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {done.files.map((f) => (
                <li key={f.list} data-testid={`export-${f.list}`}>
                  {f.fileName}: {f.count} {f.count === 1 ? "dossier" : "dossiers"}
                </li>
              ))}
            </ul>
            {done.counts["nog-niet-vergeleken"] > 0 && <Text as="p" style={{ margin: "4px 0 0" }}>Let op: {NOT_COMPARED_WARNING}.</Text>}
            <Text as="p" style={{ margin: "4px 0 0" }}>Samen {done.debtors} debiteuren; de export staat in het logboek.</Text>
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
