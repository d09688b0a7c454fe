// Issue 15 item 6 through the CLI on real .xlsx files: repeated `vergelijk` runs keep the state sheet at one digest row
// per debtor (read back with exceljs), and a pending marker left by a failed write is settled before comparing.
import { EXIT } from "../../src/cli/main";
import type { VergelijkWerkmapOutput } from "../../src/cli/vergelijkWerkmap";
import { verifyChain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { STATE_CELL } from "../../src/excel/stateSheet";
import { openWorkbookFile, workbookPort } from "../../src/file/workbookFile";
import { webCrypto } from "../../src/platform/webCrypto";
import { memoryDisk, exceljsWorkbook } from "../support/memoryDisk";


/** The state sheet's filled rows and Rij-IDs, as exceljs reads the file. */
async function stateRows(bytes: Uint8Array): Promise<{ rows: number; ids: number }> {
  const state = (await exceljsWorkbook(bytes)).worksheets.find((w) => w.name === SHEET.state)!;
  let rows = 0;
  let ids = 0;
  state.eachRow((row, n) => {
    rows++;
    if (n > 1 && row.getCell(4).text) ids++;
  });
  return { rows, ids };
}

const args = ["--gebruiker", "an", "--doel", "vergelijking uitvoeren"];

describe("debiteurencheck vergelijk: bounded state (issue 15, 6)", () => {
  it("keeps one digest row per debtor over repeated runs, each on the previous output", async () => {
    const disk = memoryDisk();
    await disk.run("voorbeeld", "w0.xlsx", "--aantal", "40", "--seed", "3");
    const sizes = [];
    for (let i = 1; i <= 6; i++) {
      const result = await disk.run("vergelijk", `w${i - 1}.xlsx`, "--uit", `w${i}.xlsx`, ...args);
      expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
      sizes.push(await stateRows(disk.files.get(`w${i}.xlsx`)!));
    }
    expect(sizes).toEqual(Array(6).fill({ rows: 41, ids: 40 }));
  }, 120_000);

  it("settles a pending marker left by a failed write before comparing, and says so", async () => {
    const disk = memoryDisk();
    await disk.run("voorbeeld", "w.xlsx", "--aantal", "10", "--seed", "3");
    const wb = await exceljsWorkbook(disk.files.get("w.xlsx")!);
    const state = wb.getWorksheet(SHEET.state)!;
    const head = Number(String(state.getCell(`B${STATE_CELL.head}`).value).split(":")[0]);
    state.getCell(`B${STATE_CELL.pending}`).value = JSON.stringify({ fromNr: head + 1, toNr: head + 3, action: "vergelijking" });
    disk.files.set("onderbroken.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const result = await disk.run("vergelijk", "onderbroken.xlsx", "--uit", "nieuw.xlsx", ...args, "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    const output = JSON.parse(result.stdout) as VergelijkWerkmapOutput;
    expect(output.meldingen[0]).toBe(`Een schrijfactie ‘vergelijking’ (logrijen Nr ${head + 1} t.e.m. ${head + 3}) werd onderbroken voor er iets geschreven was. Er is niets veranderd; voer ze zo nodig opnieuw uit.`);
    const opened = await openWorkbookFile(disk.files.get("nieuw.xlsx")!, "nieuw.xlsx");
    if (!opened.ok) throw new Error(opened.error.code);
    const port = workbookPort(opened.value.host);
    const after = await port.readState();
    if (!after.ok) throw new Error(after.error.code);
    expect(after.value.pending).toBeUndefined();
    const log = await port.readLog();
    expect(log[head].actie).toBe("herstel");
    expect(output.logboek.vanNr).toBe(head + 1);
    expect(await verifyChain(log, webCrypto, { knownHead: after.value.head })).toMatchObject({ ok: true });
  });
});
