// The task pane: loads identity and workbook state, then setup (new workbook) or the start flow, then the page of
// the session's role. Holds the session; components get the services and the session as props.
import { useCallback, useEffect, useState } from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import { appProblemMessage } from "../../app/problems";
import type { ProtocolConfig } from "../../domain/protocol";
import { ROLE_LABEL } from "../../domain/roles";
import type { SignedInUser } from "../../ports/identity";
import type { TaskpaneServices } from "../useCases";
import { unexpectedFailure } from "../viewModel";
import { Banners } from "./Banners";
import { DebtorTeamPage } from "./DebtorTeamPage";
import { DpoPage } from "./DpoPage";
import { ProblemBar, type Shown } from "./feedback";
import { SetupPage } from "./SetupPage";
import { SocialWorkerPage } from "./SocialWorkerPage";
import { StartFlow, SwitchRole } from "./StartFlow";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  who: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Phase =
  | { readonly kind: "laden" }
  | { readonly kind: "onleesbaar"; readonly shown: Shown }
  | { readonly kind: "instellen" }
  | { readonly kind: "aanmelden"; readonly config: ProtocolConfig; readonly notice?: string }
  | { readonly kind: "sessie"; readonly config: ProtocolConfig; readonly session: Session; readonly user: SignedInUser; readonly switching: boolean };

export interface AppProps {
  readonly services: TaskpaneServices;
  /** Changes found on opening that were made while the add-in was not running (already logged). */
  readonly outsideChanges?: number;
}

export function App({ services, outsideChanges }: AppProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: "laden" });
  const [account, setAccount] = useState<SignedInUser | undefined>();

  const load = useCallback(
    async (notice?: string) => {
      setPhase({ kind: "laden" });
      try {
        const [user, state] = await Promise.all([services.identity(), services.readState()]);
        setAccount(user);
        if (state.ok) setPhase({ kind: "aanmelden", config: state.value.config, notice });
        else if (state.error.code === "niet-ingesteld") setPhase({ kind: "instellen" });
        else setPhase({ kind: "onleesbaar", shown: { kind: "problem", text: appProblemMessage(state.error) } });
      } catch (e) {
        setPhase({ kind: "onleesbaar", shown: { kind: "unexpected", failure: unexpectedFailure("het openen van de werkmap", e) } });
      }
    },
    [services],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const today = services.today();
  const config = phase.kind === "aanmelden" || phase.kind === "sessie" ? phase.config : undefined;

  return (
    <div className={styles.app} data-testid="taakvenster">
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" style={{ margin: 0 }}>
          Debiteurencheck
        </Text>
        {phase.kind === "sessie" && (
          <div className={styles.who}>
            <Text size={200} data-testid="sessie">
              {phase.session.gebruiker} · <strong>{ROLE_LABEL[phase.session.rol]}</strong> · doel: {phase.session.doel}
            </Text>
            {!phase.switching && (
              <Button size="small" onClick={() => setPhase({ ...phase, switching: true })} data-testid="andere-rol">
                Andere rol
              </Button>
            )}
          </div>
        )}
      </header>
      <Banners config={config} today={today} capabilities={services.capabilities()} outsideChanges={outsideChanges} />
      {phase.kind === "laden" && <Spinner label="De werkmap wordt gelezen…" size="small" />}
      {phase.kind === "onleesbaar" && (
        <>
          <ProblemBar shown={phase.shown} />
          <div>
            <Button onClick={() => void load()}>Opnieuw proberen</Button>
          </div>
        </>
      )}
      {phase.kind === "instellen" && <SetupPage services={services} account={account} onDone={() => void load("De werkmap is ingesteld. Meld u nu aan.")} />}
      {phase.kind === "aanmelden" && (
        <StartFlow
          services={services}
          config={phase.config}
          account={account}
          notice={phase.notice}
          onStarted={(session, user) => setPhase({ kind: "sessie", config: phase.config, session, user, switching: false })}
        />
      )}
      {phase.kind === "sessie" && phase.switching && (
        <SwitchRole
          services={services}
          config={phase.config}
          session={phase.session}
          user={phase.user}
          onSwitched={(session) => setPhase({ ...phase, session, switching: false })}
          onCancel={() => setPhase({ ...phase, switching: false })}
        />
      )}
      {phase.kind === "sessie" && !phase.switching && <RolePage key={phase.session.rol} services={services} session={phase.session} />}
    </div>
  );
}

function RolePage({ services, session }: { services: TaskpaneServices; session: Session }) {
  switch (session.rol) {
    case "debiteurenteam":
      return <DebtorTeamPage services={services} session={session} />;
    case "maatschappelijk-werker":
      return <SocialWorkerPage services={services} session={session} />;
    case "dpo":
      return <DpoPage services={services} session={session} />;
  }
}
