import { closeProject } from "../../src/app/closeProject";
import { compare } from "../../src/app/compare";
import { localDate } from "../../src/app/deps";
import { importDebtors } from "../../src/app/importDebtors";
import { importAndCompareBlocked, retentionMessage, retentionState } from "../../src/app/retention";
import { verifyLog } from "../../src/app/verifyLog";
import { GENK_2021_PRESET, validateConfig } from "../../src/domain/protocol";
import { aConfig, ANNA, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows } from "../support/fixtures";
import { comparedWorkbook, dpo, team } from "./dpoSupport";
import { CLOSE_INPUT } from "./dpoSupport";

const genk = { start: GENK_2021_PRESET.start, einde: GENK_2021_PRESET.einde };

describe("retentionState", () => {
  it("follows the protocol period, then counts the days past the end date until the project is closed", () => {
    expect(retentionState(genk, "2021-03-30")).toEqual({ code: "niet-begonnen", start: "2021-04-01", dagenTotStart: 2 });
    expect(retentionState(genk, "2021-12-31")).toEqual({ code: "lopend", einde: "2021-12-31", dagenTotEinde: 0 });
    expect(retentionState(genk, "2022-01-10")).toEqual({ code: "af-te-sluiten", einde: "2021-12-31", dagenVoorbij: 10 });
    expect(retentionState({ ...genk, gesloten: "2022-01-11" }, "2022-03-01")).toEqual({ code: "gesloten", gesloten: "2022-01-11" });
  });

  it("blocks import and comparison unless the project runs", () => {
    expect(["2021-03-30", "2021-06-01", "2022-01-10"].map((d) => importAndCompareBlocked(retentionState(genk, d)))).toEqual([true, false, true]);
    expect(importAndCompareBlocked(retentionState({ ...genk, gesloten: "2021-06-01" }, "2021-06-02"))).toBe(true);
  });

  it("tells every role after the end date that the data must be closed; the DPO how many days past due", () => {
    const overdue = retentionState(genk, "2022-01-10");
    expect(retentionMessage(overdue, "dpo")).toBe(
      "De protocolperiode liep af op 2021-12-31: de afsluiting is 10 dagen te laat. Controleer en verzegel het Logboek en kies ‘Afsluiten’ (evaluatie en anonimisering).",
    );
    for (const role of ["debiteurenteam", "maatschappelijk-werker"] as const) {
      expect(retentionMessage(overdue, role)).toBe(
        "De protocolperiode liep af op 2021-12-31. Importeren en vergelijken kan niet meer; de gegevens moeten worden afgesloten (evaluatie en anonimisering). Verwittig de functionaris gegevensbescherming als dat nog niet gebeurde.",
      );
    }
    expect(retentionMessage(retentionState(genk, "2022-01-01"), "dpo")).toContain("1 dag te laat");
  });

  it("reminds in the last 30 days and is silent before", () => {
    expect(retentionMessage(retentionState(genk, "2021-11-30"), "debiteurenteam")).toBeUndefined();
    expect(retentionMessage(retentionState(genk, "2021-12-01"), "debiteurenteam")).toBe(
      "De protocolperiode eindigt op 2021-12-31 (over 30 dagen). Daarna kan niet meer worden geïmporteerd of vergeleken.",
    );
  });
});

describe("after the end date, through the workbook", () => {
  it("refuses import and comparison, while the DPO can still verify and close", async () => {
    const tw = await comparedWorkbook();
    tw.clock.set("2022-01-10T10:00:00+01:00");
    const period = { code: "buiten-periode", period: { code: "verlopen", dagenVoorbij: 10 } };
    expect(await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA]), source: "x.csv" })).toEqual({ ok: false, error: period });
    expect(await compare(tw.deps, team, { kind: "bestand", fileName: "c.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows([ANNA]) })).toEqual({ ok: false, error: period });
    const state = await tw.deps.workbook.readState();
    if (!state.ok) throw new Error(state.error.code);
    expect(retentionState(state.value.config, localDate(tw.clock.now()))).toEqual({ code: "af-te-sluiten", einde: "2021-12-31", dagenVoorbij: 10 });
    expect(await verifyLog(tw.deps, dpo)).toMatchObject({ ok: true, value: { intact: true } });
    expect(await closeProject(tw.deps, dpo, CLOSE_INPUT)).toMatchObject({ ok: true, value: { closedOn: "2022-01-10" } });
  });
});

describe("the closing date in the configuration", () => {
  it("is optional and must be a date", () => {
    const open = validateConfig(aConfig());
    expect(open.ok && "gesloten" in open.value).toBe(false);
    expect(validateConfig({ ...aConfig(), gesloten: "2022-01-10" })).toMatchObject({ ok: true, value: { gesloten: "2022-01-10" } });
    expect(validateConfig({ ...aConfig(), gesloten: "10/01/2022" })).toEqual({
      ok: false,
      error: { code: "ongeldige-datum", detail: 'gesloten: "10/01/2022" is geen geldige datum (JJJJ-MM-DD).' },
    });
  });
});
