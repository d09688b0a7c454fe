// The ribbon's Vergelijk as the task pane wires it: registered per session, a pending request taken up when the
// session starts, refused in Dutch for a role that may not compare, unregistered when the session or role ends.
import { registerRibbonHandlers, runCompareFromRibbon, takePendingRibbonRequest, type RibbonHandlers, type RibbonRequest } from "../../src/commands/ribbonActions";
import type { Role } from "../../src/domain/roles";
import { connectRibbon, officeRibbon, ribbonRefusal, type RibbonBridge } from "../../src/taskpane/ribbon";

function aBridge(pending?: RibbonRequest): RibbonBridge & { registered: (RibbonHandlers | undefined)[] } {
  const registered: (RibbonHandlers | undefined)[] = [];
  let waiting = pending;
  return {
    registered,
    register: (h) => void registered.push(h),
    takePending: () => {
      const r = waiting;
      waiting = undefined;
      return r;
    },
    onRequest: () => () => undefined,
  };
}

function recorder() {
  const calls: string[] = [];
  return { calls, actions: { compare: async () => void calls.push("vergelijk"), refuse: (text: string) => void calls.push(`geweigerd: ${text}`) } };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("connectRibbon", () => {
  it.each<[Role]>([["debiteurenteam"], ["maatschappelijk-werker"]])("lets the ribbon run Vergelijk for a %s session", async (role) => {
    const bridge = aBridge();
    const { calls, actions } = recorder();
    connectRibbon(bridge, role, actions);
    expect(calls).toEqual([]);
    await bridge.registered[0]!.compare();
    expect(calls).toEqual(["vergelijk"]);
  });

  it("takes up a Vergelijk asked for before the session started, once", async () => {
    const bridge = aBridge("vergelijk");
    const { calls, actions } = recorder();
    connectRibbon(bridge, "debiteurenteam", actions);
    await flush();
    expect(calls).toEqual(["vergelijk"]);
    expect(bridge.takePending()).toBeUndefined();
  });

  it("answers a DPO with a Dutch message instead of comparing, also for a pending request", async () => {
    const bridge = aBridge("vergelijk");
    const { calls, actions } = recorder();
    connectRibbon(bridge, "dpo", actions);
    await flush();
    await bridge.registered[0]!.compare();
    const text =
      "Als Functionaris gegevensbescherming kunt u ‘Vergelijk’ op het lint niet gebruiken: dat doen het debiteurenteam en de maatschappelijk werkers. Wissel van rol als u daar de toegang voor hebt.";
    expect(ribbonRefusal("dpo")).toBe(text);
    expect(calls).toEqual([`geweigerd: ${text}`, `geweigerd: ${text}`]);
  });

  it("unregisters when the session ends or the role changes", () => {
    const bridge = aBridge();
    const disconnect = connectRibbon(bridge, "debiteurenteam", recorder().actions);
    disconnect();
    expect(bridge.registered.map((h) => (h ? "handlers" : "geen"))).toEqual(["handlers", "geen"]);
  });
});

describe("connectRibbon over the real ribbon module", () => {
  afterEach(() => {
    registerRibbonHandlers(undefined);
    takePendingRibbonRequest();
  });

  it("runs the session's compare from the ribbon button, and after disconnecting leaves the request pending again", async () => {
    const { calls, actions } = recorder();
    const shown: string[] = [];
    const host = { showTaskpane: async () => void shown.push("taakvenster") };
    const disconnect = connectRibbon(officeRibbon, "debiteurenteam", actions);
    await runCompareFromRibbon(host);
    expect([calls, shown]).toEqual([["vergelijk"], []]);

    disconnect();
    await runCompareFromRibbon(host);
    expect([calls, shown]).toEqual([["vergelijk"], ["taakvenster"]]);
    expect(takePendingRibbonRequest()).toBe("vergelijk");
  });

  it("a button pressed before anyone signed in runs once the next session connects", async () => {
    await runCompareFromRibbon({ showTaskpane: async () => undefined });
    const { calls, actions } = recorder();
    connectRibbon(officeRibbon, "maatschappelijk-werker", actions);
    await flush();
    expect(calls).toEqual(["vergelijk"]);
    expect(takePendingRibbonRequest()).toBeUndefined();
  });
});
