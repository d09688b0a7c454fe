import { activityCounts, countByStatus, evaluationOf, evaluationRows, statusChangesByMonth } from "../../src/domain/evaluation";
import type { LogEntry } from "../../src/domain/log";
import { STATUS } from "../../src/domain/status";

let nr = 0;
function anEntry(over: Partial<LogEntry> = {}): LogEntry {
  nr++;
  return {
    nr, referentie: `ref-${nr}`, tijdstip: "2021-05-03T10:00:00+02:00", gebruiker: "an.peeters@genk.be", identiteit: "Microsoft 365-account",
    rol: "Maatschappelijk werker", actie: "status gewijzigd", over: "DOS-2021-000001 [R000001]", veld: "Status",
    oudeWaarde: STATUS.notCompared, nieuweWaarde: STATUS.client, doel: "cliëntstatus nakijken", bron: "taakvenster", hash: "", ...over,
  };
}

const none = { [STATUS.notCompared]: 0, [STATUS.noClient]: 0, [STATUS.client]: 0, [STATUS.possibleMatch]: 0, [STATUS.continueCollection]: 0 };

describe("countByStatus", () => {
  it("counts every status, zero included", () => {
    expect(countByStatus([STATUS.client, STATUS.client, STATUS.noClient])).toEqual({ ...none, [STATUS.client]: 2, [STATUS.noClient]: 1 });
    expect(countByStatus([])).toEqual(none);
  });
});

describe("statusChangesByMonth", () => {
  it("counts changes to each status per month of the Tijdstip, from the taskpane and the grid's Status column", () => {
    const log = [
      anEntry({ tijdstip: "2021-06-30T23:59:59+02:00", nieuweWaarde: STATUS.continueCollection }),
      anEntry({ tijdstip: "2021-05-03T10:00:00+02:00" }),
      anEntry({ tijdstip: "2021-05-20T10:00:00+02:00", actie: "rasterwijziging", bron: "raster", nieuweWaarde: STATUS.client }),
      anEntry({ tijdstip: "2021-05-21T10:00:00+02:00", actie: "rasterwijziging", veld: "Straat", nieuweWaarde: "Stalenstraat" }),
      anEntry({ tijdstip: "2021-05-22T10:00:00+02:00", actie: "niet gewijzigd", nieuweWaarde: STATUS.client }),
      anEntry({ tijdstip: "2021-05-23T10:00:00+02:00", nieuweWaarde: "iets anders" }),
    ];
    expect(statusChangesByMonth(log)).toEqual([
      { month: "2021-05", counts: { ...none, [STATUS.client]: 2 }, total: 2 },
      { month: "2021-06", counts: { ...none, [STATUS.continueCollection]: 1 }, total: 1 },
    ]);
  });
});

describe("activityCounts", () => {
  it("counts events by kind", () => {
    const log = [anEntry({ actie: "toegang" }), anEntry({ actie: "toegang" }), anEntry(), anEntry({ actie: "wijziging buiten add-in" }), anEntry({ actie: "verzegeling" })];
    expect(activityCounts(log)).toEqual({
      access: 2, roleSwitches: 0, imports: 0, comparisons: 0, statusChanges: 1, gridEdits: 0,
      outsideChanges: 1, refused: 0, logChecks: 0, seals: 1, exports: 0,
    });
  });
});

describe("evaluationRows", () => {
  const heading = { name: "Protocol Genk", start: "2021-04-01", end: "2021-12-31", closedOn: "2022-01-10" };

  it("lays out counts only: per status at the close, per month, and activity", () => {
    const e = evaluationOf([STATUS.client, STATUS.noClient, STATUS.noClient], [anEntry({ tijdstip: "2021-05-03T10:00:00+02:00" })]);
    const rows = evaluationRows(e, heading);
    expect(rows.slice(0, 13)).toEqual([
      ["Evaluatie – Protocol Genk"],
      ["Protocolperiode", "2021-04-01 – 2021-12-31"],
      ["Afgesloten op", "2022-01-10"],
      ["Alleen tellingen: deze evaluatie bevat geen namen, rijksregisternummers, adressen of dossiernummers."],
      [],
      ["Debiteuren per status bij afsluiting", "Aantal"],
      [STATUS.notCompared, 0],
      [STATUS.noClient, 2],
      [STATUS.client, 1],
      [STATUS.possibleMatch, 0],
      [STATUS.continueCollection, 0],
      ["Totaal", 3],
      [],
    ]);
    expect(rows[13]).toEqual(["Statuswijzigingen per maand (naar status)", ...Object.values(STATUS), "Totaal"]);
    expect(rows[14]).toEqual(["2021-05", 0, 0, 1, 0, 0, 1]);
    expect(rows.at(-1)).toEqual(["Exports", 0]);
  });

  it("holds no text from the log besides months, statuses and its own labels", () => {
    const log = [anEntry({ over: "DOS-2021-000042 [R000042]", oudeWaarde: STATUS.possibleMatch, gebruiker: "x@y.be", doel: "andere reden: mevrouw Claes" })];
    const text = JSON.stringify(evaluationRows(evaluationOf([STATUS.client], log), heading));
    for (const personal of ["DOS-2021-000042", "R000042", "x@y.be", "Claes"]) expect(text).not.toContain(personal);
  });

  it("says so when there were no status changes", () => {
    expect(evaluationRows(evaluationOf([], []), heading)).toContainEqual(["geen statuswijzigingen"]);
  });
});
