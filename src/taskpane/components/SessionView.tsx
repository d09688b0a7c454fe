// The session's own views once its workbook is open: Instellingen, or the page of the session's role with its
// "Hoe werkt het?". After "Verder" or a role switch focus goes to the page's first heading, so the next Tab is in it.
import { useEffect, useRef } from "react";
import type { TaskpaneServices } from "../useCases";
import { DebtorTeamPage } from "./DebtorTeamPage";
import { DpoPage } from "./DpoPage";
import { HowItWorks } from "./HowItWorks";
import { SettingsPage } from "./SettingsPage";
import { SocialWorkerPage } from "./SocialWorkerPage";
import type { RibbonCompareRequest, RolePageProps } from "./types";
import type { TaskpanePhase } from "./useTaskpanePhase";

export interface SessionViewProps {
  readonly pane: TaskpanePhase;
  readonly services: TaskpaneServices;
  readonly today: string;
  readonly ribbonRequest: RibbonCompareRequest | undefined;
}

/** Focus to the first heading in `page` whenever `key` becomes set (a page asking to focus a part of itself sets none). */
function useFocusOnPage(page: React.RefObject<HTMLDivElement | null>, key: unknown): void {
  useEffect(() => {
    if (!key) return;
    const heading = page.current?.querySelector<HTMLElement>("h2");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [page, key]);
}

export function SessionView({ pane, services, today, ribbonRequest }: SessionViewProps) {
  const pageRef = useRef<HTMLDivElement>(null);
  const phase = pane.ready && !pane.ready.switching ? pane.ready : undefined;
  // A page asked to focus a part of itself (the DPO's close after "Afsluiten") keeps that focus.
  useFocusOnPage(pageRef, phase?.view === "page" && !phase.focus ? phase.session : undefined);
  if (phase?.view === "settings") {
    return <SettingsPage services={services} session={phase.session} config={phase.config} onConfigChanged={pane.refreshConfig} onClose={pane.showPage} />;
  }
  if (phase?.view !== "page") return null;
  return (
    <div ref={pageRef} style={{ display: "contents" }}>
      <HowItWorks key={`uitleg-${phase.session.rol}`} role={phase.session.rol} services={services} />
      <RolePage
        key={phase.session.rol}
        services={services}
        session={phase.session}
        config={phase.config}
        today={today}
        focus={phase.focus}
        ribbonRequest={ribbonRequest}
        onConfigChanged={pane.refreshConfig}
        onSwitchRole={pane.askSwitch}
      />
    </div>
  );
}

function RolePage(props: RolePageProps) {
  switch (props.session.rol) {
    case "debiteurenteam":
      return <DebtorTeamPage {...props} />;
    case "maatschappelijk-werker":
      return <SocialWorkerPage {...props} />;
    case "dpo":
      return <DpoPage {...props} />;
  }
}
