// What the ribbon's function commands do. With the shared runtime the ribbon and the task pane run in one page,
// so the task pane registers its handlers here once a session (who/role/why) exists; before that, the ribbon
// opens the task pane and leaves the request pending, because nothing may run without a logged access.

export type RibbonRequest = "vergelijk";

export interface RibbonHandlers {
  /** Runs Vergelijk for the current session (client list from the OCMW-cliënten sheet) and shows the outcome. */
  compare(): Promise<void>;
}

let handlers: RibbonHandlers | undefined;
let pending: RibbonRequest | undefined;
const listeners = new Set<(request: RibbonRequest) => void>();

/** The task pane calls this when a session starts (and with undefined when it ends). */
export function registerRibbonHandlers(next: RibbonHandlers | undefined): void {
  handlers = next;
}

/** The task pane asks, after a session starts, whether the ribbon asked for something meanwhile. */
export function takePendingRibbonRequest(): RibbonRequest | undefined {
  const request = pending;
  pending = undefined;
  return request;
}

export function onRibbonRequest(listener: (request: RibbonRequest) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface RibbonHost {
  showTaskpane(): Promise<void>;
}

/** Runs "Vergelijk" from the ribbon button (manifest: ExecuteFunction "vergelijk"). */
export async function runCompareFromRibbon(host: RibbonHost = officeRibbonHost): Promise<void> {
  if (handlers) {
    await handlers.compare();
    return;
  }
  pending = "vergelijk";
  for (const listener of listeners) listener("vergelijk");
  await host.showTaskpane();
}

const officeRibbonHost: RibbonHost = {
  async showTaskpane() {
    await Office.addin.showAsTaskpane();
  },
};
