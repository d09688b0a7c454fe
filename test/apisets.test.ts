// npm run apisets (scripts/apisets.ts): requirement sets read from @types/office-js, and the guard convention.
import { join } from "node:path";
import { analyse, manifestSets, setInComment, type RequirementSet } from "../scripts/apisets";

const ROOT = join(__dirname, "..");
const FIXTURES = join(__dirname, "fixtures/apisets");
const MIN_17: RequirementSet[] = [{ name: "ExcelApi", version: "1.7" }];
const at = (file: string) => analyse([join(FIXTURES, file)], () => MIN_17, ROOT);

describe("requirement sets of the Office members used", () => {
  it("fails on an unguarded member above the manifest's minimum (fixture)", () => {
    const result = at("unguarded.ts");
    expect(result.unguarded.map((u) => [u.member, `${u.set?.name} ${u.set?.version}`, u.file, u.line])).toEqual([
      ["Excel.Table.resize", "ExcelApi 1.13", "test/fixtures/apisets/unguarded.ts", 3],
    ]);
  });

  it("accepts a capability, a literal isSetSupported and an early exit as guards, and nothing weaker", () => {
    const result = at("guarded.ts");
    const guarded = result.uses.filter((u) => u.guard).map((u) => [u.line, u.member, u.guard]);
    expect(guarded).toEqual([
      [5, "Excel.Table.resize", "Capabilities.tableResize"],
      [9, "Excel.Table.resize", "Capabilities.tableResize"],
      [14, "Excel.WorksheetChangedEventArgs.details", "Capabilities.changeDetails"],
      [18, "Office.Addin.setStartupBehavior", 'isSetSupported("SharedRuntime", "1.1")'],
    ]);
    expect(result.unguarded.map((u) => [u.line, u.member])).toEqual([
      [23, "Excel.Table.resize"],
      [29, "Excel.Table.resize"],
    ]);
  });

  it("passes when the minimum covers the member", () => {
    expect(analyse([join(FIXTURES, "unguarded.ts")], () => [{ name: "ExcelApi", version: "1.13" }], ROOT).unguarded).toEqual([]);
  });

  it("reads both JSDoc forms and ignores other applications' sets", () => {
    expect(setInComment("* [Api set: ExcelApi 1.13]")).toEqual({ name: "ExcelApi", version: "1.13" });
    expect(setInComment("**Requirement set**: {@link https://x | SharedRuntime 1.1}")).toEqual({ name: "SharedRuntime", version: "1.1" });
    expect(setInComment("**Requirement set**: {@link https://x#settings | Settings}")).toEqual({ name: "Settings", version: "1.1" });
    expect(setInComment("[Api set: Mailbox 1.3]")).toBeUndefined();
  });

  it("takes the minimum from the manifest, the ribbon's from VersionOverrides too", () => {
    const xml = `<OfficeApp><Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements>
      <VersionOverrides><Requirements><bt:Sets><bt:Set Name="SharedRuntime" MinVersion="1.1"/></bt:Sets></Requirements></VersionOverrides></OfficeApp>`;
    expect(manifestSets(xml)).toEqual({ addIn: MIN_17, commands: [...MIN_17, { name: "SharedRuntime", version: "1.1" }] });
  });
});
