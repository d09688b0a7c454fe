// Fuzzing what the DPO pastes as a seal or close record: a typo (a character too few or too many, a wrong character,
// a wrong prefix) is a format message, never a tampering alarm; only a well-formed seal can be "not found".
import fc from "fast-check";
import { verifyLog } from "../../src/app/verifyLog";
import { CLOSE_RECORD_PREFIX, parseCloseRecord, parseSeal, SEAL_PREFIX } from "../../src/domain/sealFormat";
import { comparedWorkbook, dpo } from "../app/dpoSupport";

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const nr = fc.integer({ min: 1, max: 99_999 });
const STAMP = "2021-06-01T10:00:00+02:00";
const sealLine = fc.tuple(nr, hex64).map(([n, h]) => `${SEAL_PREFIX} ${STAMP} ${n}:${h}`);
/** The strict forms a seal may take. */
const WELL_FORMED = /^\s*(?:DC-ZEGEL\s+\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\s+\d{1,15}:[0-9a-f]{64}|\d{1,15}:[0-9a-f]{64}|[0-9a-f]{64})\s*$/i;

/** One typo at position p: delete, duplicate, or replace by a character. */
const typo = (text: string, p: number, kind: number, c: string): string =>
  kind === 0 ? text.slice(0, p) + text.slice(p + 1) : kind === 1 ? text.slice(0, p) + text[p] + text.slice(p) : text.slice(0, p) + c + text.slice(p + 1);

describe("parseSeal", () => {
  it("accepts exactly the well-formed seals and never throws on anything else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 120 }), sealLine, fc.tuple(nr, hex64).map(([n, h]) => `${n}:${h}`), hex64), (text) => {
        const parsed = parseSeal(text);
        expect(parsed.ok).toBe(WELL_FORMED.test(text));
        if (!parsed.ok) expect(parsed.error).toMatch(/^[A-Z"].*\.$/s);
      }),
      { numRuns: 2000 },
    );
  });

  it("answers every single typo in a seal with a Dutch format message, or reads it as another well-formed seal", () => {
    fc.assert(
      fc.property(sealLine, fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom("g", "z", "O", " ", ":", "-", "é", "\t", "0", "a"), (line, at, kind, c) => {
        const p = at % line.length;
        const text = typo(line, p, kind, c);
        const parsed = parseSeal(text);
        if (WELL_FORMED.test(text)) expect(parsed.ok).toBe(true);
        else expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/(zegel|hash|tijdstip|rijnummer|dubbelpunt)/) });
      }),
      { numRuns: 3000 },
    );
  });

  it("names the problem: length, a character that is not hexadecimal, the prefix", () => {
    const h = "a".repeat(64);
    expect(parseSeal(`12:${h.slice(1)}`)).toEqual({ ok: false, error: "De hash heeft 63 tekens, maar hoort er 64 te hebben. Kijk na of u ze volledig overnam." });
    expect(parseSeal(`12:${h.slice(1)}x`)).toEqual({ ok: false, error: 'De hash bevat "x", maar bestaat alleen uit de cijfers 0–9 en de letters a–f. Kijk na of u ze juist overnam.' });
    expect(parseSeal(`ZEGEL ${STAMP} 12:${h}`)).toEqual({ ok: false, error: 'Een zegel begint met "DC-ZEGEL", niet met "ZEGEL". Plak de volledige regel zoals u ze noteerde.' });
    expect(parseSeal(`${CLOSE_RECORD_PREFIX} ${STAMP} 1:${h} -> 2:${h}`)).toMatchObject({ ok: false, error: expect.stringContaining("afsluitingsrecord") });
    expect(parseSeal("")).toMatchObject({ ok: false, error: expect.stringContaining("leeg") });
  });
});

describe("parseCloseRecord", () => {
  it("reads the record it writes and refuses every typo with a message, never throwing", () => {
    fc.assert(
      fc.property(nr, hex64, hex64, fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom("g", " ", ">", ":"), (n, a, b, at, kind, c) => {
        const line = `${CLOSE_RECORD_PREFIX} ${STAMP} ${n}:${a} -> ${n + 1}:${b}`;
        expect(parseCloseRecord(line)).toEqual({ ok: true, value: { old: { nr: n, hash: a }, segment: { nr: n + 1, hash: b } } });
        const broken = parseCloseRecord(typo(line, at % line.length, kind, c));
        if (!broken.ok) expect(broken.error).toMatch(/\.$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("verifyLog with a mistyped seal", () => {
  it("never reports an incident and writes nothing", async () => {
    const tw = await comparedWorkbook();
    const before = (await tw.deps.workbook.readLog()).length;
    await fc.assert(
      fc.asyncProperty(sealLine, fc.nat(), fc.constantFrom("g", "-", "é"), async (line, at, c) => {
        const p = 9 + STAMP.length + 1 + (at % (line.length - STAMP.length - 10));
        const text = typo(line, p, 2, c);
        fc.pre(!WELL_FORMED.test(text));
        expect(await verifyLog(tw.deps, dpo, { seal: text })).toMatchObject({ ok: false, error: { code: "ongeldige-zegel" } });
      }),
      { numRuns: 40 },
    );
    expect((await tw.deps.workbook.readLog()).length).toBe(before);
  });
});
