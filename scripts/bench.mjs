// `npm run bench`: every performance budget of the issues side by side with its limit (a ratio beside its goal where the
// budget is relative to a plain join); exits non-zero when one is exceeded. `npm run bench matching cli verify io bundle
// demo` runs a subset; BENCH_1M=1 adds 1,000,000 × 1,000,000 to matching, BENCH_SIZES=100000 measures that size alone
// (`BENCH_SIZES=100000 npm run bench matching`: the engine alone). Benchmarks, not timed tests: run on a quiet machine
// (figures in docs/performance.md); the load average is printed with the figures.
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireTs } from "./ts-run.mjs";

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const rows = [];
const record = (budget, figure, limit, unit, ok, note = "") => rows.push({ budget, figure, limit, unit, ok, note });

if (want("matching")) {
  // Paired with the plain hash join in the same run (A B A B …): the ratio is the figure, the times show the load.
  const { benchMatching, MATCHING_RATIO_GOAL } = requireTs("test/bench/matching.bench.ts");
  const sizes = process.env.BENCH_1M ? [1_000, 10_000, 100_000, 1_000_000] : undefined;
  for (const r of await benchMatching(sizes)) {
    const goal = r.n === 100_000 ? MATCHING_RATIO_GOAL : undefined;
    const size = `${r.n.toLocaleString("nl-BE")} × ${r.n.toLocaleString("nl-BE")}`;
    record(`compareDebtors ${size} / hash join`, r.ratio, goal ?? "—", "×", goal === undefined || r.ratio <= goal, `${r.compareMs} ms tegen ${r.joinMs} ms, mediaan van ${r.pairs} paren`);
  }
}

if (want("cli")) {
  const { benchCli } = await import("./bench-cli.mjs");
  const r = benchCli(100_000, 5);
  const cpu = r.cpuRatio === undefined ? "" : `; CPU-tijd ${r.cpuRatio}×`;
  record("vergelijk --json 100.000 / plain join-script", r.ratio, 2, "×", r.ratio <= 2, `${r.cliMs} ms tegen ${r.joinMs} ms, mediaan van ${r.pairs} paren${cpu}; belasting ${r.load}`);
  if (r.cliMb !== undefined) record("vergelijk --json 100.000: piekgeheugen", r.cliMb, 250, "MB", r.cliMb <= 250, `per run ${r.cliMbRuns} MB; plain join ${r.joinMb} MB; JSON ${r.cliJsonMb} MB tegen ${r.joinJsonMb} MB`);
}

if (want("verify")) {
  const { benchVerify } = requireTs("test/bench/verify.bench.ts");
  for (const r of await benchVerify()) {
    record(`logboek controleren, ${r.n.toLocaleString("nl-BE")} rijen`, r.ms, r.budgetMs ?? "—", "ms", r.budgetMs === undefined || r.ms <= r.budgetMs);
  }
}

if (want("io")) {
  const { measureCompareIo } = requireTs("test/support/ioBudget.ts");
  for (const [n, maxSyncs] of [[1_000, 8], [10_000, 8], [100_000, 40]]) {
    const io = await measureCompareIo(n);
    record(`Vergelijk ${n.toLocaleString("nl-BE")}: sync-aanroepen`, io.syncs, maxSyncs, "", io.syncs <= maxSyncs);
    const mb = Math.round((io.maxRequestBytes / 1024 / 1024) * 100) / 100;
    record(`Vergelijk ${n.toLocaleString("nl-BE")}: grootste verzoek`, mb, 4, "MB", mb <= 4, `totaal ${Math.round(io.requestBytes / 1024 / 1024)} MB`);
    // Our JavaScript plus the in-memory host's imitation of Excel (docs/performance.md splits the two).
    const goal = n === 100_000 ? 5000 : undefined;
    record(`Vergelijk ${n.toLocaleString("nl-BE")}: in de geheugenhost`, Math.round(io.ms), goal ?? "—", "ms", goal === undefined || io.ms <= goal);
  }
}

if (want("bundle")) {
  const { buildProduction } = await import("./bench-build.mjs");
  const stats = await buildProduction();
  const files = stats.entrypoints.taskpane.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const gz = files.reduce((sum, f) => sum + gzipSync(readFileSync(join("dist", f))).length, 0);
  const kb = Math.round(gz / 1024);
  record("taakvenster: JavaScript bij eerste laden (gzip)", kb, 350, "KB", kb <= 350, files.join(", "));
}

if (want("demo")) {
  const { measureDemoStart } = await import("./bench-demo.mjs");
  const ms = await measureDemoStart();
  record("demo-pagina interactief (headless Chromium)", ms, 2000, "ms", ms <= 2000);
}

const pad = (s, n) => String(s).padEnd(n);
// The load says how far the absolute times are from a quiet machine's (the ratios hold better).
console.log(`\nbelasting (load average 1/5/15 min): ${loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
console.log(`\n${pad("budget", 56)}${pad("gemeten", 12)}${pad("doel", 10)}ok`);
for (const r of rows) console.log(`${pad(r.budget, 56)}${pad(`${r.figure} ${r.unit}`, 12)}${pad(`${r.limit} ${r.unit}`, 10)}${r.ok ? "ja" : "NEE"}${r.note ? `  (${r.note})` : ""}`);
const failed = rows.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} budget(ten) overschreden.`);
  process.exit(1);
}
console.log("\nAlle budgetten gehaald.");
