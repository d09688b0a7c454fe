// Issue 15 item 4 through the CLI on a real .xlsx workbook: the client file's name goes into a value column (which
// closing pseudonymises), never into Veld.
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/main";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import { memoryDisk, exceljsWorkbook } from "../support/memoryDisk";

it("vergelijk <werkmap> --clienten logs Veld ‘cliëntenlijst’ and the file name under Oude waarde", async () => {
  const fileName = "lijst Yusuf Cetin 64030264182.csv";
  const disk = memoryDisk({ [fileName]: new TextEncoder().encode("Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer\r\nYusuf;Cetin;64030264182;Kerkstraat;1") });
  await disk.run("voorbeeld", "w.xlsx", "--aantal", "5", "--seed", "1");
  const result = await disk.run("vergelijk", "w.xlsx", "--uit", "n.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren", "--clienten", fileName);
  expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
  const wb = await exceljsWorkbook(disk.files.get("n.xlsx")!);
  const log = wb.getWorksheet(SHEET.log)!;
  const cell = (row: ExcelJS.Row, header: (typeof LOG_HEADERS)[number]) => row.getCell(LOG_HEADERS.indexOf(header) + 1).text;
  const rows: string[][] = [];
  log.eachRow((row, n) => void (n > 1 && cell(row, "Actie") === "vergelijking" && rows.push([cell(row, "Veld"), cell(row, "Oude waarde")])));
  expect(rows).toEqual([["cliëntenlijst", `bestand ${fileName} (niet opgeslagen)`]]);
  const veld: string[] = [];
  log.eachRow((row) => void veld.push(cell(row, "Veld")));
  expect(veld.filter((v) => /Yusuf|Cetin|64030264182/.test(v))).toEqual([]);
});
