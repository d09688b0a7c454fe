// Red-team round 2 through the CLI on real CSV and .xlsx files: each gap found passed silently (or crashed with exit 70);
// now each is read correctly, refused with a Dutch message, or reported as a named break.
import ExcelJS from "exceljs";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import { STATE_CELL } from "../../src/excel/stateSheet";
import type { VergelijkOutput } from "../../src/cli/vergelijkOutput";
import { STATUS } from "../../src/domain/status";
import { aComparedWorkbook, memoryDisk, exceljsWorkbook } from "../support/memoryDisk";

const DEBTORS = ["Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", "D-1;Anna;Peeters;85073003328;Stalenstraat;12", "D-2;Mehmet;Yılmaz;93051822361;Hasseltweg;5"];
const CLIENTS = ["Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", "Anna;Peeters;85073003328;Stalenstraat;12"].join("\r\n");

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const [hi, lo] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
    bytes.set(endian === "le" ? [lo, hi] : [hi, lo], i * 2);
  }
  return bytes;
}

describe("F2: a client list in UTF-16 without a byte-order mark", () => {
  it.each(["le", "be"] as const)("UTF-16%s is decoded and matches the client", async (endian) => {
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(DEBTORS.join("\r\n")), "cli.csv": utf16(CLIENTS, endian) });
    const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.csv", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    expect((JSON.parse(result.stdout) as VergelijkOutput).resultaten.map((r) => [r.dossiernummer, r.status])).toEqual([
      ["D-1", STATUS.client],
      ["D-2", STATUS.noClient],
    ]);
  });

  it("refuses text that still holds NUL characters after decoding, with a Dutch message (exit 2)", async () => {
    const withNuls = new TextEncoder().encode(`${CLIENTS}\r\nLuca\u0000;Rossi;17073003384;Vennestraat;8`);
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(DEBTORS.join("\r\n")), "cli.csv": withNuls });
    const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.csv");
    expect([result.code, result.stdout, result.stderr]).toEqual([
      EXIT.refused,
      "",
      'De tekst in "cli.csv" kan niet gelezen worden: het bestand bevat nultekens en is geen gewone CSV-tekst. Open het in Excel, sla het op als "CSV UTF-8 (door komma\'s gescheiden)" of als Excel-werkmap (.xlsx), en probeer opnieuw.\n',
    ]);
  });
});


const column = (header: (typeof LOG_HEADERS)[number]) => LOG_HEADERS.indexOf(header) + 1;
const rowOf = (nr: number) => nr + 1;

