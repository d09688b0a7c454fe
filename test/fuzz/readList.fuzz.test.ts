// Bad-input fuzzing of the list-file reader (src/file/readList.ts): random bytes, BOMs, broken quotes, huge cells,
// a million rows, damaged and odd .xlsx files. Every outcome is a list or a FileProblem with a Dutch message — never
// a throw, never a hang, and memory and time stay bounded.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { fileProblemMessage, headerProblemMessage } from "../../src/domain/messages";
import { MAX_LIST_ROWS, readDebtorRows, type FileProblem } from "../../src/domain/lists";
import { readListFile, type ListFile } from "../../src/file/readList";
import type { Result } from "../../src/domain/result";

const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV_HEADER = "Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer\r\n";
const FILE_CODES = ["onleesbaar-bestand", "leeg-bestand", "onbekend-formaat", "te-groot", "werkblad-niet-gevonden", "onbekende-codering"];

/** A list, or a known problem whose Dutch message names the file and says what to do. */
function expectListOrProblem(r: Result<ListFile, FileProblem>, fileName: string): void {
  if (r.ok) {
    expect(r.value.headers.some((h) => h !== null && h !== undefined && String(h).trim() !== "")).toBe(true);
    return;
  }
  expect(FILE_CODES).toContain(r.error.code);
  expect(fileProblemMessage(r.error)).toContain(`"${fileName}"`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

async function anXlsx(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Blad1"), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The bytes of an .xlsx whose first sheet's XML was edited by hand (as an attacker would). */
async function withSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("CSV bytes", () => {
  it("any bytes at all give a list or a Dutch problem, never a throw", async () => {
    const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]);
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2000 }), async (p, body) => {
        expectListOrProblem(await readListFile(new Uint8Array([...p, ...body]), "lijst.csv"), "lijst.csv");
      }),
      { numRuns: 400 },
    );
  });

  it("any text built from separators, quotes, line breaks and formula starts gives a list or a Dutch problem", async () => {
    const token = fc.constantFrom(";", ",", "\t", '"', '""', "\r\n", "\n", "\r", "Anna", "é", "=1+2", "@SUM(A1)", "-", "+", " ", "\u0000", "\ufeff");
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 60 }), async (tokens) => {
        expectListOrProblem(await readListFile(utf8(tokens.join("")), "lijst.csv"), "lijst.csv");
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ["UTF-8 with BOM", (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t)])],
    ["UTF-16 LE with BOM", (t: string) => new Uint8Array([0xff, 0xfe, ...Array.from(t).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
    ["UTF-16 BE with BOM", (t: string) => new Uint8Array([0xfe, 0xff, ...Array.from(t).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])])],
  ])("reads %s without the BOM ending up in the first header", async (_label, encode) => {
    const r = await readListFile(encode("Voornaam;Achternaam\r\nRené;Noël\r\n"), "lijst.csv");
    expect(r).toMatchObject({ ok: true, value: { headers: ["Voornaam", "Achternaam"], rows: [["René", "Noël"]] } });
  });

  it.each(['Voornaam;Achternaam\r\n"Anna;Peeters\r\n', '"Voornaam;Achternaam\r\nAnna;Peeters\r\n', 'Voornaam;Achternaam\r\nAnna;"Peeters'])(
    "refuses an unbalanced quote (%j) rather than swallow the rest of the file",
    async (text) => {
      expect(await readListFile(utf8(text), "lijst.csv")).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "lijst.csv" } });
    },
  );

  it.each(["", ";;;;;\r\n;;;;;\r\n", ",,,,\n,,,\n", "\t\t\t\n", '"";""\r\n', "\r\n\r\n\r\n", "\ufeff"])("reports a file of only separators or blanks (%j) as empty", async (text) => {
    expect(await readListFile(utf8(text), "lijst.csv")).toEqual({ ok: false, error: { code: "leeg-bestand", fileName: "lijst.csv" } });
  });

  it("reads a 1 MB cell whole, in well under a few seconds (~10 ms on a quiet machine)", async () => {
    const big = "A".repeat(1_000_000);
    const { value, ms } = await timed(() => readListFile(utf8(`${CSV_HEADER}D-1;${big};Peeters;85073003328;Stalenstraat;12\r\n`), "lijst.csv"));
    expect(value.ok && value.value.rows[0][1]).toBe(big);
    expect(ms).toBeLessThan(3000);
  });

  it("reads a 40 MB single cell (under the 50 MB file limit) in bounded time", async () => {
    const bytes = new Uint8Array(40 * 1024 * 1024 + CSV_HEADER.length + 2).fill(0x41);
    bytes.set(utf8(CSV_HEADER), 0);
    bytes.set(utf8("\r\n"), bytes.length - 2);
    const { value, ms } = await timed(() => readListFile(bytes, "lijst.csv"));
    expect(value.ok && String(value.value.rows[0][0]).length).toBe(40 * 1024 * 1024);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it("reads 1,000,001 rows in bounded time and memory, and the list reader refuses them with a Dutch message", async () => {
    const rows = MAX_LIST_ROWS + 1;
    const bytes = new Uint8Array(CSV_HEADER.length + rows * 3);
    bytes.set(utf8(CSV_HEADER), 0);
    for (let i = CSV_HEADER.length; i < bytes.length; i += 3) bytes.set([0x78, 0x0d, 0x0a], i); // "x\r\n"
    const heapBefore = process.memoryUsage().heapUsed;
    const { value: file, ms } = await timed(() => readListFile(bytes, "lijst.csv"));
    if (!file.ok) throw new Error(file.error.code);
    expect(file.value.rows).toHaveLength(rows);
    expect(ms).toBeLessThan(15_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(1024 * 1024 * 1024);
    const read = readDebtorRows(file.value.headers, file.value.rows);
    expect(read).toEqual({ ok: false, error: { code: "te-veel-rijen", rows, max: MAX_LIST_ROWS } });
    expect(!read.ok && headerProblemMessage(read.error, "debiteuren")).toBe("Het bestand telt 1.000.001 rijen; het maximum is 1.000.000. Splits de lijst en probeer opnieuw.");
  }, 60_000);
});

describe(".xlsx structure", () => {
  it("random bytes, with or without a zip signature in front, are unreadable, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 3000 }), async (zipLike, body) => {
        const bytes = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...body]) : body;
        const r = await readListFile(bytes, "lijst.xlsx");
        if (bytes.length === 0) expect(r).toEqual({ ok: false, error: { code: "leeg-bestand", fileName: "lijst.xlsx" } });
        else expect(r).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "lijst.xlsx" } });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("a real workbook cut short, or with bytes flipped, is unreadable or read — never a throw", async () => {
    const good = await anXlsx((ws) => ws.addRows([["Voornaam", "Achternaam", "Rijksregisternummer"], ["Anna", "Peeters", "85073003328"]]));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (cut, flips) => {
        const bytes = good.slice(0, Math.max(cut, 4));
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        expectListOrProblem(await readListFile(bytes, "lijst.xlsx"), "lijst.xlsx");
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("a zip that is no workbook, and a workbook without sheets, are refused with a Dutch message", async () => {
    const zip = new JSZip();
    zip.file("notities.txt", "geen werkmap");
    const notAWorkbook = await zip.generateAsync({ type: "uint8array" });
    const noSheets = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    for (const bytes of [notAWorkbook, noSheets]) {
      const r = await readListFile(bytes, "lijst.xlsx");
      // Neither is an empty list: the file itself cannot be read as a workbook.
      expect(r).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "lijst.xlsx" } });
    }
  });

  it("formulas in cells are refused (a cached result may not be what Excel shows), naming the cells, never the formula", async () => {
    const bytes = await anXlsx((ws) => {
      ws.getCell("A1").value = { formula: 'HYPERLINK("http://aanvaller.invalid","Voornaam")', result: "Voornaam" } as ExcelJS.CellValue;
      ws.getCell("B1").value = "Achternaam";
      ws.getCell("A2").value = { formula: 'HYPERLINK("http://aanvaller.invalid","Anna")', result: "Anna" } as ExcelJS.CellValue;
      ws.getCell("B2").value = { formula: 'CONCATENATE("Pee","ters")' } as ExcelJS.CellValue;
    });
    const r = await readListFile(bytes, "lijst.xlsx");
    expect(r).toEqual({ ok: false, error: { code: "formules-in-lijst", fileName: "lijst.xlsx", sheetName: "Blad1", cells: ["A1", "A2", "B2"], count: 3 } });
    expect(JSON.stringify(r)).not.toContain("HYPERLINK");
  });

  it("a merged header cell counts twice, and the list is refused naming the field", async () => {
    const bytes = await anXlsx((ws) => {
      ws.addRows([["Voornaam", null, "Achternaam", "Rijksregisternummer"], ["Anna", null, "Peeters", "85073003328"]]);
      ws.mergeCells("A1:B1");
    });
    const file = await readListFile(bytes, "lijst.xlsx");
    if (!file.ok) throw new Error(file.error.code);
    const read = readDebtorRows(file.value.headers, file.value.rows);
    expect(read).toEqual({ ok: false, error: { code: "dubbele-kolommen", columns: ["Voornaam", "Voornaam"] } });
  });

  it("a sheet with all 16,384 columns named is read and refused as no list; 20,000 columns is unreadable", async () => {
    const wide = await anXlsx((ws) => ws.addRow(Array.from({ length: 16_384 }, (_, i) => `K${i + 1}`)));
    const file = await readListFile(wide, "lijst.xlsx");
    if (!file.ok) throw new Error(file.error.code);
    const read = readDebtorRows(file.value.headers, file.value.rows);
    // Not one of them is a known column: the file is told it is no list, every column counted.
    expect(!read.ok && read.error.code === "geen-bekende-kolommen" && read.error.columns.length).toBe(16_384);
    const tooWide = await withSheetXml(wide, (xml) => xml.replace("</row>", '<c r="ACOF1" t="inlineStr"><is><t>K20000</t></is></c></row>'));
    expect(await readListFile(tooWide, "lijst.xlsx")).toEqual({ ok: false, error: { code: "onleesbaar-bestand", fileName: "lijst.xlsx" } });
  }, 30_000);

  // Was a gap: readXlsx looped from row 1 to sheet.rowCount, and exceljs takes a row number beyond Excel's
  // 1,048,576 from the file as it is. A 17 KB file naming row 20,000,000 took 17 s and 1.4 GB here; a larger number
  // exhausts memory. Fix in src/file/readList.ts (refuse rowCount > MAX_LIST_ROWS + header before the loop, or walk
  // only existing rows), then make this an ordinary `it`. Row 2,000,000 keeps this test cheap (~3 s).
  it("refuses a sheet whose rows go beyond Excel's last row before building them, within a second", async () => {
    const tall = await anXlsx((ws) => {
      ws.getCell("A1").value = "Voornaam";
      ws.getCell("A1048576").value = "x";
    });
    const beyond = await withSheetXml(tall, (xml) => xml.replace('<row r="1048576"', '<row r="2000000"').replace('r="A1048576"', 'r="A2000000"'));
    const { value, ms } = await timed(() => readListFile(beyond, "lijst.xlsx"));
    expect([value.ok, ms < 1000]).toEqual([false, true]);
  }, 30_000);
});
