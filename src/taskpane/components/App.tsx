// The task pane: loads identity and workbook state, then setup (new workbook) or the start flow; after the session
// starts, opens the workbook (repairs, edits made outside the add-in), connects the ribbon and grid logging, and shows
// the page of the session's role. Holds the session; components get the services and the session as props.
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { OpenReport } from "../../app/openWorkbook";
import { appProblemMessage } from "../../app/problems";
import type { ProtocolConfig } from "../../domain/protocol";
import { may, ROLE_LABEL } from "../../domain/roles";
import type { SignedInUser } from "../../ports/identity";
import { gridNoticeText, gridStartFailed, openingNotices, type Notice } from "../dpoViewModel";
import { connectRibbon, officeRibbon, RIBBON_WAITS_FOR_SESSION, type RibbonBridge } from "../ribbon";
import type { TaskpaneServices } from "../useCases";
import { unexpectedFailure } from "../viewModel";
import { Banners, NoticeBar } from "./Banners";
import type { RibbonCompareRequest } from "./CompareSection";
import { DebtorTeamPage } from "./DebtorTeamPage";
import { DpoPage } from "./DpoPage";
import { HowItWorks } from "./HowItWorks";
import { ProblemBar, type Shown } from "./feedback";
import { SelfTestPage } from "./SelfTestPage";
import { SettingsPage } from "./SettingsPage";
import { SetupPage } from "./SetupPage";
import { SocialWorkerPage } from "./SocialWorkerPage";
import type { RolePageProps, SwitchRequest } from "./rolePageProps";
import { StartFlow, SwitchRole } from "./StartFlow";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  who: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS },
  /** Read out by screen readers, not shown. */
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** After "Verder" (or a role switch) focus goes to the role page's first heading, so the next Tab is in the page. */
function useFocusOnPage(page: React.RefObject<HTMLDivElement | null>, key: unknown): void {
  useEffect(() => {
    if (!key) return;
    const heading = page.current?.querySelector<HTMLElement>("h2");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [page, key]);
}

type Opened = { readonly kind: "bezig" } | { readonly kind: "klaar"; readonly report: OpenReport } | { readonly kind: "mislukt"; readonly shown: Shown };

type Phase =
  | { readonly kind: "laden" }
  | { readonly kind: "onleesbaar"; readonly shown: Shown }
  | { readonly kind: "instellen" }
  | { readonly kind: "aanmelden"; readonly config: ProtocolConfig; readonly notice?: string }
  | {
      readonly kind: "sessie";
      readonly config: ProtocolConfig;
      readonly session: Session;
      readonly user: SignedInUser;
      readonly opened: Opened;
      readonly switching?: SwitchRequest;
      readonly view: View;
      readonly focus?: "afsluiten";
    };

type View = "pagina" | "zelftest" | "instellingen";

export interface AppProps {
  readonly services: TaskpaneServices;
  /** The ribbon's function commands (shared runtime); a fake in tests. */
  readonly ribbon?: RibbonBridge;
}

let ribbonRequests = 0;
let gridNoticeCount = 0;

export function App({ services, ribbon = officeRibbon }: AppProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: "laden" });
  const [account, setAccount] = useState<SignedInUser | undefined>();
  const [ribbonNote, setRibbonNote] = useState<string | undefined>();
  const [ribbonRequest, setRibbonRequest] = useState<RibbonCompareRequest | undefined>();
  const [gridNotices, setGridNotices] = useState<readonly (Notice & { key: string })[]>([]);

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

  const session = phase.kind === "sessie" ? phase.session : undefined;
  const ready = phase.kind === "sessie" && phase.opened.kind === "klaar" && phase.opened.report.logUsable;
  const pageRef = useRef<HTMLDivElement>(null);
  // A page asked to focus a part of itself (the DPO's close after "Afsluiten") keeps that focus.
  useFocusOnPage(pageRef, ready && phase.kind === "sessie" && !phase.switching && phase.view === "pagina" && !phase.focus ? session : undefined);

  /** Opens the workbook for a session that just started: repairs and outside edits first; grid logging follows (below). */
  const open = useCallback(
    async (started: Session) => {
      try {
        const report = await services.openWorkbook(started);
        if (!report.ok) return { kind: "mislukt", shown: { kind: "problem", text: appProblemMessage(report.error) } } as const;
        return { kind: "klaar", report: report.value } as const;
      } catch (e) {
        return { kind: "mislukt", shown: { kind: "unexpected", failure: unexpectedFailure("het openen van de werkmap", e) } } as const;
      }
    },
    [services],
  );

  const started = async (next: Session, user: SignedInUser, config: ProtocolConfig) => {
    setRibbonNote(undefined);
    setPhase({ kind: "sessie", config, session: next, user, opened: { kind: "bezig" }, view: "pagina" });
    const opened = await open(next);
    setPhase((p) => (p.kind === "sessie" && p.session === next ? { ...p, opened } : p));
  };

  const showGridNotice = useCallback((notice: Notice) => setGridNotices((list) => [{ ...notice, key: `raster-${++gridNoticeCount}` }, ...list].slice(0, 3)), []);

  // Grid logging follows the session (the watcher outlives this component in the shared runtime: tell it who left).
  useEffect(() => {
    if (!session || !ready) return;
    services.sessionChanged(session).catch((e: unknown) => showGridNotice(gridStartFailed(e)));
  }, [services, session, ready, showGridNotice]);
  useEffect(() => () => void services.sessionChanged(undefined), [services]);

  useEffect(
    () =>
      services.onGridNotice((n) => {
        const shown = gridNoticeText(n);
        if (shown) showGridNotice(shown);
      }),
    [services, showGridNotice],
  );

  // The ribbon: before a session, a click only says to sign in first; with one, it runs Vergelijk on the page.
  useEffect(() => {
    if (session) return;
    return ribbon.onRequest(() => setRibbonNote(RIBBON_WAITS_FOR_SESSION));
  }, [ribbon, session]);
  const outstanding = useRef<RibbonCompareRequest | undefined>(undefined);
  useEffect(() => {
    if (!session || !ready) return;
    const disconnect = connectRibbon(ribbon, session.rol, {
      compare: () =>
        new Promise<void>((resolve) => {
          const id = ++ribbonRequests;
          const request: RibbonCompareRequest = {
            id,
            done: () => {
              resolve();
              if (outstanding.current?.id === id) outstanding.current = undefined;
              setRibbonRequest((r) => (r?.id === id ? undefined : r));
            },
          };
          outstanding.current?.done();
          outstanding.current = request;
          setRibbonNote(undefined);
          setRibbonRequest(request);
        }),
      refuse: setRibbonNote,
    });
    return () => {
      disconnect();
      // A request the old role's page never took up: Office waits for the ribbon command to complete.
      outstanding.current?.done();
      setRibbonNote(undefined);
    };
  }, [ribbon, session, ready]);

  const refreshConfig = useCallback(async () => {
    const state = await services.readState();
    if (state.ok) setPhase((p) => (p.kind === "sessie" ? { ...p, config: state.value.config } : p));
  }, [services]);

  const today = services.today();
  const config = phase.kind === "aanmelden" || phase.kind === "sessie" ? phase.config : undefined;
  const report = phase.kind === "sessie" && phase.opened.kind === "klaar" ? phase.opened.report : undefined;
  const notices = [...(report ? openingNotices(report).map((n, i) => ({ ...n, key: `openen-${i}` })) : []), ...gridNotices];

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
            {!phase.switching && ready && (
              <div className={styles.buttons}>
                <Button
                  size="small"
                  appearance={phase.view === "instellingen" ? "primary" : "secondary"}
                  aria-pressed={phase.view === "instellingen"}
                  onClick={() => setPhase({ ...phase, view: phase.view === "instellingen" ? "pagina" : "instellingen" })}
                  data-testid="instellingen-openen"
                >
                  Instellingen
                </Button>
                {services.selfTestAvailable() && may(phase.session.rol, "zelftest") && (
                  <Button
                    size="small"
                    appearance={phase.view === "zelftest" ? "primary" : "secondary"}
                    aria-pressed={phase.view === "zelftest"}
                    onClick={() => setPhase({ ...phase, view: phase.view === "zelftest" ? "pagina" : "zelftest" })}
                    data-testid="zelftest-openen"
                  >
                    Zelftest
                  </Button>
                )}
                <Button size="small" onClick={() => setPhase({ ...phase, switching: {} })} data-testid="andere-rol">
                  Andere rol
                </Button>
              </div>
            )}
          </div>
        )}
      </header>
      <Banners config={config} today={today} role={session?.rol} capabilities={services.capabilities()} outsideChanges={report?.outsideChanges} />
      {notices.map((n) => (
        <NoticeBar
          key={n.key}
          notice={n}
          testId="melding"
          onDismiss={n.key.startsWith("raster-") ? () => setGridNotices((list) => list.filter((g) => g.key !== n.key)) : undefined}
        />
      ))}
      {ribbonNote && <NoticeBar notice={{ intent: "info", title: "Lint: Vergelijk", text: ribbonNote }} testId="lint-melding" />}
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
        <StartFlow services={services} config={phase.config} account={account} notice={phase.notice} onStarted={(s, user) => void started(s, user, phase.config)} />
      )}
      {phase.kind === "sessie" && phase.opened.kind === "bezig" && <Spinner label="De werkmap wordt nagekeken…" size="small" />}
      {phase.kind === "sessie" && phase.opened.kind === "mislukt" && (
        <>
          <ProblemBar shown={phase.opened.shown} />
          <div>
            <Button onClick={() => void started(phase.session, phase.user, phase.config)}>Opnieuw proberen</Button>
          </div>
        </>
      )}
      {phase.kind === "sessie" && phase.switching && (
        <SwitchRole
          services={services}
          config={phase.config}
          session={phase.session}
          user={phase.user}
          initialRole={phase.switching.role}
          reason={phase.switching.reason}
          onSwitched={(next) => setPhase({ ...phase, session: next, switching: undefined, view: "pagina", focus: phase.switching?.then })}
          onCancel={() => setPhase({ ...phase, switching: undefined })}
        />
      )}
      {phase.kind === "sessie" && !phase.switching && ready && phase.view === "zelftest" && (
        <SelfTestPage services={services} session={phase.session} onClose={() => setPhase({ ...phase, view: "pagina" })} />
      )}
      <div role="status" className={styles.hidden} data-testid="aangekondigd">
        {ready && session ? `Aangemeld als ${ROLE_LABEL[session.rol]}. De pagina van uw rol is geopend.` : ""}
      </div>
      {phase.kind === "sessie" && !phase.switching && ready && phase.view === "instellingen" && (
        <SettingsPage
          services={services}
          session={phase.session}
          config={phase.config}
          onConfigChanged={refreshConfig}
          onClose={() => setPhase({ ...phase, view: "pagina" })}
        />
      )}
      {phase.kind === "sessie" && !phase.switching && ready && phase.view === "pagina" && (
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
          onConfigChanged={refreshConfig}
          onSwitchRole={(request) => setPhase({ ...phase, switching: request })}
        />
        </div>
      )}
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
