import { formatNationalNumber, maskNationalNumber, parseNationalNumber, type NationalNumber } from "./nationalNumber";

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
    expect(parseNationalNumber(raw)).toEqual({ ok: true, value: { value: raw, kind, bornFrom2000 } });
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
    expect(valueOf(1020312345)).toEqual({ value: BORN_2001, kind: "rijksregisternummer", bornFrom2000: true });
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
    ["85023003328", "ongeldige-datum"],
    ["85073203328", "ongeldige-datum"],
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
