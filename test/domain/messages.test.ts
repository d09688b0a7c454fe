import { fileProblemMessage, headerProblemMessage, listProblemMessage, nationalNumberProblemMessage } from "../../src/domain/messages";

describe("headerProblemMessage", () => {
  it("asks whether a file without one known column is a list at all", () => {
    // One level of parentheses: a list of names nested in brackets inside brackets cannot be read at 320 px.
    expect(headerProblemMessage({ code: "geen-bekende-kolommen", columns: ["Dit is geen werkmap."] }, "debiteuren")).toBe(
      "De eerste rij van het bestand bevat geen enkele kolomnaam die Debiteurencheck kent: is dit wel de debiteurenlijst? Kies een CSV- of Excel-bestand met de kolomnamen " +
        "(Dossiernummer, Voornaam, Achternaam, Rijksregisternummer, Straat en Huisnummer of één kolom Adres; Status, Match en Rij-ID van de add-in mogen er ook in staan) in de eerste rij en probeer opnieuw.",
    );
  });

  it("names the columns the protocol does not allow and says to remove them", () => {
    expect(headerProblemMessage({ code: "extra-kolommen", columns: ["Bedrag", "Geboortedatum"] }, "debiteuren")).toBe(
      "Het bestand bevat kolommen die het protocol niet toelaat: Bedrag, Geboortedatum. Verwijder deze kolommen en probeer opnieuw. " +
        "Toegelaten zijn: Dossiernummer, Voornaam, Achternaam, Rijksregisternummer, Straat en Huisnummer of één kolom Adres; Status, Match en Rij-ID van de add-in mogen er ook in staan.",
    );
  });

  it("uses the singular for one column and lists what a client list may hold", () => {
    expect(headerProblemMessage({ code: "extra-kolommen", columns: ["Dossiernummer"] }, "clienten")).toBe(
      "Het bestand bevat een kolom die het protocol niet toelaat: Dossiernummer. Verwijder deze kolom en probeer opnieuw. " +
        "Toegelaten zijn: Voornaam, Achternaam, Rijksregisternummer en eventueel Straat en Huisnummer of één kolom Adres.",
    );
  });

  it("names missing fields by their canonical header, the address with its one-column alternative", () => {
    expect(headerProblemMessage({ code: "ontbrekende-kolommen", fields: ["dossiernummer", "rijksregisternummer", "straat", "huisnummer"] }, "debiteuren")).toBe(
      "In het bestand ontbreken kolommen die het protocol vraagt: Dossiernummer, Rijksregisternummer, Straat en Huisnummer (of één kolom Adres). Voeg ze toe aan de koprij en probeer opnieuw.",
    );
    expect(headerProblemMessage({ code: "ontbrekende-kolommen", fields: ["huisnummer"] }, "clienten")).toBe(
      "In het bestand ontbreken kolommen die het protocol vraagt: Huisnummer. Voeg ze toe aan de koprij en probeer opnieuw.",
    );
  });

  it("names columns without a header by their letter", () => {
    expect(headerProblemMessage({ code: "gegevens-zonder-kop", columns: ["H"] }, "debiteuren")).toBe(
      "Kolom H bevat gegevens maar heeft geen kolomnaam. Verwijder die gegevens en probeer opnieuw.",
    );
  });

  it("writes row counts with Dutch thousands separators", () => {
    expect(headerProblemMessage({ code: "te-veel-rijen", rows: 1_000_001, max: 1_000_000 }, "clienten")).toBe(
      "Het bestand telt 1.000.001 rijen; het maximum is 1.000.000. Splits de lijst en probeer opnieuw.",
    );
  });
});

describe("other messages", () => {
  it("explains a wrong check digit", () => {
    expect(nationalNumberProblemMessage("controlegetal")).toBe("Het controlegetal van het rijksregisternummer klopt niet (tikfout?). Controleer het nummer.");
  });

  it("reports an empty row by its number", () => {
    expect(listProblemMessage({ code: "lege-rij", bronrij: 7 })).toBe("Rij 7 is leeg en werd overgeslagen.");
  });

  it("tells how to convert an unsupported file", () => {
    expect(fileProblemMessage({ code: "onbekend-formaat", fileName: "lijst.xls", extension: "xls" })).toBe(
      'Het bestand "lijst.xls" heeft een formaat dat niet gelezen kan worden (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, en probeer opnieuw.',
    );
    expect(fileProblemMessage({ code: "te-groot", fileName: "groot.csv", bytes: 60 * 1024 * 1024, max: 50 * 1024 * 1024 })).toBe(
      'Het bestand "groot.csv" is te groot (60 MB; maximaal 50 MB). Verwijder overbodige werkbladen of splits de lijst, en probeer opnieuw.',
    );
  });
});
