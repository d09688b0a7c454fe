// .xlsx ⇄ WorkbookSnapshot: what survives a file, cell by cell and sheet by sheet (exceljs writes, exceljs reads).
import { parseCell } from "@debiteurencheck/memory-excel/a1";
import ExcelJS from "exceljs";
import { createMemoryExcel, DEFAULT_PROTECTION_OPTIONS, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from "@debiteurencheck/memory-excel";
import { excelPasswordHash } from "../../src/file/workbookFile";
import { escapeText, snapshotToXlsx, xlsxToSnapshot } from "../../src/file/xlsxSnapshot";

function aSheet(name: string, over: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    id: "{00000000-0001-0000-0001-000000000000}",
    name,
    visibility: "Visible",
    frozenRows: 0,
    protection: { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS }, password: null },
    allowEditRanges: [],
    cells: [],
    formats: [],
    ...over,
  };
}

function aSnapshot(sheets: SheetSnapshot[], over: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  return { version: 1, activeSheet: sheets[0].name, structureProtection: { protected: false, password: null }, sheets, tables: [], ...over };
}

const roundTrip = async (snapshot: WorkbookSnapshot) => xlsxToSnapshot(await snapshotToXlsx(snapshot, { spinCount: 1000 }));
const cellsOf = async (cells: CellSnapshot[]) => (await roundTrip(aSnapshot([aSheet("Blad", { cells })]))).snapshot.sheets[0].cells;

/** The format a host gives a cell after loading the snapshot: own format, else the layers, else Excel's default. */
function formatAt(snapshot: WorkbookSnapshot, sheet: string, address: string) {
  const host = createMemoryExcel();
  host.load(snapshot);
  const s = host.model.sheet(sheet)!;
  const { row, col } = parseCell(address)!;
  return { numberFormat: s.format(row, col, "nf"), locked: s.format(row, col, "locked"), bold: s.format(row, col, "bold") };
}

