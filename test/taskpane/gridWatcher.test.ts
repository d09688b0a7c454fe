// The task pane's grid watcher: started once per workbook, tried again after a failed start, reading the current
// session at the moment of each edit, and turning the logging's reports into notices.
import { createGridWatcher, type GridHooks, type GridNotice } from "../../src/taskpane/gridWatcher";
import { aSession } from "../support/fixtures";

function aStarter(outcomes: ("actief" | "inactief" | Error)[]) {
  const started: GridHooks[] = [];
  const start = async (hooks: GridHooks) => {
    started.push(hooks);
    const outcome = outcomes.shift() ?? "actief";
    if (outcome instanceof Error) throw outcome;
    return { active: outcome === "actief" };
  };
  return { started, start };
}

describe("createGridWatcher", () => {
  it("starts the host's logging once, however often a session begins", async () => {
    const { started, start } = aStarter(["inactief"]);
    const watcher = createGridWatcher(start);
    await expect(Promise.all([watcher.ensureStarted(), watcher.ensureStarted()])).resolves.toEqual([false, false]);
    await expect(watcher.ensureStarted()).resolves.toBe(false);
    expect(started.length).toBe(1);
  });

  it("tries again after a start that failed", async () => {
    const { started, start } = aStarter([new Error("blad onleesbaar"), "actief"]);
    const watcher = createGridWatcher(start);
    await expect(watcher.ensureStarted()).rejects.toThrow("blad onleesbaar");
    await expect(watcher.ensureStarted()).resolves.toBe(true);
    expect(started.length).toBe(2);
  });

  it("gives the logging whoever sits at Excel at the moment of the edit", async () => {
    const { started, start } = aStarter(["actief"]);
    const watcher = createGridWatcher(start);
    const team = aSession("debiteurenteam");
    watcher.setSession(team);
    await watcher.ensureStarted();
    expect(started[0].session()).toBe(team);
    watcher.setSession(undefined);
    expect(started[0].session()).toBeUndefined();
  });

  it("tells every listener what the logging reported, until it unsubscribes", async () => {
    const { started, start } = aStarter(["actief"]);
    const watcher = createGridWatcher(start);
    const heard: GridNotice[] = [];
    const stop = watcher.subscribe((n) => heard.push(n));
    await watcher.ensureStarted();
    const hooks = started[0];
    hooks.onEdits({ accepted: 2, refused: [], entries: [] });
    hooks.onProblem({ code: "logboek-verwijderd" });
    hooks.onError(new TypeError("verbinding verbroken"));
    stop();
    hooks.onProblem({ code: "logboek-verwijderd" });
    expect(heard).toEqual([
      { kind: "bewerkingen", accepted: 2, refused: [] },
      { kind: "probleem", problem: { code: "logboek-verwijderd" } },
      { kind: "fout", technical: "TypeError: verbinding verbroken" },
    ]);
  });
});
