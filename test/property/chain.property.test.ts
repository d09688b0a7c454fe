// Properties of Logboek verification (fast-check): every single change, deletion, insertion, duplication and swap,
// at any position of a log of any length, is caught at the right row; a full rewrite of chain AND state head is
// caught only by a seal kept outside the workbook, exactly for the rows the seal covers.
import fc from "fast-check";
import { entryHash, GENESIS, verifyChain, type ChainHead } from "../../src/domain/chain";
import { LOG_HEADERS, type LogEntry } from "../../src/domain/log";
import { aChain, aDraft, edited, headOf, insertedAt, swapped, testCrypto, without } from "../support/logBuilders";

const crypto = testCrypto();
const MAX = 25;
let full: LogEntry[];
beforeAll(async () => ({ entries: full } = await aChain(MAX)));

const RUNS = { numRuns: 150 };
/** A log of 1..MAX rows and a position in it. */
const aLogAndPosition = fc.integer({ min: 1, max: MAX }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 })));
const verify = (entries: readonly LogEntry[], knownHead: ChainHead) => verifyChain(entries, crypto, { knownHead });

/** The entry's fields by their LOG_HEADERS name, so a test can change "any field". */
const FIELD_OF: Readonly<Record<(typeof LOG_HEADERS)[number], keyof LogEntry>> = {
  Nr: "nr", Referentie: "referentie", Tijdstip: "tijdstip", Gebruiker: "gebruiker", Identiteit: "identiteit", Rol: "rol", Actie: "actie",
  Over: "over", Veld: "veld", "Oude waarde": "oudeWaarde", "Nieuwe waarde": "nieuweWaarde", Doel: "doel", Bron: "bron", Hash: "hash",
};

/** Recomputes every hash from row index `from` on, as someone who read docs/logging.md would. */
function rewrittenFrom(entries: readonly LogEntry[], from: number): LogEntry[] {
  const out = entries.slice(0, from);
  for (let i = from; i < entries.length; i++) out.push({ ...entries[i], hash: entryHash(entries[i], i === 0 ? GENESIS.hash : out[i - 1].hash) });
  return out;
}

describe("verifyChain catches any single tampering, at its row", () => {
  it("a change to any field of any row", async () => {
    await fc.assert(
      fc.asyncProperty(aLogAndPosition, fc.constantFrom(...LOG_HEADERS), fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), async ([n, p], header, text) => {
        const log = full.slice(0, n);
        const field = FIELD_OF[header];
        const value = field === "nr" ? log[p].nr + 1 + (text.length % 5) : field === "hash" ? entryHash(log[p], "1".repeat(64)) : log[p][field] + text;
        fc.pre(String(value).normalize("NFC") !== String(log[p][field]).normalize("NFC"));
        const report = await verify(edited(log, p, { [field]: value }), headOf(log));
        expect(report).toMatchObject({ ok: false, rowIndex: p });
      }),
      RUNS,
    );
  });

  it("deleting any block of rows: 'verwijderd' at the first missing Nr, or 'afgekapt' when the block ends the log", async () => {
    const aBlock = aLogAndPosition.chain(([n, p]) => fc.tuple(fc.constant(n), fc.constant(p), fc.integer({ min: 1, max: n - p })));
    await fc.assert(
      fc.asyncProperty(aBlock, async ([n, p, k]) => {
        const log = full.slice(0, n);
        const report = await verify(without(log, ...Array.from({ length: k }, (_, i) => p + i)), headOf(log));
        const kind = p + k === n ? "afgekapt" : "verwijderd";
        expect(report).toMatchObject({ ok: false, breakKind: kind, nr: p + 1, rowIndex: p });
      }),
      RUNS,
    );
  });

  it("inserting a row anywhere, even one whose hash was computed correctly over the row before it", async () => {
    const anInsertion = fc.integer({ min: 1, max: MAX }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }), fc.integer({ min: 1, max: MAX + 5 }), fc.boolean()));
    await fc.assert(
      fc.asyncProperty(anInsertion, async ([n, p, nr, linked]) => {
        const log = full.slice(0, n);
        const row: LogEntry = { ...aDraft({ over: "D-2099-9999", nieuweWaarde: "geen cliënt" }), nr, referentie: "x", tijdstip: "2021-05-03T10:00:00+02:00", hash: "f".repeat(64) };
        const forged = linked ? { ...row, hash: entryHash(row, p === 0 ? GENESIS.hash : log[p - 1].hash) } : row;
        const report = await verify(insertedAt(log, p, forged), headOf(log));
        expect(report).toMatchObject({ ok: false, rowIndex: p });
      }),
      RUNS,
    );
  });

  it("duplicating any row right after itself: 'ingevoegd', naming one of the two identical copies", async () => {
    await fc.assert(
      fc.asyncProperty(aLogAndPosition, async ([n, p]) => {
        const log = full.slice(0, n);
        const report = await verify(insertedAt(log, p + 1, log[p]), headOf(log));
        expect(report).toMatchObject({ ok: false, breakKind: "ingevoegd", nr: p + 1 });
        expect([p, p + 1]).toContain(!report.ok && report.rowIndex);
      }),
      RUNS,
    );
  });

  it("swapping any two rows, near or far: 'verwisseld' at the first of them", async () => {
    const aPair = fc.integer({ min: 2, max: MAX }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })).filter(([, a, b]) => a !== b));
    await fc.assert(
      fc.asyncProperty(aPair, async ([n, a, b]) => {
        const log = full.slice(0, n);
        const [first, second] = [Math.min(a, b), Math.max(a, b)];
        expect(await verify(swapped(log, first, second), headOf(log))).toMatchObject({ ok: false, breakKind: "verwisseld", nr: second + 1, rowIndex: first });
      }),
      RUNS,
    );
  });
});

