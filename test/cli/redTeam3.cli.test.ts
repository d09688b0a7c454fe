// Red-team round 3 through the CLI on .xlsx files edited with exceljs: the Logboek's reader's column order, the
// header row, re-comparison and configuration. Each gap found passed silently; now each is a named break or refused.
import ExcelJS from "exceljs";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import { aComparedWorkbook, memoryDisk } from "../support/memoryDisk";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const column = (header: (typeof LOG_HEADERS)[number]) => LOG_HEADERS.indexOf(header) + 1;

describe("controleer on an edited workbook (round 3)", () => {
  let compared: Uint8Array;
  beforeAll(async () => {
    compared = await aComparedWorkbook(10, 2);
  }, 60_000);

  async function controleer(edit: (wb: ExcelJS.Workbook) => void) {
    const wb = await load(compared);
    edit(wb);
    const disk = memoryDisk({ "w.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const json = await disk.run("controleer", "w.xlsx", "--json");
    const output = json.stdout ? (JSON.parse(json.stdout) as ControleerOutput) : undefined;
    return { code: json.code, output, breuk: output?.logboek.breuk, stderr: json.stderr };
  }

  it("names a number format on the header row that shows another column's name (Oude and Nieuwe waarde swapped)", async () => {
    const r = await controleer((wb) => {
      const log = wb.getWorksheet(SHEET.log)!;
      const format = (header: (typeof LOG_HEADERS)[number], numFmt: string) => {
        const cell = log.getCell(1, column(header));
        cell.style = { ...cell.style, numFmt }; // a style of its own: exceljs shares one style object between cells
      };
      format("Oude waarde", ';;;"Nieuwe waarde"');
      format("Nieuwe waarde", ';;;"Oude waarde"');
    });
    expect([r.code, r.breuk?.soort, r.breuk?.nr, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "getalnotatie",
      0,
      'In de koprij, kolom Oude waarde (cel H1), staat de getalnotatie ";;;"Nieuwe waarde"" in plaats van tekst: Excel kan de waarde anders tonen dan ze gecontroleerd werd.',
    ]);
  });
});
