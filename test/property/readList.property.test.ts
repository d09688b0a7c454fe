// The list-file reader's own splitting of CSV without quotes (src/file/readList.ts, splitPlainCsv) gives exactly the
// rows papaparse gives, and reading a file row by row (readListRows, behind readListFile) gives exactly the list the
// reader gave when it parsed the whole file with papaparse and then split off the header row.
import fc from "fast-check";
import Papa from "papaparse";
import { cellText, type Cell } from "../../src/domain/lists";
import { readListFile, splitPlainCsv, type ListFile } from "../../src/file/readList";
import { err, ok, type Result } from "../../src/domain/result";
import type { FileProblem } from "../../src/domain/lists";

const utf8 = (text: string) => new TextEncoder().encode(text);
const textOf = (alphabet: string[], maxLength: number) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((cs) => cs.join(""));

function plainRows(text: string, delimiter: string): Cell[][] {
  const rows: Cell[][] = [];
  splitPlainCsv(text, delimiter, (row) => rows.push(row));
  return rows;
}

/** The reader before it streamed: papaparse over the whole text, then the first non-empty row as header, trailing empty rows dropped. */
function wholeFileReference(text: string, fileName: string): Result<ListFile, FileProblem> {
  const parsed = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === "Quotes")) return err({ code: "onleesbaar-bestand", fileName });
  const empty = (row: readonly Cell[]) => row.every((c) => cellText(c) === "");
  const all = parsed.data;
  const headerIndex = all.findIndex((row) => !empty(row));
  if (headerIndex < 0) return err({ code: "leeg-bestand", fileName });
  let end = all.length;
  while (end > headerIndex + 1 && empty(all[end - 1])) end--;
  return ok({ headers: all[headerIndex], rows: all.slice(headerIndex + 1, end), format: "csv", headerRow: headerIndex + 1, hiddenRows: [], hiddenSheets: [] });
}

describe("CSV without quotes", () => {
  it("is split into the rows papaparse gives, whatever the line endings, separators, BOM and blank lines", () => {
    fc.assert(
      fc.property(textOf(["a", "é", "ş", " ", ";", ",", "\t", "\r", "\n", "\r\n", "\ufeff"], 60), fc.constantFrom(";", ",", "\t"), (text, delimiter) => {
        expect(plainRows(text, delimiter)).toEqual(Papa.parse(text, { delimiter, skipEmptyLines: false }).data);
      }),
      { numRuns: 2000 },
    );
  });

  it("guesses the line ending on the first megabyte only, as papaparse does", () => {
    const megabyte = 1024 * 1024;
    for (const text of [`${"x".repeat(megabyte - 1)}\r\na;b\r\nc`, `${"x;".repeat(megabyte / 2)}\n\r\na\r\nb`, `a\rb\r\nc\rd`, `a\r\nb\r\nc\rd`]) {
      expect(plainRows(text, ";")).toEqual(Papa.parse(text, { delimiter: ";", skipEmptyLines: false }).data);
    }
  });
});

describe("reading a CSV file row by row", () => {
  it("gives the list that parsing the whole file gave: header row, rows, empty rows in between, trailing ones dropped", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("\n", "\r\n", "\r"), textOf(["a", "b", " ", ";", "\n", "\r", '"', "é", "ş"], 80), fc.boolean(), async (newline, body, blankFirst) => {
        const text = `${blankFirst ? `;;${newline}` : ""}A;B;C${newline}${body}`;
        expect(await readListFile(utf8(text), "lijst.csv")).toEqual(wholeFileReference(text, "lijst.csv"));
      }),
      { numRuns: 1000 },
    );
  });
});
