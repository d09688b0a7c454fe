import { columnIndex, columnLetter, parseCell } from "../src/a1";

describe("columnLetter and columnIndex", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i ⇄ %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it("round-trips every column of Excel's grid", () => {
    for (let i = 0; i < 16_384; i++) expect(columnIndex(columnLetter(i))).toBe(i);
  });
});

describe("parseCell", () => {
  it.each([
    ["A1", { row: 0, col: 0 }],
    ["B12", { row: 11, col: 1 }],
    ["$C$3", { row: 2, col: 2 }],
    ["xfd1048576", { row: 1_048_575, col: 16_383 }],
  ])("%s → %o", (address, cell) => expect(parseCell(address)).toEqual(cell));

  it.each(["A0", "A", "12", "A1:B2", "Blad!A1", "ABCD1", "A12345678", " A1", ""])("refuses %p", (address) => {
    expect(parseCell(address)).toBeUndefined();
  });
});
