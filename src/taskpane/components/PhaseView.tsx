// What the pane shows before the role's page: the workbook being read, a workbook that cannot be read, set-up, signing
// in, the workbook being opened for the session (or failing to), a role switch, and the Zelftest.
import { Button, Spinner } from "@fluentui/react-components";
import type { TaskpaneServices } from "../useCases";
import { ProblemBar, type Shown } from "./feedback";
import { SelfTestPage } from "./SelfTestPage";
import { SetupPage } from "./SetupPage";
import { StartFlow, SwitchRole } from "./StartFlow";
import type { SessionPhase, TaskpanePhase } from "./useTaskpanePhase";

export interface PhaseViewProps {
  readonly pane: TaskpanePhase;
  readonly services: TaskpaneServices;
}

export function PhaseView({ pane, services }: PhaseViewProps) {
  const { phase } = pane;
  switch (phase.kind) {
    case "loading":
      return <Spinner label="De werkmap wordt gelezen…" size="small" />;
    case "unreadable":
      return <Retry shown={phase.shown} onRetry={() => pane.load()} />;
    case "setup":
      return <SetupPage services={services} account={pane.account} onDone={() => pane.load("De werkmap is ingesteld. Meld u nu aan.")} />;
    case "signIn":
      return (
        <StartFlow services={services} config={phase.config} account={pane.account} notice={phase.notice} onStarted={(s, user) => pane.start(s, user, phase.config)} />
      );
    case "session":
      return <SessionPhaseView phase={phase} pane={pane} services={services} />;
  }
}

function SessionPhaseView({ phase, pane, services }: PhaseViewProps & { phase: SessionPhase }) {
  if (phase.opened.kind === "opening") return <Spinner label="De werkmap wordt nagekeken…" size="small" />;
  if (phase.opened.kind === "failed") return <Retry shown={phase.opened.shown} onRetry={() => pane.start(phase.session, phase.user, phase.config)} />;
  if (phase.switching) {
    return (
      <SwitchRole
        services={services}
        config={phase.config}
        session={phase.session}
        user={phase.user}
        initialRole={phase.switching.role}
        reason={phase.switching.reason}
        onSwitched={pane.switched}
        onCancel={pane.cancelSwitch}
      />
    );
  }
  if (pane.ready && phase.view === "selfTest") return <SelfTestPage services={services} session={phase.session} onClose={pane.showPage} />;
  return null;
}

function Retry({ shown, onRetry }: { shown: Shown; onRetry(): void }) {
  return (
    <>
      <ProblemBar shown={shown} />
      <div>
        <Button onClick={onRetry}>Opnieuw proberen</Button>
      </div>
    </>
  );
}
