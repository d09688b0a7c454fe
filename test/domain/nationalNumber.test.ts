import { formatNationalNumber, maskNationalNumber, parseNationalNumber, type NationalNumber } from "../../src/domain/nationalNumber";

const valueOf = (raw: unknown) => {
  const r = parseNationalNumber(raw);
  if (!r.ok) throw new Error(`expected a valid number, got ${r.error.code}`);
  return r.value;
};
const problemOf = (raw: unknown) => {
  const r = parseNationalNumber(raw);
  if (r.ok) throw new Error(`expected a problem, got ${r.value.value}`);
  return r.error.code;
};

/** Born 3 February 2001: valid only under the rule for births from 2000. */
const BORN_2001 = "01020312345";
/** Born 15 May 2000: a numeric cell loses three leading zeros. */
const BORN_2000 = "00051512373";

describe("parseNationalNumber: valid numbers", () => {
  it.each([
    ["85073003328", "rijksregisternummer", false],
    ["17073003384", "rijksregisternummer", true],
    ["93051822361", "rijksregisternummer", false],
    ["75460898095", "bis", false],
    [BORN_2001, "rijksregisternummer", true],
  ])("%s is a valid %s (born from 2000: %s)", (raw, kind, bornFrom2000) => {
    expect(parseNationalNumber(raw)).toEqual({ ok: true, value: { value: raw, kind, bornFrom2000, birthDate: "datum" } });
  });

  it("strips dots, dashes, spaces and slashes", () => {
    expect(valueOf("85.07.30-033.28").value).toBe("85073003328");
    expect(valueOf(" 85 07 30 033 28 ").value).toBe("85073003328");
    expect(valueOf("850730/033-28").value).toBe("85073003328");
    expect(valueOf("85.07.30\u00a0033.28").value).toBe("85073003328");
  });

  it("reads a numeric cell and a formatted string as the same number", () => {
    expect(valueOf(93051822361)).toEqual(valueOf("93.05.18-223.61"));
  });

  it("pads a numeric cell that lost its leading zeros", () => {
    expect(valueOf(1020312345)).toEqual({ value: BORN_2001, kind: "rijksregisternummer", bornFrom2000: true, birthDate: "datum" });
    expect(valueOf(51512373).value).toBe(BORN_2000);
  });

  it("pads a bare digit string that lost its leading zeros (CSV saved from a numeric cell) when the result is valid", () => {
    expect(valueOf("1020312345").value).toBe(BORN_2001);
    expect(problemOf("1020312346")).toBe("verkeerde-lengte");
  });

  it("accepts an unknown birth month and day (00)", () => {
    const first9 = 850000033;
    const check = String(97 - (first9 % 97)).padStart(2, "0");
    expect(valueOf(`${first9}${check}`).value).toBe(`850000033${check}`);
  });

  it("accepts 29 February and a BIS number with month + 20", () => {
    const withCheck = (first9: string) => first9 + String(97 - (Number(first9) % 97)).padStart(2, "0");
    expect(valueOf(withCheck("920229001")).kind).toBe("rijksregisternummer");
    expect(valueOf(withCheck("922229001")).kind).toBe("bis");
  });
});

/** withCheck("850735001") → the number with the check digits of the rule for births before (or from) 2000. */
const withCheck = (first9: string, from2000 = false) => first9 + String(97 - ((Number(first9) + (from2000 ? 2_000_000_000 : 0)) % 97)).padStart(2, "0");

