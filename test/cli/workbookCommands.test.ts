// The workbook commands end to end over files in memory: voorbeeld makes a workbook, vergelijk writes a new one,
// controleer verifies it — and names each kind of tampering done to a file with exceljs, with the first broken Nr.
import ExcelJS from "exceljs";
import { SHEET } from "../../src/domain/layout";
import { verifyChain } from "../../src/domain/chain";
import { LOG_HEADERS } from "../../src/domain/log";
import { STATUS } from "../../src/domain/status";
import { openWorkbookFile } from "../../src/file/workbookFile";
import { webCrypto } from "../../src/platform/webCrypto";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import type { VergelijkWerkmapOutput } from "../../src/cli/vergelijkWerkmap";
import { logOf, memoryDisk } from "../support/memoryDisk";

const CLIENT_CSV = (rows: string[][]) => new TextEncoder().encode(["Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", ...rows.map((r) => r.join(";"))].join("\r\n"));

describe("debiteurencheck voorbeeld", () => {
  it("writes a set-up, protected workbook with fictitious debtors and an OCMW-cliënten sheet, whose log verifies", async () => {
    const disk = memoryDisk();
    const result = await disk.run("voorbeeld", "demo.xlsx", "--aantal", "30", "--seed", "7");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    expect(result.stdout).toContain("Voorbeeldwerkmap gemaakt: demo.xlsx\n  30 fictieve debiteuren in ‘Debiteuren’, 10 fictieve cliënten in ‘OCMW-cliënten’ (seed 7).");
    const { port, state, log } = await logOf(disk.files.get("demo.xlsx")!);
    expect(await verifyChain(log, webCrypto, { knownHead: state.head })).toMatchObject({ ok: true, count: log.length });
    expect(log.map((e) => [e.actie, e.bron, e.identiteit])).toContainEqual(["import", "CLI", "zelf opgegeven"]);
    const debtors = await port.readDebtors();
    expect(debtors.ok && debtors.value.rows.length).toBe(30);
    const clients = await port.readClientSheet();
    expect(clients?.rows.length).toBe(10);
    const opened = await openWorkbookFile(disk.files.get("demo.xlsx")!, "demo.xlsx");
    const sheets = opened.ok ? opened.value.host.snapshot().sheets : [];
    expect(sheets.filter((s) => s.protection.protected).map((s) => s.name)).toEqual([SHEET.debtors, SHEET.log, SHEET.state]);
  });

  it("refuses to overwrite an existing file, and a name that is not .xlsx", async () => {
    const disk = memoryDisk({ "demo.xlsx": new Uint8Array([1]) });
    expect(await disk.run("voorbeeld", "demo.xlsx")).toEqual({
      code: EXIT.refused,
      stdout: "",
      stderr: 'Het bestand "demo.xlsx" bestaat al. Debiteurencheck overschrijft nooit een bestand: kies een andere naam.\n',
    });
    expect(disk.files.get("demo.xlsx")).toEqual(new Uint8Array([1]));
    expect((await disk.run("voorbeeld", "demo.csv")).stderr.split("\n")[0]).toBe('Het uitvoerbestand "demo.csv" moet eindigen op .xlsx.');
    expect((await disk.run("voorbeeld", "x.xlsx", "--aantal", "0")).stderr.split("\n")[0]).toBe("--aantal moet een geheel getal van 1 tot 100000 zijn.");
  });
});

