// Benchmark of Vergelijk (compareDebtors, normalisation included) on seeded synthetic data, paired with a plain hash
// join on the number (the lower bound) in the same run. Not a test: `node scripts/ts-run.mjs test/bench/matching.bench.ts benchMatching`
// (or `npm run bench matching`); `BENCH_SIZES=1000,1000000` chooses the sizes.
import { compareDebtors } from "../../src/domain/matching";
import { rowIdFrom, type DebtorData, type DebtorRecord } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { generateDataset } from "../../src/synthetic";
import { paired } from "./paired";

export interface MatchingResult {
  readonly n: number;
  readonly compareMs: number;
  readonly joinMs: number;
  /** Median of the per-pair ratios compareDebtors / hash join. */
  readonly ratio: number;
  readonly pairs: number;
}

/** The goal: the whole comparison within 2× the plain hash join at 100,000 × 100,000. */
export const MATCHING_RATIO_GOAL = 2.0;

/** Lower bound: one Map over the clients' digits, one lookup per debtor; no parsing, no names, no addresses. */
export function hashJoin(debtors: readonly { rijksregisternummer: string }[], clients: readonly { rijksregisternummer: string }[]): number {
  const byNumber = new Map<string, number>();
  clients.forEach((c, i) => byNumber.set(c.rijksregisternummer.replace(/\D/g, ""), i));
  let found = 0;
  for (const d of debtors) if (byNumber.has(d.rijksregisternummer.replace(/\D/g, ""))) found++;
  return found;
}

/** One object shape for all rows, as the workbook reader makes them. */
function asRecord(d: DebtorData, i: number): DebtorRecord {
  return {
    dossiernummer: d.dossiernummer,
    voornaam: d.voornaam,
    achternaam: d.achternaam,
    rijksregisternummer: d.rijksregisternummer,
    straat: d.straat,
    huisnummer: d.huisnummer,
    rowId: rowIdFrom(`R${i + 1}`),
    status: STATUS.notCompared,
    match: "",
  };
}

const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export async function benchMatching(sizes: readonly number[] = sizesFromEnv()): Promise<MatchingResult[]> {
  const results: MatchingResult[] = [];
  for (const n of sizes) {
    const data = generateDataset({ debtors: n, clients: n, seed: 2021, invalidShare: 0.1 });
    const debtors = data.debtors.map((d, i) => asRecord(d, i));
    // Small sizes need a few rounds before the JIT has compiled the hot paths; 1,000,000 is run once.
    const pairs = n >= 1_000_000 ? 1 : n >= 100_000 ? 7 : 9;
    // Under load the compiler thread lags: 5 rounds left 1,000 rows still partly interpreted (3–4× the steady time).
    const warmUp = n >= 1_000_000 ? 1 : n >= 100_000 ? 2 : 30;
    const r = await paired(() => compareDebtors(debtors, data.clients), () => hashJoin(debtors, data.clients), pairs, warmUp);
    results.push({ n, compareMs: r.aMs, joinMs: r.bMs, ratio: r.ratio, pairs: r.pairs });
  }
  return results;
}

function sizesFromEnv(): number[] {
  const env = process.env.BENCH_SIZES;
  return env ? env.split(",").map(Number) : DEFAULT_SIZES;
}
