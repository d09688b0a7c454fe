// Paired measurement for a shared machine: A and B run alternately (A B A B …, the order swapped every pair), and
// the figure is the median of the per-pair ratios A/B, so load that comes and goes hits both sides of a pair alike.

export interface PairedResult {
  /** Median of the per-pair ratios a/b. */
  readonly ratio: number;
  /** Medians of a and b on their own (ms), for the table; noisy under load, unlike the ratio. */
  readonly aMs: number;
  readonly bMs: number;
  readonly pairs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function paired(a: () => unknown | Promise<unknown>, b: () => unknown | Promise<unknown>, pairs: number, warmUp = 1): Promise<PairedResult> {
  for (let w = 0; w < warmUp; w++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let p = 0; p < pairs; p++) {
    const first = p % 2 === 0 ? a : b;
    const second = p % 2 === 0 ? b : a;
    const t1 = await time(first);
    const t2 = await time(second);
    const [ta, tb] = p % 2 === 0 ? [t1, t2] : [t2, t1];
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { ratio: round2(median(ratios)), aMs: round1(median(as)), bMs: round1(median(bs)), pairs };
}

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;
