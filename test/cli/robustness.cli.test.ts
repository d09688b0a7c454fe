// Issue 15 item 10 through the CLI on a real disk: output-path errors are refused (exit 2, Dutch) before any work;
// inputs that are not regular files (a FIFO, a directory) are refused without hanging; a --doel longer than a log cell
// may hold is refused, not cut or split.
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT, nodeFiles, nodeIo, run } from "../../src/cli/main";

let dir: string;
let out: string[];
let err: string[];
const io = { ...nodeIo(), stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
async function cli(...argv: string[]) {
  out = [];
  err = [];
  const code = await run(argv, io, nodeFiles());
  return { code, stdout: out.join(""), stderr: err.join("") };
}
const args = ["--gebruiker", "an", "--doel", "vergelijking uitvoeren"];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "debiteurencheck-"));
  expect((await cli("voorbeeld", join(dir, "w.xlsx"), "--aantal", "5")).code).toBe(EXIT.ok);
  execFileSync("mkfifo", [join(dir, "pijp.xlsx")]);
  execFileSync("mkfifo", [join(dir, "pijp.csv")]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("CLI robustness (issue 15, 10)", () => {
  it("refuses --uit in a missing folder or under a file with exit 2 and a Dutch message, before reading the workbook", async () => {
    const missing = join(dir, "bestaat-niet", "n.xlsx");
    // The input is a FIFO: had the command read it before checking --uit, it would hang or name the input instead.
    expect(await cli("vergelijk", join(dir, "pijp.xlsx"), "--uit", missing, ...args)).toEqual({
      code: EXIT.refused,
      stdout: "",
      stderr: `De map "${join(dir, "bestaat-niet")}" bestaat niet. Maak ze eerst aan of kies een andere plaats voor "${missing}".\n`,
    });
    const underFile = join(dir, "w.xlsx", "n.xlsx");
    expect(await cli("vergelijk", join(dir, "w.xlsx"), "--uit", underFile, ...args)).toEqual({
      code: EXIT.refused,
      stdout: "",
      stderr: `"${join(dir, "w.xlsx")}" is geen map: het bestand "${underFile}" kan daar niet komen. Kies een andere plaats.\n`,
    });
    expect((await cli("voorbeeld", join(dir, "nergens", "v.xlsx"))).code).toBe(EXIT.refused);
  });

  it("refuses a FIFO or a directory as input without hanging, in every command that reads files", async () => {
    const notFile = (path: string) => `De werkmap "${path}" kan niet geopend worden. Controleer of ze bestaat en of u ze mag lezen.\n`;
    for (const input of [join(dir, "pijp.xlsx"), join(dir, "map.xlsx")]) {
      if (input.endsWith("map.xlsx")) execFileSync("mkdir", ["-p", input]);
      expect(await cli("controleer", input)).toEqual({ code: EXIT.refused, stdout: "", stderr: notFile(input) });
      expect(await cli("vergelijk", input, "--uit", join(dir, "n.xlsx"), ...args)).toEqual({ code: EXIT.refused, stdout: "", stderr: notFile(input) });
    }
    const withFifoList = await cli("vergelijk", join(dir, "w.xlsx"), "--uit", join(dir, "n.xlsx"), ...args, "--clienten", join(dir, "pijp.csv"));
    expect([withFifoList.code, withFifoList.stderr]).toEqual([EXIT.refused, `Cliëntenlijst "${join(dir, "pijp.csv")}": het bestand kan niet geopend worden. Controleer of het bestaat en of u het mag lezen.\n`]);
    const twoLists = await cli("vergelijk", "--debiteuren", join(dir, "pijp.csv"), "--clienten", join(dir, "pijp.csv"));
    expect(twoLists.code).toBe(EXIT.refused);
    expect(await readdir(dir)).not.toContain("n.xlsx");
  }, 20_000);

  it("refuses a --doel longer than the log takes (40,000 characters), writing nothing", async () => {
    const result = await cli("vergelijk", join(dir, "w.xlsx"), "--uit", join(dir, "lang.xlsx"), "--gebruiker", "an", "--doel", "x".repeat(40_000));
    expect([result.code, result.stderr.split("\n")[0]]).toEqual([EXIT.refused, "--doel mag hoogstens 500 tekens lang zijn (het komt in het Logboek)."]);
    expect(await readdir(dir)).not.toContain("lang.xlsx");
  });
});