describe("debiteurencheck vergelijk <werkmap>", () => {
  let demo: Uint8Array;
  beforeAll(async () => {
    const disk = memoryDisk();
    await disk.run("voorbeeld", "demo.xlsx", "--aantal", "30", "--seed", "7");
    demo = disk.files.get("demo.xlsx")!;
  });

  it("compares with the OCMW-cliënten sheet, logs the access and the comparison (source CLI) in a new file, and leaves the input alone", async () => {
    const disk = memoryDisk({ "demo.xlsx": demo });
    const result = await disk.run("vergelijk", "demo.xlsx", "--uit", "nieuw.xlsx", "--gebruiker", " an.peeters@genk.example ", "--doel", "vergelijking uitvoeren", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    const output = JSON.parse(result.stdout) as VergelijkWerkmapOutput;
    expect(disk.files.get("demo.xlsx")).toBe(demo);
    const { state, log } = await logOf(disk.files.get("nieuw.xlsx")!);
    expect(await verifyChain(log, webCrypto, { knownHead: state.head })).toMatchObject({ ok: true });
    const added = log.slice(output.logboek.vanNr - 1);
    expect(added.slice(0, 2).map((e) => [e.actie, e.gebruiker, e.identiteit, e.rol, e.doel, e.bron, e.nieuweWaarde.slice(0, 14)])).toEqual([
      ["toegang", "an.peeters@genk.example", "zelf opgegeven", "Debiteurenteam", "vergelijking uitvoeren", "CLI", "Debiteurenteam"],
      ["vergelijking", "an.peeters@genk.example", "zelf opgegeven", "Debiteurenteam", "vergelijking uitvoeren", "CLI", "30 debiteuren,"],
    ]);
    expect(output).toMatchObject({ clientenlijst: "blad OCMW-cliënten", gewijzigd: 30, clientenbladAanwezig: true, logboek: { toegevoegd: added.length, totNr: state.head.nr } });
    expect(output.samenvatting.perStatus[STATUS.notCompared]).toBe(0);
  });

  it("reads a client file in memory only: its contents never enter the workbook", async () => {
    const disk = memoryDisk({ "demo.xlsx": demo, "clienten.csv": CLIENT_CSV([["Zeynep", "Onbekendenaam", "", "Nergensstraat", "1"]]) });
    const result = await disk.run("vergelijk", "demo.xlsx", "--uit", "nieuw.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren", "--clienten", "clienten.csv");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    expect(result.stdout).toContain("cliëntenlijst: bestand clienten.csv (niet opgeslagen).");
    const opened = await openWorkbookFile(disk.files.get("nieuw.xlsx")!, "nieuw.xlsx");
    expect(opened.ok && JSON.stringify(opened.value.host.snapshot())).not.toContain("Onbekendenaam");
  });

  it("refuses --uit equal to the input or already there, missing options, and a workbook that is not set up, writing nothing", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Blad1").getCell("A1").value = "iets";
    const disk = memoryDisk({ "demo.xlsx": demo, "bestaat.xlsx": new Uint8Array([1]), "gewoon.xlsx": new Uint8Array(await plain.xlsx.writeBuffer()) });
    const args = ["--gebruiker", "an", "--doel", "vergelijking uitvoeren"];
    expect((await disk.run("vergelijk", "demo.xlsx", "--uit", "demo.xlsx", ...args)).stderr).toBe("--uit is de werkmap zelf. Debiteurencheck overschrijft nooit zijn invoer: kies een nieuwe bestandsnaam.\n");
    expect((await disk.run("vergelijk", "demo.xlsx", "--uit", "bestaat.xlsx", ...args)).stderr).toBe('Het bestand "bestaat.xlsx" bestaat al. Debiteurencheck overschrijft nooit een bestand: kies een andere naam.\n');
    expect((await disk.run("vergelijk", "demo.xlsx", "--uit", "nieuw.xlsx")).stderr.split("\n")[0]).toBe("Geef --gebruiker <naam> en --doel <tekst> op.");
    const notSetUp = await disk.run("vergelijk", "gewoon.xlsx", "--uit", "nieuw.xlsx", ...args);
    expect([notSetUp.code, notSetUp.stderr]).toEqual([EXIT.refused, "gewoon.xlsx: Deze werkmap is nog niet ingesteld voor Debiteurencheck. Het debiteurenteam stelt ze in via ‘Werkmap instellen’.\n"]);
    expect([...disk.files.keys()]).toEqual(["demo.xlsx", "bestaat.xlsx", "gewoon.xlsx"]);
  });
});

