import fc from "fast-check";
import { parseSeal } from "../../src/domain/sealFormat";
import {
  appendEntries,
  canonicalForm,
  entryHash,
  GENESIS,
  parseHead,
  segmentStartDraft,
  hmacSha256HexSync,
  sha256HexSync,
  verifyChain,
} from "../../src/domain/chain";
import type { LogEntry } from "../../src/domain/log";
import { webCrypto } from "../../src/platform/webCrypto";
import { aChain, aDraft, clockAt, edited, headOf, insertedAt, swapped, testCrypto, without } from "../support/logBuilders";

const crypto = testCrypto();

/** A row someone typed in: plausible content, a hash that does not fit. */
const forged = (nr: number, hash = "f".repeat(64)): LogEntry => ({ ...aDraft({ over: "D-2099-9999" }), nr, referentie: "x", tijdstip: "2021-05-03T10:00:00+02:00", hash });

/** A forged row whose hash is computed correctly over `previousHash`, as someone who read docs/logging.md would. */
const forgedLinked = (nr: number, previousHash: string): LogEntry => {
  const e = forged(nr);
  return { ...e, hash: entryHash(e, previousHash) };
};

describe("canonical form and hash (known answer, also computed with the Python in docs/logging.md)", () => {
  const entry = {
    ...aDraft({ over: "D-2021-0042", oudeWaarde: "mogelijke match – te bevestigen", nieuweWaarde: "cliënt OCMW" }),
    nr: 1,
    referentie: "00000000-0000-4000-8000-000000000001",
    tijdstip: "2021-04-01T09:15:02+02:00",
  };

  it("serialises Nr as a number, the texts in header order and the previous hash", () => {
    expect(canonicalForm(entry, GENESIS.hash)).toBe(
      '[1,"00000000-0000-4000-8000-000000000001","2021-04-01T09:15:02+02:00","an.peeters@genk.be","Microsoft 365-account",' +
        '"Debiteurenteam","status gewijzigd","D-2021-0042","Status","mogelijke match – te bevestigen","cliënt OCMW",' +
        '"vergelijking uitvoeren","taakvenster","0000000000000000000000000000000000000000000000000000000000000000"]',
    );
  });

  it("hashes to the fixed value, through the port and the built-in SHA-256 alike", async () => {
    const expected = "406d2b6ba8df0a022db60c91565536cecbcf855629fe3cc7c08503dbce5360d4";
    expect(entryHash(entry, GENESIS.hash)).toBe(expected);
    expect(await webCrypto.sha256Hex(canonicalForm(entry, GENESIS.hash))).toBe(expected);
  });

  it("escapes quotes and newlines as JSON does and chains on the previous hash", () => {
    const second = {
      ...aDraft({ identiteit: "zelf opgegeven", actie: "rasterwijziging", veld: "Straat", oudeWaarde: 'Vennestraat "12"', nieuweWaarde: "Vennestraat 12\nbus 3", doel: "statussen opvolgen", bron: "raster" }),
      over: "D-2021-0042",
      nr: 2,
      referentie: "00000000-0000-4000-8000-000000000002",
      tijdstip: "2021-04-01T09:16:40+02:00",
    };
    const previous = "406d2b6ba8df0a022db60c91565536cecbcf855629fe3cc7c08503dbce5360d4";
    expect(canonicalForm(second, previous)).toContain('"Vennestraat \\"12\\"","Vennestraat 12\\nbus 3"');
    expect(entryHash(second, previous)).toBe("34bd028a91ab4d41faf9c0f1de018173911468501bf28797f6a2f7ef8ee89433");
  });

  it("normalises to NFC, so a decomposed ë hashes like the composed one", () => {
    expect(entryHash({ ...entry, nieuweWaarde: "clie\u0308nt OCMW" }, GENESIS.hash)).toBe(entryHash(entry, GENESIS.hash));
  });

  it("is byte for byte JSON.stringify of every field's NFC form, whatever the text (its fast path skips both)", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom("e", "\u0301", "\u0300", "\u02ff", "\u0344", "\u212b", "Å", "\ud800", '"', "\\", "\n", "\u001f", "\u007f", "/") }),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        const fields = { ...entry, gebruiker: a, oudeWaarde: b };
        const oracle = JSON.stringify([
          fields.nr, fields.referentie, fields.tijdstip, a, fields.identiteit, fields.rol, fields.actie,
          fields.over, fields.veld, b, fields.nieuweWaarde, fields.doel, fields.bron, b,
        ].map((v) => (typeof v === "string" ? v.normalize("NFC") : v)));
        expect(canonicalForm(fields, b)).toBe(oracle);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("sha256HexSync", () => {
  it("equals Web Crypto around the padding boundaries", async () => {
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const text = "é".repeat(length >> 1) + "a".repeat(length & 1);
      expect(sha256HexSync(text)).toBe(await webCrypto.sha256Hex(text));
    }
  });

  it("equals Web Crypto on any Unicode text", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => sha256HexSync(text) === (await webCrypto.sha256Hex(text))), { numRuns: 300 });
  });
});

