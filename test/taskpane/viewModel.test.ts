import { GENK_2021_PRESET } from "../../src/domain/protocol";
import { rowIdFrom, type DebtorRecord } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import type { LogEntry } from "../../src/domain/log";
import type { Capabilities, DebtorRow } from "../../src/ports/workbook";
import {
  capabilityNote, distinct, filterDebtors, filterLog, initialSetupForm, NO_LOG_FILTER, purposeText, setupInput, statusBars,
  transitionLabel, transitionQuestion, unexpectedFailure, userFor, type SetupForm,
} from "../../src/taskpane/viewModel";

const account = { name: "an.peeters@genk.example", source: "Microsoft 365-account" as const };
const stated = { name: "Jan Jansen", source: "zelf opgegeven" as const };

function aRow(over: Partial<DebtorRecord> = {}, index = 0): DebtorRow {
  return {
    index,
    record: {
      dossiernummer: "DOS-1",
      voornaam: "Anna",
      achternaam: "Peeters",
      rijksregisternummer: "85073003328",
      straat: "Stalenstraat",
      huisnummer: "12",
      rowId: rowIdFrom("R000001"),
      status: STATUS.client,
      match: "rijksregisternummer",
      ...over,
    },
  };
}

function anEntry(nr: number, over: Partial<LogEntry> = {}): LogEntry {
  return {
    nr,
    referentie: `ref-${nr}`,
    tijdstip: "2021-05-03T10:00:00+02:00",
    gebruiker: "an@genk.example",
    identiteit: "Microsoft 365-account",
    rol: "Debiteurenteam",
    actie: "toegang",
    over: "—",
    veld: "rol",
    oudeWaarde: "",
    nieuweWaarde: "",
    doel: "vergelijking uitvoeren",
    bron: "taakvenster",
    hash: "h",
    ...over,
  };
}

function aForm(over: Partial<SetupForm> = {}): SetupForm {
  return {
    ...initialSetupForm("2026-11-02", account),
    rolcodes: { debiteurenteam: "", "maatschappelijk-werker": "ocmw-code-1", dpo: "" },
    ...over,
  };
}

describe("unexpected failures", () => {
  it("say in Dutch where it went wrong and what to do, and keep the technical message apart", () => {
    expect(unexpectedFailure("het vergelijken", new TypeError("x is undefined"))).toEqual({
      text: "Er liep iets mis bij het vergelijken. Probeer opnieuw; blijft het probleem, verwittig de IT-dienst.",
      technical: "TypeError: x is undefined",
    });
    expect(unexpectedFailure("het importeren", "kapot").technical).toBe("kapot");
  });
});

describe("status changes", () => {
  it("label each transition a social worker can make", () => {
    expect(transitionLabel(STATUS.client, STATUS.continueCollection)).toBe("Invorderingsprocedure voortzetten");
    expect(transitionLabel(STATUS.continueCollection, STATUS.client)).toBe("Terugzetten naar cliënt OCMW");
    expect(transitionLabel(STATUS.possibleMatch, STATUS.client)).toBe("Bevestigen: cliënt OCMW");
    expect(transitionLabel(STATUS.possibleMatch, STATUS.noClient)).toBe("Afwijzen: geen cliënt");
  });

  it("ask for confirmation naming the dossier, not the person", () => {
    expect(transitionQuestion("DOS-7", STATUS.client, STATUS.continueCollection)).toBe("Bevestigen dat de invorderingsprocedure voor dossier DOS-7 wordt voortgezet?");
    expect(transitionQuestion("", STATUS.possibleMatch, STATUS.noClient)).toBe("Bevestigen dat dossier zonder dossiernummer geen cliënt van het OCMW is?");
  });
});

describe("filterDebtors", () => {
  const rows = [aRow({ dossiernummer: "DOS-1", achternaam: "Çelik" }, 0), aRow({ dossiernummer: "DOS-2", straat: "Molenstraat", status: STATUS.possibleMatch }, 1)];

  it("keeps rows containing every word, ignoring case and accents", () => {
    expect(filterDebtors(rows, "celik").map((r) => r.index)).toEqual([0]);
    expect(filterDebtors(rows, "MOLEN mogelijke").map((r) => r.index)).toEqual([1]);
    expect(filterDebtors(rows, "molen celik")).toEqual([]);
  });

  it("keeps everything for an empty query", () => {
    expect(filterDebtors(rows, "  ").map((r) => r.index)).toEqual([0, 1]);
  });
});

describe("filterLog", () => {
  const log = [anEntry(1), anEntry(2, { actie: "status gewijzigd", gebruiker: "sofie@ocmw.example", over: "DOS-9 [R000009]" }), anEntry(3)];

  it("shows the newest first, up to the limit", () => {
    expect(filterLog(log, NO_LOG_FILTER).map((e) => e.nr)).toEqual([3, 2, 1]);
    expect(filterLog(log, NO_LOG_FILTER, 2).map((e) => e.nr)).toEqual([3, 2]);
  });

  it("filters on action, user and free text", () => {
    expect(filterLog(log, { ...NO_LOG_FILTER, actie: "toegang" }).map((e) => e.nr)).toEqual([3, 1]);
    expect(filterLog(log, { ...NO_LOG_FILTER, gebruiker: "sofie@ocmw.example" }).map((e) => e.nr)).toEqual([2]);
    expect(filterLog(log, { ...NO_LOG_FILTER, tekst: "dos-9" }).map((e) => e.nr)).toEqual([2]);
  });

  it("offers each action and user once, sorted", () => {
    expect(distinct(log, "actie")).toEqual(["status gewijzigd", "toegang"]);
    expect(distinct(log, "gebruiker")).toEqual(["an@genk.example", "sofie@ocmw.example"]);
  });
});

