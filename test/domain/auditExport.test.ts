import { auditRecord, logCsv, logJsonLines } from "../../src/domain/auditExport";
import type { LogEntry } from "../../src/domain/log";

function anEntry(over: Partial<LogEntry> = {}): LogEntry {
  return {
    nr: 1, referentie: "00000000-0000-4000-8000-000000000001", tijdstip: "2021-05-03T10:00:00+02:00", gebruiker: "an.peeters@genk.be",
    identiteit: "Microsoft 365-account", rol: "Debiteurenteam", actie: "status gewijzigd", over: "DOS-1 [R000001]", veld: "Status",
    oudeWaarde: "nog niet vergeleken", nieuweWaarde: "cliënt OCMW", doel: "vergelijking uitvoeren", bron: "taakvenster", hash: "ab".repeat(32), ...over,
  };
}

describe("logCsv", () => {
  it("writes BOM, header, one CRLF line per entry, every field quoted", () => {
    const csv = logCsv([anEntry(), anEntry({ nr: 2, nieuweWaarde: 'a;b "c"', doel: "=1+1" })]);
    expect(csv).toBe(
      '\uFEFF"Nr";"Tijdstip";"Gebruiker";"Rol";"Actie";"Over";"Veld";"Oude waarde";"Nieuwe waarde";"Doel";"Bron";"Identiteit";"Referentie";"Hash"\r\n' +
        `"1";"2021-05-03T10:00:00+02:00";"an.peeters@genk.be";"Debiteurenteam";"status gewijzigd";"DOS-1 [R000001]";"Status";"nog niet vergeleken";"cliënt OCMW";"vergelijking uitvoeren";"taakvenster";"Microsoft 365-account";"00000000-0000-4000-8000-000000000001";"${"ab".repeat(32)}"\r\n` +
        `"2";"2021-05-03T10:00:00+02:00";"an.peeters@genk.be";"Debiteurenteam";"status gewijzigd";"DOS-1 [R000001]";"Status";"nog niet vergeleken";"a;b ""c""";"'=1+1";"taakvenster";"Microsoft 365-account";"00000000-0000-4000-8000-000000000001";"${"ab".repeat(32)}"\r\n`,
    );
  });

  it("is just the header for an empty log", () => {
    expect(logCsv([]).split("\r\n")).toHaveLength(2);
  });
});

describe("auditRecord and logJsonLines", () => {
  it("maps an entry onto wat, wie, waarom, wanneer, over", () => {
    expect(auditRecord(anEntry())).toEqual({
      wat: { actie: "status gewijzigd", veld: "Status" },
      wie: { gebruiker: "an.peeters@genk.be", identiteit: "Microsoft 365-account", rol: "Debiteurenteam" },
      waarom: "vergelijking uitvoeren",
      wanneer: "2021-05-03T10:00:00+02:00",
      over: "DOS-1 [R000001]",
      oud: "nog niet vergeleken",
      nieuw: "cliënt OCMW",
      bron: "taakvenster",
      nr: 1,
      referentie: "00000000-0000-4000-8000-000000000001",
      hash: "ab".repeat(32),
    });
  });

  it("writes one JSON object per line, a newline after each, exact values (no CSV escaping)", () => {
    const text = logJsonLines([anEntry({ doel: "=1+1\nnieuwe regel" }), anEntry({ nr: 2 })]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(JSON.parse(lines[0]).waarom).toBe("=1+1\nnieuwe regel");
    expect(JSON.parse(lines[1]).nr).toBe(2);
    expect(logJsonLines([])).toBe("");
  });
});
