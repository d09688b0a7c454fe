// The Dutch texts and choices behind the banners, the DPO's tools, the Zelftest and the social worker's comparison.
import type { CloseReport } from "../../src/app/closeProject";
import type { OpenReport } from "../../src/app/openWorkbook";
import type { SelfTestReport } from "../../src/app/selfTest";
import type { LogCheck } from "../../src/app/verifyLog";
import {
  checkHeadline, CLOSE_CONFIRM_WORD, closeConfirmed, closeSummary, compareBlockedReason, gridNoticeText, openingNotices, retentionBanner,
  gridStartFailed, selfTestHeadline,
} from "../../src/taskpane/dpoViewModel";

const period = { start: "2021-04-01", einde: "2021-12-31" };
const HASH = "ab".repeat(32);

function aCheck(over: Partial<LogCheck> = {}): LogCheck {
  return { intact: true, count: 12, head: { nr: 12, hash: HASH }, segments: 1, explanation: "uitleg", ...over };
}

function aCloseReport(over: Partial<CloseReport> = {}): CloseReport {
  return {
    closedOn: "2022-01-10",
    evaluation: { debtors: 4 } as CloseReport["evaluation"],
    clearedRows: 4,
    clientSheetDeleted: true,
    archivedRows: 20,
    originalHead: { nr: 20, hash: HASH },
    archiveHead: { nr: 20, hash: "cd".repeat(32) },
    head: { nr: 22, hash: "ef".repeat(32) },
    closeRecord: `DC-AFSLUITING 2022-01-10T14:00:00+01:00 20:${HASH} -> 21:${"12".repeat(32)}`,
    ...over,
  };
}

function anOpenReport(over: Partial<OpenReport> = {}): OpenReport {
  return { outsideChanges: 0, repairs: [], problems: [], logUsable: true, ...over };
}

describe("retentionBanner", () => {
  it("says nothing while the period runs and its end is more than 30 days away", () => {
    expect(retentionBanner(period, "2021-06-01", "dpo")).toBeUndefined();
  });

  it("after the end date tells every role the data must be closed, and the DPO how many days the close is overdue", () => {
    expect(retentionBanner(period, "2022-01-10", "debiteurenteam")).toEqual({
      intent: "warning",
      title: "Protocolperiode voorbij: gegevens afsluiten",
      text: "De protocolperiode liep af op 2021-12-31. Importeren en vergelijken kan niet meer; de gegevens moeten worden afgesloten (evaluatie en anonimisering). Verwittig de functionaris gegevensbescherming als dat nog niet gebeurde.",
    });
    expect(retentionBanner(period, "2022-01-10", "dpo")).toEqual({
      intent: "error",
      title: "Protocolperiode voorbij: gegevens afsluiten",
      text: "De protocolperiode liep af op 2021-12-31: de afsluiting is 10 dagen te laat. Controleer en verzegel het Logboek en kies ‘Afsluiten’ (evaluatie en anonimisering).",
    });
  });

  it("before anyone signed in speaks as to the debtor team, never with the DPO's overdue count", () => {
    expect(retentionBanner(period, "2022-01-10", undefined)).toEqual(retentionBanner(period, "2022-01-10", "maatschappelijk-werker"));
  });

  it("reminds in the last 30 days and reports a closed project", () => {
    expect(retentionBanner(period, "2021-12-30", "maatschappelijk-werker")).toEqual({
      intent: "info",
      title: "Einde van de protocolperiode nadert",
      text: "De protocolperiode eindigt op 2021-12-31 (over 1 dag). Daarna kan niet meer worden geïmporteerd of vergeleken.",
    });
    expect(retentionBanner({ ...period, gesloten: "2022-01-10" }, "2022-02-01", "dpo")?.title).toBe("Project afgesloten");
  });
});

describe("compareBlockedReason", () => {
  it.each([
    ["2021-06-01", {}, undefined],
    ["2021-03-01", {}, "Vergelijken kan pas vanaf 2021-04-01, de start van de protocolperiode."],
    ["2022-01-10", {}, "De protocolperiode liep af op 2021-12-31: vergelijken kan niet meer."],
    ["2021-06-01", { gesloten: "2021-06-01" }, "Het project werd afgesloten op 2021-06-01: vergelijken kan niet meer."],
  ])("on %s (%j): %s", (today, over, reason) => {
    expect(compareBlockedReason({ ...period, ...over }, today)).toBe(reason);
  });
});

