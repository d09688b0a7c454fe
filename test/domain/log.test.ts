import { closestLogLayout, entryToRow, formatTimestamp, isKnownLogLayout, LEGACY_LOG_HEADERS, LOG_HEADERS, logLayoutOf, logRowProblemMessage, rowToEntry, type LogEntry, type LogHeader } from "../../src/domain/log";
import { aDraft } from "../support/logBuilders";

const at = (header: LogHeader) => LOG_HEADERS.indexOf(header);

const anEntry = (overrides: Partial<LogEntry> = {}): LogEntry => ({
  ...aDraft(),
  nr: 12,
  referentie: "00000000-0000-4000-8000-000000000012",
  tijdstip: "2021-04-01T09:15:02+02:00",
  hash: "ab".repeat(32),
  ...overrides,
});

describe("formatTimestamp", () => {
  const instant = new Date("2021-04-01T07:15:02.789Z");

  it.each([
    [120, "2021-04-01T09:15:02+02:00"],
    [60, "2021-04-01T08:15:02+01:00"],
    [0, "2021-04-01T07:15:02+00:00"],
    [-330, "2021-04-01T01:45:02-05:30"],
    [-480, "2021-03-31T23:15:02-08:00"],
  ])("writes the wall-clock time at offset %i minutes east of UTC, to the second", (offset, expected) => {
    expect(formatTimestamp(instant, offset)).toBe(expected);
  });

  it("uses the machine's own offset at that instant by default (getTimezoneOffset is minutes WEST of UTC)", () => {
    const inBrussels = (iso: string, westOfUtc: number) => Object.assign(new Date(iso), { getTimezoneOffset: () => westOfUtc });
    expect(formatTimestamp(inBrussels("2021-04-01T07:15:02Z", -120))).toBe("2021-04-01T09:15:02+02:00");
    expect(formatTimestamp(inBrussels("2021-12-01T07:15:02Z", -60))).toBe("2021-12-01T08:15:02+01:00");
  });

  it("throws on an invalid date (a bug, not user input)", () => {
    expect(() => formatTimestamp(new Date("nonsense"), 0)).toThrow(/invalid Date/);
  });
});

