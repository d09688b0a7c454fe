import { firstMisleadingCell, showsOtherThanValue } from "../../src/domain/cellDisplay";

describe("showsOtherThanValue", () => {
  it.each([
    ["General", "93051822361"],
    ["@", "Mehmet"],
    ["[Red]@", "Mehmet"],
    ["0", "Mehmet"],
    ['"Mehmet"', "Zeno"],
    ["0.00;-0.00", "Mehmet"],
    ["00000000000", 3051822361],
    ["00\\.00\\.00\\-000\\.00", 93051822361],
    ["#,##0", 12],
    [';;;"x"', ""],
    [';;;"x"', null],
  ])("%p shows %p as it is", (format, value) => {
    expect(showsOtherThanValue(format, value)).toBe(false);
  });

  it.each([
    [';;;"93051822361"', "17073003384"],
    ['"x"@', "Zeno"],
    ["@;@;@;\"geen cliënt\"", "cliënt OCMW"],
    ['"93051822361"', 17073003384],
    ["0;;;", -5],
    ["[<1]0;\"93051822361\"", 17073003384],
    ["dd/mm/yyyy", 44287],
  ])("%p shows %p as other text", (format, value) => {
    expect(showsOtherThanValue(format, value)).toBe(true);
  });
});

describe("firstMisleadingCell", () => {
  it("names the first such cell in row order", () => {
    const values = [["Voornaam", "Rijksregisternummer"], ["Anna", "85073003328"], ["Zeno", "17073003384"]];
    const formats = [["@", "@"], ["@", "@"], ["@", ';;;"93051822361"']];
    expect(firstMisleadingCell(values, formats)).toEqual({ row: 2, column: 1, format: ';;;"93051822361"' });
    expect(firstMisleadingCell(values, values.map((r) => r.map(() => "@")))).toBeUndefined();
  });
});
