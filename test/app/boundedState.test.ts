// Issue 15 item 6: the state sheet holds one digest row per Rij-ID, replaced on every write, so its size is O(debtors)
// whatever the number of runs; a block with repeated Rij-IDs (written by older versions) is compacted on the next
// write; a pending marker left by a failed write is recovered on opening, and the next Vergelijk runs.
import { compare } from "../../src/app/compare";
import { openWorkbook } from "../../src/app/openWorkbook";
import { setStatus } from "../../src/app/setStatus";
import { SHEET } from "../../src/domain/layout";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { STATE_CELL } from "../../src/excel/stateSheet";
import type { TestWorkbook } from "../support/fixtures";
import { CLIENT_LIST_HEADERS, clientRows, reopen } from "../support/fixtures";
import { expectExplainedAndIntact, people, preparedWorkbook, team, worker } from "../support/gridLogging";

/** Rows of the state sheet holding anything, and the digest count it records. */
function stateSize(tw: TestWorkbook): { rows: number; digestCount: number; ids: number } {
  const sheet = tw.host.snapshot().sheets.find((s) => s.name === SHEET.state)!;
  const rows = new Set(sheet.cells.filter((c) => c.value !== undefined && c.value !== "").map((c) => Number(/\d+$/.exec(c.address)![0])));
  const ids = sheet.cells.filter((c) => c.address.startsWith("D") && c.address !== "D1" && c.value !== undefined && c.value !== "");
  return { rows: rows.size, digestCount: Number(tw.host.model.values(SHEET.state, `B${STATE_CELL.digestCount}`)[0][0]), ids: ids.length };
}

const clientsOf = (n: number) => ({ kind: "bestand" as const, fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows(people(n).slice(0, n / 2)) });

describe("bounded state", () => {
  it("keeps the state sheet at one digest row per debtor over 100 Vergelijk runs at 1,000 debtors", async () => {
    const tw = await preparedWorkbook(people(1000));
    const sizes: ReturnType<typeof stateSize>[] = [];
    for (let run = 0; run < 100; run++) {
      const result = await compare(reopen(tw).deps, team, clientsOf(1000)); // a fresh adapter each run, as a new session
      expect(result.ok).toBe(true);
      sizes.push(stateSize(tw));
    }
    expect(new Set(sizes.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ rows: 1001, digestCount: 1000, ids: 1000 })]));
  }, 300_000);

  it("updates a single digest in place (a status decision adds no row)", async () => {
    const tw = await preparedWorkbook(people(4));
    await compare(tw.deps, team, clientsOf(4));
    const before = stateSize(tw);
    expect((await setStatus(reopen(tw).deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).ok).toBe(true);
    expect(stateSize(tw)).toEqual(before);
    await expectExplainedAndIntact(reopen(tw));
    expect(await openWorkbook(reopen(tw).deps, worker)).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [], logUsable: true } });
  });

  it("compacts a block with repeated Rij-IDs (as older versions appended them) on the next write", async () => {
    const tw = await preparedWorkbook(people(4));
    const state = tw.host.model.sheet(SHEET.state)!;
    for (let i = 0; i < 8; i++) {
      state.ensure(5 + i, 3).v = `R00000${(i % 4) + 1}`; // rows 6…13 (0-based 5…12) repeat R000001…R000004
      state.ensure(5 + i, 4).v = "0".repeat(16);
    }
    state.ensure(STATE_CELL.digestCount - 1, 1).v = "12";
    expect(stateSize(tw)).toMatchObject({ digestCount: 12, ids: 12 });
    expect((await compare(reopen(tw).deps, team, clientsOf(4))).ok).toBe(true);
    expect(stateSize(tw)).toEqual({ rows: 7, digestCount: 4, ids: 4 });
    expect(await openWorkbook(reopen(tw).deps, worker)).toEqual({ ok: true, value: { outsideChanges: 0, repairs: [], problems: [], logUsable: true } });
  });

  it("recovers the marker of a write that failed halfway, again and again: opening settles it, the next Vergelijk runs", async () => {
    const tw = await preparedWorkbook(people(100));
    for (let attempt = 0; attempt < 3; attempt++) {
      tw.host.faults.failSync(5, "partial"); // the write itself (read state, read debtors, read digests, protection check, write)
      expect(await compare(reopen(tw).deps, team, clientsOf(100)).then(() => "klaar", () => "mislukt")).toBe("mislukt");
      tw.host.faults.clear();
      expect(tw.host.model.values(SHEET.state, `B${STATE_CELL.pending}`)[0][0]).not.toBe("");
      const opened = await openWorkbook(reopen(tw).deps, team);
      expect(opened.ok && [opened.value.problems, opened.value.repairs.map((r) => r.code)]).toEqual([[], ["afgewerkt"]]);
      expect(tw.host.model.values(SHEET.state, `B${STATE_CELL.pending}`)[0][0]).toBe("");
    }
    expect((await compare(reopen(tw).deps, team, clientsOf(100))).ok).toBe(true);
    expect(stateSize(tw)).toMatchObject({ digestCount: 100, ids: 100 });
    await expectExplainedAndIntact(reopen(tw));
  });
});
