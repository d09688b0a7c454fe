import type { AppProblem } from "../../src/app/problems";
import { settingsView } from "../../src/app/roleView";
import { fieldOfProblem, periodEffect, roleCodeStates, settingsProblemText } from "../../src/taskpane/settingsViewModel";

const PERIOD = { start: "2021-04-01", einde: "2021-12-31" };

describe("the Instellingen page", () => {
  it("lets only the debtor team manage; the DPO reads the members; the social worker only the protocol", () => {
    expect([settingsView("debiteurenteam"), settingsView("dpo"), settingsView("maatschappelijk-werker")]).toEqual([
      { manage: true, members: true },
      { manage: false, members: true },
      { manage: false, members: false },
    ]);
  });

  it("shows a refused change at the field it concerns, others above the buttons", () => {
    const cases: [AppProblem, string | undefined][] = [
      [{ code: "ongeldige-datum", field: "einde", value: "x" }, "einde"],
      [{ code: "einde-voor-start", start: "2021-04-01", end: "2021-03-01" }, "einde"],
      [{ code: "reden-ontbreekt" }, "reden"],
      [{ code: "lid-bestaat-al", email: "a@b.be", role: "dpo" }, "email"],
      [{ code: "ongeldig-email", email: "" }, "email"],
      [{ code: "rolcode-ongeldig", role: "dpo", detail: "te kort" }, "rolcode-dpo"],
      [{ code: "debiteurenteam-onbereikbaar" }, undefined],
      [{ code: "niets-gewijzigd" }, undefined],
    ];
    expect(cases.map(([p]) => fieldOfProblem(p))).toEqual(cases.map(([, f]) => f));
  });

  it("says what a new period means for import and comparison", () => {
    expect(periodEffect(PERIOD, { code: "lopend", dagenTotEinde: 3 })).toBe(
      "De protocolperiode is nu 01/04/2021 t.e.m. 31/12/2021. Importeren en vergelijken kan tot en met 31/12/2021.",
    );
    expect(periodEffect(PERIOD, { code: "niet-begonnen", dagenTotStart: 3 })).toBe(
      "De protocolperiode is nu 01/04/2021 t.e.m. 31/12/2021. Importeren en vergelijken kan pas vanaf 01/04/2021; tot dan blijven beide geblokkeerd.",
    );
    expect(periodEffect(PERIOD, { code: "verlopen", dagenVoorbij: 3 })).toBe(
      "De protocolperiode is nu 01/04/2021 t.e.m. 31/12/2021. Die periode is voorbij: importeren en vergelijken blijven geblokkeerd. Sluit het project af of verleng de periode.",
    );
  });

  it("shows a refused period with dd/mm/jjjj dates, and an unreadable date without an ISO format to type", () => {
    expect(settingsProblemText({ code: "einde-voor-start", start: "2021-04-01", end: "2021-03-31" })).toBe(
      "De einddatum (31/03/2021) ligt vóór de startdatum (01/04/2021). Pas een van beide aan.",
    );
    expect(settingsProblemText({ code: "ongeldige-datum", field: "einde", value: "" })).toBe(
      "Vul een geldige einddatum in: een dag die bestaat, met dag, maand en jaar.",
    );
  });

  it("tells which roles have a code, never the code", () => {
    const hash = { algoritme: "PBKDF2-SHA256" as const, iteraties: 1000, zout: "00".repeat(16), hash: "ab".repeat(32) };
    expect(roleCodeStates({ rolcodes: { dpo: hash } })).toEqual([
      { role: "debiteurenteam", label: "Debiteurenteam", set: false },
      { role: "maatschappelijk-werker", label: "Maatschappelijk werker", set: false },
      { role: "dpo", label: "Functionaris gegevensbescherming", set: true },
    ]);
  });
});
