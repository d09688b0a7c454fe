import { onRibbonRequest, registerRibbonHandlers, runCompareFromRibbon, takePendingRibbonRequest } from "../../src/commands/ribbonActions";

describe("the ribbon's Vergelijk", () => {
  afterEach(() => registerRibbonHandlers(undefined));

  it("opens the task pane and leaves the request pending while no session exists", async () => {
    const shown: string[] = [];
    const heard: string[] = [];
    const stop = onRibbonRequest((r) => heard.push(r));
    await runCompareFromRibbon({ showTaskpane: async () => void shown.push("taakvenster") });
    stop();
    expect(shown).toEqual(["taakvenster"]);
    expect(heard).toEqual(["vergelijk"]);
    expect(takePendingRibbonRequest()).toBe("vergelijk");
    expect(takePendingRibbonRequest()).toBeUndefined();
  });

  it("runs the session's compare when the task pane registered one", async () => {
    const calls: string[] = [];
    registerRibbonHandlers({ compare: async () => void calls.push("vergelijk") });
    await runCompareFromRibbon({ showTaskpane: async () => void calls.push("taakvenster") });
    expect(calls).toEqual(["vergelijk"]);
    expect(takePendingRibbonRequest()).toBeUndefined();
  });
});
