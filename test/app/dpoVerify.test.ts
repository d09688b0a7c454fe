import { rechain } from "../../src/domain/chain";
import { parseSeal } from "../../src/domain/sealFormat";
import { appProblemMessage } from "../../src/app/problems";
import { sealLog } from "../../src/app/sealLog";
import { verifyLog } from "../../src/app/verifyLog";
import type { LogEntry } from "../../src/domain/log";
import { webCrypto } from "../../src/platform/webCrypto";
import { reopen } from "../support/fixtures";
import { asRows, col, comparedWorkbook, dpo, logOf, rewriteLog, setPendingMarker, setStoredHead, team, worker } from "./dpoSupport";

const hashOf = (entries: readonly LogEntry[], nr: number) => entries[nr - 1].hash;

describe("Controleer logboek", () => {
  it("reports an intact log with its head, in Dutch, and logs the check with its outcome", async () => {
    const tw = await comparedWorkbook();
    const before = await logOf(tw);
    const head = { nr: before.length, hash: hashOf(before, before.length) };
    const result = await verifyLog(tw.deps, dpo);
    expect(result).toEqual({
      ok: true,
      value: {
        intact: true,
        count: before.length,
        head,
        segments: 1,
        explanation: expect.stringMatching(new RegExp(`^Het Logboek is intact: ${before.length} rijen, Nr 1 t.e.m. ${before.length}\\. `)),
      },
    });
    const logged = (await logOf(tw)).at(-1)!;
    expect([logged.actie, logged.rol, logged.doel, logged.veld, logged.oudeWaarde, logged.nieuweWaarde]).toEqual([
      "controle", "Functionaris gegevensbescherming", "controle logboek", "Logboek", "", `intact: ${before.length} rijen, kop ${head.nr}:${head.hash}`,
    ]);
  });

  it("costs one read of the state, one of the log, a protection check, and one write with its read-back", async () => {
    const tw = reopen(await comparedWorkbook());
    tw.host.counters.reset();
    await verifyLog(tw.deps, dpo);
    expect(tw.host.counters.syncs).toBe(5);
  });

  it("is the DPO's: the debtor team and social workers are refused", async () => {
    const tw = await comparedWorkbook();
    expect(await verifyLog(tw.deps, team)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "debiteurenteam", action: "logboek-controleren" } });
    expect(await verifyLog(tw.deps, worker)).toMatchObject({ ok: false, error: { code: "rol-niet-toegestaan" } });
  });

  describe("names each kind of tampering with the sheet", () => {
    const kindAfter = async (tamper: (rows: ReturnType<typeof asRows>) => ReturnType<typeof asRows>) => {
      const tw = await comparedWorkbook();
      rewriteLog(tw.host, tamper);
      const result = await verifyLog(tw.deps, dpo);
      if (!result.ok) throw new Error(result.error.code);
      return result.value;
    };

    it("a changed old value", async () => {
      const check = await kindAfter((rows) => {
        rows[4][col("Oude waarde")] = "geen cliënt";
        return rows;
      });
      expect(check).toMatchObject({ intact: false, breach: { kind: "gewijzigd", label: "Rij gewijzigd", nr: 5, rowIndex: 4 } });
      expect(check.explanation).toMatch(/^Het Logboek is NIET intact\. Eerste breuk bij Nr 5: rij gewijzigd\. De inhoud van rij Nr 5 komt niet overeen met haar hash/);
      expect(check.explanation).toContain("meld het als incident");
    });

    it("a deleted row", async () => {
      const check = await kindAfter((rows) => rows.filter((_, i) => i !== 3));
      expect(check.breach).toMatchObject({ kind: "verwijderd", nr: 4, detail: "Rij Nr 4 ontbreekt: ze werd verwijderd." });
    });

    it("two rows swapped", async () => {
      const check = await kindAfter((rows) => {
        [rows[3], rows[4]] = [rows[4], rows[3]];
        return rows;
      });
      expect(check.breach).toMatchObject({ kind: "verwisseld", nr: 5, rowIndex: 3 });
    });

    it("a forged row appended", async () => {
      const check = await kindAfter((rows) => {
        const forged = [...rows[rows.length - 1]];
        forged[col("Nr")] = rows.length + 1;
        forged[col("Nieuwe waarde")] = "cliënt OCMW";
        return [...rows, forged];
      });
      expect(check.breach).toMatchObject({ kind: "ingevoegd", label: "Rij(en) ingevoegd" });
    });

    it("the tail truncated", async () => {
      const check = await kindAfter((rows) => rows.slice(0, -2));
      expect(check.breach).toMatchObject({ kind: "afgekapt", label: "Laatste rijen verwijderd" });
      expect(check.explanation).toContain("maar de kop in het statusblad is Nr");
    });
  });

  it("reports a write whose read-back was never confirmed", async () => {
    const tw = await comparedWorkbook();
    setPendingMarker(tw.host, JSON.stringify({ fromNr: 9, toNr: 12, action: "vergelijking" }));
    const result = await verifyLog(tw.deps, dpo);
    expect(result.ok && result.value.pending).toEqual({ fromNr: 9, toNr: 12, action: "vergelijking" });
    expect(result.ok && result.value.explanation).toContain("Let op: een schrijfactie (vergelijking, Nr 9 t.e.m. 12) werd niet bevestigd.");
  });
});