describe("checkHeadline", () => {
  it("names an intact log, and a seal found in it", () => {
    expect(checkHeadline(aCheck())).toEqual({ intent: "success", title: "Logboek intact", text: "uitleg" });
    expect(checkHeadline(aCheck({ seal: { head: `5:${HASH}`, outcome: "gevonden" } })).title).toBe("Logboek intact en de zegel klopt");
  });

  it("warns when a seal lies in the pseudonymised archive or a write was never confirmed", () => {
    expect(checkHeadline(aCheck({ seal: { head: `5:${HASH}`, outcome: "niet-controleerbaar" } }))).toEqual({
      intent: "warning",
      title: "Logboek intact; de zegel is ouder dan de afsluiting en niet na te gaan",
      text: "uitleg",
    });
    expect(checkHeadline(aCheck({ pending: { action: "vergelijking", fromNr: 13, toNr: 15 } })).intent).toBe("warning");
  });

  it("names the first break with its kind in plain Dutch", () => {
    const broken = aCheck({ intact: false, head: undefined, breach: { kind: "verwijderd", label: "Rij(en) verwijderd", nr: 7, rowIndex: 6, detail: "…" } });
    expect(checkHeadline(broken)).toEqual({ intent: "error", title: "Logboek NIET intact — eerste breuk bij Nr 7: rij(en) verwijderd", text: "uitleg" });
  });
});

describe("the close confirmation", () => {
  const form = { backupKept: true, typed: "AFSLUITEN", early: false, earlyReason: "", haltListMissing: false, skipReason: "" };

  it("needs the backup confirmed and the exact word typed (case-sensitive, no spaces)", () => {
    expect(CLOSE_CONFIRM_WORD).toBe("AFSLUITEN");
    const typed = ["AFSLUITEN", "afsluiten", " AFSLUITEN ", "Afsluiten", "AFSLUIT"].map((t) => closeConfirmed({ ...form, typed: t }));
    expect(typed).toEqual([true, false, false, false, false]);
    expect(closeConfirmed({ ...form, backupKept: false })).toBe(false);
  });

  it("needs a reason to close while the period runs and a reason to skip the halt list", () => {
    expect(closeConfirmed({ ...form, early: true, earlyReason: "  " })).toBe(false);
    expect(closeConfirmed({ ...form, early: true, earlyReason: "evaluatie vervroegd" })).toBe(true);
    expect(closeConfirmed({ ...form, haltListMissing: true })).toBe(false);
    expect(closeConfirmed({ ...form, haltListMissing: true, skipReason: "geen dwangbevelen meer" })).toBe(true);
  });

  it("sums up what was done and says to seal again", () => {
    expect(closeSummary(aCloseReport())).toEqual([
      "Het blad ‘Evaluatie’ bevat de evaluatie van 4 debiteuren: alleen aantallen per status, per maand en per soort gebeurtenis, geen persoonsgegevens.",
      "4 debiteurenrijen gewist in het blad ‘Debiteuren’; alleen de kolomkoppen blijven.",
      "Het blad ‘OCMW-cliënten’ is verwijderd.",
      "Logboek Nr 1 t.e.m. 20 is gepseudonimiseerd; de sleutel is vernietigd. Het Logboek blijft controleerbaar (nieuw ketensegment, kop nu Nr 22).",
      "Kopieer het afsluitingsrecord hieronder naar uw register buiten de werkmap: alleen daarmee zijn zegels van vóór de afsluiting nog na te gaan.",
      "Verzegel het Logboek nu opnieuw en bewaar ook die zegel buiten de werkmap.",
    ]);
    expect(closeSummary(aCloseReport({ clientSheetDeleted: false }))[2]).toBe("Er was geen blad ‘OCMW-cliënten’ meer.");
  });
});

