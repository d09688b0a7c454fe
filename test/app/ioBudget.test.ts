// The I/O budget of issue 3, counted by the in-memory host (requests as Office serialises them, JSON size).
import { measureCompareIo } from "../support/ioBudget";

const MB = 1024 * 1024;

describe("I/O budget of Vergelijk (fresh add-in instance, nothing cached)", () => {
  it("compares 10,000 debtors in at most 8 syncs", async () => {
    const io = await measureCompareIo(10_000);
    expect(io.syncs).toBeLessThanOrEqual(8);
    expect(io.maxRequestBytes).toBeLessThanOrEqual(4 * MB);
  }, 60_000);

  it("compares 100,000 debtors in at most 40 syncs with no request over 4 MB", async () => {
    const io = await measureCompareIo(100_000);
    expect(io.syncs).toBeLessThanOrEqual(40);
    expect(io.maxRequestBytes).toBeLessThanOrEqual(4 * MB);
  }, 180_000);
});
