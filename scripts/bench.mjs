// `npm run bench`: every performance budget of the issues side by side with its limit; exits non-zero when one is
// exceeded. Benchmarks, not timed tests: run on a quiet machine (figures in docs/performance.md).
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { requireTs } from "./ts-run.mjs";

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const rows = [];
const record = (budget, figure, limit, unit, ok, note = "") => rows.push({ budget, figure, limit, unit, ok, note });

if (want("matching")) {
  const { benchMatching } = requireTs("test/bench/matching.bench.ts");
  for (const r of await benchMatching()) {
    const limit = r.budgetMs;
    record(`${r.name} ${r.n.toLocaleString("nl-BE")} × ${r.n.toLocaleString("nl-BE")}`, r.ms, limit ?? "—", "ms", limit === undefined || r.ms <= limit);
  }
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
    record(`Vergelijk ${n.toLocaleString("nl-BE")}: grootste verzoek`, mb, 4, "MB", mb <= 4, `totaal ${Math.round(io.requestBytes / 1024 / 1024)} MB, ${Math.round(io.ms)} ms in de geheugenhost`);
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
console.log(`\n${pad("budget", 56)}${pad("gemeten", 12)}${pad("grens", 10)}ok`);
for (const r of rows) console.log(`${pad(r.budget, 56)}${pad(`${r.figure} ${r.unit}`, 12)}${pad(`${r.limit} ${r.unit}`, 10)}${r.ok ? "ja" : "NEE"}${r.note ? `  (${r.note})` : ""}`);
const failed = rows.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} budget(ten) overschreden.`);
  process.exit(1);
}
console.log("\nAlle budgetten gehaald.");
