import { cellText, MAX_LIST_ROWS, readClientRows, readDebtorRows, type Cell } from "../../src/domain/lists";

const DEBTOR_HEADERS = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
const CLIENT_HEADERS = ["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];

/** A debtor row in DEBTOR_HEADERS order; override any cell by header name. */
const aDebtorRow = (overrides: Partial<Record<string, Cell>> = {}): Cell[] => {
  const base: Record<string, Cell> = {
    Dossiernummer: "D-001",
    Voornaam: "Anna",
    Achternaam: "Peeters",
    Rijksregisternummer: "85.07.30-033.28",
    Straat: "Stadsplein",
    Huisnummer: "1",
  };
  const row = { ...base, ...overrides };
  return DEBTOR_HEADERS.map((h) => row[h]);
};

const debtors = (headers: Cell[], rows: Cell[][]) => {
  const r = readDebtorRows(headers, rows);
  if (!r.ok) throw new Error(`expected records, got ${r.error.code}`);
  return r.value;
};

describe("cellText", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    ["  Genk ", "Genk"],
    [85073003328, "85073003328"],
    [12, "12"],
    [12.0, "12"],
    [1e21, "1000000000000000000000"],
    [12.5, "12.5"],
    [true, "WAAR"],
    [new Date(Date.UTC(2021, 3, 1)), "2021-04-01"],
  ])("%p → %p", (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe("readDebtorRows", () => {
  it("reads each row as a debtor with its source row number", () => {
    expect(debtors(DEBTOR_HEADERS, [aDebtorRow()])).toEqual({
      records: [
        {
          dossiernummer: "D-001",
          voornaam: "Anna",
          achternaam: "Peeters",
          rijksregisternummer: "85.07.30-033.28",
          straat: "Stadsplein",
          huisnummer: "1",
          bronrij: 2,
        },
      ],
      problems: [],
    });
  });

  it("pads numeric national-number cells that lost their leading zeros, and keeps text as written", () => {
    const { records } = debtors(DEBTOR_HEADERS, [aDebtorRow({ Rijksregisternummer: 1020312345 }), aDebtorRow({ Rijksregisternummer: "1020312345" })]);
    expect(records.map((r) => r.rijksregisternummer)).toEqual(["01020312345", "1020312345"]);
  });

  it("writes numeric house numbers and dossier numbers as plain integer text", () => {
    const [record] = debtors(DEBTOR_HEADERS, [aDebtorRow({ Dossiernummer: 2021001, Huisnummer: 12 })]).records;
    expect([record.dossiernummer, record.huisnummer]).toEqual(["2021001", "12"]);
  });

  it("skips empty rows and reports them with their row number", () => {
    const empty = DEBTOR_HEADERS.map(() => "  ");
    const result = debtors(DEBTOR_HEADERS, [aDebtorRow(), empty, [], aDebtorRow({ Dossiernummer: "D-002" })]);
    expect(result.records.map((r) => [r.dossiernummer, r.bronrij])).toEqual([
      ["D-001", 2],
      ["D-002", 5],
    ]);
    expect(result.problems).toEqual([
      { code: "lege-rij", bronrij: 3 },
      { code: "lege-rij", bronrij: 4 },
    ]);
  });

  it("numbers rows from the given first row (header found lower in a sheet)", () => {
    const result = readDebtorRows(DEBTOR_HEADERS, [[], aDebtorRow()], { firstRowNumber: 5 });
    expect(result.ok && result.value.problems).toEqual([{ code: "lege-rij", bronrij: 5 }]);
    expect(result.ok && result.value.records[0].bronrij).toBe(6);
  });

  it("reads the add-in's columns, and reports a copied Rij-ID", () => {
    const headers = [...DEBTOR_HEADERS, "Status", "Match", "Rij-ID"];
    const result = debtors(headers, [
      [...aDebtorRow(), "cliënt OCMW", "rijksregisternummer", "R7"],
      [...aDebtorRow({ Dossiernummer: "D-002" }), "", "", "R7"],
    ]);
    expect(result.records.map((r) => [r.status, r.match, r.rowId])).toEqual([
      ["cliënt OCMW", "rijksregisternummer", "R7"],
      ["", "", "R7"],
    ]);
    expect(result.problems).toEqual([{ code: "dubbele-rij-id", bronrij: 3, eersteBronrij: 2 }]);
  });

  it("puts a one-column address in straat, with an empty house number; folds Bus into the house number", () => {
    const adres = debtors(["Dossiernummer", "Voornaam", "Achternaam", "RRN", "Adres"], [["D-1", "An", "Smets", "85073003328", "Stadsplein 1"]]);
    expect([adres.records[0].straat, adres.records[0].huisnummer]).toEqual(["Stadsplein 1", ""]);
    const bus = debtors([...DEBTOR_HEADERS, "Bus"], [[...aDebtorRow({ Huisnummer: 12 }), "3"], [...aDebtorRow(), ""]]);
    expect(bus.records.map((r) => r.huisnummer)).toEqual(["12 bus 3", "1"]);
  });

  it("refuses data under an empty header, naming the column letters", () => {
    expect(readDebtorRows([...DEBTOR_HEADERS, ""], [aDebtorRow(), [...aDebtorRow(), undefined, "notitie", 5]])).toEqual({
      ok: false,
      error: { code: "gegevens-zonder-kop", columns: ["H", "I"] },
    });
  });

  it("ignores empty trailing columns", () => {
    expect(debtors([...DEBTOR_HEADERS, "", null], [[...aDebtorRow(), "", null, "  "]]).records).toHaveLength(1);
  });

  it("passes header refusals on", () => {
    expect(readDebtorRows([...DEBTOR_HEADERS, "Bedrag"], [])).toEqual({ ok: false, error: { code: "extra-kolommen", columns: ["Bedrag"] } });
  });

  it("refuses more than MAX_LIST_ROWS rows", () => {
    const rows = { length: MAX_LIST_ROWS + 1 } as unknown as Cell[][];
    expect(readDebtorRows(DEBTOR_HEADERS, rows)).toEqual({ ok: false, error: { code: "te-veel-rijen", rows: MAX_LIST_ROWS + 1, max: MAX_LIST_ROWS } });
  });
});

describe("readClientRows", () => {
  it("reads clients, with and without an address", () => {
    expect(readClientRows(CLIENT_HEADERS, [["Anna", "Peeters", 85073003328, "Stadsplein", 1]])).toEqual({
      ok: true,
      value: {
        records: [{ voornaam: "Anna", achternaam: "Peeters", rijksregisternummer: "85073003328", straat: "Stadsplein", huisnummer: "1", bronrij: 2 }],
        problems: [],
      },
    });
    const noAddress = readClientRows(["Voornaam", "Achternaam", "INSZ"], [["Anna", "Peeters", "85073003328"]]);
    expect(noAddress.ok && noAddress.value.records[0]).toEqual({
      voornaam: "Anna",
      achternaam: "Peeters",
      rijksregisternummer: "85073003328",
      straat: "",
      huisnummer: "",
      bronrij: 2,
    });
  });

  it("refuses a client list with a dossier number column", () => {
    expect(readClientRows(["Dossiernummer", ...CLIENT_HEADERS], [])).toEqual({ ok: false, error: { code: "extra-kolommen", columns: ["Dossiernummer"] } });
  });
});
