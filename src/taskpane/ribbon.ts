// The ribbon's Vergelijk as the task pane handles it: while a session exists, the ribbon runs the session's compare
// (client list from the OCMW-cliënten sheet) or, for a role that may not compare, gets a Dutch message; a request
// made before the session existed is taken up once it starts.
import { onRibbonRequest, registerRibbonHandlers, takePendingRibbonRequest, type RibbonHandlers, type RibbonRequest } from "../commands/ribbonActions";
import { may, ROLE_LABEL, type Role } from "../domain/roles";

/** The ribbon module as the task pane uses it (a fake in tests). */
export interface RibbonBridge {
  register(handlers: RibbonHandlers | undefined): void;
  takePending(): RibbonRequest | undefined;
  onRequest(listener: (request: RibbonRequest) => void): () => void;
}

export const officeRibbon: RibbonBridge = {
  register: registerRibbonHandlers,
  takePending: takePendingRibbonRequest,
  onRequest: onRibbonRequest,
};

export interface RibbonActions {
  /** Runs Vergelijk from the OCMW-cliënten sheet on the page and resolves when its outcome is shown. */
  compare(): Promise<void>;
  /** Shows a Dutch message instead (the role may not compare). */
  refuse(text: string): void;
}

export function ribbonRefusal(role: Role): string {
  return `Als ${ROLE_LABEL[role]} kunt u ‘Vergelijk’ op het lint niet gebruiken: dat doen het debiteurenteam en de maatschappelijk werkers. Wissel van rol als u daar de toegang voor hebt.`;
}

/** Shown on the start page when the ribbon asked for Vergelijk before anyone signed in. */
export const RIBBON_WAITS_FOR_SESSION = "U koos ‘Vergelijk’ op het lint. Meld u eerst aan: daarna start de vergelijking met het blad ‘OCMW-cliënten’.";

/**
 * Registers the ribbon handlers for a session in `role` and takes up a request made before it started. Returns the
 * function that unregisters them (the session ended or the role changed: the next session registers its own).
 */
export function connectRibbon(bridge: RibbonBridge, role: Role, actions: RibbonActions): () => void {
  const compare = async () => {
    if (may(role, "vergelijken")) await actions.compare();
    else actions.refuse(ribbonRefusal(role));
  };
  bridge.register({ compare });
  if (bridge.takePending() === "vergelijk") void compare();
  return () => bridge.register(undefined);
}
