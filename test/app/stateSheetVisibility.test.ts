// Issue 15 item 11 through the adapter: a state sheet found only hidden or visible (a save by LibreOffice) is made very
// hidden again on opening, and the Logboek says so.
import { openWorkbook } from "../../src/app/openWorkbook";
import { repairMessage } from "../../src/app/reconcile";
import { SHEET } from "../../src/domain/layout";
import { reopen } from "../support/fixtures";
import { expectExplainedAndIntact, people, preparedWorkbook, team } from "../support/gridLogging";

describe.each(["Hidden", "Visible"] as const)("a state sheet found %s on opening", (found) => {
  it("is made very hidden again, logged as herstel, reported once", async () => {
    const tw = await preparedWorkbook(people(3));
    tw.host.model.sheet(SHEET.state)!.visibility = found;
    const opened = await openWorkbook(reopen(tw).deps, team);
    expect(opened.ok && opened.value.repairs).toEqual([{ code: "statusblad-verborgen", was: found }]);
    expect(tw.host.snapshot().sheets.find((s) => s.name === SHEET.state)!.visibility).toBe("VeryHidden");
    const last = (await reopen(tw).deps.workbook.readLog()).at(-1)!;
    expect([last.actie, last.veld, last.oudeWaarde, last.nieuweWaarde]).toEqual(["herstel", "statusblad", found === "Visible" ? "zichtbaar" : "verborgen", "zeer verborgen"]);
    expect(repairMessage({ code: "statusblad-verborgen", was: found })).toMatch(/^Het interne statusblad was .*Het is opnieuw zeer verborgen; het Logboek vermeldt dat\.$/);
    expect(await openWorkbook(reopen(tw).deps, team)).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [], logUsable: true } });
    await expectExplainedAndIntact(reopen(tw));
  });
});