describe("Verzegel", () => {
  it("records the head before it in a seal row, and hands out that row's own head to copy", async () => {
    const tw = await comparedWorkbook();
    const before = await logOf(tw);
    const recorded = { nr: before.length, hash: hashOf(before, before.length) };
    const seal = await sealLog(tw.deps, aSeal());
    const row = (await logOf(tw)).at(-1)!;
    expect([row.nr, row.actie, row.veld, row.nieuweWaarde]).toEqual([recorded.nr + 1, "verzegeling", "Logboek", `${recorded.nr}:${recorded.hash}`]);
    const head = { nr: row.nr, hash: row.hash };
    expect(seal).toEqual({ ok: true, value: { text: `DC-ZEGEL 2021-05-03T10:00:00+02:00 ${head.nr}:${head.hash}`, head, recorded, sealedAt: "2021-05-03T10:00:00+02:00" } });
  });

  it("is found again later, after the log was only appended to", async () => {
    const tw = await comparedWorkbook();
    const seal = await sealLog(tw.deps, aSeal());
    if (!seal.ok) throw new Error(seal.error.code);
    await verifyLog(tw.deps, dpo);
    const result = await verifyLog(tw.deps, dpo, { seal: seal.value.text });
    expect(result.ok && [result.value.intact, result.value.seal]).toEqual([true, { head: `${seal.value.head.nr}:${seal.value.head.hash}`, outcome: "gevonden" }]);
    expect((await logOf(tw)).at(-1)!.oudeWaarde).toBe(`zegel ${seal.value.head.nr}:${seal.value.head.hash}`);
  });

  it("catches a log recomputed from a changed row, which nothing inside the workbook can", async () => {
    const tw = await comparedWorkbook();
    const seal = await sealLog(tw.deps, aSeal());
    if (!seal.ok) throw new Error(seal.error.code);
    const entries = await logOf(tw);
    const forged = await rechain(entries.map(({ hash: _h, ...e }, i) => (i === 3 ? { ...e, nieuweWaarde: "geen cliënt" } : e)), webCrypto);
    rewriteLog(tw.host, () => asRows(forged));
    setStoredHead(tw.host, { nr: forged.length, hash: forged[forged.length - 1].hash });

    const withoutSeal = await verifyLog(tw.deps, dpo);
    expect(withoutSeal.ok && withoutSeal.value.intact).toBe(true);
    const withSeal = await verifyLog(tw.deps, dpo, { seal: seal.value.text });
    expect(withSeal.ok && withSeal.value).toMatchObject({ intact: false, breach: { kind: "zegel-niet-gevonden" }, seal: { outcome: "niet-gevonden" } });
  });

  it("refuses to seal a broken log, saying what to do", async () => {
    const tw = await comparedWorkbook();
    rewriteLog(tw.host, (rows) => rows.slice(0, -1));
    const result = await sealLog(tw.deps, aSeal());
    expect(result).toMatchObject({ ok: false, error: { code: "logboek-gebroken", breakKind: "afgekapt" } });
    if (!result.ok) expect(appProblemMessage(result.error)).toMatch(/^Het Logboek is niet intact \(eerste breuk bij Nr \d+\): .* zet een intacte reservekopie terug\.$/);
  });

  it("reads the head out of whatever the DPO pastes back", () => {
    const h = "a".repeat(64);
    expect(parseSeal(`DC-ZEGEL 2021-06-01T10:00:00+02:00 123:${h}`)).toEqual({ ok: true, value: { nr: 123, hash: h } });
    expect(parseSeal(`  123:${h.toUpperCase()} `)).toEqual({ ok: true, value: { nr: 123, hash: h } });
    expect(parseSeal(` ${h} `)).toEqual({ ok: true, value: { hash: h } });
  });
});

function aSeal() {
  return { ...dpo, doel: "verzegeling logboek" };
}
