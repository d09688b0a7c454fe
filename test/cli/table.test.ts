import { terminalSafe } from "../../src/cli/terminal";

describe("terminalSafe", () => {
  it("turns escape sequences and other control characters from a debtor file into U+FFFD", () => {
    expect(terminalSafe("DOS-1\u001b[2J\u001b]0;gekaapt\u0007")).toBe("DOS-1\uFFFD[2J\uFFFD]0;gekaapt\uFFFD");
    expect(terminalSafe("Yılmaz – Çelik")).toBe("Yılmaz – Çelik");
  });
});
