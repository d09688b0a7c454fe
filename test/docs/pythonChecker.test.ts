// The Python checker in docs/logging.md is the independent verification path: this runs that very code block with
// /usr/bin/python3 on workbooks the add-in wrote and on tampered copies, and requires the same answers as the add-in.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeProject } from "../../src/app/closeProject";
import { verifyLog } from "../../src/app/verifyLog";
import { entryHash, formatHead, GENESIS_HASH } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { LOG_ACTION, LOG_HEADERS, type LogEntry } from "../../src/domain/log";
import { STATE_CELL } from "../../src/excel/stateSheet";
import { asRows, CLOSE_INPUT, col, comparedWorkbook, dpo, logOf, logRows, rewriteLog, setStoredHead, toLegacyLayout } from "../app/dpoSupport";
import type { TestWorkbook } from "../support/fixtures";

const PYTHON = "/usr/bin/python3";
const docs = readFileSync(join(__dirname, "../../docs/logging.md"), "utf8");
const checker = /```python\n([\s\S]*?)```/.exec(docs)![1];
const DRIVER = `
import sys
data = json.load(sys.stdin)
rows = log_rows(data["table"])
print(json.dumps({"broken": first_broken_row(rows), "changed": changed_parts(rows, data["config"], data["password"]), "forged": forged_segments(rows)}))
`;

interface PythonAnswer {
  readonly broken: number | null;
  readonly changed: string[];
  readonly forged: number[];
}

/** Over is column H in the earlier order (Nr, Referentie, Tijdstip, Gebruiker, Identiteit, Rol, Actie, Over, …). */
const LEGACY_COLUMN_OVER = 7;

const cell = (tw: TestWorkbook, row: number) => tw.host.model.sheet(SHEET.state)!.ensure(row - 1, 1);

/** What a Python script reads from the file: the Logboek's cells row by row, the header row first, as stored. */
async function python(tw: TestWorkbook): Promise<PythonAnswer> {
  const table = tw.host.model.values(SHEET.log, `A1:N${1 + logRows(tw.host).length}`);
  const input = JSON.stringify({ table, config: String(cell(tw, STATE_CELL.config).v), password: String(cell(tw, STATE_CELL.password).v ?? "") });
  return JSON.parse(execFileSync(PYTHON, ["-c", checker + DRIVER], { input, encoding: "utf8" })) as PythonAnswer;
}

async function addIn(tw: TestWorkbook) {
  const check = await verifyLog(tw.deps, dpo);
  if (!check.ok) throw new Error(check.error.code);
  return check.value;
}

describe("the Python checker in docs/logging.md agrees with the add-in", () => {
  it("on an intact workbook", async () => {
    const tw = await comparedWorkbook();
    expect(await python(tw)).toEqual({ broken: null, changed: [], forged: [] });
    expect((await addIn(tw)).intact).toBe(true);
  });

  it("on a Logboek in an earlier version's column order, intact and with one cell changed", async () => {
    const tw = await comparedWorkbook();
    await toLegacyLayout(tw);
    expect(tw.host.model.values(SHEET.log, "A1:C1")).toEqual([["Nr", "Referentie", "Tijdstip"]]);
    expect(await python(tw)).toEqual({ broken: null, changed: [], forged: [] });
    expect((await addIn(tw)).intact).toBe(true);

    tw.host.model.sheet(SHEET.log)!.ensure(3, LEGACY_COLUMN_OVER).v = "DOS-ANDERS";
    expect((await python(tw)).broken).toBe(3);
    expect((await addIn(tw)).breach).toMatchObject({ kind: "gewijzigd", nr: 3 });
  });

  it("on a changed cell in the current column order", async () => {
    const tw = await comparedWorkbook();
    expect(tw.host.model.values(SHEET.log, "A1:N1")).toEqual([[...LOG_HEADERS]]);
    tw.host.model.sheet(SHEET.log)!.ensure(4, col("Doel")).v = "iets anders";
    expect((await python(tw)).broken).toBe(4);
    expect((await addIn(tw)).breach).toMatchObject({ kind: "gewijzigd", nr: 4 });
  });

  it.each([
    ["the end date", (c: Record<string, unknown>) => void (c.einde = "2099-12-31"), ["periode"]],
    ["a member", (c: Record<string, unknown>) => void (c.leden as unknown[]).push({ email: "x@genk.example", rol: "dpo" }), ["leden"]],
    ["a text and the closed flag", (c: Record<string, unknown>) => void Object.assign(c, { naam: "Ander protocol", gesloten: "2021-06-01" }), ["teksten", "gesloten"]],
  ])("on a configuration with %s changed", async (_name, change, parts) => {
    const tw = await comparedWorkbook();
    const config = JSON.parse(String(cell(tw, STATE_CELL.config).v)) as Record<string, unknown>;
    change(config);
    cell(tw, STATE_CELL.config).v = JSON.stringify(config);
    expect(await python(tw)).toEqual({ broken: null, changed: parts, forged: [] });
    expect((await addIn(tw)).breach?.kind).toBe("configuratie-gewijzigd");
  });

  it("on a changed protection password", async () => {
    const tw = await comparedWorkbook();
    cell(tw, STATE_CELL.password).v = "f".repeat(32);
    expect((await python(tw)).changed).toEqual(["beveiliging"]);
    expect((await addIn(tw)).breach?.kind).toBe("configuratie-gewijzigd");
  });

  it("on a forged chain segment, and on a genuine close", async () => {
    const tw = await comparedWorkbook();
    const log = await logOf(tw);
    const last = log[log.length - 1];
    const start = { ...last, nr: last.nr + 1, actie: LOG_ACTION.ketensegment, over: "—", veld: "Logboek", oudeWaarde: formatHead(last), nieuweWaarde: formatHead(last) };
    const forged: LogEntry[] = [...log, { ...start, hash: entryHash(start, GENESIS_HASH) }];
    rewriteLog(tw.host, () => asRows(forged));
    setStoredHead(tw.host, forged[forged.length - 1]);
    expect(await python(tw)).toEqual({ broken: null, changed: [], forged: [start.nr] });
    expect((await addIn(tw)).breach?.kind).toBe("afsluiting-onecht");

    const closed = await comparedWorkbook();
    expect(await closeProject(closed.deps, dpo, CLOSE_INPUT)).toMatchObject({ ok: true });
    expect(await python(closed)).toEqual({ broken: null, changed: [], forged: [] });
    expect((await addIn(closed)).intact).toBe(true);
  });
});
