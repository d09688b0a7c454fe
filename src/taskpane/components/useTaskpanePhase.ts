// The task pane's phases: reading identity and workbook state, set-up (a new workbook), signing in, and the session —
// its workbook opening (repairs, edits made outside the add-in), a role switch, and which view is shown. State and
// transitions only; App renders them.
import { useCallback, useEffect, useState } from "react";
import type { Session } from "../../app/deps";
import type { OpenReport } from "../../app/openWorkbook";
import { appProblemMessage } from "../../app/problems";
import type { ProtocolConfig } from "../../domain/protocol";
import type { SignedInUser } from "../../ports/identity";
import type { TaskpaneServices } from "../useCases";
import { unexpectedFailure } from "../viewModel";
import type { Shown } from "./feedback";
import type { PageFocus, SwitchRequest } from "./types";

export type Opened = { readonly kind: "opening" } | { readonly kind: "open"; readonly report: OpenReport } | { readonly kind: "failed"; readonly shown: Shown };

/** The role's page, or the Zelftest or Instellingen in its place. */
export type View = "page" | "selfTest" | "settings";

export interface SessionPhase {
  readonly kind: "session";
  readonly config: ProtocolConfig;
  readonly session: Session;
  readonly user: SignedInUser;
  readonly opened: Opened;
  readonly switching?: SwitchRequest;
  readonly view: View;
  readonly focus?: PageFocus;
}

export type Phase =
  | { readonly kind: "loading" }
  | { readonly kind: "unreadable"; readonly shown: Shown }
  | { readonly kind: "setup" }
  | { readonly kind: "signIn"; readonly config: ProtocolConfig; readonly notice?: string }
  | SessionPhase;

export interface TaskpanePhase {
  readonly phase: Phase;
  /** The Microsoft 365 account, where the host offers one. */
  readonly account: SignedInUser | undefined;
  /** The session once its workbook opened with a usable log: its pages, tools and the ribbon may work. */
  readonly ready: SessionPhase | undefined;
  /** Reads identity and workbook state (again); `notice` is shown on the sign-in form. */
  load(notice?: string): void;
  /** A session started (or its opening is tried again): open the workbook for it. */
  start(session: Session, user: SignedInUser, config: ProtocolConfig): void;
  /** The configuration changed during the session (closed, or on the Instellingen page): read it again. */
  refreshConfig(): Promise<void>;
  /** Opens the Zelftest or Instellingen, or goes back to the page when that view is open already. */
  toggleView(view: Exclude<View, "page">): void;
  showPage(): void;
  askSwitch(request: SwitchRequest): void;
  switched(next: Session): void;
  cancelSwitch(): void;
}

const OPENING = "het openen van de werkmap";

/** Opens the workbook for a session that just started: repairs and outside edits first (grid logging follows). */
async function openFor(services: TaskpaneServices, session: Session): Promise<Opened> {
  try {
    const report = await services.openWorkbook(session);
    if (!report.ok) return { kind: "failed", shown: { kind: "problem", text: appProblemMessage(report.error) } };
    return { kind: "open", report: report.value };
  } catch (e) {
    return { kind: "failed", shown: { kind: "unexpected", failure: unexpectedFailure(OPENING, e) } };
  }
}

export function useTaskpanePhase(services: TaskpaneServices): TaskpanePhase {
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [account, setAccount] = useState<SignedInUser | undefined>();

  const load = useCallback(
    async (notice?: string) => {
      setPhase({ kind: "loading" });
      try {
        const [user, state] = await Promise.all([services.identity(), services.readState()]);
        setAccount(user);
        if (state.ok) setPhase({ kind: "signIn", config: state.value.config, notice });
        else if (state.error.code === "niet-ingesteld") setPhase({ kind: "setup" });
        else setPhase({ kind: "unreadable", shown: { kind: "problem", text: appProblemMessage(state.error) } });
      } catch (e) {
        setPhase({ kind: "unreadable", shown: { kind: "unexpected", failure: unexpectedFailure(OPENING, e) } });
      }
    },
    [services],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const inSession = useCallback((change: (p: SessionPhase) => SessionPhase) => setPhase((p) => (p.kind === "session" ? change(p) : p)), []);

  const start = async (session: Session, user: SignedInUser, config: ProtocolConfig) => {
    setPhase({ kind: "session", config, session, user, opened: { kind: "opening" }, view: "page" });
    const opened = await openFor(services, session);
    inSession((p) => (p.session === session ? { ...p, opened } : p));
  };

  const refreshConfig = useCallback(async () => {
    const state = await services.readState();
    if (state.ok) inSession((p) => ({ ...p, config: state.value.config }));
  }, [services, inSession]);

  const ready = phase.kind === "session" && phase.opened.kind === "open" && phase.opened.report.logUsable ? phase : undefined;
  return {
    phase,
    account,
    ready,
    load: (notice) => void load(notice),
    start: (session, user, config) => void start(session, user, config),
    refreshConfig,
    toggleView: (view) => inSession((p) => ({ ...p, view: p.view === view ? "page" : view })),
    showPage: () => inSession((p) => ({ ...p, view: "page" })),
    askSwitch: (request) => inSession((p) => ({ ...p, switching: request })),
    switched: (next) => inSession((p) => ({ ...p, session: next, switching: undefined, view: "page", focus: p.switching?.then })),
    cancelSwitch: () => inSession((p) => ({ ...p, switching: undefined })),
  };
}
