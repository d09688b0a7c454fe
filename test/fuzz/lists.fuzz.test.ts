// Bad-input fuzzing of header mapping and list reading (src/domain/headers.ts, lists.ts): header rows with formulas,
// numbers, nulls, duplicates, and rows of any cell type. Every outcome is records or a coded problem with a Dutch
// message; records hold text only.
import fc from "fast-check";
import { CANONICAL_HEADERS, mapHeaders, type ListKind } from "../../src/domain/headers";
import { readClientRows, readDebtorRows, type Cell } from "../../src/domain/lists";
import { headerProblemMessage, listProblemMessage } from "../../src/domain/messages";

const HEADER_CODES = ["geen-koprij", "geen-bekende-kolommen", "extra-kolommen", "ontbrekende-kolommen", "dubbele-kolommen", "gegevens-zonder-kop", "te-veel-rijen"];
const DEBTOR_HEADERS = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
const KINDS: ListKind[] = ["debiteuren", "clienten"];

/** Any cell a sheet or file can give, plus the odd values JavaScript adds (NaN, Infinity, -0). */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...DEBTOR_HEADERS, ...Object.values(CANONICAL_HEADERS), "voornaam ", "VOORNAAM", "Rijksregister nr.", "Bedrag", "Geboortedatum"),
  fc.constantFrom('=HYPERLINK("http://aanvaller.invalid","Voornaam")', "=1+2", "+32 89 12 34 56", "-", "@SUM(A1)", "\t=1", "\r=1"),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 85073003328),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** A header row near the real ones: the protocol's names in any order, some dropped, some doubled, some odd cells in. */
const aHeaderRow: fc.Arbitrary<Cell[]> = fc
  .tuple(fc.subarray(DEBTOR_HEADERS), fc.array(anyCell, { maxLength: 4 }), fc.subarray(DEBTOR_HEADERS, { maxLength: 2 }))
  .chain(([kept, odd, doubled]) => fc.shuffledSubarray([...kept, ...odd, ...doubled], { minLength: kept.length + odd.length + doubled.length }));

describe("mapHeaders", () => {
  it.each(KINDS)("maps any header row of a %s list or refuses it with a code and a Dutch message", (kind) => {
    fc.assert(
      fc.property(fc.oneof(aHeaderRow, fc.array(anyCell, { maxLength: 12 })), (headers) => {
        const mapped = mapHeaders(headers, kind);
        if (mapped.ok) {
          for (const index of Object.values(mapped.value.fields)) expect(typeof headers[index] === "string" || typeof headers[index] === "number").toBe(true);
          return;
        }
        expect(HEADER_CODES).toContain(mapped.error.code);
        expect(headerProblemMessage(mapped.error, kind)).toMatch(/probeer opnieuw\.|Toegelaten zijn: .*\.$/);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a formula as a header like any column the protocol does not allow, naming it as text", () => {
    const formula = '=HYPERLINK("http://aanvaller.invalid","Voornaam")';
    expect(mapHeaders([...DEBTOR_HEADERS, formula], "debiteuren")).toEqual({ ok: false, error: { code: "extra-kolommen", columns: [formula] } });
  });

  it("reads numbers as header text, and NaN, Infinity, booleans and nulls as empty headers", () => {
    expect(mapHeaders([...DEBTOR_HEADERS, 2021], "debiteuren")).toEqual({ ok: false, error: { code: "extra-kolommen", columns: ["2021"] } });
    const odd = mapHeaders([...DEBTOR_HEADERS, NaN, Infinity, true, null, undefined], "debiteuren");
    expect(odd.ok && odd.value.headers.slice(6)).toEqual(["", "", "", "", ""]);
  });

  it("refuses two spellings of one field as duplicates, naming both", () => {
    expect(mapHeaders(["Dossiernummer", "Voornaam", "voornaam ", "Achternaam", "Rijksregisternummer", "Adres"], "debiteuren")).toEqual({
      ok: false,
      error: { code: "dubbele-kolommen", columns: ["Voornaam", "voornaam"] },
    });
  });

  // Fixed gap (found by this suite): the message names every refused column, so a sheet with 16,384 named columns gives a
  // message of ~100,000 characters. headerProblemMessage (src/domain/messages.ts) should name the first few and count
  // the rest ("K1, K2, … en nog 16.374 andere").
  it("keeps the message for thousands of extra columns short", () => {
    const headers = [...DEBTOR_HEADERS, ...Array.from({ length: 16_000 }, (_, i) => `K${i + 1}`)];
    const mapped = mapHeaders(headers, "debiteuren");
    expect(!mapped.ok && headerProblemMessage(mapped.error, "debiteuren").length).toBeLessThan(1000);
  });
});

describe("readDebtorRows and readClientRows", () => {
  const aRow = fc.array(anyCell, { maxLength: 9 });

  it.each(KINDS)("turn any rows under the protocol's headers into text-only %s records, or refuse them with a code", (kind) => {
    const headers = kind === "debiteuren" ? DEBTOR_HEADERS : DEBTOR_HEADERS.slice(1);
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 30 }), (rows) => {
        const read = kind === "debiteuren" ? readDebtorRows(headers, rows) : readClientRows(headers, rows);
        if (!read.ok) {
          expect(read.error.code).toBe("gegevens-zonder-kop");
          expect(headerProblemMessage(read.error, kind)).toMatch(/^(Kolom|De kolommen) [A-Z]+/);
          return;
        }
        for (const record of read.value.records) {
          for (const [field, value] of Object.entries(record)) {
            if (field !== "bronrij") expect([field, typeof value]).toEqual([field, "string"]);
          }
        }
        for (const p of read.value.problems) expect(listProblemMessage(p)).toMatch(/^Rij \d+/);
        expect(read.value.records.length + read.value.problems.filter((p) => p.code === "lege-rij").length).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a formula-like value as the same text (inert from here on is the writer's job)", () => {
    const read = readDebtorRows(DEBTOR_HEADERS, [["=1+2", "@SUM(A1)", "+Peeters", "85073003328", "-Stalenstraat", "\t12"]]);
    expect(read.ok && read.value.records[0]).toMatchObject({ dossiernummer: "=1+2", voornaam: "@SUM(A1)", achternaam: "+Peeters", straat: "-Stalenstraat", huisnummer: "12" });
  });

  // Fixed gap (found by this suite): no limit on a cell's length. Excel holds at most 32,767 characters per cell, and a cell over
  // ~5 MB cannot be written in one Office.js request: importing it throws mid-write (test/fuzz/useCases.fuzz.test.ts).
  // readRows (src/domain/lists.ts) should refuse such a list with a code naming the row and column.
  it("refuses a cell longer than Excel's 32,767 characters", () => {
    const read = readDebtorRows(DEBTOR_HEADERS, [["D-1", "A".repeat(32_768), "Peeters", "85073003328", "Stalenstraat", "12"]]);
    expect(read.ok).toBe(false);
  });
});
