// Issue 15 item 1: every CLI output path, fed hostile workbook texts (ESC sequences stored as _x001B_ in the .xlsx,
// C1 controls, bidi overrides, a line break followed by a fake report), prints nothing a terminal would act on and
// no line that a file's text started. Text and --json, results and refusals, all commands that read files.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXIT } from "../../src/cli/main";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import { memoryDisk, exceljsWorkbook } from "../support/memoryDisk";

/** What a terminal acts on: controls other than the layout's line break, DEL, C1, bidi controls, line separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FAKE = "GEKAAPT Logboek intact";
/** As stored in the file: ECMA-376 escapes that exceljs (and Excel) decode to the control characters. */
const HOSTILE_XML = `X_x001B_[2J_x001B_[H_x001B_]0;titel_x0007__x009B_31m\u202eA\u2066B_x000A_${FAKE}`;
/** The same, as a CSV or an argument holds it. */
const HOSTILE_TEXT = `Y\u001b[2J\u001b[H\u009b31m\u202eC\r\n${FAKE}`;

function expectTerminalSafe(output: { stdout: string; stderr: string }, what: string): void {
  for (const [stream, text] of Object.entries({ stdout: output.stdout, stderr: output.stderr })) {
    expect([what, stream, ACTIVE.exec(text)?.[0] ?? null]).toEqual([what, stream, null]);
    expect([what, stream, text.split("\n").filter((line) => line.trimStart().startsWith(FAKE))]).toEqual([what, stream, []]);
  }
}


/** Saves with exceljs, then writes HOSTILE_XML where the placeholder stands, as an attacker editing the XML would. */
async function save(wb: ExcelJS.Workbook, placeholder = "PLATZHALTER"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
    const xml = await zip.file(name)!.async("string");
    if (xml.includes(placeholder)) zip.file(name, xml.split(placeholder).join(HOSTILE_XML));
  }
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

/** Every field quoted, so a line break inside the hostile text stays inside its cell. */
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";")).join("\r\n"));
const args = ["--gebruiker", "an", "--doel", "vergelijking uitvoeren"];

describe("every CLI output path with hostile workbook texts (issue 15, 1)", () => {
  let compared: Uint8Array;
  beforeAll(async () => {
    const disk = memoryDisk();
    await disk.run("voorbeeld", "demo.xlsx", "--aantal", "12", "--seed", "5");
    await disk.run("vergelijk", "demo.xlsx", "--uit", "vergeleken.xlsx", ...args);
    compared = disk.files.get("vergeleken.xlsx")!;
  }, 60_000);

  it("controleer: a broken log and a column header with an ESC sequence (text and --json)", async () => {
    const wb = await exceljsWorkbook(compared);
    wb.getWorksheet(SHEET.log)!.getCell(5, LOG_HEADERS.indexOf("Nieuwe waarde") + 1).value = "geen cliënt";
    wb.getWorksheet(SHEET.debtors)!.getCell("J1").value = "PLATZHALTER";
    const disk = memoryDisk({ "w.xlsx": await save(wb) });
    const text = await disk.run("controleer", "w.xlsx");
    expect(text.code).toBe(EXIT.logBroken);
    expect(text.stdout).toContain("\uFFFD[2J"); // shown, defused
    expectTerminalSafe(text, "controleer");
    const json = await disk.run("controleer", "w.xlsx", "--json");
    expectTerminalSafe(json, "controleer --json");
    expect(JSON.parse(json.stdout).protocol.kolommen).toContain("\u001b[2J"); // the data itself, escaped in the JSON
  });

  it("vergelijk <werkmap>: dossier numbers in data-quality notes (text and --json), and a hostile client-list header refused", async () => {
    const wb = await exceljsWorkbook(compared);
    const debtors = wb.getWorksheet(SHEET.debtors)!;
    debtors.getCell("A2").value = "PLATZHALTER";
    debtors.getCell("D2").value = "123"; // an invalid number: the note names the dossier
    const disk = memoryDisk({ "w.xlsx": await save(wb), "lijst.csv": csv([["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer", HOSTILE_TEXT], ["a", "b", "", "c", "1", "x"]]) });
    const text = await disk.run("vergelijk", "w.xlsx", "--uit", "a.xlsx", ...args);
    expect([text.code, text.stdout]).toEqual([EXIT.ok, expect.stringContaining("\uFFFD[2J")]);
    expectTerminalSafe(text, "vergelijk werkmap");
    const json = await disk.run("vergelijk", "w.xlsx", "--uit", "b.xlsx", ...args, "--json");
    expectTerminalSafe(json, "vergelijk werkmap --json");
    const refused = await disk.run("vergelijk", "w.xlsx", "--uit", "c.xlsx", ...args, "--clienten", "lijst.csv");
    expect(refused.code).toBe(EXIT.refused);
    expectTerminalSafe(refused, "vergelijk werkmap, geweigerd");
    const named = await disk.run("vergelijk", "w.xlsx", "--uit", `d${HOSTILE_TEXT}.xlsx`, ...args);
    expectTerminalSafe(named, "vergelijk werkmap, vijandige bestandsnaam");
  });

  it("vergelijk with two lists: results, notes and refusals (text and --json), and a hostile sheet in an .xlsx list", async () => {
    const debtorList = csv([["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"], [HOSTILE_TEXT, "An", "Peeters", "123", "Straat", "1"], [HOSTILE_TEXT, "Jan", "Smets", "", "Weg", "2"]]);
    const clients = new ExcelJS.Workbook();
    const sheet = clients.addWorksheet("Cliënten");
    sheet.addRow(["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"]);
    sheet.addRow(["PLATZHALTER", "Peeters", "", "Straat", "1"]);
    const extra = new ExcelJS.Workbook();
    extra.addWorksheet("PLATZHALTER").addRow(["Voornaam", "Achternaam", "PLATZHALTER"]);
    const disk = memoryDisk({ "deb.csv": debtorList, "cli.xlsx": await save(clients), "vreemd.xlsx": await save(extra) });
    for (const extraArgs of [[], ["--json"]]) {
      const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.xlsx", ...extraArgs);
      expect(result.code).toBe(EXIT.ok);
      expectTerminalSafe(result, `vergelijk lijsten ${extraArgs.join(" ")}`);
    }
    const refused = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "vreemd.xlsx");
    expect(refused.code).toBe(EXIT.refused);
    expectTerminalSafe(refused, "vergelijk lijsten, geweigerd");
  });

  it("usage errors and an unknown command that carry hostile text", async () => {
    const disk = memoryDisk({ "w.xlsx": compared });
    for (const argv of [[HOSTILE_TEXT], ["controleer", "w.xlsx", "--zegel", HOSTILE_TEXT], ["controleer", `${HOSTILE_TEXT}.xlsx`], ["voorbeeld", `${HOSTILE_TEXT}.xlsx`, "--aantal", HOSTILE_TEXT]]) {
      expectTerminalSafe(await disk.run(...argv), argv.join(" "));
    }
  });
});
