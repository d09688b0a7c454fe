import { appendEntries, formatHead, GENESIS, rechain, segmentStartDraft, verifyChain, type ChainHead } from "../../src/domain/chain";
import type { LogDraft, LogEntry } from "../../src/domain/log";
import { isPseudonym, pseudonymiseLog } from "../../src/domain/pseudonymise";
import { aDraft, clockAt, edited, testCrypto } from "../support/logBuilders";

const crypto = testCrypto();
const deps = { crypto, clock: clockAt(), offsetMinutes: 120 };
const dpo = { gebruiker: "dpo@genk.be", identiteit: "Microsoft 365-account", rol: "Functionaris gegevensbescherming", doel: "afsluiting project", bron: "taakvenster" } as const;

const PERSONAL = ["D-2021-0042", "D-2021-0043", "Janssens", "Janssen-Peeters", "85073003328", "85.07.30-033.28", "Claes", "debiteuren.xlsx"];

const projectLog: LogDraft[] = [
  aDraft({ actie: "import", over: "—", veld: "debiteuren", oudeWaarde: "", nieuweWaarde: "2 debiteuren uit debiteuren.xlsx (A2:F3)" }),
  aDraft({ over: "D-2021-0042", oudeWaarde: "nog niet vergeleken", nieuweWaarde: "cliënt OCMW" }),
  aDraft({ actie: "rasterwijziging", bron: "raster", over: "D-2021-0042", veld: "Achternaam", oudeWaarde: "Janssens", nieuweWaarde: "Janssen-Peeters" }),
  aDraft({ actie: "rasterwijziging", bron: "raster", over: "D-2021-0043", veld: "Rijksregisternummer", oudeWaarde: "85073003328", nieuweWaarde: "85.07.30-033.28" }),
  aDraft({ actie: "toegang", over: "—", veld: "rol", oudeWaarde: "", nieuweWaarde: "Debiteurenteam", doel: "andere reden: vraag van mevrouw Claes" }),
  aDraft({ ...dpo, actie: "controle", over: "—", veld: "Logboek", oudeWaarde: "", nieuweWaarde: "" }),
];

/** Closes the project as the use case will: pseudonymise, append the segment start, then go on logging. */
async function close(entries: readonly LogEntry[], keep?: string[]) {
  const { archived, originalHead, archiveHead } = await pseudonymiseLog(entries, { crypto, keep });
  const segment = await appendEntries(archiveHead, [segmentStartDraft(dpo, originalHead, archiveHead), aDraft({ ...dpo, actie: "export", over: "—", oudeWaarde: "", nieuweWaarde: "" })], deps);
  return { archived, originalHead, archiveHead, all: [...archived, ...segment.entries], head: segment.head };
}

