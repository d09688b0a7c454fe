// startWithWorkbook against office-addin-mock (TOOLCHAIN.md: the mock returns its data and records what is set).
import { OfficeMockObject } from "office-addin-mock";
import { AUTO_SHOW_SETTING, startWithWorkbook } from "../../src/taskpane/startWithWorkbook";

interface Recorded {
  settings: Record<string, unknown>;
  saved: Record<string, unknown>[];
  startup: string[];
}

function anOffice(options: { sharedRuntime?: boolean; saveFails?: boolean } = {}) {
  const recorded: Recorded = { settings: {}, saved: [], startup: [] };
  const data = {
    context: {
      requirements: { isSetSupported: (name: string, version: string) => (options.sharedRuntime ?? true) && name === "SharedRuntime" && version === "1.1" },
      document: {
        settings: {
          set: (name: string, value: unknown) => void (recorded.settings[name] = value),
          get: (name: string) => recorded.settings[name],
          saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
            if (options.saveFails) return callback({ status: "failed", error: { message: "alleen-lezen" } });
            recorded.saved.push({ ...recorded.settings });
            callback({ status: "succeeded" });
          },
        },
      },
    },
    addin: { setStartupBehavior: async (behavior: string) => void recorded.startup.push(behavior) },
  };
  // Enums stay plain values: the mock reports every scalar it holds as "not loaded" until load + sync (TOOLCHAIN.md).
  const mock = new OfficeMockObject(data) as unknown as Pick<typeof Office, "context" | "addin">;
  const enums = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" }, StartupBehavior: { load: "Load", none: "None" } };
  const office = { ...enums, context: mock.context, addin: mock.addin } as unknown as Parameters<typeof startWithWorkbook>[0];
  return { office, recorded };
}

describe("the pane and the runtime start with the workbook", () => {
  it("writes Office.AutoShowTaskpaneWithDocument, saves it, and sets the startup behaviour to load", async () => {
    const { office, recorded } = anOffice();
    const outcome = await startWithWorkbook(office);
    expect(recorded.saved).toEqual([{ [AUTO_SHOW_SETTING]: true }]);
    expect(recorded.startup).toEqual(["Load"]);
    expect(outcome).toEqual({ autoOpen: true, loadsWithDocument: true, problems: [] });
  });

  it("without SharedRuntime 1.1 the pane still auto-opens, and the outcome says openings are not logged", async () => {
    const { office, recorded } = anOffice({ sharedRuntime: false });
    const outcome = await startWithWorkbook(office);
    expect(recorded.saved).toEqual([{ [AUTO_SHOW_SETTING]: true }]);
    expect(recorded.startup).toEqual([]);
    expect(outcome.loadsWithDocument).toBe(false);
    expect(outcome.problems).toEqual([expect.stringMatching(/^Deze Excel-versie mist SharedRuntime 1\.1: .*niet gelogd\.$/)]);
  });

  it("a refused save is reported, not swallowed", async () => {
    const { office } = anOffice({ saveFails: true });
    const outcome = await startWithWorkbook(office);
    expect(outcome.autoOpen).toBe(false);
    expect(outcome.problems[0]).toBe("Het taakvenster opent niet vanzelf met de werkmap: de instelling kon niet bewaard worden (alleen-lezen).");
  });
});
