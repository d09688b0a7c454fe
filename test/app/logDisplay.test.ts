// Issue 15 item 2 through the Office.js adapter (in-memory host): what Excel shows in the Logboek is what is verified.
// A formula, a number format that changes what is shown, or content beside the table is a break of its own kind.
import { verifyLog } from "../../src/app/verifyLog";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS } from "../../src/domain/log";
import type { TestWorkbook } from "../support/fixtures";
import { reopen } from "../support/fixtures";
import { comparedWorkbook, dpo, logOf } from "./dpoSupport";

const column = (header: (typeof LOG_HEADERS)[number]) => LOG_HEADERS.indexOf(header);

async function checkAfter(edit: (tw: TestWorkbook, logRows: number) => void) {
  const tw = await comparedWorkbook();
  edit(tw, (await logOf(tw)).length);
  const result = await verifyLog(reopen(tw).deps, dpo);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe("the Logboek as displayed (adapter)", () => {
  it("reads an untouched log as intact, in as many syncs as before", async () => {
    const tw = reopen(await comparedWorkbook());
    tw.host.counters.reset();
    expect((await verifyLog(tw.deps, dpo)).ok && tw.host.counters.syncs).toBe(5); // with the protection check before writing
  });

  it("names a formula whose cached value is the logged one (the chain alone would call it intact)", async () => {
    const check = await checkAfter((tw) => {
      const cell = tw.host.model.sheet(SHEET.log)!.ensure(3, column("Gebruiker"));
      cell.f = '="iemand anders"'; // cached value kept: what the chain hashes
    });
    expect(check).toMatchObject({ intact: false, breach: { kind: "formule", label: "Formule in het Logboek", nr: 3, rowIndex: 2 } });
    expect(check.breach?.detail).toBe("In rij Nr 3, kolom Gebruiker (cel C4), staat een formule: Excel toont wat ze berekent, niet de waarde die gecontroleerd werd.");
  });

  it("names a number format that shows something else (;;;\"geen cliënt\")", async () => {
    const check = await checkAfter((tw) => void (tw.host.model.sheet(SHEET.log)!.ensure(5, column("Nieuwe waarde")).nf = ';;;"geen cliënt"'));
    expect(check).toMatchObject({ intact: false, breach: { kind: "getalnotatie", nr: 5, rowIndex: 4 } });
  });

  it("names content after Hash in a log row, and beside the table below the last row", async () => {
    const inRow = await checkAfter((tw) => void (tw.host.model.sheet(SHEET.log)!.ensure(2, LOG_HEADERS.length).v = "eigenlijk geen cliënt"));
    expect(inRow).toMatchObject({ intact: false, breach: { kind: "naast-tabel", label: "Inhoud naast het Logboek", nr: 2, rowIndex: 1 } });
    const below = await checkAfter((tw, rows) => void (tw.host.model.sheet(SHEET.log)!.ensure(rows + 5, LOG_HEADERS.length + 2).v = "opmerking"));
    expect(below).toMatchObject({ intact: false, count: expect.any(Number), breach: { kind: "naast-tabel", nr: 0 } });
  });

  it("leaves a text value that looks like a formula alone (the add-in writes such values as text)", async () => {
    const check = await checkAfter((tw) => {
      const cell = tw.host.model.sheet(SHEET.log)!.ensure(1, column("Doel"));
      cell.v = "=1+1"; // text, not a formula: the chain then reports the changed value
    });
    expect(check.breach).toMatchObject({ kind: "gewijzigd", nr: 1 });
  });
});