describe("parseNationalNumber: the register's conventions (IT000), vectors from public references", () => {
  // Sources: python-stdnum (stdnum/be/nn.py, stdnum/be/bis.py and tests/test_be_nn.doctest, 2023), nl.wikipedia
  // "Rijksregisternummer", and the instruction IT000 of the Rijksregister these cite.
  it.each([
    ["85073003328", "rijksregisternummer", "datum", "python-stdnum nn: 85.07.30-033.28"],
    ["17073003384", "rijksregisternummer", "datum", "python-stdnum nn: born 2017 (2 prepended)"],
    ["85073500107", "rijksregisternummer", "dag-onbekend", "python-stdnum doctest: unknown day of birth (35)"],
    ["85473500193", "bis", "dag-onbekend", "python-stdnum bis doctest: BIS +40, day 35"],
    ["85273500150", "bis", "dag-onbekend", "python-stdnum bis doctest: BIS +20, day 35"],
    ["00000100166", "rijksregisternummer", "fictief", "python-stdnum doctest: fictitious date 1900-00-01"],
    ["00000100195", "rijksregisternummer", "fictief", "python-stdnum doctest: fictitious date 2000-00-01"],
    ["00000000128", "rijksregisternummer", "maand-onbekend", "python-stdnum doctest: only the year known (2000-00-00)"],
    ["00010000135", "rijksregisternummer", "dag-onbekend", "python-stdnum doctest: year and month known (2000-01-00)"],
    ["75060898009", "rijksregisternummer", "datum", "python-stdnum doctest: 75.06.08-980.09 (counter 980)"],
    ["98472899765", "bis", "datum", "python-stdnum bis: 98.47.28-997.65"],
    ["01490700185", "bis", "datum", "python-stdnum bis: 01.49.07-001.85 (born 2001)"],
    ["93051822361", "rijksregisternummer", "datum", "php-rijksregisternummer README: 93.05.18-223.61"],
  ])("%s is a valid %s, date part %s (%s)", (raw, kind, birthDate) => {
    const parsed = parseNationalNumber(raw);
    expect(parsed.ok && [parsed.value.value, parsed.value.kind, parsed.value.birthDate]).toEqual([raw, kind, birthDate]);
  });

  it.each([
    ["12345678901", "ongeldige-datum", "python-stdnum: InvalidChecksum; both are wrong, month 34 (BIS 14) is named"],
    ["66041066601", "controlegetal", "php-rijksregisternummer README: invalid"],
    ["85073003329", "controlegetal", "85.07.30-033.28 with its last digit changed"],
  ])("%s is refused as %s (%s)", (raw, code) => {
    expect(problemOf(raw)).toBe(code);
  });

  it("85133000105 (python-stdnum doctest: refused for month 13) has a right check number: accepted here, its date part impossible", () => {
    // Deliberate difference: a consistent number is matched exactly; the impossible month is a data-quality note.
    expect(valueOf("85133000105").birthDate).toBe("onmogelijk");
  });

  it("counter exhaustion: month and day 00, then the sixth digit counts on (00.00.01, 00.00.02 …)", () => {
    expect(valueOf(withCheck("850000001")).birthDate).toBe("maand-onbekend");
    expect(valueOf(withCheck("850002997")).birthDate).toBe("maand-onbekend");
  });

  it("a month no convention explains, with a right check number: accepted, the date part named so it can be reported", () => {
    expect(valueOf(withCheck("851330001"))).toEqual({ value: withCheck("851330001"), kind: "rijksregisternummer", bornFrom2000: false, birthDate: "onmogelijk" });
    expect(valueOf(withCheck("853512001")).birthDate).toBe("onmogelijk"); // BIS month 35 = 15
    expect(valueOf(withCheck("059930001", true))).toMatchObject({ kind: "bis", bornFrom2000: true, birthDate: "onmogelijk" });
  });
});

describe("parseNationalNumber: invalid input", () => {
  it("changing any single digit of a valid number breaks the check digits or the date", () => {
    for (const valid of ["85073003328", "17073003384", "93051822361", "75460898095"]) {
      for (let i = 0; i < valid.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === valid[i]) continue;
          const changed = valid.slice(0, i) + d + valid.slice(i + 1);
          expect([changed, parseNationalNumber(changed).ok]).toEqual([changed, false]);
        }
      }
    }
  });

  it("reports a wrong check digit as controlegetal", () => {
    expect(problemOf("85073003329")).toBe("controlegetal");
  });

  it.each([
    [undefined, "leeg"],
    [null, "leeg"],
    ["", "leeg"],
    ["   ", "leeg"],
    ["85O73003328", "ongeldige-tekens"],
    ["abc", "ongeldige-tekens"],
    [true, "ongeldige-tekens"],
    [-85073003328, "ongeldige-tekens"],
    [85073003.328, "ongeldige-tekens"],
    ["850730033281", "verkeerde-lengte"],
    ["85.07.30-033.2", "verkeerde-lengte"],
    [850730033281, "verkeerde-lengte"],
    ["85133003328", "ongeldige-datum"],
    ["85023003328", "controlegetal"], // 30 February: a day the month lacks is an unknown day (IT000), so the check number decides
    ["85073203328", "controlegetal"],
    ["85133000106", "ongeldige-datum"], // month 13 and a wrong check number
    ["85353003328", "ongeldige-datum"],
  ])("%p → %s", (raw, code) => {
    expect(problemOf(raw)).toBe(code);
  });

  it("returns the trimmed input with the problem", () => {
    expect(parseNationalNumber(" 85.07.30-033.29 ")).toEqual({ ok: false, error: { code: "controlegetal", input: "85.07.30-033.29" } });
  });
});

describe("formatting and masking", () => {
  it("formats as on Belgian documents", () => {
    expect(formatNationalNumber("85073003328" as NationalNumber)).toBe("85.07.30-033.28");
  });

  it("masks all but the date part", () => {
    expect(maskNationalNumber("85073003328")).toBe("85.07.30-***.**");
    expect(maskNationalNumber("85.07.30-033.28")).toBe("85.07.30-***.**");
  });

  it("masks every digit of something that is not a national number", () => {
    expect(maskNationalNumber("85-0730")).toBe("**-****");
  });
});
