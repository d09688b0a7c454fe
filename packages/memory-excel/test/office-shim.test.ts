// The Office global stand-in: requirement sets, identity through NestedAppAuth, onReady.

import { createMemoryExcel } from "../src/index";
import { versionAtLeast } from "../src/office-shim";

describe("office shim", () => {
  test("isSetSupported compares versions numerically and names case-insensitively", () => {
    const office = createMemoryExcel({ requirementSets: { ExcelApi: "1.10", ExcelApiOnline: "1.1" } }).officeShim();
    const { isSetSupported } = office.context.requirements;
    expect([isSetSupported("ExcelApi", "1.9"), isSetSupported("excelapi", "1.10"), isSetSupported("ExcelApi", "1.11"), isSetSupported("ExcelApi"), isSetSupported("NestedAppAuth", "1.1")])
      .toEqual([true, true, false, true, false]);
    expect(versionAtLeast("1.17", "1.7")).toBe(true);
  });

  test("auth is present only with NestedAppAuth, and gives the fictitious demo user", async () => {
    const withAuth = createMemoryExcel().officeShim();
    expect((await withAuth.auth!.getAuthContext()).userPrincipalName).toBe("demo.gebruiker@genk.example");
    expect(createMemoryExcel({ requirementSets: { ExcelApi: "1.17" } }).officeShim().auth).toBeUndefined();
    const other = createMemoryExcel().officeShim({ userPrincipalName: "maatschappelijk.werker@genk.example" });
    expect((await other.auth!.getAuthContext()).userPrincipalName).toBe("maatschappelijk.werker@genk.example");
  });

  test("onReady resolves with Excel on the web; diagnostics and actions are there", async () => {
    const office = createMemoryExcel().officeShim();
    let called = "";
    expect(await office.onReady((info) => (called = info.host))).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(called).toBe("Excel");
    expect(office.context.diagnostics.platform).toBe("OfficeOnline");
    const vergelijk = () => undefined;
    office.actions.associate("vergelijk", vergelijk);
    expect(office.actions.associated.get("vergelijk")).toBe(vergelijk);
  });
});
