import ExcelJS from "exceljs";
import type { FileProblem } from "../../src/domain/lists";
import { fileProblemMessage } from "../../src/domain/messages";
import { listReadSummary, MAX_LIST_FILE_BYTES, readListFile } from "../../src/file/readList";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** Windows-1252 for the Latin-1 range we need (é, ç, ë): one byte per character. */
const windows1252 = (text: string) =>
  Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in the test encoder: ${ch}`);
    return code;
  }));

const read = async (bytes: Uint8Array, name: string, options?: Parameters<typeof readListFile>[2]) => {
  const r = await readListFile(bytes, name, options);
  if (!r.ok) throw new Error(`expected a list, got ${r.error.code}`);
  return r.value;
};

/** Builds an .xlsx in memory: sheets as name → rows (row arrays start at column A). */
async function anXlsx(sheets: Record<string, unknown[][]>, configure?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => row.forEach((value, c) => (ws.getCell(i + 1, c + 1).value = value as ExcelJS.CellValue)));
  }
  configure?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readListFile: CSV", () => {
  it("reads ;-separated UTF-8 with a BOM, as Excel's 'CSV UTF-8' writes it", async () => {
    const list = await read(withBom("Voornaam;Achternaam;Rijksregisternummer\r\nRené;Françoise;85.07.30-033.28\r\n"), "clienten.csv");
    expect(list).toEqual({
      headers: ["Voornaam", "Achternaam", "Rijksregisternummer"],
      rows: [["René", "Françoise", "85.07.30-033.28"]],
      format: "csv",
      headerRow: 1,
      hiddenRows: [],
      hiddenSheets: [],
    });
  });

  it("reads ,-separated UTF-8 without a BOM", async () => {
    const list = await read(utf8("Voornaam,Achternaam\nAnna,Peeters\n"), "l.csv");
    expect([list.headers, list.rows]).toEqual([["Voornaam", "Achternaam"], [["Anna", "Peeters"]]]);
  });

  it("decodes Windows-1252 when the bytes are not UTF-8", async () => {
    const list = await read(windows1252("Voornaam;Achternaam\r\nJosé;Françoise Noël\r\n"), "l.csv");
    expect(list.rows).toEqual([["José", "Françoise Noël"]]);
  });

  it("keeps separators and line breaks inside quotes, and detects the separator outside quotes only", async () => {
    const list = await read(utf8('"Naam, volledig";Voornaam\n"Van den Broeck; jr.";"Anna\nMaria"\n'), "l.csv");
    expect(list.headers).toEqual(["Naam, volledig", "Voornaam"]);
    expect(list.rows).toEqual([["Van den Broeck; jr.", "Anna\nMaria"]]);
  });

  it("keeps empty rows in between (reported later) and drops trailing ones", async () => {
    const list = await read(utf8("\nVoornaam;Achternaam\nAnna;Peeters\n;\nJan;Smets\n\n;\n"), "l.csv");
    expect(list.headerRow).toBe(2);
    expect(list.rows).toEqual([["Anna", "Peeters"], ["", ""], ["Jan", "Smets"]]);
  });

  it("refuses an unbalanced quote rather than guess", async () => {
    expect(await readListFile(utf8('Voornaam;Achternaam\n"Anna;Peeters\nJan;Smets\n'), "l.csv")).toEqual({
      ok: false,
      error: { code: "onleesbaar-bestand", fileName: "l.csv" },
    });
  });

  it("reports an empty file, and one with only a BOM and blank lines", async () => {
    expect(await readListFile(new Uint8Array(), "l.csv")).toEqual({ ok: false, error: { code: "leeg-bestand", fileName: "l.csv" } });
    expect(await readListFile(withBom("\r\n;;\r\n"), "l.csv")).toEqual({ ok: false, error: { code: "leeg-bestand", fileName: "l.csv" } });
  });
});

describe("readListFile: formats and limits", () => {
  it.each(["lijst.xls", "lijst.ods", "lijst.pdf", "lijst"])("refuses %s as an unknown format", async (name) => {
    const r = await readListFile(utf8("x"), name);
    expect(r.ok ? "read" : r.error.code).toBe("onbekend-formaat");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = new Uint8Array(MAX_LIST_FILE_BYTES + 1);
    expect(await readListFile(big, "groot.csv")).toEqual({
      ok: false,
      error: { code: "te-groot", fileName: "groot.csv", bytes: MAX_LIST_FILE_BYTES + 1, max: MAX_LIST_FILE_BYTES },
    });
  });

  it("refuses an .xlsx that is not a workbook, and a workbook named .csv", async () => {
    expect(await readListFile(utf8("Voornaam;Achternaam"), "l.xlsx")).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "l.xlsx" } });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await readListFile(zip, "l.xlsx")).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "l.xlsx" } });
    expect(await readListFile(await anXlsx({ Blad1: [["Voornaam"]] }), "l.csv")).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "l.csv" } });
  });
});

describe("readListFile: xlsx", () => {
  it("keeps numeric cells as numbers and reads the header from the first non-empty row", async () => {
    const bytes = await anXlsx({ Blad1: [[], ["Voornaam", "Achternaam", "Rijksregisternummer"], ["Anna", "Peeters", 1020312345], [], ["Jan", "Smets", "85.07.30-033.28"]] });
    expect(await read(bytes, "lijst.xlsx")).toEqual({
      headers: ["Voornaam", "Achternaam", "Rijksregisternummer"],
      rows: [["Anna", "Peeters", 1020312345], [], ["Jan", "Smets", "85.07.30-033.28"]],
      format: "xlsx",
      headerRow: 2,
      hiddenRows: [],
      hiddenSheets: [],
      sheetName: "Blad1",
    });
  });

  it("turns rich text and hyperlinks into text, dates into ISO dates", async () => {
    const bytes = await anXlsx({
      Blad1: [
        ["Voornaam", "Achternaam", "Huisnummer", "Straat", "Datum"],
        [{ richText: [{ text: "An" }, { text: "na", font: { bold: true } }] }, { text: "Peeters", hyperlink: "https://example.invalid" }, 2, "Stadsplein", new Date(Date.UTC(2021, 3, 1))],
      ],
    });
    expect((await read(bytes, "l.xlsx")).rows).toEqual([["Anna", "Peeters", 2, "Stadsplein", "2021-04-01"]]);
  });

  it("refuses formulas, naming the cells: a stale cached result is not what Excel would show (issue 15, 3)", async () => {
    const bytes = await anXlsx({ Blad1: [["Voornaam", "Rijksregisternummer"], ["Anna", { formula: '"85073003328"', result: "93051822361" }]] });
    const r = await readListFile(bytes, "l.xlsx");
    expect(r).toEqual({ ok: false, error: { code: "formules-in-lijst", fileName: "l.xlsx", sheetName: "Blad1", cells: ["B2"], count: 1 } });
    expect(fileProblemMessage((r as { error: FileProblem }).error)).toBe(
      'Het werkblad "Blad1" in "l.xlsx" bevat een formule (B2). Debiteurencheck leest alleen vaste waarden: kopieer de cellen, plak ze als waarden (Plakken speciaal → Waarden), bewaar en probeer opnieuw.',
    );
  });

  it("leaves hidden rows out, keeping the other rows' numbers, and names them in the summary (issue 15, 3)", async () => {
    const bytes = await anXlsx({ Cliënten: [["Voornaam"], ["Anna"], ["Verborgen"], ["Jan"]] }, (wb) => {
      wb.getWorksheet("Cliënten")!.getRow(3).hidden = true;
    });
    const list = await read(bytes, "l.xlsx");
    expect([list.rows, list.hiddenRows]).toEqual([[["Anna"], [], ["Jan"]], [3]]);
    expect(listReadSummary(list)).toBe("werkblad Cliënten, rijen 2 t.e.m. 4; verborgen rij 3 niet gelezen");
  });

  it("never reads a hidden or very hidden sheet: not preferred by name, refused when asked for, named in the summary (issue 15, 3)", async () => {
    const bytes = await anXlsx({ Lijst: [["Voornaam"], ["Anna"]], "OCMW-cliënten": [["Voornaam"], ["Verborgen"]] }, (wb) => {
      wb.getWorksheet("OCMW-cliënten")!.state = "veryHidden";
    });
    const list = await read(bytes, "w.xlsx", { kind: "clienten" });
    expect([list.sheetName, list.rows, listReadSummary(list)]).toEqual(["Lijst", [["Anna"]], "werkblad Lijst, rij 2; verborgen werkblad OCMW-cliënten niet gelezen"]);
    const asked = await readListFile(bytes, "w.xlsx", { sheetName: "OCMW-cliënten" });
    expect(asked).toEqual({ ok: false, error: { code: "verborgen-werkblad", fileName: "w.xlsx", sheetName: "OCMW-cliënten", available: ["Lijst"] } });
    expect(fileProblemMessage((asked as { error: FileProblem }).error)).toBe(
      'Het werkblad "OCMW-cliënten" in "w.xlsx" is verborgen; Debiteurencheck leest alleen zichtbare werkbladen. Maak het zichtbaar of kies een van deze werkbladen: Lijst.',
    );
    const onlyHidden = await anXlsx({ Geheim: [["Voornaam"]] }, (wb) => void (wb.getWorksheet("Geheim")!.state = "hidden"));
    expect(await readListFile(onlyHidden, "g.xlsx")).toEqual({ ok: false, error: { code: "verborgen-werkblad", fileName: "g.xlsx", sheetName: "Geheim", available: [] } });
  });

  it("prefers the sheet for the list's kind, then the first visible sheet", async () => {
    const bytes = await anXlsx({ Verborgen: [["x"]], Info: [["Uitleg"]], Debiteuren: [["Dossiernummer"]], "OCMW-cliënten": [["Voornaam"]] }, (wb) => {
      wb.getWorksheet("Verborgen")!.state = "hidden";
    });
    expect((await read(bytes, "w.xlsx", { kind: "clienten" })).sheetName).toBe("OCMW-cliënten");
    expect((await read(bytes, "w.xlsx", { kind: "debiteuren" })).sheetName).toBe("Debiteuren");
    expect((await read(bytes, "w.xlsx", { sheetName: "info" })).headers).toEqual(["Uitleg"]);
    const plain = await anXlsx({ Verborgen: [["x"]], Info: [["Uitleg"]] }, (wb) => {
      wb.getWorksheet("Verborgen")!.state = "hidden";
    });
    expect((await read(plain, "w.xlsx", { kind: "clienten" })).sheetName).toBe("Info");
  });

  it("names the available sheets when the asked one is missing", async () => {
    const bytes = await anXlsx({ Blad1: [["Voornaam"]], Blad2: [["Voornaam"]] });
    expect(await readListFile(bytes, "w.xlsx", { sheetName: "Cliënten" })).toEqual({
      ok: false,
      error: { code: "werkblad-niet-gevonden", fileName: "w.xlsx", sheetName: "Cliënten", available: ["Blad1", "Blad2"] },
    });
  });

  it("reports a workbook whose sheet is empty", async () => {
    expect(await readListFile(await anXlsx({ Blad1: [] }), "w.xlsx")).toEqual({ ok: false, error: { code: "leeg-bestand", fileName: "w.xlsx" } });
  });
});
