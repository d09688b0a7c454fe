// The task pane: the phases (useTaskpanePhase) from reading the workbook through set-up or signing in to the session's
// page; the ribbon (useRibbonBridge) and grid logging (useGridNotices) follow the session. App composes them; the
// components get the services and the session as props.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { OpenReport } from "../../app/openWorkbook";
import { ROLE_LABEL } from "../../domain/roles";
import { openingNotices } from "../dpoViewModel";
import { officeRibbon, type RibbonBridge } from "../ribbon";
import type { TaskpaneServices } from "../useCases";
import { Banners, NoticeBar } from "./Banners";
import { PaneHeader } from "./PaneHeader";
import { PhaseView } from "./PhaseView";
import { SessionView } from "./SessionView";
import { useVisuallyHiddenStyles } from "./styles";
import { useGridNotices, type GridNotices } from "./useGridNotices";
import { useRibbonBridge } from "./useRibbonBridge";
import { useTaskpanePhase } from "./useTaskpanePhase";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, minWidth: 0 },
});

export interface AppProps {
  readonly services: TaskpaneServices;
  /** The ribbon's function commands (shared runtime); a fake in tests. */
  readonly ribbon?: RibbonBridge;
}

export function App({ services, ribbon = officeRibbon }: AppProps) {
  const styles = useStyles();
  const { hidden } = useVisuallyHiddenStyles();
  const pane = useTaskpanePhase(services);
  const { phase, ready } = pane;
  const session = phase.kind === "session" ? phase.session : undefined;
  const ribbonState = useRibbonBridge(ribbon, session, ready !== undefined);
  const grid = useGridNotices(services, session, ready !== undefined);
  const today = services.today();
  const config = phase.kind === "signIn" || phase.kind === "session" ? phase.config : undefined;
  const report = phase.kind === "session" && phase.opened.kind === "open" ? phase.opened.report : undefined;
  return (
    <div className={styles.app} data-testid="taakvenster">
      <PaneHeader
        phase={phase}
        ready={ready !== undefined}
        selfTest={session !== undefined && services.roleView(session).selfTest}
        onToggle={pane.toggleView}
        onSwitchRole={() => pane.askSwitch({})}
      />
      <Banners config={config} today={today} role={session?.rol} capabilities={services.capabilities()} outsideChanges={report?.outsideChanges} />
      <PaneNotices report={report} grid={grid} />
      {ribbonState.note && <NoticeBar notice={{ intent: "info", title: "Lint: Vergelijk", text: ribbonState.note }} testId="lint-melding" />}
      <PhaseView pane={pane} services={services} />
      <div role="status" className={hidden} data-testid="aangekondigd">
        {ready ? `Aangemeld als ${ROLE_LABEL[ready.session.rol]}. De pagina van uw rol is geopend.` : ""}
      </div>
      <SessionView pane={pane} services={services} today={today} ribbonRequest={ribbonState.request} />
    </div>
  );
}

/** What opening the workbook found (repairs, problems), then what grid logging reported; only the latter are dismissed. */
function PaneNotices({ report, grid }: { report: OpenReport | undefined; grid: GridNotices }) {
  const opening = report ? openingNotices(report).map((n, i) => ({ ...n, key: `openen-${i}` })) : [];
  return (
    <>
      {opening.map((n) => (
        <NoticeBar key={n.key} notice={n} testId="melding" />
      ))}
      {grid.notices.map((n) => (
        <NoticeBar key={n.key} notice={n} testId="melding" onDismiss={() => grid.dismiss(n.key)} />
      ))}
    </>
  );
}