/** A compared workbook, edited with exceljs, then `controleer --json` and the text form's first line. */
describe("controleer on an edited workbook", () => {
  let compared: Uint8Array;
  beforeAll(async () => {
    compared = await aComparedWorkbook(10, 2);
  }, 60_000);

  async function controleer(edit: (wb: ExcelJS.Workbook) => void) {
    const wb = await exceljsWorkbook(compared);
    edit(wb);
    const disk = memoryDisk({ "w.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const json = await disk.run("controleer", "w.xlsx", "--json");
    const text = await disk.run("controleer", "w.xlsx");
    const output = json.stdout ? (JSON.parse(json.stdout) as ControleerOutput) : undefined;
    return { code: json.code, output, breuk: output?.logboek.breuk, text: text.stdout.split("\n")[0], stderr: json.stderr };
  }

  it("is intact when nothing was edited", async () => {
    const r = await controleer(() => undefined);
    expect([r.code, r.output?.logboek.intact]).toEqual([EXIT.ok, true]);
  });

  it("F4: names a swapped header row (Oude waarde and Nieuwe waarde) as a break of the header row", async () => {
    const r = await controleer((wb) => {
      const log = wb.getWorksheet(SHEET.log)!;
      log.getCell(1, column("Oude waarde")).value = "Nieuwe waarde";
      log.getCell(1, column("Nieuwe waarde")).value = "Oude waarde";
    });
    expect([r.code, r.breuk?.soort, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "koprij",
      'In de koprij van het Logboek staat in cel H1 "Nieuwe waarde" in plaats van "Oude waarde": de kolommen kunnen verwisseld of hernoemd zijn, zodat een waarde onder een verkeerde kop getoond wordt.',
    ]);
    expect(r.text).toMatch(/^Logboek van w\.xlsx: GEBROKEN .*\(Koprij van het Logboek gewijzigd\)\.$/);
  });

  it("F3: names the real Logboek hidden behind a visible look-alike sheet 'Logboek ' (trailing space)", async () => {
    const r = await controleer((wb) => {
      const log = wb.getWorksheet(SHEET.log)!;
      log.state = "hidden";
      const fake = wb.addWorksheet(`${SHEET.log} `);
      log.eachRow((row, i) => void (fake.getRow(i).values = row.values));
    });
    expect([r.code, r.breuk?.soort, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "blad-verborgen",
      "Het blad Logboek is verborgen: wat een lezer ziet, is dan niet wat gecontroleerd werd. Maak het blad weer zichtbaar (rechtsklik op een bladtab → Zichtbaar maken).",
    ]);
    const visible = await controleer((wb) => void wb.addWorksheet("lógboek"));
    expect([visible.code, visible.breuk?.soort, visible.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "gelijkende-naam",
      'Naast het blad Logboek staat een blad "lógboek" met een bijna gelijke naam: een lezer kan het voor het echte Logboek houden. Verwijder of hernoem dat blad.',
    ]);
  });

  it("F3: names a hidden Debiteuren sheet", async () => {
    const r = await controleer((wb) => void (wb.getWorksheet(SHEET.debtors)!.state = "hidden"));
    expect([r.code, r.breuk?.soort]).toEqual([EXIT.logBroken, "blad-verborgen"]);
    expect(r.breuk?.uitleg).toMatch(/^Het blad Debiteuren is verborgen/);
  });

  it("F3: names the table Logboek moved to another sheet (the real one renamed)", async () => {
    const r = await controleer((wb) => {
      const log = wb.getWorksheet(SHEET.log)!;
      const headers = (log.getRow(1).values as unknown[]).slice(1).map(String);
      const notes = wb.addWorksheet("Notities");
      notes.addTable({ name: "Kopie", ref: "A1", headerRow: true, columns: headers.map((name) => ({ name })), rows: [headers.map((_, i) => (i === 0 ? 40 : "x"))] });
      log.getTable("Logboek").name = "LogboekOud";
      notes.getTable("Kopie").name = "Logboek";
    });
    expect([r.code, r.breuk?.soort, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "logboektabel",
      'De tabel Logboek staat op het blad "Notities" in plaats van op het blad Logboek. Herstel de werkmap uit een reservekopie.',
    ]);
  });

  it("F7: names the table Logboek removed as a break", async () => {
    const r = await controleer((wb) => wb.getWorksheet(SHEET.log)!.removeTable("Logboek"));
    expect([r.code, r.breuk?.soort, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "logboektabel",
      "De tabel Logboek ontbreekt op het blad Logboek: ze werd verwijderd of omgezet naar een gewoon bereik. Herstel de werkmap uit een reservekopie.",
    ]);
    expect(r.output?.logboek.uitleg).toMatch(/^Het Logboek is NIET intact\. Eerste breuk: tabel logboek ontbreekt of verplaatst\. De tabel Logboek ontbreekt/);
  });

  async function vergelijk(edit: (wb: ExcelJS.Workbook) => void) {
    const wb = await exceljsWorkbook(compared);
    edit(wb);
    const disk = memoryDisk({ "w.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const result = await disk.run("vergelijk", "w.xlsx", "--uit", "n.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren");
    return { ...result, written: disk.files.has("n.xlsx") };
  }

  it("F7: vergelijk refuses a workbook whose table Logboek was removed, writing nothing", async () => {
    const r = await vergelijk((wb) => wb.getWorksheet(SHEET.log)!.removeTable("Logboek"));
    expect([r.code, r.stdout, r.written]).toEqual([EXIT.refused, "", false]);
    expect(r.stderr).toBe(
      'w.xlsx: het Logboek is niet intact. De tabel Logboek ontbreekt op het blad Logboek: ze werd verwijderd of omgezet naar een gewoon bereik. Herstel de werkmap uit een reservekopie. Er werd niets vergeleken; controleer de werkmap met "debiteurencheck controleer".\n',
    );
  });

  it("F7: a cell at XFD1048576 on the Logboek is a named break for controleer and a refusal for vergelijk", async () => {
    const far = (wb: ExcelJS.Workbook) => void (wb.getWorksheet(SHEET.log)!.getCell("XFD1048576").value = "x");
    const message = "Het blad ‘Logboek’ bevat iets tot in cel XFD1048576, ver buiten het Logboek: zo'n blad kan niet gelezen worden. Wijzig niets en verwittig de functionaris gegevensbescherming; die kan de inhoud daar nagaan en verwijderen.";
    const r = await controleer(far);
    expect([r.code, r.breuk?.soort, r.breuk?.uitleg]).toEqual([EXIT.logBroken, "blad-te-groot", message]);
    const v = await vergelijk(far);
    expect([v.code, v.stderr, v.written]).toEqual([EXIT.refused, `w.xlsx: ${message}\n`, false]);
  });

  it.each([36.0000000001, 1e300])("F7: a Nr of %p is a 'gewijzigd' break at that row, not a crash", async (nr) => {
    const r = await controleer((wb) => void (wb.getWorksheet(SHEET.log)!.getCell(rowOf(6), column("Nr")).value = nr));
    expect([r.code, r.breuk?.soort, r.breuk?.nr]).toEqual([EXIT.logBroken, "gewijzigd", 6]);
  });

  it("F7: a rij-digests count of 999999999 is read up to the state sheet's last used row (intact, vergelijk works)", async () => {
    const huge = (wb: ExcelJS.Workbook) => void (wb.getWorksheet(SHEET.state)!.getCell(`B${STATE_CELL.digestCount}`).value = "999999999");
    const r = await controleer(huge);
    expect([r.code, r.output?.logboek.intact]).toEqual([EXIT.ok, true]);
    const v = await vergelijk(huge);
    expect([v.code, v.stderr, v.written]).toEqual([EXIT.ok, "", true]);
  });

  it("F5: names rich text with its own font in a log cell (a 1-pt white first part, same text)", async () => {
    const r = await controleer((wb) => {
      const cell = wb.getWorksheet(SHEET.log)!.getCell(rowOf(6), column("Nieuwe waarde"));
      const text = String(cell.value); // the same text, so the chain still holds: only what a person reads changes
      cell.value = { richText: [{ font: { size: 1, color: { argb: "FFFFFFFF" } }, text: text.slice(0, 5) }, { text: text.slice(5) }] };
    });
    expect([r.code, r.breuk?.soort, r.breuk?.nr, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "rijke-tekst",
      6,
      "Cel I7 van het Logboek bevat opgemaakte tekst (delen met een eigen lettertype, grootte of kleur): een lezer kan iets anders zien dan de waarde die gecontroleerd werd.",
    ]);
  });

  it("F5: names a conditional format that sets a number format on the Logboek", async () => {
    const r = await controleer((wb) => {
      const rule = { type: "expression" as const, priority: 1, formulae: ["TRUE"], style: { numFmt: ';;;"cliënt OCMW"' } };
      wb.getWorksheet(SHEET.log)!.addConditionalFormatting({ ref: "K8", rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
    });
    expect([r.code, r.breuk?.soort, r.breuk?.nr, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "voorwaardelijke-opmaak",
      7,
      "Op het Logboek (K8) staat voorwaardelijke opmaak met een getalnotatie: Excel kan de waarden daar anders tonen dan ze gecontroleerd werden.",
    ]);
  });

  it.each([
    [{ fromNr: -5, toNr: 1e9, action: {} }, "fromNr en toNr moeten positieve gehele getallen zijn"],
    [{ fromNr: 40, toNr: 2e9, action: "vergelijking" }, "van Nr 40 t.e.m. 2000000000 zijn meer rijen dan een blad heeft"],
    [{ fromNr: 41, toNr: 40, action: "vergelijking" }, "fromNr is groter dan toNr"],
    [{ fromNr: 40, toNr: 41, action: {} }, "action is geen tekst"],
  ])("F9: a pending marker %j is a named problem of the state sheet", async (marker, detail) => {
    const r = await controleer((wb) => void (wb.getWorksheet(SHEET.state)!.getCell(`B${STATE_CELL.pending}`).value = JSON.stringify(marker)));
    expect([r.code, r.breuk?.soort, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "staat-onleesbaar",
      `De verborgen instellingen van Debiteurencheck zijn onleesbaar (markering "bezig": ${detail}). Wijzig niets en verwittig de functionaris gegevensbescherming.`,
    ]);
  });

  it("F9: a Debiteuren header cell in rich text is read as its plain text", async () => {
    const v = await vergelijk((wb) => void (wb.getWorksheet(SHEET.debtors)!.getCell("B1").value = { richText: [{ text: "Voor", font: { bold: true } }, { text: "naam" }] }));
    expect([v.code, v.stderr, v.written]).toEqual([EXIT.ok, "", true]);
  });

  it("F9: voorbeeld makes no empty visible first sheet", async () => {
    const disk = memoryDisk();
    await disk.run("voorbeeld", "demo.xlsx", "--aantal", "3", "--seed", "1");
    const names = (await exceljsWorkbook(disk.files.get("demo.xlsx")!)).worksheets.map((w) => w.name);
    expect(names.filter((n) => /^(Sheet|Blad)1$/.test(n))).toEqual([]);
    expect(names).toContain(SHEET.log);
  });
});
