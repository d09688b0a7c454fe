import { headerKey, mapHeaders, type ListKind } from "../../src/domain/headers";

const DEBTOR = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
const CLIENT = ["Voornaam", "Achternaam", "Rijksregisternummer"];

const problem = (headers: unknown[], kind: ListKind) => {
  const r = mapHeaders(headers, kind);
  if (r.ok) throw new Error("expected a refusal");
  return r.error;
};
const fields = (headers: unknown[], kind: ListKind) => {
  const r = mapHeaders(headers, kind);
  if (!r.ok) throw new Error(`expected a mapping, got ${r.error.code}`);
  return r.value.fields;
};

describe("mapHeaders: recognising the protocol's fields", () => {
  it("maps the add-in's own headers, with the add-in columns for debtors", () => {
    expect(mapHeaders([...DEBTOR, "Status", "Match", "Rij-ID"], "debiteuren")).toEqual({
      ok: true,
      value: {
        fields: { dossiernummer: 0, voornaam: 1, achternaam: 2, rijksregisternummer: 3, straat: 4, huisnummer: 5 },
        addIn: { status: 6, match: 7, rijId: 8 },
        headers: [...DEBTOR, "Status", "Match", "Rij-ID"],
      },
    });
  });

  it.each([
    "Rijksregisternummer",
    "Rijksregisternr.",
    "Rijksregister nr",
    "RRN",
    "INSZ",
    "INSZ-nummer",
    "Nationaal nummer",
    "Rijksregisternummer/BIS",
    " RIJKSREGISTERNUMMER ",
  ])("recognises %p as the national number", (header) => {
    expect(fields(["Voornaam", "Achternaam", header], "clienten").rijksregisternummer).toBe(2);
  });

  it.each([
    ["Naam", "achternaam"],
    ["Familienaam", "achternaam"],
    ["Voornamen", "voornaam"],
    ["Straatnaam", "straat"],
    ["Huisnr", "huisnummer"],
    ["Nr", "huisnummer"],
    ["Nummer", "huisnummer"],
    ["Huisnummer + bus", "huisnummer"],
    ["Bus", "bus"],
    ["Dossiernr.", "dossiernummer"],
    ["Dossier", "dossiernummer"],
  ])("recognises %p as %s", (header, field) => {
    const headers = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"].filter(
      (h) => headerKey(h) !== field,
    );
    expect(fields([...headers, header], "debiteuren")).toHaveProperty(field, headers.length);
  });

  it("ignores case and diacritics", () => {
    expect(headerKey("Rijksregisternr.")).toBe("rijksregisternr");
    expect(headerKey("VOORNÁAM")).toBe("voornaam");
  });

  it("accepts one Adres column instead of Straat and Huisnummer", () => {
    expect(fields(["Dossiernummer", "Voornaam", "Achternaam", "RRN", "Adres"], "debiteuren")).toEqual({
      dossiernummer: 0,
      voornaam: 1,
      achternaam: 2,
      rijksregisternummer: 3,
      adres: 4,
    });
  });

  it("accepts a client list without any address, and ignores empty headers", () => {
    expect(fields(["Voornaam", "", "Achternaam", "Rijksregisternummer", null, ""], "clienten")).toEqual({
      voornaam: 0,
      achternaam: 2,
      rijksregisternummer: 3,
    });
  });
});

describe("mapHeaders: refusals", () => {
  it("refuses columns beyond the protocol, named as written", () => {
    expect(problem([...DEBTOR, "Bedrag", "Geboortedatum"], "debiteuren")).toEqual({ code: "extra-kolommen", columns: ["Bedrag", "Geboortedatum"] });
  });

  it("refuses a dossier number and the add-in's columns in the OCMW's client list", () => {
    expect(problem(["Dossiernummer", ...CLIENT, "Status", "Rij-ID"], "clienten")).toEqual({
      code: "extra-kolommen",
      columns: ["Dossiernummer", "Status", "Rij-ID"],
    });
  });

  it("says a file with no known column at all is no list (a text file with a sentence on its first line)", () => {
    expect(problem(["Dit is geen werkmap."], "debiteuren")).toEqual({ code: "geen-bekende-kolommen", columns: ["Dit is geen werkmap."] });
    expect(problem(["Bedrag"], "debiteuren")).toEqual({ code: "geen-bekende-kolommen", columns: ["Bedrag"] });
  });

  it("reports extra columns before missing ones", () => {
    expect(problem(["Voornaam", "Telefoon"], "debiteuren")).toEqual({ code: "extra-kolommen", columns: ["Telefoon"] });
  });

  it("names every missing debtor field, the address as Straat and Huisnummer", () => {
    expect(problem(["Voornaam", "Achternaam"], "debiteuren")).toEqual({
      code: "ontbrekende-kolommen",
      fields: ["dossiernummer", "rijksregisternummer", "straat", "huisnummer"],
    });
  });

  it("refuses a street without a house number in a client list", () => {
    expect(problem([...CLIENT, "Straat"], "clienten")).toEqual({ code: "ontbrekende-kolommen", fields: ["huisnummer"] });
  });

  it("refuses two columns for the same field", () => {
    expect(problem([...CLIENT, "Naam"], "clienten")).toEqual({ code: "dubbele-kolommen", columns: ["Achternaam", "Naam"] });
  });

  it("refuses Adres next to Straat and Huisnummer", () => {
    expect(problem([...DEBTOR, "Adres"], "debiteuren")).toEqual({ code: "dubbele-kolommen", columns: ["Straat", "Huisnummer", "Adres"] });
  });

  it("refuses a header row without any name", () => {
    expect(problem(["", null, undefined], "debiteuren")).toEqual({ code: "geen-koprij" });
    expect(problem([], "clienten")).toEqual({ code: "geen-koprij" });
  });
});
