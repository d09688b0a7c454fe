import { afterCorrection, decisionMatchText, flagText, isFlagged, REASON, RECOMPARE_TEXT, resultOrigin, rowConcernsOcmw, rowHalted } from "../../src/domain/recomparison";
import { checkTransition, nextStatuses, STATUS } from "../../src/domain/status";

const FLAGGED = flagText("gevonden op rijksregisternummer", "afgewezen door maatschappelijk werker (naam + adres)");

describe("resultOrigin: automatic result or a social worker's decision, read from Status and Match", () => {
  it.each([
    [STATUS.notCompared, "", "niet-vergeleken"],
    [STATUS.notCompared, RECOMPARE_TEXT, "niet-vergeleken"],
    [STATUS.client, "rijksregisternummer", "automatisch"],
    [STATUS.possibleMatch, "naam + adres (score 0,94)", "automatisch"],
    [STATUS.noClient, "geen overeenkomst", "automatisch"],
    [STATUS.noClient, "rijksregisternummer ongeldig (controlegetal), geen overeenkomst op naam + adres", "automatisch"],
    [STATUS.client, "bevestigd door maatschappelijk werker (naam + adres)", "beslissing"],
    [STATUS.client, "teruggezet door maatschappelijk werker (rijksregisternummer)", "beslissing"],
    [STATUS.noClient, "afgewezen door maatschappelijk werker (naam + adres)", "beslissing"],
    [STATUS.continueCollection, "rijksregisternummer", "beslissing"],
    [STATUS.client, "", "beslissing"],
    [STATUS.noClient, FLAGGED, "gemarkeerd"],
  ] as const)("%s with Match ‘%s’ is %s", (status, match, origin) => {
    expect(resultOrigin(status, match)).toBe(origin);
  });
});

describe("a flagged row", () => {
  it("is halted and shown to the social worker, whatever its status", () => {
    expect(isFlagged(FLAGGED)).toBe(true);
    expect([rowHalted({ status: STATUS.noClient, match: FLAGGED }), rowConcernsOcmw({ status: STATUS.noClient, match: FLAGGED })]).toEqual([true, true]);
    expect([rowHalted({ status: STATUS.noClient, match: "geen overeenkomst" }), rowConcernsOcmw({ status: STATUS.noClient, match: "x" })]).toEqual([false, false]);
  });

  it("lets only the social worker decide again: keep, client or no client", () => {
    expect(nextStatuses(STATUS.noClient, "maatschappelijk-werker", true)).toEqual([STATUS.noClient, STATUS.client]);
    expect(nextStatuses(STATUS.noClient, "maatschappelijk-werker")).toEqual([]);
    expect(checkTransition(STATUS.noClient, STATUS.noClient, "maatschappelijk-werker", true)).toEqual({ ok: true, value: undefined });
    expect(checkTransition(STATUS.noClient, STATUS.client, "debiteurenteam", true)).toEqual({
      ok: false,
      error: { code: "rol-mag-niet", from: STATUS.noClient, to: STATUS.client, role: "debiteurenteam" },
    });
    expect(nextStatuses(STATUS.continueCollection, "maatschappelijk-werker", true)).toEqual([STATUS.continueCollection, STATUS.noClient, STATUS.client]);
  });

  it("leaves a decision text that says what she decided on, and clears the marker", () => {
    expect(decisionMatchText(STATUS.noClient, STATUS.client, FLAGGED)).toBe("bevestigd door maatschappelijk werker na nieuwe aanwijzing (gevonden op rijksregisternummer)");
    // A rejection kept knowing the number matches says so: the next comparison with that list flags nothing.
    expect(decisionMatchText(STATUS.noClient, STATUS.noClient, FLAGGED)).toBe("afgewezen door maatschappelijk werker na nieuwe aanwijzing (gevonden op rijksregisternummer)");
    const corrected = flagText("gegevens gewijzigd (Straat)", "rijksregisternummer");
    expect(decisionMatchText(STATUS.client, STATUS.client, corrected)).toBe("opnieuw beslist door maatschappelijk werker (gegevens gewijzigd (Straat))");
    expect(decisionMatchText(STATUS.possibleMatch, STATUS.noClient, "naam + adres")).toBe("afgewezen door maatschappelijk werker (naam + adres)");
    expect(decisionMatchText(STATUS.continueCollection, STATUS.client, "rijksregisternummer")).toBe("teruggezet door maatschappelijk werker (rijksregisternummer)");
    expect(decisionMatchText(STATUS.client, STATUS.continueCollection, "rijksregisternummer")).toBe("rijksregisternummer");
    expect(decisionMatchText(STATUS.notCompared, STATUS.client, "")).toBe("");
  });
});

describe("afterCorrection: a corrected national number, name or address", () => {
  it("puts an automatic result back to be compared", () => {
    for (const [status, match] of [[STATUS.client, "rijksregisternummer"], [STATUS.noClient, "geen overeenkomst"], [STATUS.possibleMatch, "naam + adres"]] as const) {
      expect(afterCorrection(status, match, ["Rijksregisternummer"])).toEqual({ status: STATUS.notCompared, match: RECOMPARE_TEXT, reason: REASON.corrected });
    }
  });

  it("flags a decision instead, keeping the first Match text under a second flag", () => {
    const decided = afterCorrection(STATUS.continueCollection, "rijksregisternummer", ["Straat", "Huisnummer"]);
    expect(decided).toEqual({
      status: STATUS.continueCollection,
      match: "nieuwe aanwijzing – te beoordelen: gegevens gewijzigd (Straat, Huisnummer) – eerder: rijksregisternummer",
      reason: REASON.correctedDecision,
    });
    expect(afterCorrection(STATUS.noClient, FLAGGED, ["Voornaam"])?.match).toBe(
      "nieuwe aanwijzing – te beoordelen: gegevens gewijzigd (Voornaam) – eerder: afgewezen door maatschappelijk werker (naam + adres)",
    );
  });

  it("changes nothing for a row not compared yet, or without a changed field", () => {
    expect(afterCorrection(STATUS.notCompared, "", ["Achternaam"])).toBeUndefined();
    expect(afterCorrection(STATUS.client, "rijksregisternummer", [])).toBeUndefined();
  });
});
