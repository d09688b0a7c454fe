// Issue 15 items 7 and 8 through the CLI on real .xlsx files: a client list whose national numbers are written the
// ways people and exports write them still finds the client; numbers the register issues with an unknown day (IT000)
// and BIS numbers are matched exactly.
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/main";
import type { VergelijkOutput } from "../../src/cli/vergelijkOutput";
import { STATUS } from "../../src/domain/status";
import { memoryDisk } from "../support/memoryDisk";

const SPELLINGS: readonly [string, string][] = [
  ["apostrof", "'85073003328"],
  ["=\"…\"", '="85073003328"'],
  ["zacht afbreekteken", "850730\u00ad03328"],
  ["breedteloze spatie", "85073\u200b003328"],
  ["woordverbinder", "85.07.30\u2060-033.28"],
  ["minteken U+2212", "85.07.30\u2212033.28"],
  ["breed geschreven cijfers", "\uff18\uff15\uff10\uff17\uff13\uff10\uff10\uff13\uff13\uff12\uff18"],
  ["harde spaties", "85\u00a007\u00a030\u00a0033\u00a028"],
];
/** IT000: a day above 31 is an unknown day; BIS numbers add 20 or 40 to the month (python-stdnum's doctests). */
const REGISTER_NUMBERS = ["85073500107", "85473500193", "85273500150"];

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cliënten");
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("debiteurencheck vergelijk: national numbers as written, and as the register issues them (issue 15, 7 and 8)", () => {
  it("finds each client whatever spelling of the number the client list has, and matches register numbers exactly", async () => {
    const numbers = [...SPELLINGS.map(() => "85073003328"), ...REGISTER_NUMBERS];
    const written = [...SPELLINGS.map(([, w]) => w), ...REGISTER_NUMBERS];
    // One debtor and one client per case, each with their own name and street, so only the number can match.
    const debtors = numbers.map((n, i) => [`D-${i + 1}`, `Voor${i}`, `Achter${i}`, n, `Straat${i} 1`]);
    const clients = written.map((w, i) => [`Voor${i}`, `Achter${i}`, w, `Straat${i}`, "1"]);
    const disk = memoryDisk({
      "debiteuren.xlsx": await xlsx([["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Adres"], ...debtors]),
      "clienten.xlsx": await xlsx([["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"], ...clients]),
    });
    const result = await disk.run("vergelijk", "--debiteuren", "debiteuren.xlsx", "--clienten", "clienten.xlsx", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    const output = JSON.parse(result.stdout) as VergelijkOutput;
    const labels = [...SPELLINGS.map(([label]) => label), ...REGISTER_NUMBERS];
    expect(output.resultaten.map((r, i) => [labels[i], r.status])).toEqual(labels.map((l) => [l, STATUS.client]));
    expect(output.samenvatting.ongeldigeNummers).toBe(0);
  });
});
