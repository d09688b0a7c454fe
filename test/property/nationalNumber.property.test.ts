// Properties of national-number parsing for ANY valid number (fast-check): formatting round trips, what one typo
// can and cannot turn a number into, numeric cells that lost their leading zeros, and masking that never leaks.
import fc from "fast-check";
import { readDebtorRows } from "../../src/domain/lists";
import { formatNationalNumber, maskNationalNumber, parseNationalNumber, type NationalNumber } from "../../src/domain/nationalNumber";

/** A valid number built from its parts; the check digits are computed here, independently of the parser. */
interface Valid {
  readonly number: string;
  readonly bornFrom2000: boolean;
  readonly bis: boolean;
  readonly birthDate: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const aValidNumber: fc.Arbitrary<Valid> = fc
  .record({
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 0, max: 12 }),
    dayShare: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    bisOffset: fc.constantFrom(0, 0, 20, 40),
    serial: fc.integer({ min: 1, max: 998 }),
    bornFrom2000: fc.boolean(),
  })
  .map(({ year, month, dayShare, bisOffset, serial, bornFrom2000 }) => {
    // Month 00 allows day 00 only in practice, but any day 0..31 is accepted then; keep to real dates otherwise.
    const day = month === 0 ? Math.floor(dayShare * 32) : Math.floor(dayShare * (DAYS[month - 1] + 1));
    const first9 = `${pad(year)}${pad(month + bisOffset)}${pad(day)}${pad(serial, 3)}`;
    const check = 97 - ((Number(first9) + (bornFrom2000 ? 2_000_000_000 : 0)) % 97);
    const birthDate = month > 0 ? (day === 0 ? "dag-onbekend" : "datum") : year === 0 && day === 1 ? "fictief" : "maand-onbekend";
    return { number: first9 + pad(check), bornFrom2000, bis: bisOffset > 0, birthDate };
  });

/** The nine digits with the check digits of either rule, computed here. */
const withCheck = (first9: string, from2000: boolean) => first9 + pad(97 - ((Number(first9) + (from2000 ? 2_000_000_000 : 0)) % 97));

const RUNS = { numRuns: 300 };

describe("any valid national number", () => {
  it("parses to itself, with its kind and check-digit rule", () => {
    fc.assert(
      fc.property(aValidNumber, (v) => {
        expect(parseNationalNumber(v.number)).toEqual({
          ok: true,
          value: { value: v.number, kind: v.bis ? "bis" : "rijksregisternummer", bornFrom2000: v.bornFrom2000, birthDate: v.birthDate },
        });
      }),
      RUNS,
    );
  });

  it("formatted (85.07.30-033.28) and parsed again is itself", () => {
    fc.assert(
      fc.property(aValidNumber, (v) => {
        const shown = formatNationalNumber(v.number as NationalNumber);
        expect(shown).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
        const again = parseNationalNumber(shown);
        expect(again.ok && again.value.value).toBe(v.number);
      }),
      RUNS,
    );
  });

  it("is read the same whatever separators and surrounding spaces people put in", () => {
    const separator = fc.constantFrom("", "", " ", ".", "-", "/", "\u00a0", "\u2013");
    fc.assert(
      fc.property(aValidNumber, fc.array(separator, { minLength: 10, maxLength: 10 }), fc.constantFrom("", " ", "\t", "  "), (v, seps, outer) => {
        const written = outer + [...v.number].map((d, i) => d + (seps[i] ?? "")).join("") + outer;
        const parsed = parseNationalNumber(written);
        expect(parsed.ok && parsed.value.value).toBe(v.number);
      }),
      RUNS,
    );
  });

  it("is never valid under the same check-digit rule after any single-digit change (it may fit the other century's rule)", () => {
    fc.assert(
      fc.property(aValidNumber, fc.nat({ max: 10 }), fc.integer({ min: 1, max: 9 }), (v, position, shift) => {
        const digit = (Number(v.number[position]) + shift) % 10;
        const changed = v.number.slice(0, position) + digit + v.number.slice(position + 1);
        const parsed = parseNationalNumber(changed);
        // 97 is prime and a one-digit change alters the number by k·10^j with 0 < |k| < 10: never a multiple of 97.
        if (parsed.ok) expect(parsed.value.bornFrom2000).toBe(!v.bornFrom2000);
      }),
      { numRuns: 2000 },
    );
  });

  it("example: one typo in the year can give a valid number of the other century (the scheme cannot catch this)", () => {
    expect(parseNationalNumber("18102673401")).toMatchObject({ ok: true, value: { bornFrom2000: false } });
    expect(parseNationalNumber("12102673401")).toMatchObject({ ok: true, value: { bornFrom2000: true } });
  });

  it("is never valid under the same rule after swapping two different adjacent digits of the first nine, or the check digits", () => {
    fc.assert(
      fc.property(aValidNumber, fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 9), (v, i) => {
        fc.pre(v.number[i] !== v.number[i + 1]);
        const swapped = v.number.slice(0, i) + v.number[i + 1] + v.number[i] + v.number.slice(i + 2);
        const parsed = parseNationalNumber(swapped);
        if (parsed.ok) expect(parsed.value.bornFrom2000).toBe(!v.bornFrom2000);
      }),
      RUNS,
    );
  });
});