describe("debiteurencheck controleer", () => {
  let compared: Uint8Array;
  let head: { nr: number; hash: string };
  beforeAll(async () => {
    const disk = memoryDisk();
    await disk.run("voorbeeld", "demo.xlsx", "--aantal", "30", "--seed", "7");
    await disk.run("vergelijk", "demo.xlsx", "--uit", "vergeleken.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren");
    compared = disk.files.get("vergeleken.xlsx")!;
    head = (await logOf(compared)).state.head;
  });

  const check = async (bytes: Uint8Array, ...extra: string[]) => {
    const result = await memoryDisk({ "w.xlsx": bytes }).run("controleer", "w.xlsx", "--json", ...extra);
    return { code: result.code, output: JSON.parse(result.stdout) as ControleerOutput };
  };

  /** Edits the Logboek sheet of the compared workbook with exceljs, as someone holding the file could. */
  async function tampered(edit: (log: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(compared.buffer.slice(compared.byteOffset, compared.byteOffset + compared.byteLength) as ArrayBuffer);
    edit(wb.getWorksheet(SHEET.log)!);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  /** Sheet row of log entry Nr n (row 1 holds the headers). */
  const rowOf = (nr: number) => nr + 1;
  const column = (header: (typeof LOG_HEADERS)[number]) => LOG_HEADERS.indexOf(header) + 1;

  it("reports an intact log (exit 0) with its head, and a matching seal (pasted as the DC-ZEGEL line)", async () => {
    const { code, output } = await check(compared, "--zegel", `DC-ZEGEL 2026-11-28T10:00:00+01:00 10:${(await logOf(compared)).log[9].hash}`);
    expect(code).toBe(EXIT.ok);
    expect(output.logboek).toMatchObject({ intact: true, rijen: head.nr, segmenten: 1, kop: `${head.nr}:${head.hash}`, breuk: null, zegel: { uitkomst: "gevonden" } });
    expect(output.protocol).toMatchObject({ kolommen: null, debiteuren: 30, periode: { toestand: "lopend" }, buitenAddin: { gewijzigd: 0, zonderDigest: 0, verdwenen: 0 } });
  });

  it.each([
    ["an old value changed", (log: ExcelJS.Worksheet) => void (log.getCell(rowOf(8), column("Nieuwe waarde")).value = "geen cliënt"), "gewijzigd", 8],
    ["a row deleted", (log: ExcelJS.Worksheet) => void log.spliceRows(rowOf(12), 1), "verwijderd", 12],
    ["two rows swapped", (log: ExcelJS.Worksheet) => swapRows(log, rowOf(15), rowOf(16)), "verwisseld", 16],
    ["a forged row appended", (log: ExcelJS.Worksheet) => writeRow(log, rowOf(head.nr + 1), forgedRow(head.nr + 1)), "ingevoegd", -1],
    // Emptied rather than spliced: exceljs's spliceRows leaves the last rows of a sheet in place.
    ["the tail truncated", (log: ExcelJS.Worksheet) => [0, 1, 2].forEach((k) => writeRow(log, rowOf(head.nr - k), Array(LOG_HEADERS.length).fill(null))), "afgekapt", -3],
  ])("names %s and the first broken Nr (exit 1)", async (_name, edit, soort, nr) => {
    const expectedNr = nr > 0 ? nr : nr === -1 ? head.nr + 1 : head.nr - 2;
    const { code, output } = await check(await tampered(edit));
    expect(code).toBe(EXIT.logBroken);
    expect(output.logboek).toMatchObject({ intact: false, breuk: { soort, nr: expectedNr } });
  });

  it("says it in plain Dutch on the console", async () => {
    const result = await memoryDisk({ "w.xlsx": await tampered((log) => void (log.getCell(rowOf(8), column("Doel")).value = "iets anders")) }).run("controleer", "w.xlsx");
    expect(result.code).toBe(EXIT.logBroken);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual([
      "Logboek van w.xlsx: GEBROKEN bij Nr 8 (Rij gewijzigd).",
      "  Het Logboek is NIET intact. Eerste breuk bij Nr 8: rij gewijzigd. De inhoud van rij Nr 8 komt niet overeen met haar hash " +
        "(of de rij ervoor werd gewijzigd en haar hash herberekend). Wijzig niets, bewaar een kopie van deze werkmap als bewijs, meld het als incident en vergelijk met een reservekopie.",
    ]);
  });

  it("reports a seal that is not in the log (exit 1) and refuses one that is not a seal (exit 2)", async () => {
    const { code, output } = await check(compared, "--zegel", `5:${"ab".repeat(32)}`);
    expect([code, output.logboek]).toMatchObject([EXIT.logBroken, { intact: false, breuk: { soort: "zegel-niet-gevonden", nr: 5 }, zegel: { uitkomst: "niet-gevonden" } }]);
    const refused = await memoryDisk({ "w.xlsx": compared }).run("controleer", "w.xlsx", "--zegel", "abc");
    expect([refused.code, refused.stderr.split("\n")[0]]).toEqual([EXIT.refused, "--zegel: De hash heeft 3 tekens, maar hoort er 64 te hebben. Kijk na of u ze volledig overnam."]);
  });

  it("calls a missing Logboek sheet a broken log (exit 1), and a workbook without Debiteurencheck sheets or unreadable bytes exit 2", async () => {
    const { code, output } = await check(await tampered((log) => log.workbook.removeWorksheet(log.id)));
    expect([code, output.logboek.breuk]).toEqual([EXIT.logBroken, { soort: "blad-ontbreekt", label: "Blad ontbreekt", nr: 0, uitleg: expect.stringContaining("‘Logboek’ ontbreekt") }]);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Blad1");
    const disk = memoryDisk({ "gewoon.xlsx": new Uint8Array(await plain.xlsx.writeBuffer()), "kapot.xlsx": new TextEncoder().encode("kapot") });
    expect(await disk.run("controleer", "gewoon.xlsx")).toEqual({ code: EXIT.refused, stdout: "", stderr: '"gewoon.xlsx" is geen Debiteurencheck-werkmap: de bladen Logboek en het statusblad ontbreken.\n' });
    expect((await disk.run("controleer", "kapot.xlsx")).code).toBe(EXIT.refused);
    expect((await disk.run("controleer", "weg.xlsx")).stderr).toBe('De werkmap "weg.xlsx" kan niet geopend worden. Controleer of ze bestaat en of u ze mag lezen.\n');
  });

  it("reports protocol issues: extra columns in Debiteuren and debtor rows changed outside the add-in", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(compared.buffer.slice(compared.byteOffset, compared.byteOffset + compared.byteLength) as ArrayBuffer);
    wb.getWorksheet(SHEET.debtors)!.getCell("C2").value = "Anders";
    const changed = await check(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect([changed.code, changed.output.protocol?.buitenAddin]).toEqual([EXIT.ok, { gewijzigd: 1, zonderDigest: 0, verdwenen: 0 }]);
    wb.getWorksheet(SHEET.debtors)!.getCell("J1").value = "Bedrag";
    const extra = await check(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(extra.output.protocol?.kolommen).toContain("Bedrag");
    expect(extra.output.protocol?.debiteuren).toBeNull();
  });
});

describe("debiteurencheck: usage of the workbook commands", () => {
  it("lists voorbeeld, both forms of vergelijk and controleer, with the exit codes", async () => {
    const help = await memoryDisk().run("--help");
    for (const line of ["  debiteurencheck voorbeeld <uit.xlsx> [--aantal N] [--seed S]", "  debiteurencheck controleer <werkmap.xlsx> [--zegel <zegel>] [--afsluiting <record>] [--json]", "Afsluitcodes: 0 klaar; 1 logboek gebroken (controleer);"]) {
      expect(help.stdout).toContain(line);
    }
    const vergelijkHelp = await memoryDisk().run("vergelijk", "--help");
    expect(vergelijkHelp.stdout).toContain("Of, in een Debiteurencheck-werkmap:\n  debiteurencheck vergelijk <werkmap.xlsx> --uit <nieuw.xlsx>");
  });
});

function swapRows(ws: ExcelJS.Worksheet, a: number, b: number): void {
  const first = ws.getRow(a).values;
  ws.getRow(a).values = ws.getRow(b).values;
  ws.getRow(b).values = first;
}

function writeRow(ws: ExcelJS.Worksheet, row: number, values: ExcelJS.CellValue[]): void {
  values.forEach((v, i) => void (ws.getCell(row, i + 1).value = v));
}

function forgedRow(nr: number): ExcelJS.CellValue[] {
  return [nr, "00000000-0000-4000-8000-000000000000", "2026-01-01T00:00:00+01:00", "iemand", "zelf opgegeven", "Debiteurenteam", "status gewijzigd", "—", "Status", "", "geen cliënt", "vervalsing", "CLI", "f".repeat(64)];
}