describe("hmacSha256HexSync", () => {
  it("equals Web Crypto's HMAC for any key up to 64 bytes and any text", async () => {
    const aKey = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(""));
    await fc.assert(fc.asyncProperty(aKey, fc.string({ unit: "binary", maxLength: 200 }), async (key, text) => hmacSha256HexSync(key)(text) === (await webCrypto.hmacHex(key, text))), { numRuns: 200 });
  });

  it("matches RFC 4231 test case 2", () => {
    const key = Array.from("Jefe", (c) => c.charCodeAt(0).toString(16)).join("");
    expect(hmacSha256HexSync(key)("what do ya want for nothing?")).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
});

describe("appendEntries", () => {
  it("numbers from the head, stamps id and local time, and links each row to the previous", async () => {
    const first = await appendEntries(GENESIS, [aDraft(), aDraft({ over: "D-2021-0002" })], { crypto: testCrypto(), clock: clockAt("2021-04-01T07:15:02Z"), offsetMinutes: 120 });
    expect(first.entries.map((e) => [e.nr, e.referentie, e.tijdstip])).toEqual([
      [1, "00000000-0000-4000-8000-000000000001", "2021-04-01T09:15:02+02:00"],
      [2, "00000000-0000-4000-8000-000000000002", "2021-04-01T09:15:02+02:00"],
    ]);
    expect(first.entries[0].hash).toBe(entryHash(first.entries[0], GENESIS.hash));
    expect(first.entries[1].hash).toBe(entryHash(first.entries[1], first.entries[0].hash));
    expect(first.head).toEqual({ nr: 2, hash: first.entries[1].hash });

    const next = await appendEntries(first.head, [aDraft()], { crypto, clock: clockAt() });
    expect(next.entries[0].nr).toBe(3);
    expect(await verifyChain([...first.entries, ...next.entries], crypto, { knownHead: next.head })).toEqual({ ok: true, head: next.head, count: 3, segments: 1 });
  });

  it("refuses a segment start that does not record the head it follows", async () => {
    const { head } = await aChain(2);
    const wrong = segmentStartDraft(aDraft(), head, { nr: 2, hash: "a".repeat(64) });
    await expect(appendEntries(head, [wrong], { crypto, clock: clockAt() })).rejects.toThrow(/segment start/);
  });
});

describe("verifyChain on an intact log", () => {
  it("reports the head, the count and one segment", async () => {
    const { entries, head } = await aChain(5);
    expect(await verifyChain(entries, crypto, { knownHead: head })).toEqual({ ok: true, head, count: 5, segments: 1 });
  });

  it("accepts an empty log whose known head is GENESIS", async () => {
    expect(await verifyChain([], crypto, { knownHead: GENESIS })).toEqual({ ok: true, head: GENESIS, count: 0, segments: 0 });
  });

  it("reports progress per 1,000 rows", async () => {
    const { entries } = await aChain(1500);
    const calls: number[] = [];
    await verifyChain(entries, crypto, { onProgress: (done) => void calls.push(done) });
    expect(calls).toEqual([1000, 1500]);
  });
});

describe("verifyChain names the first break and its kind", () => {
  let log: LogEntry[];
  let head: { nr: number; hash: string };
  beforeAll(async () => ({ entries: log, head } = await aChain(10)));

  const check = (entries: readonly LogEntry[]) => verifyChain(entries, crypto, { knownHead: head });

  it.each([0, 4, 9])("a field changed in row index %i → gewijzigd at that row", async (i) => {
    expect(await check(edited(log, i, { nieuweWaarde: "geen cliënt OCMW" }))).toMatchObject({ ok: false, breakKind: "gewijzigd", nr: i + 1, rowIndex: i });
  });

  it("a changed Nr → gewijzigd at that row", async () => {
    expect(await check(edited(log, 4, { nr: 9 }))).toMatchObject({ ok: false, breakKind: "gewijzigd", nr: 9, rowIndex: 4 });
  });

  it.each([
    [[0], 1, 0],
    [[4], 5, 4],
    [[4, 5, 6], 5, 4],
  ])("rows %j deleted → verwijderd at the first missing Nr", async (indexes, nr, rowIndex) => {
    const report = await check(without(log, ...indexes));
    expect(report).toMatchObject({ ok: false, breakKind: "verwijderd", nr, rowIndex });
  });

  it("says which Nrs are missing", async () => {
    expect(await check(without(log, 4, 5, 6))).toMatchObject({ detail: "Rijen Nr 5 t.e.m. 7 ontbreken: ze werden verwijderd." });
  });

  it.each([
    ["at the start, duplicating Nr 1", 0, () => forged(1)],
    ["at the start, linked correctly to GENESIS", 0, () => forgedLinked(1, GENESIS.hash)],
    ["at the start, with a far-off Nr", 0, () => forged(99)],
    ["in the middle, duplicating the next Nr", 5, () => forged(6)],
    ["in the middle, with a far-off Nr", 5, () => forged(5000)],
    ["in the middle, linked correctly to the row before", 5, () => forgedLinked(6, log[4].hash)],
    ["at the end, after the known head", 10, () => forged(11)],
  ])("a forged row inserted %s → ingevoegd at that row", async (_label, at, make) => {
    const f = make();
    expect(await check(insertedAt(log, at, f))).toMatchObject({ ok: false, breakKind: "ingevoegd", nr: f.nr, rowIndex: at });
  });

  it("two forged rows in the middle → ingevoegd at the first", async () => {
    const twice = insertedAt(insertedAt(log, 5, forged(6)), 6, forged(7));
    expect(await check(twice)).toMatchObject({ ok: false, breakKind: "ingevoegd", nr: 6, rowIndex: 5, detail: "De 2 rijen vanaf plaats 6 (Nr 6) horen niet in de keten: ze werden tussengevoegd." });
  });

  it.each([
    [0, 1],
    [3, 7],
    [8, 9],
  ])("rows %i and %i swapped → verwisseld at the first", async (a, b) => {
    expect(await check(swapped(log, a, b))).toMatchObject({ ok: false, breakKind: "verwisseld", nr: b + 1, rowIndex: a });
  });

  it.each([1, 3])("the last %i row(s) dropped while the state sheet knows more → afgekapt", async (m) => {
    const kept = log.slice(0, log.length - m);
    expect(await check(kept)).toMatchObject({ ok: false, breakKind: "afgekapt", nr: 11 - m, rowIndex: 10 - m });
  });

  it("all rows dropped → afgekapt at Nr 1", async () => {
    expect(await check([])).toMatchObject({ ok: false, breakKind: "afgekapt", nr: 1, rowIndex: 0 });
  });

  it("a correctly chained row appended beyond the known head → onbekende-kop", async () => {
    const appended = [...log, forgedLinked(11, log[9].hash)];
    expect(await verifyChain(appended, crypto)).toMatchObject({ ok: true, count: 11 });
    expect(await check(appended)).toMatchObject({ ok: false, breakKind: "onbekende-kop", nr: 11, rowIndex: 10 });
  });

  it("a chain recomputed after a change, but not the state sheet's head → onbekende-kop", async () => {
    const tampered = await recomputeFrom(edited(log, 3, { over: "D-2021-9999" }), 3);
    expect(await check(tampered)).toMatchObject({ ok: false, breakKind: "onbekende-kop", nr: 10, rowIndex: 9 });
  });

  it("a chain AND head both recomputed cannot be told from inside the workbook (only a seal can)", async () => {
    const tampered = await recomputeFrom(edited(log, 3, { over: "D-2021-9999" }), 3);
    const forgedHead = headOf(tampered);
    expect(await verifyChain(tampered, crypto, { knownHead: forgedHead })).toMatchObject({ ok: true });
    expect(await verifyChain(tampered, crypto, { knownHead: forgedHead, seal: head })).toMatchObject({ ok: false, breakKind: "zegel-niet-gevonden", nr: 10 });
  });
});

/** Recomputes the hashes from row index `from` on, as a careful forger would. */
async function recomputeFrom(entries: readonly LogEntry[], from: number): Promise<LogEntry[]> {
  const out = entries.slice(0, from);
  for (let i = from; i < entries.length; i++) out.push({ ...entries[i], hash: entryHash(entries[i], i === 0 ? GENESIS.hash : out[i - 1].hash) });
  return out;
}

describe("seals", () => {
  let log: LogEntry[];
  beforeAll(async () => ({ entries: log } = await aChain(6)));
  const sealAt4 = () => ({ nr: 4, hash: log[3].hash });

  it("finds a seal given as a head, as nr:hash or as a bare hash", async () => {
    for (const text of [`4:${log[3].hash}`, log[3].hash.toUpperCase(), `DC-ZEGEL 2021-06-01T10:00:00+02:00 4:${log[3].hash}`]) {
      const seal = parseSeal(text);
      if (!seal.ok) throw new Error(seal.error);
      expect(await verifyChain(log, crypto, { seal: seal.value })).toMatchObject({ ok: true, seal: "gevonden" });
    }
  });

  it("does not find a seal whose row changed and was re-hashed since", async () => {
    const tampered = await recomputeFrom(edited(log, 1, { over: "D-2021-9999" }), 1);
    expect(await verifyChain(tampered, crypto, { seal: sealAt4() })).toMatchObject({
      ok: false,
      breakKind: "zegel-niet-gevonden",
      nr: 4,
      rowIndex: 3,
      detail: "Rij Nr 4 heeft niet de hash van de zegel: het Logboek werd sinds het verzegelen gewijzigd, niet alleen aangevuld.",
    });
  });

  it("reports a seal beyond the last row", async () => {
    expect(await verifyChain(log, crypto, { seal: { nr: 8, hash: "a".repeat(64) } })).toMatchObject({ ok: false, breakKind: "zegel-niet-gevonden", nr: 8, rowIndex: 6 });
  });
});

describe("parseHead", () => {
  it("reads nr:hash and lower-cases the hash", () => {
    expect(parseHead(` 12:${"AB".repeat(32)} `)).toEqual({ nr: 12, hash: "ab".repeat(32) });
  });
  it.each(["", "12", `x:${"a".repeat(64)}`, `12:${"a".repeat(63)}`, `-1:${"a".repeat(64)}`, `1.5:${"a".repeat(64)}`])("refuses %p", (text) => {
    expect(parseHead(text)).toBeUndefined();
  });
});

describe("single mutations anywhere in logs of any length", () => {
  let full: LogEntry[];
  beforeAll(async () => ({ entries: full } = await aChain(30)));

  const aLogAndPlace = fc.integer({ min: 2, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })));

  it("classifies each one at the right row", async () => {
    await fc.assert(
      fc.asyncProperty(aLogAndPlace, fc.constantFrom("gewijzigd", "verwijderd", "ingevoegd", "verwisseld", "afgekapt"), fc.integer({ min: 1, max: 99 }), async ([n, p, q], kind, forgedNr) => {
        const log = full.slice(0, n);
        const knownHead = headOf(log);
        const expectations: Record<string, () => [LogEntry[], object]> = {
          gewijzigd: () => [edited(log, p, { doel: "andere reden" }), { breakKind: "gewijzigd", nr: p + 1, rowIndex: p }],
          verwijderd: () => (p === n - 1 ? [without(log, p), { breakKind: "afgekapt", nr: n, rowIndex: n - 1 }] : [without(log, p), { breakKind: "verwijderd", nr: p + 1, rowIndex: p }]),
          ingevoegd: () => [insertedAt(log, q + 1 === n ? n : p, forged(forgedNr)), { breakKind: "ingevoegd", nr: forgedNr, rowIndex: q + 1 === n ? n : p }],
          verwisseld: () => (p === q ? [log, { ok: true }] : [swapped(log, Math.min(p, q), Math.max(p, q)), { breakKind: "verwisseld", nr: Math.max(p, q) + 1, rowIndex: Math.min(p, q) }]),
          afgekapt: () => [log.slice(0, p + 1), p === n - 1 ? { ok: true } : { breakKind: "afgekapt", nr: p + 2, rowIndex: p + 1 }],
        };
        const [mutated, expected] = expectations[kind]();
        expect(await verifyChain(mutated, crypto, { knownHead })).toMatchObject(expected);
      }),
      { numRuns: 300 },
    );
  });
});
