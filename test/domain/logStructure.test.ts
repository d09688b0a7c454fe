// Look-alike names of the Logboek's sheet and table are found with the add-in's one text folding (textFold.ts):
// case, accents, spaces, invisible characters and Cyrillic or Greek look-alike letters do not tell names apart.
import { findStructureBreaks, foldName } from "../../src/domain/logStructure";

const shapeWith = (extraSheet: string) => ({
  sheets: [{ name: "Debiteuren", visible: true }, { name: "Logboek", visible: true }, { name: extraSheet, visible: true }],
  tables: [{ name: "Logboek", sheet: "Logboek" }, { name: "Debiteuren", sheet: "Debiteuren" }],
});

describe("look-alike sheet names", () => {
  it.each([
    ["lógboek", "accent"],
    ["LOG BOEK", "case and space"],
    ["Log\u200bboek", "zero-width space"],
    ["L\u043egboek", "Cyrillic o"],
    ["Logb\u03bfek", "Greek omicron"],
  ])("%s (%s) is reported as a look-alike of Logboek", (name) => {
    expect(foldName(name)).toBe("logboek");
    expect(findStructureBreaks(shapeWith(name)).map((f) => [f.kind, f.address])).toEqual([["gelijkende-naam", name]]);
  });

  it("a sheet with another name is not", () => {
    expect(findStructureBreaks(shapeWith("Logboek-archief")).map((f) => f.kind)).toEqual([]);
  });
});