describe("cell values through an .xlsx file", () => {
  it("keeps strings as strings (leading zeros, a leading '=', digits only), numbers, booleans and error values", async () => {
    const cells: CellSnapshot[] = [
      { address: "A1", value: "01020312345", numberFormat: "@" },
      { address: "A2", value: "=1+2" },
      { address: "A3", value: "00123" },
      { address: "A4", value: 42.5 },
      { address: "A5", value: true },
      { address: "A6", value: "#N/A", error: true },
      { address: "A7", value: "  spaties rondom  " },
    ];
    expect(await cellsOf(cells)).toEqual(cells);
  });

  it("keeps formulas as formulas with their cached result", async () => {
    const cells: CellSnapshot[] = [
      { address: "B1", value: 3, formula: "=1+2" },
      { address: "B2", value: "ab", formula: '="a"&"b"' },
      { address: "B3", value: "#NAME?", formula: "=A1", error: true },
    ];
    expect(await cellsOf(cells)).toEqual(cells);
  });

  it("keeps CR LF, control characters and a literal _xHHHH_ exactly (log values are hashed)", async () => {
    const texts = ["regel 1\r\nregel 2", "a\u0001b\u001fc", "_x0041_ letterlijk", "_x005f_ klein", "tab\tin het midden"];
    const cells = texts.map((value, i) => ({ address: `C${i + 1}`, value }));
    expect(await cellsOf(cells)).toEqual(cells);
    expect(escapeText("regel 1\r\nregel 2")).toBe("regel 1_x000D_\nregel 2");
    expect(escapeText("_x0041_")).toBe("_x005F_x0041_");
  });

  it("reads a date cell back as the serial number the host stores, with its format", async () => {
    const cells = [{ address: "D1", value: 44317, numberFormat: "yyyy-mm-dd" }];
    expect(await cellsOf(cells)).toEqual(cells);
  });

  it("writes text cells as strings in the file itself, so any spreadsheet reads the leading zero", async () => {
    const bytes = await snapshotToXlsx(aSnapshot([aSheet("Blad", { cells: [{ address: "A1", value: "01020312345", numberFormat: "@" }] })]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const cell = wb.getWorksheet("Blad")!.getCell("A1");
    expect([cell.type, cell.value, cell.numFmt]).toEqual([ExcelJS.ValueType.String, "01020312345", "@"]);
  });
});

describe("formats and locking through an .xlsx file", () => {
  it("keeps the role layout: whole columns text and unlocked below a locked header row", async () => {
    const sheet = aSheet("Debiteuren", {
      cells: [{ address: "A1", value: "Dossiernummer" }, { address: "B1", value: "Naam", bold: true }, { address: "C1", value: "Status" }, { address: "A2", value: "D-1" }],
            // Column D has no header: its empty first cell must stay locked although the column below it is not.
      formats: [{ address: "A:C", numberFormat: "@" }, { address: "A:C", locked: true }, { address: "A2:B1048576", locked: false }, { address: "D2:D1048576", locked: false }],
    });
    const before = aSnapshot([sheet]);
    const after = (await roundTrip(before)).snapshot;
    for (const address of ["A1", "B1", "C1", "A2", "B2", "C2", "B5000", "C1048576", "D1", "D2"]) {
      expect({ address, ...formatAt(after, "Debiteuren", address) }).toEqual({ address, ...formatAt(before, "Debiteuren", address) });
    }
    expect(formatAt(after, "Debiteuren", "B5000")).toEqual({ numberFormat: "@", locked: false, bold: false });
    expect(formatAt(after, "Debiteuren", "B1")).toEqual({ numberFormat: "@", locked: true, bold: true });
    expect([formatAt(after, "Debiteuren", "D1").locked, formatAt(after, "Debiteuren", "D2").locked]).toEqual([true, false]);
    // Whole columns stay whole-column formats (a few layers), not a million cells.
    expect(after.sheets[0].formats).toEqual([{ address: "A:B", numberFormat: "@", locked: false }, { address: "C:C", numberFormat: "@" }, { address: "D:D", locked: false }]);
  });

  it("keeps a format of a bounded range and of single empty cells", async () => {
    const before = aSnapshot([aSheet("Blad", { cells: [{ address: "E3", locked: false }], formats: [{ address: "B2:C4", numberFormat: "0.00" }] })]);
    const after = (await roundTrip(before)).snapshot;
    for (const address of ["A1", "B2", "C4", "D4", "B5", "E3", "E4"]) {
      expect({ address, ...formatAt(after, "Blad", address) }).toEqual({ address, ...formatAt(before, "Blad", address) });
    }
  });
});

describe("sheets through an .xlsx file", () => {
  it("keeps tab order, visibility (very hidden too), the active sheet and frozen rows", async () => {
    const before = aSnapshot(
      [aSheet("Eerste"), aSheet("Verborgen", { visibility: "Hidden" }), aSheet("Staat", { visibility: "VeryHidden" }), aSheet("Laatste", { frozenRows: 1 })],
      { activeSheet: "Laatste" },
    );
    const after = (await roundTrip(before)).snapshot;
    expect(after.sheets.map((s) => [s.name, s.visibility, s.frozenRows])).toEqual([
      ["Eerste", "Visible", 0],
      ["Verborgen", "Hidden", 0],
      ["Staat", "VeryHidden", 0],
      ["Laatste", "Visible", 1],
    ]);
    expect(after.activeSheet).toBe("Laatste");
  });

  it("keeps sheet protection and its options; the file holds a password hash that checks out", async () => {
    const options = { ...DEFAULT_PROTECTION_OPTIONS, allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowEditObjects: true, selectionMode: "Unlocked" as const };
    const before = aSnapshot([
      aSheet("Met", { protection: { protected: true, options, password: "geheim" } }),
      aSheet("Zonder", { protection: { protected: true, options: { ...DEFAULT_PROTECTION_OPTIONS }, password: null } }),
      aSheet("Open"),
    ]);
    const { snapshot, passwordHashes } = await roundTrip(before);
    expect(snapshot.sheets.map((s) => s.protection)).toEqual([
      { protected: true, options, password: null },
      { protected: true, options: DEFAULT_PROTECTION_OPTIONS, password: null },
      { protected: false, options: DEFAULT_PROTECTION_OPTIONS, password: null },
    ]);
    const hash = passwordHashes.get("Met")!;
    expect([hash.algorithmName, hash.spinCount, [...passwordHashes.keys()]]).toEqual(["SHA-512", 1000, ["Met"]]);
    expect(excelPasswordHash("geheim", hash)).toBe(hash.hashValue);
    expect(excelPasswordHash("Geheim", hash)).not.toBe(hash.hashValue);
  });

  it("keeps tables with their name, range and header row", async () => {
    const header = (sheet: string, names: string[]) => names.map((value, i) => ({ address: `${String.fromCharCode(65 + i)}1`, value }));
    const before = aSnapshot([aSheet("Debiteuren", { cells: [...header("Debiteuren", ["Nr", "Naam", "Status"]), { address: "A2", value: "D-1" }] }), aSheet("Logboek", { cells: header("Logboek", ["Nr", "Hash"]) })], {
      tables: [
        { id: "1", name: "Debiteuren", sheet: "Debiteuren", address: "A1:C4" },
        { id: "2", name: "Logboek", sheet: "Logboek", address: "A1:B2" },
      ],
    });
    const after = (await roundTrip(before)).snapshot;
    expect(after.tables).toEqual(before.tables);
    expect(after.sheets[0].cells).toEqual(before.sheets[0].cells);
  });

  it("cannot keep workbook structure protection or allow-edit ranges: exceljs has no model for them (docs/cli.md)", async () => {
    const before = aSnapshot([aSheet("Blad", { allowEditRanges: [{ title: "Status", address: "C:C", password: null }] })], { structureProtection: { protected: true, password: "boek" } });
    const after = (await roundTrip(before)).snapshot;
    expect([after.structureProtection, after.sheets[0].allowEditRanges]).toEqual([{ protected: false, password: null }, []]);
  });

  it("refuses bytes that are not a workbook (the caller words the message)", async () => {
    await expect(xlsxToSnapshot(new TextEncoder().encode("geen werkmap"))).rejects.toThrow();
  });
});