describe("pseudonymiseLog at close", () => {
  let log: LogEntry[];
  let sealBeforeClose: ChainHead;
  beforeAll(async () => {
    ({ entries: log, head: sealBeforeClose } = await appendEntries(GENESIS, projectLog, deps));
  });

  it("leaves no personal value in any field of the archive", async () => {
    const { archived } = await close(log);
    const text = JSON.stringify(archived);
    for (const value of PERSONAL) expect(text).not.toContain(value);
  });

  it("replaces Over, the values and a free-text Doel by pseudonyms; keeps statuses, role labels, staff and Nr", async () => {
    const { archived } = await close(log);
    const [, status, name, number, access] = archived;
    expect([status.nr, status.gebruiker, status.rol, status.actie, status.veld, status.oudeWaarde, status.nieuweWaarde]).toEqual([
      2, "an.peeters@genk.be", "Debiteurenteam", "status gewijzigd", "Status", "nog niet vergeleken", "cliënt OCMW",
    ]);
    expect([status.over, name.oudeWaarde, name.nieuweWaarde, number.oudeWaarde, access.doel].every(isPseudonym)).toBe(true);
    expect(name.over).toBe(status.over); // the same dossier keeps one pseudonym within the archive
    expect(number.over).not.toBe(status.over);
    expect([access.over, access.nieuweWaarde, archived[5].doel]).toEqual(["—", "Debiteurenteam", "afsluiting project"]);
  });

  it("keeps texts the caller knows are not personal, such as configured purposes", async () => {
    const { archived } = await close(log, ["andere reden: vraag van mevrouw Claes"]);
    expect(archived[4].doel).toBe("andere reden: vraag van mevrouw Claes");
  });

  it("uses a fresh key each time, so pseudonyms cannot be linked across closings", async () => {
    const [a, b] = [await close(log), await close(log)];
    expect(a.archived[1].over).not.toBe(b.archived[1].over);
  });

  it("verifies afterwards: two segments, the head known; the seal copied before closing found only with the close record", async () => {
    const { all, head, originalHead } = await close(log);
    expect(originalHead).toEqual(sealBeforeClose);
    expect(all[6]).toMatchObject({ nr: 7, actie: "nieuw ketensegment", oudeWaarde: formatHead(sealBeforeClose), nieuweWaarde: formatHead({ nr: 6, hash: all[5].hash }) });
    const closeRecord = { old: sealBeforeClose, segment: { nr: 7, hash: all[6].hash } };
    expect(await verifyChain(all, crypto, { knownHead: head, seal: sealBeforeClose, closeRecord })).toEqual({ ok: true, head, count: 8, segments: 2, seal: "gevonden" });
    // Without the record the segment start's own claim proves nothing: anyone can write one naming the seal.
    expect(await verifyChain(all, crypto, { knownHead: head, seal: sealBeforeClose })).toEqual({ ok: true, head, count: 8, segments: 2, seal: "niet-controleerbaar" });
  });

  it("says an earlier seal inside the archive can no longer be checked, also with the close record", async () => {
    const { all, head } = await close(log);
    const closeRecord = { old: sealBeforeClose, segment: { nr: 7, hash: all[6].hash } };
    expect(await verifyChain(all, crypto, { knownHead: head, seal: { nr: 3, hash: log[2].hash }, closeRecord })).toMatchObject({ ok: true, seal: "niet-controleerbaar" });
  });

  it("reports a close record that does not match the segment start", async () => {
    const { all, head } = await close(log);
    const closeRecord = { old: sealBeforeClose, segment: { nr: 7, hash: "e".repeat(64) } };
    expect(await verifyChain(all, crypto, { knownHead: head, seal: sealBeforeClose, closeRecord })).toMatchObject({ ok: false, breakKind: "afsluiting-niet-gevonden", nr: 7 });
  });

  it("still detects a changed archived row", async () => {
    const { all, head } = await close(log);
    expect(await verifyChain(edited(all, 2, { veld: "Voornaam" }), crypto, { knownHead: head })).toMatchObject({ ok: false, breakKind: "gewijzigd", nr: 3, rowIndex: 2 });
  });

  it("detects an archive changed and re-chained as a whole, at the segment start", async () => {
    const { all, head } = await close(log);
    const rewritten = await rechain(edited(all.slice(0, 6), 2, { veld: "Voornaam" }), crypto);
    expect(await verifyChain([...rewritten, ...all.slice(6)], crypto, { knownHead: head })).toMatchObject({ ok: false, breakKind: "gewijzigd", nr: 7, rowIndex: 6 });
  });

  it("refuses to pseudonymise a log that does not verify (that would hide the tampering)", async () => {
    await expect(pseudonymiseLog(edited(log, 1, { nieuweWaarde: "geen cliënt" }), { crypto })).rejects.toThrow(/does not verify \(gewijzigd at Nr 2\)/);
  });

  it("closes a second time: the earlier archive stays as it was, a third segment starts", async () => {
    const first = await close(log);
    const second = await close(first.all);
    expect(second.archived.slice(0, 7)).toEqual(first.all.slice(0, 7));
    const closeRecord = { old: first.head, segment: { nr: 9, hash: second.all[8].hash } };
    expect(await verifyChain(second.all, crypto, { knownHead: second.head, seal: first.head, closeRecord })).toEqual({ ok: true, head: second.head, count: 10, segments: 3, seal: "gevonden" });
  });
});

describe("pseudonymiseLog progress", () => {
  it("reports progress while verifying and while pseudonymising", async () => {
    const { entries } = await appendEntries(GENESIS, Array.from({ length: 1200 }, () => aDraft()), deps);
    const calls: number[] = [];
    await pseudonymiseLog(entries, { crypto, onProgress: (done) => void calls.push(done) });
    expect(calls).toEqual([1000, 1200, 1000, 1200]);
  });
});