describe("log rows", () => {
  it("writes the fields in the reader's order (when, who, role, what, about whom, field, old → new, why, source), Nr as a number", () => {
    expect(LOG_HEADERS).toEqual(["Nr", "Tijdstip", "Gebruiker", "Rol", "Actie", "Over", "Veld", "Oude waarde", "Nieuwe waarde", "Doel", "Bron", "Identiteit", "Referentie", "Hash"]);
    expect(entryToRow(anEntry())).toEqual([
      12, "2021-04-01T09:15:02+02:00", "an.peeters@genk.be", "Debiteurenteam", "status gewijzigd", "D-2021-0001", "Status", "nog niet vergeleken",
      "cliënt OCMW", "vergelijking uitvoeren", "taakvenster", "Microsoft 365-account", "00000000-0000-4000-8000-000000000012", "ab".repeat(32),
    ]);
  });

  it("writes an earlier version's order for a Logboek that has it", () => {
    expect(entryToRow(anEntry(), LEGACY_LOG_HEADERS)).toEqual([
      12, "00000000-0000-4000-8000-000000000012", "2021-04-01T09:15:02+02:00", "an.peeters@genk.be", "Microsoft 365-account", "Debiteurenteam",
      "status gewijzigd", "D-2021-0001", "Status", "nog niet vergeleken", "cliënt OCMW", "vergelijking uitvoeren", "taakvenster", "ab".repeat(32),
    ]);
  });

  it("reads back what it wrote, in either order", () => {
    expect(rowToEntry(entryToRow(anEntry()))).toEqual({ ok: true, value: anEntry() });
    expect(rowToEntry(entryToRow(anEntry(), LEGACY_LOG_HEADERS), LEGACY_LOG_HEADERS)).toEqual({ ok: true, value: anEntry() });
  });

  it("accepts Nr as text, empty cells as null, and trailing empty cells", () => {
    const cells: unknown[] = entryToRow(anEntry({ identiteit: "", bron: "" }));
    cells[at("Nr")] = " 12 ";
    cells[at("Identiteit")] = null;
    cells[at("Bron")] = undefined;
    expect(rowToEntry([...cells, "", null])).toEqual({ ok: true, value: anEntry({ identiteit: "", bron: "" }) });
  });

  it("turns a number typed into a text column into text, for the chain to judge", () => {
    const cells: unknown[] = entryToRow(anEntry());
    cells[at("Over")] = 42;
    expect(rowToEntry(cells)).toMatchObject({ ok: true, value: { over: "42" } });
  });

  it.each([
    ["a Nr of 0", "Nr", 0, "Nr \"0\" is geen positief geheel getal."],
    ["a fractional Nr", "Nr", 1.5, "Nr \"1.5\" is geen positief geheel getal."],
    ["an empty Nr", "Nr", "", "Nr \"\" is geen positief geheel getal."],
    ["a date object", "Tijdstip", new Date(0), "Rij Nr 12: de kolom Tijdstip bevat geen tekst."],
    ["an unknown Bron", "Bron", "e-mail", "Rij Nr 12: Bron \"e-mail\" is geen gekende bron (taakvenster, raster, buiten add-in vastgesteld, CLI)."],
    ["an unknown Identiteit", "Identiteit", "gok", "Rij Nr 12: Identiteit \"gok\" is niet \"Microsoft 365-account\" of \"zelf opgegeven\"."],
  ] as const)("refuses %s", (_label, header, value, detail) => {
    const cells: unknown[] = entryToRow(anEntry());
    cells[at(header)] = value;
    expect(rowToEntry(cells)).toEqual({ ok: false, error: { code: "onleesbare-logrij", detail } });
  });

  it("refuses a short row and a value after Hash", () => {
    const row = entryToRow(anEntry());
    expect(rowToEntry(row.slice(0, 13))).toMatchObject({ ok: false, error: { detail: "De rij heeft 13 kolommen; een logrij heeft er 14." } });
    expect(rowToEntry([...row, "", "x"])).toMatchObject({ ok: false, error: { detail: "De rij heeft een waarde na de kolom Hash (kolom 16)." } });
  });

  it("finds the column order by the header row's names", () => {
    const swapped = LOG_HEADERS.map((h) => (h === "Oude waarde" ? "Nieuwe waarde" : h === "Nieuwe waarde" ? "Oude waarde" : h));
    expect(logLayoutOf([...LOG_HEADERS])).toBe(LOG_HEADERS);
    expect(logLayoutOf([...LEGACY_LOG_HEADERS, ""])).toBe(LEGACY_LOG_HEADERS);
    expect(logLayoutOf(swapped)).toEqual(swapped); // each column once: read by name, reported as a changed header
    expect(rowToEntry(entryToRow(anEntry(), swapped), swapped)).toEqual({ ok: true, value: anEntry() });
    const renamed = LEGACY_LOG_HEADERS.map((h) => (h === "Referentie" ? "UUID" : h));
    expect(logLayoutOf(renamed)).toBe(LEGACY_LOG_HEADERS); // not each column once: the known order it agrees with most
    expect(logLayoutOf([])).toBe(LOG_HEADERS);
  });

  it("knows the current order and the earlier one, and nothing else", () => {
    expect([LOG_HEADERS, LEGACY_LOG_HEADERS].map(isKnownLogLayout)).toEqual([true, true]);
    expect(isKnownLogLayout([...LOG_HEADERS].reverse())).toBe(false);
    expect(isKnownLogLayout(LOG_HEADERS.slice(0, 13))).toBe(false);
    expect(closestLogLayout(["Nr", "Referentie", "Tijdstip"])).toBe(LEGACY_LOG_HEADERS);
    expect(closestLogLayout(["Nr", "Tijdstip"])).toBe(LOG_HEADERS);
  });

  it("explains an unreadable row in Dutch with what to do", () => {
    expect(logRowProblemMessage({ code: "onleesbare-logrij", detail: "Nr \"0\" is geen positief geheel getal." })).toBe(
      "Een rij van het Logboek is onleesbaar: Nr \"0\" is geen positief geheel getal. Het Logboek werd buiten de add-in bewerkt; meld dit aan de functionaris gegevensbescherming en herstel de rij niet zelf.",
    );
  });
});