describe("the register's conventions (IT000)", () => {
  const parts = fc.record({ year: fc.integer({ min: 0, max: 99 }), bis: fc.constantFrom(0, 20, 40), serial: fc.integer({ min: 1, max: 998 }), from2000: fc.boolean() });

  it("a day above the month's last (up to 99) is an unknown day, never a reason to refuse", () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 67 }), (p, month, extra) => {
        const day = DAYS[month - 1] + 1 + extra;
        const number = withCheck(`${pad(p.year)}${pad(month + p.bis)}${pad(day)}${pad(p.serial, 3)}`, p.from2000);
        expect(parseNationalNumber(number)).toMatchObject({ ok: true, value: { value: number, birthDate: "dag-onbekend", kind: p.bis ? "bis" : "rijksregisternummer" } });
      }),
      RUNS,
    );
  });

  it("a month no convention explains, with a right check number, is accepted and named impossible (a data-quality note)", () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 13, max: 19 }), fc.integer({ min: 0, max: 99 }), (p, month, day) => {
        const number = withCheck(`${pad(p.year)}${pad(month + p.bis)}${pad(day)}${pad(p.serial, 3)}`, p.from2000);
        expect(parseNationalNumber(number)).toMatchObject({ ok: true, value: { value: number, birthDate: "onmogelijk" } });
      }),
      RUNS,
    );
  });
});

describe("spellings of a national number in a cell (issue 15, 7)", () => {
  const invisible = fc.constantFrom("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff");
  const separator = fc.oneof(fc.constantFrom("", " ", ".", "-", "\u00a0", "\u202f", "\u2212", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\uff0d"), invisible);
  const fullwidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const wrapper = fc.constantFrom<(t: string) => string>(
    (t) => t,
    (t) => `'${t}`,
    (t) => `="${t}"`,
    (t) => ` = "${t}" `,
    (t) => `\u2019${t}`,
  );

  it("is read as the number whatever invisible characters, dashes, minus signs, fullwidth digits, apostrophe or =\"…\" it carries", () => {
    fc.assert(
      fc.property(aValidNumber, fc.array(separator, { minLength: 10, maxLength: 10 }), fc.boolean(), wrapper, (v, seps, wide, wrap) => {
        const digits = wide ? fullwidth(v.number) : v.number;
        const written = wrap([...digits].map((d, i) => d + (seps[i] ?? "")).join(""));
        const parsed = parseNationalNumber(written);
        expect([written, parsed.ok && parsed.value.value]).toEqual([written, v.number]);
      }),
      { numRuns: 1000 },
    );
  });

  it("examples from the issue: each spelling of 85.07.30-033.28 is the same number", () => {
    for (const written of ["'85073003328", '="85073003328"', "85073\u00ad003328", "850730\u200b03328", "85.07.30\u2060-033.28", "85.07.30\u2212033.28", fullwidth("85073003328"), "85\u00a007\u00a030\u00a0033\u00a028"]) {
      const parsed = parseNationalNumber(written);
      expect([written, parsed.ok && parsed.value.value]).toEqual([written, "85073003328"]);
    }
  });

  it("is not read as a number when the wrapper hides something else (letters, a second formula)", () => {
    for (const written of ['="8507300332A"', '=HYPERLINK("85073003328")', "''85073003328", '="85073003328"&"1"']) expect(parseNationalNumber(written).ok).toBe(false);
  });
});

describe("numeric cells that lost their leading zeros", () => {
  const withLeadingZero = aValidNumber.filter((v) => v.number.startsWith("0"));

  it("are padded back to 11 digits, as a number and as the digits a CSV keeps", () => {
    fc.assert(
      fc.property(withLeadingZero, (v) => {
        const asNumber = Number(v.number);
        for (const cell of [asNumber, String(asNumber)]) {
          const parsed = parseNationalNumber(cell);
          expect([cell, parsed.ok && parsed.value.value]).toEqual([cell, v.number]);
        }
      }),
      RUNS,
    );
  });

  it("are padded back when a list is read, so the record holds the 11-digit text", () => {
    fc.assert(
      fc.property(withLeadingZero, (v) => {
        const read = readDebtorRows(["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Adres"], [["D-1", "Anna", "Peeters", Number(v.number), "Stalenstraat 1"]]);
        expect(read.ok && read.value.records[0].rijksregisternummer).toBe(v.number);
      }),
      RUNS,
    );
  });

  it("are refused when they cannot be a national number (fractions, negatives, more than 11 digits)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
          fc.integer({ min: -99_999_999_999, max: -1 }),
          fc.integer({ min: 100_000_000_000, max: Number.MAX_SAFE_INTEGER }),
        ),
        (x) => {
          expect(parseNationalNumber(x).ok).toBe(false);
        },
      ),
      RUNS,
    );
  });
});

describe("anything at all", () => {
  it("is parsed without throwing; what passes is 11 digits that parse to themselves", () => {
    const anyCell = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.stringMatching(/^[0-9 .\-/]{0,20}$/), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt());
    fc.assert(
      fc.property(anyCell, (cell) => {
        const parsed = parseNationalNumber(cell);
        if (!parsed.ok) return;
        expect(parsed.value.value).toMatch(/^[0-9]{11}$/);
        expect(parseNationalNumber(parsed.value.value)).toEqual(parsed);
      }),
      { numRuns: 1000 },
    );
  });

  it("is masked without ever showing more than the six date digits", () => {
    fc.assert(
      fc.property(fc.oneof(aValidNumber.map((v) => formatNationalNumber(v.number as NationalNumber)), fc.string({ maxLength: 30 })), (text) => {
        expect(maskNationalNumber(text).replace(/[^0-9]/g, "").length).toBeLessThanOrEqual(6);
      }),
      RUNS,
    );
  });
});