describe("what the log proves, and what only a seal proves", () => {
  it("a rewrite with recomputed hashes is caught by the state sheet's head ('onbekende-kop') if the head was left alone", async () => {
    await fc.assert(
      fc.asyncProperty(aLogAndPosition, async ([n, p]) => {
        const log = full.slice(0, n);
        const forged = rewrittenFrom(edited(log, p, { doel: "andere reden" }), p);
        expect(await verify(forged, headOf(log))).toMatchObject({ ok: false, breakKind: "onbekende-kop", nr: n });
      }),
      RUNS,
    );
  });

  it("a rewrite of chain AND head passes inside the workbook, and a seal catches it exactly when the rewrite reaches the sealed rows", async () => {
    const aRewriteAndSeal = aLogAndPosition.chain(([n, p]) => fc.tuple(fc.constant(n), fc.constant(p), fc.integer({ min: 1, max: n })));
    await fc.assert(
      fc.asyncProperty(aRewriteAndSeal, async ([n, p, sealNr]) => {
        const log = full.slice(0, n);
        const seal = { nr: sealNr, hash: log[sealNr - 1].hash };
        const forged = rewrittenFrom(edited(log, p, { doel: "andere reden" }), p);
        expect(await verify(forged, headOf(forged))).toMatchObject({ ok: true, count: n });
        const report = await verifyChain(forged, crypto, { knownHead: headOf(forged), seal });
        if (p < sealNr) expect(report).toMatchObject({ ok: false, breakKind: "zegel-niet-gevonden", nr: sealNr });
        else expect(report).toMatchObject({ ok: true, seal: "gevonden" });
      }),
      RUNS,
    );
  });

  it("appending after a seal, through the add-in (head updated), keeps the seal valid", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: MAX - 1 }), fc.integer({ min: 1, max: MAX }), async (sealNr, n) => {
        fc.pre(n >= sealNr);
        const log = full.slice(0, n);
        expect(await verifyChain(log, crypto, { knownHead: headOf(log), seal: { nr: sealNr, hash: log[sealNr - 1].hash } })).toMatchObject({ ok: true, seal: "gevonden", count: n });
      }),
      { numRuns: 50 },
    );
  });
});
