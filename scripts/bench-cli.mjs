// `npm run bench cli`: `debiteurencheck vergelijk --debiteuren … --clienten … --json` against a plain join script
// (scripts/plain-join.mjs) on the same generated CSV lists, run as separate processes, paired (A B A B …, the median
// of the per-pair wall-time ratios), with each process's peak memory (maxRSS from /usr/bin/time, else not shown).
// Uses the compiled CLI (build/cli, `npm run build:cli`). The load average before and after is part of the result:
// on a shared machine the ratio holds better than the times, but only a quiet machine settles the goal.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { requireTs } from "./ts-run.mjs";

const CLI = join("bin", "debiteurencheck.js");
const TIME = "/usr/bin/time";

/** Writes the synthetic lists (seed 2021, as the matching benchmark) as Belgian CSV; returns their paths. */
function writeLists(dir, n) {
  const { generateDataset } = requireTs("src/synthetic/index.ts");
  const data = generateDataset({ debtors: n, clients: n, seed: 2021, invalidShare: 0.1 });
  const csv = (headers, rows) => [headers, ...rows].map((r) => r.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(";")).join("\r\n") + "\r\n";
  const debtors = join(dir, "debiteuren.csv");
  const clients = join(dir, "clienten.csv");
  writeFileSync(debtors, csv(["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"], data.debtors.map((d) => [d.dossiernummer, d.voornaam, d.achternaam, d.rijksregisternummer, d.straat, d.huisnummer])));
  writeFileSync(clients, csv(["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"], data.clients.map((c) => [c.voornaam, c.achternaam, c.rijksregisternummer, c.straat, c.huisnummer])));
  return { debtors, clients };
}

/** Runs a Node script; wall time in ms, peak memory in MB (when /usr/bin/time is there) and stdout's size. */
function runNode(args) {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ["-f", "maxrss-kb=%M cpu-s=%U+%S", process.execPath, ...args] : args;
  const start = performance.now();
  const r = spawnSync(command, argv, { maxBuffer: 1 << 30, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  const kb = /maxrss-kb=(\d+)/.exec(r.stderr ?? "")?.[1];
  const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? "");
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined;
  return { ms, cpuMs, mb: kb === undefined ? undefined : Math.round(Number(kb) / 1024), bytes: Buffer.byteLength(r.stdout) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Paired runs of the CLI and the plain join at n × n. */
export function benchCli(n = 100_000, pairs = 5) {
  // Always rebuilt, so the figure is of this code, not of an earlier build.
  if (!process.env.BENCH_NO_BUILD) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const load = () => loadavg()[0].toFixed(1);
  const loadBefore = load();
  try {
    const { debtors, clients } = writeLists(dir, n);
    const cli = () => runNode([CLI, "vergelijk", "--debiteuren", debtors, "--clienten", clients, "--json"]);
    const join_ = () => runNode([join("scripts", "plain-join.mjs"), debtors, clients]);
    cli();
    join_();
    const ratios = [];
    /** User + system CPU time: less disturbed by other jobs than wall time when the machine is shared. */
    const cpuRatios = [];
    const cliRuns = [];
    const joinRuns = [];
    for (let p = 0; p < pairs; p++) {
      const [a, b] = p % 2 === 0 ? [cli(), join_()] : [null, join_()];
      const c = a ?? cli();
      cliRuns.push(c);
      joinRuns.push(b);
      ratios.push(c.ms / b.ms);
      if (c.cpuMs && b.cpuMs) cpuRatios.push(c.cpuMs / b.cpuMs);
    }
    const mb = (runs) => (runs[0].mb === undefined ? undefined : Math.max(...runs.map((r) => r.mb)));
    const mbs = (runs) => runs.map((r) => r.mb).join(", ");
    return {
      n,
      pairs,
      ratio: Math.round(median(ratios) * 100) / 100,
      cpuRatio: cpuRatios.length === 0 ? undefined : Math.round(median(cpuRatios) * 100) / 100,
      cliMs: Math.round(median(cliRuns.map((r) => r.ms))),
      joinMs: Math.round(median(joinRuns.map((r) => r.ms))),
      cliMb: mb(cliRuns),
      cliMbRuns: mbs(cliRuns),
      joinMb: mb(joinRuns),
      cliJsonMb: Math.round((cliRuns[0].bytes / 1024 / 1024) * 10) / 10,
      joinJsonMb: Math.round((joinRuns[0].bytes / 1024 / 1024) * 10) / 10,
      load: `${loadBefore} → ${load()}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("bench-cli.mjs")) console.log(JSON.stringify(benchCli(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 5)), null, 2));
