// Issue 15 item 11 through the CLI on a real .xlsx file: a state sheet that is no longer very hidden (as after a save by
// LibreOffice, imitated here with exceljs) is reported by `controleer`; the log itself still verifies.
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import { SHEET } from "../../src/domain/layout";
import { memoryDisk, exceljsWorkbook } from "../support/memoryDisk";

it("controleer reports a state sheet that is only hidden, and says the add-in will hide it again", async () => {
  const disk = memoryDisk();
  await disk.run("voorbeeld", "w.xlsx", "--aantal", "5", "--seed", "1");
  const before = await disk.run("controleer", "w.xlsx", "--json");
  expect((JSON.parse(before.stdout) as ControleerOutput).protocol?.statusblad).toBe("zeer verborgen");
  const wb = await exceljsWorkbook(disk.files.get("w.xlsx")!);
  wb.getWorksheet(SHEET.state)!.state = "hidden";
  disk.files.set("libre.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
  const json = await disk.run("controleer", "libre.xlsx", "--json");
  const output = JSON.parse(json.stdout) as ControleerOutput;
  expect([json.code, output.logboek.intact, output.protocol?.statusblad]).toEqual([EXIT.ok, true, "verborgen"]);
  const text = await disk.run("controleer", "libre.xlsx");
  expect(text.stdout).toContain(
    "  - Het interne statusblad is verborgen in plaats van zeer verborgen (wellicht bewaard met een ander programma): iedereen kan het zichtbaar maken. Open de werkmap met de add-in: die verbergt het opnieuw en vermeldt dat in het Logboek.\n",
  );
});