describe("openingNotices", () => {
  it("is empty after a clean open", () => {
    expect(openingNotices(anOpenReport({ outsideChanges: 3 }))).toEqual([]);
  });

  it("puts loud problems first and says that nothing is written while the log cannot be trusted", () => {
    const notices = openingNotices(anOpenReport({ problems: [{ code: "logboek-verwijderd" }], logUsable: false }));
    expect(notices.map((n) => [n.intent, n.title])).toEqual([
      ["error", "Probleem in de werkmap"],
      ["error", "Debiteurencheck schrijft niets"],
    ]);
    expect(notices[0].text).toMatch(/^Het blad ‘Logboek’ werd verwijderd\./);
  });

  it("reports repairs made on opening", () => {
    const repair = { code: "niets-geschreven", pending: { action: "vergelijking", fromNr: 8, toNr: 9 } } as OpenReport["repairs"][number];
    expect(openingNotices(anOpenReport({ repairs: [repair] }))).toEqual([
      {
        intent: "info",
        title: "Hersteld bij het openen",
        text: "Een schrijfactie ‘vergelijking’ (logrijen Nr 8 t.e.m. 9) werd onderbroken voor er iets geschreven was. Er is niets veranderd; voer ze zo nodig opnieuw uit.",
      },
    ]);
  });
});

describe("gridNoticeText", () => {
  it("stays silent about edits that were simply logged", () => {
    expect(gridNoticeText({ kind: "bewerkingen", accepted: 2, refused: [] })).toBeUndefined();
  });

  it("names refused edits, which were undone", () => {
    const message = "Dossier DOS-1: ‘betaald’ is geen geldige status; de cel staat weer op ‘cliënt OCMW’.";
    const refused = [{ about: "DOS-1 [R000001]", field: "Status (‘betaald’ is geen geldige status; teruggezet)", reason: "‘betaald’ is geen geldige status", message }];
    expect(gridNoticeText({ kind: "bewerkingen", accepted: 0, refused })).toEqual({
      intent: "warning",
      title: "Wijziging in het raster ongedaan gemaakt",
      text: `${message} Dit staat in het logboek.`,
    });
  });

  it("turns problems and failures into Dutch errors", () => {
    expect(gridNoticeText({ kind: "probleem", problem: { code: "blad-hernoemd", sheet: "Logboek", newName: "Oud" } })?.text).toMatch(/^Het blad ‘Logboek’ werd hernoemd naar ‘Oud’\./);
    expect(gridNoticeText({ kind: "fout", technical: "Error: verbinding verbroken" })?.text).toBe(
      "Ze wordt bij het volgende openen van de werkmap vastgesteld en alsnog gelogd. Blijft dit gebeuren, verwittig de IT-dienst. Technische melding: Error: verbinding verbroken",
    );
  });
});

describe("gridStartFailed", () => {
  it("says edits are found on the next open instead, with the technical message for IT", () => {
    expect(gridStartFailed(new RangeError("te groot"))).toEqual({
      intent: "warning",
      title: "Wijzigingen in het raster worden nu niet gevolgd",
      text: "Wat u in het raster wijzigt, wordt bij het volgende openen van de werkmap vastgesteld en dan gelogd. Blijft dit gebeuren, verwittig de IT-dienst. Technische melding: RangeError: te groot",
    });
  });
});

describe("selfTestHeadline", () => {
  const check = (id: string, passed: boolean) => ({ id, name: id, passed, detail: "" });
  it("counts passed and failed checks and names the Excel version", () => {
    const passed: SelfTestReport = { excel: "Excel 16.0.1 (PC)", checks: [check("a", true), check("b", true)], passed: true };
    expect(selfTestHeadline(passed)).toEqual({ intent: "success", title: "Alle 2 controles geslaagd", text: "Excel 16.0.1 (PC): Debiteurencheck werkt hier zoals getest." });
    const failed: SelfTestReport = { ...passed, checks: [check("a", true), check("b", false)], passed: false };
    expect(selfTestHeadline(failed).title).toBe("1 van 2 controles mislukt");
  });

  it("does not count a check that could not run as failed, and says it could not run", () => {
    const report: SelfTestReport = { excel: "Excel (demo)", checks: [check("a", true), { ...check("b", false), notChecked: true }], passed: true };
    expect(selfTestHeadline(report)).toEqual({
      intent: "success",
      title: "Alle 1 controles geslaagd",
      text: "Excel (demo): Debiteurencheck werkt hier zoals getest. 1 controle(s) konden hier niet lopen: zie de uitleg erbij.",
    });
  });
});
