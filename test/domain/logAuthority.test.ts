import { disagreements, loggedRows } from "../../src/domain/logAuthority";
import { LOG_ACTION } from "../../src/domain/log";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";

const SW = "Maatschappelijk werker";
const TEAM = "Debiteurenteam";
const status = (over: string, from: string, to: string, rol: string, actie: string = LOG_ACTION.statusGewijzigd, veld = "Status") => ({ actie, over, veld, oudeWaarde: from, nieuweWaarde: to, rol });
const row = (dossiernummer: string, st: string, match: string) => ({ rowId: rowIdFrom("R000001"), dossiernummer, status: st as never, match });

describe("the log as the authority for a Rij-ID", () => {
  it("keeps the last dossier, the last status and whether a social worker set it (the comparison's status is no decision)", () => {
    const log = [
      status("D1 [R000001]", STATUS.notCompared, STATUS.possibleMatch, TEAM),
      status("D1 [R000001]", STATUS.possibleMatch, STATUS.noClient, SW),
      { actie: LOG_ACTION.rasterwijziging, over: "D2 [R000001]", veld: "Dossiernummer", nieuweWaarde: "D2", rol: TEAM },
    ];
    expect(loggedRows(log).get("R000001")).toMatchObject({ dossier: "D2", status: STATUS.noClient, decided: true });
    expect(loggedRows(log.slice(0, 1)).get("R000001")).toMatchObject({ dossier: "D1", status: STATUS.possibleMatch, decided: false });
  });

  it("a herstel putting back the status from before a write not carried through puts back the decision too", () => {
    const log = [
      status("D1 [R000001]", STATUS.possibleMatch, STATUS.noClient, SW),
      status("D1 [R000001]", STATUS.noClient, STATUS.client, TEAM),
      status("D1 [R000001]", STATUS.client, STATUS.noClient, TEAM, LOG_ACTION.herstel),
    ];
    expect(loggedRows(log).get("R000001")).toMatchObject({ status: STATUS.noClient, decided: true });
    expect(disagreements(row("D1", STATUS.noClient, "afgewezen door maatschappelijk werker (naam + adres)"), loggedRows(log))).toEqual([]);
  });

  it("names a different dossier, a different status and a decision the log does not contain", () => {
    const logged = loggedRows([status("D1 [R000001]", STATUS.notCompared, STATUS.client, TEAM)]);
    expect(disagreements(row("D9", STATUS.noClient, "afgewezen door maatschappelijk werker (x)"), logged)).toEqual([
      { field: "Dossiernummer", logged: "D1", sheet: "D9" },
      { field: "Status", logged: STATUS.client, sheet: STATUS.noClient },
      { field: "Match", logged: "geen beslissing van de maatschappelijk werker", sheet: "afgewezen door maatschappelijk werker (x)" },
    ]);
    expect(disagreements(row("D1", STATUS.client, "rijksregisternummer"), logged)).toEqual([]);
    // A Rij-ID the log never named: only "nog niet vergeleken" agrees.
    expect(disagreements(row("D1", STATUS.client, ""), new Map())).toEqual([{ field: "Status", logged: STATUS.notCompared, sheet: STATUS.client }]);
  });
});
