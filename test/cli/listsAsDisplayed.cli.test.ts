// Issue 15 item 3 through the CLI on real .xlsx client lists: a very hidden sheet is never read in place of the visible
// one, hidden rows are left out and named, formulas are refused, and the summary names the sheet and rows read.
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/main";
import type { VergelijkOutput } from "../../src/cli/vergelijkOutput";
import type { VergelijkWerkmapOutput } from "../../src/cli/vergelijkWerkmap";
import { STATUS } from "../../src/domain/status";
import { memoryDisk } from "../support/memoryDisk";

const HEADERS = ["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
const DEBTORS = ["Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", "D-1;Anna;Peeters;85073003328;Stalenstraat;12", "D-2;Mehmet;Yılmaz;93051822361;Hasseltweg;5", "D-3;Luca;Rossi;17073003384;Vennestraat;8"];

async function clientWorkbook(edit: (wb: ExcelJS.Workbook) => void = () => undefined): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const visible = wb.addWorksheet("Lijst");
  visible.addRows([HEADERS, ["Anna", "Peeters", "85073003328", "Stalenstraat", "12"], ["Luca", "Rossi", "17073003384", "Vennestraat", "8"]]);
  visible.getRow(3).hidden = true; // Luca: hidden, so not a client as a person sees the list
  const hidden = wb.addWorksheet("OCMW-cliënten");
  hidden.addRows([HEADERS, ["Mehmet", "Yılmaz", "93051822361", "Hasseltweg", "5"]]);
  hidden.state = "veryHidden";
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("client lists read as displayed (issue 15, 3)", () => {
  it("two lists: reads the visible sheet without its hidden row, never the very hidden OCMW-cliënten, and says so", async () => {
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(DEBTORS.join("\r\n")), "cli.xlsx": await clientWorkbook() });
    const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.xlsx", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    const output = JSON.parse(result.stdout) as VergelijkOutput;
    expect(output.resultaten.map((r) => [r.dossiernummer, r.status])).toEqual([
      ["D-1", STATUS.client],
      ["D-2", STATUS.noClient],
      ["D-3", STATUS.noClient],
    ]);
    expect(output.samenvatting.gelezen.clienten).toBe("cli.xlsx: werkblad Lijst, rij 2; verborgen rij 3 niet gelezen; verborgen werkblad OCMW-cliënten niet gelezen");
    expect(output.samenvatting.meldingen).toEqual([]); // the hidden row is in the summary, not reported as an empty row
    const text = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.xlsx");
    expect(text.stdout).toContain("         cli.xlsx: werkblad Lijst, rij 2; verborgen rij 3 niet gelezen; verborgen werkblad OCMW-cliënten niet gelezen.\n");
  });

  it("in a workbook: the --clienten file is read the same way, and the summary names what was read", async () => {
    const disk = memoryDisk({ "cli.xlsx": await clientWorkbook() });
    await disk.run("voorbeeld", "w.xlsx", "--aantal", "5", "--seed", "1");
    const result = await disk.run("vergelijk", "w.xlsx", "--uit", "n.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren", "--clienten", "cli.xlsx", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    expect((JSON.parse(result.stdout) as VergelijkWerkmapOutput).clientenlijstGelezen).toBe("werkblad Lijst, rij 2; verborgen rij 3 niet gelezen; verborgen werkblad OCMW-cliënten niet gelezen");
  });

  it("refuses a list with formulas, naming the cells, and a file whose only sheets are hidden", async () => {
    const withFormula = await clientWorkbook((wb) => void (wb.getWorksheet("Lijst")!.getCell("C2").value = { formula: '"93051822361"', result: "85073003328" }));
    const onlyHidden = await clientWorkbook((wb) => void (wb.getWorksheet("Lijst")!.state = "hidden"));
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(DEBTORS.join("\r\n")), "f.xlsx": withFormula, "h.xlsx": onlyHidden });
    const formula = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "f.xlsx");
    expect([formula.code, formula.stdout, formula.stderr]).toEqual([
      EXIT.refused,
      "",
      'Het werkblad "Lijst" in "f.xlsx" bevat een formule (C2). Debiteurencheck leest alleen vaste waarden: kopieer de cellen, plak ze als waarden (Plakken speciaal → Waarden), bewaar en probeer opnieuw.\n',
    ]);
    const hidden = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "h.xlsx");
    expect([hidden.code, hidden.stderr]).toEqual([EXIT.refused, '"h.xlsx" heeft geen zichtbaar werkblad; Debiteurencheck leest alleen zichtbare werkbladen. Maak het werkblad met de lijst zichtbaar, bewaar en probeer opnieuw.\n']);
  });
});