describe("statusBars", () => {
  it("scales every status to the largest count, in the statuses' order", () => {
    const bars = statusBars({
      [STATUS.notCompared]: 0,
      [STATUS.noClient]: 40,
      [STATUS.client]: 10,
      [STATUS.possibleMatch]: 4,
      [STATUS.continueCollection]: 0,
    });
    expect(bars.map((b) => [b.status, b.count, b.share])).toEqual([
      [STATUS.notCompared, 0, 0],
      [STATUS.noClient, 40, 1],
      [STATUS.client, 10, 0.25],
      [STATUS.possibleMatch, 4, 0.1],
      [STATUS.continueCollection, 0, 0],
    ]);
  });
});

describe("capabilityNote", () => {
  const full: Capabilities = { protection: true, events: true, tableResize: true, changeDetails: true, triggerSource: true, allowEditRanges: true, missing: [] };

  it("is absent when nothing is missing", () => {
    expect(capabilityNote(full)).toBeUndefined();
  });

  it("names what is missing and what still works", () => {
    const old = { ...full, protection: false, events: false, missing: ["ExcelApi 1.7 (beveiliging per rol en wijzigingen in het raster loggen)"] };
    expect(capabilityNote(old)).toBe(
      "Deze Excel-versie mist: ExcelApi 1.7 (beveiliging per rol en wijzigingen in het raster loggen). Kolommen worden niet per rol vergrendeld en wijzigingen in het raster worden niet in het logboek gezet. Vergelijken, statussen wijzigen en het logboek via dit taakvenster werken wel. Vraag de IT-dienst om Excel bij te werken.",
    );
  });
});

describe("start flow", () => {
  it("states a listed purpose as is, another reason with its text, and nothing for an empty other reason", () => {
    expect(purposeText("vergelijking uitvoeren", "genegeerd")).toBe("vergelijking uitvoeren");
    expect(purposeText("andere reden", "  vraag van de ombudsdienst ")).toBe("andere reden: vraag van de ombudsdienst");
    expect(purposeText("andere reden", "  ")).toBe("");
  });

  it("uses the Microsoft 365 account when present, otherwise the stated name", () => {
    expect(userFor(account, "genegeerd")).toBe(account);
    expect(userFor(undefined, " Jan Jansen ")).toEqual(stated);
  });
});

describe("setupInput", () => {
  it("builds an own project from today, with the member list and the role codes given", () => {
    const input = setupInput(aForm({ naam: "Pilot 2026", start: "2026-11-02", einde: "2027-06-30" }), "2026-11-02", account);
    expect(input.ok && input.value.config.naam).toBe("Pilot 2026");
    expect(input.ok && [input.value.config.start, input.value.config.einde]).toEqual(["2026-11-02", "2027-06-30"]);
    expect(input.ok && input.value.config.leden).toEqual([{ email: "an.peeters@genk.example", rol: "debiteurenteam" }]);
    expect(input.ok && input.value.roleCodes).toEqual({ "maatschappelijk-werker": "ocmw-code-1" });
  });

  it("takes the Genk 2021 preset's dates and texts", () => {
    const input = setupInput(aForm({ preset: "genk-2021", start: "", einde: "" }), "2026-11-02", account);
    expect(input.ok && [input.value.config.naam, input.value.config.start, input.value.config.einde]).toEqual([GENK_2021_PRESET.naam, "2021-04-01", "2021-12-31"]);
  });

  it("reports every problem of the form in Dutch", () => {
    const form = aForm({
      naam: " ",
      start: "2027-01-01",
      einde: "2026-12-31",
      leden: [
        { email: "geen-adres", rol: "dpo" },
        { email: "an.peeters@genk.example", rol: "debiteurenteam" },
        { email: "AN.peeters@genk.example", rol: "debiteurenteam" },
        { email: "", rol: "dpo" },
      ],
      rolcodes: { debiteurenteam: "", "maatschappelijk-werker": "1234", dpo: "" },
    });
    expect(setupInput(form, "2026-11-02", account)).toEqual({
      ok: false,
      error: [
        "Geef het project een naam.",
        "De einddatum ligt vóór de startdatum: pas een van beide aan.",
        "‘geen-adres’ is geen geldig e-mailadres.",
        "AN.peeters@genk.example staat meer dan eens in de ledenlijst: houd één rij over.",
        "Rolcode Maatschappelijk werker: Een rolcode heeft minstens 8 tekens: kies een langere code.",
      ],
    });
  });

  it("refuses a setup after which the person setting up could not sign in", () => {
    const notListed = setupInput(aForm({ leden: [] }), "2026-11-02", account);
    expect(notListed).toEqual({
      ok: false,
      error: ["Zet uzelf op de ledenlijst als Debiteurenteam, of stel een rolcode voor het debiteurenteam in: anders kunt u na het instellen niet aanmelden."],
    });
    const noAccount = setupInput(aForm(), "2026-11-02", stated);
    expect(noAccount).toEqual({ ok: false, error: ["Zonder Microsoft 365-account meldt u aan met een rolcode: stel een rolcode voor het debiteurenteam in."] });
    const withCode = setupInput(aForm({ rolcodes: { debiteurenteam: "team-code-1", "maatschappelijk-werker": "", dpo: "" } }), "2026-11-02", stated);
    expect(withCode.ok).toBe(true);
  });
});
