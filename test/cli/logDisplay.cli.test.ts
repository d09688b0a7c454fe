// Issue 15 item 2 through the CLI on real .xlsx files edited with exceljs: each edit that makes Excel show the
// Logboek otherwise than its values passed `controleer --zegel` as intact; now each is a break of its own kind.
import ExcelJS from "exceljs";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import { STATE_CELL } from "../../src/excel/stateSheet";
import { aComparedWorkbook, memoryDisk, exceljsWorkbook } from "../support/memoryDisk";

const column = (header: (typeof LOG_HEADERS)[number]) => LOG_HEADERS.indexOf(header) + 1;
const rowOf = (nr: number) => nr + 1;

describe("debiteurencheck controleer: the Logboek as displayed (issue 15, 2)", () => {
  let compared: Uint8Array;
  let seal: string;
  beforeAll(async () => {
    compared = await aComparedWorkbook(10, 2);
    seal = String((await exceljsWorkbook(compared)).getWorksheet(SHEET.state)!.getCell(`B${STATE_CELL.head}`).value);
  }, 60_000);


  async function controleer(edit: (log: ExcelJS.Worksheet) => void) {
    const wb = await exceljsWorkbook(compared);
    edit(wb.getWorksheet(SHEET.log)!);
    const disk = memoryDisk({ "w.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const json = await disk.run("controleer", "w.xlsx", "--zegel", seal, "--json");
    const text = await disk.run("controleer", "w.xlsx", "--zegel", seal);
    return { code: json.code, output: JSON.parse(json.stdout) as ControleerOutput, text: text.stdout.split("\n")[0] };
  }

  it("is intact with the seal found when nothing was edited", async () => {
    expect((await controleer(() => undefined)).output.logboek).toMatchObject({ intact: true, zegel: { uitkomst: "gevonden" } });
  });

  it('names the number format ;;;"geen cliënt" on a Nieuwe waarde cell', async () => {
    const r = await controleer((log) => {
      const cell = log.getCell(rowOf(6), column("Nieuwe waarde"));
      cell.style = { ...cell.style, numFmt: ';;;"geen cliënt"' }; // a style of its own: exceljs shares loaded styles between cells
    });
    expect([r.code, r.output.logboek.breuk?.soort, r.output.logboek.breuk?.nr]).toEqual([EXIT.logBroken, "getalnotatie", 6]);
    expect(r.text).toBe("Logboek van w.xlsx: GEBROKEN bij Nr 6 (Getalnotatie gewijzigd).");
  });

  it("names a formula in Gebruiker whose cached result is the logged name", async () => {
    const r = await controleer((log) => {
      const cell = log.getCell(rowOf(4), column("Gebruiker"));
      cell.value = { formula: '"iemand anders"', result: String(cell.value) };
    });
    expect([r.code, r.output.logboek.breuk?.soort, r.output.logboek.breuk?.nr]).toEqual([EXIT.logBroken, "formule", 4]);
    expect(r.text).toBe("Logboek van w.xlsx: GEBROKEN bij Nr 4 (Formule in het Logboek).");
  });

  it("names text typed beside a log row (column O) and beside the table below it", async () => {
    const beside = await controleer((log) => void (log.getCell(rowOf(3), LOG_HEADERS.length + 1).value = "eigenlijk geen cliënt"));
    expect([beside.code, beside.output.logboek.breuk?.soort, beside.output.logboek.breuk?.nr]).toEqual([EXIT.logBroken, "naast-tabel", 3]);
    const below = await controleer((log) => void (log.getCell(log.rowCount + 4, LOG_HEADERS.length + 3).value = "opmerking"));
    expect([below.code, below.output.logboek.breuk?.soort]).toEqual([EXIT.logBroken, "naast-tabel"]);
    expect(below.output.logboek.breuk?.uitleg).toMatch(/^Naast het Logboek, in rij \d+ \(cel Q\d+\), staat inhoud na de kolom Hash/);
  });
});
