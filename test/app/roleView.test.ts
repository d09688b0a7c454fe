import { roleView } from "../../src/app/roleView";

describe("roleView: what the task pane shows a role", () => {
  it("gives the debtor team every setting, the Zelftest and a comparison of all debtors", () => {
    expect(roleView("debiteurenteam")).toEqual({ settings: { manage: true, members: true }, selfTest: true, compare: "all-debtors" });
  });

  it("lets a social worker compare only her own list, with no settings to manage and no Zelftest", () => {
    expect(roleView("maatschappelijk-werker")).toEqual({ settings: { manage: false, members: false }, selfTest: false, compare: "own-list" });
  });

  it("shows the DPO the members and the Zelftest, and no comparison", () => {
    expect(roleView("dpo")).toEqual({ settings: { manage: false, members: true }, selfTest: true, compare: undefined });
  });
});
