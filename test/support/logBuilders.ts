// Builders for log and chain tests: predictable ids and clock, real SHA-256 (Web Crypto).
import { appendEntries, GENESIS, type ChainHead } from "../../src/domain/chain";
import type { Clock, CryptoPort } from "../../src/domain/crypto";
import type { LogDraft, LogEntry } from "../../src/domain/log";
import { testCrypto } from "./testCrypto";

/** Real SHA-256/PBKDF2/HMAC; numbered UUIDs and counting "random" bytes so tests can name them (one builder for all tests). */
export { testCrypto };

export const clockAt = (iso = "2021-05-03T10:00:00+02:00"): Clock => ({ now: () => new Date(iso) });

export function aDraft(overrides: Partial<LogDraft> = {}): LogDraft {
  return {
    gebruiker: "an.peeters@genk.be",
    identiteit: "Microsoft 365-account",
    rol: "Debiteurenteam",
    actie: "status gewijzigd",
    over: "D-2021-0001",
    veld: "Status",
    oudeWaarde: "nog niet vergeleken",
    nieuweWaarde: "cliënt OCMW",
    doel: "vergelijking uitvoeren",
    bron: "taakvenster",
    ...overrides,
  };
}

/** Draft i of a varied log: a different debtor per row, so every row hashes differently. */
export const draftNr = (i: number): LogDraft => aDraft({ over: `D-2021-${String(i).padStart(4, "0")}`, nieuweWaarde: i % 2 ? "cliënt OCMW" : "geen cliënt" });

export async function aChain(count: number, from: ChainHead = GENESIS, crypto: CryptoPort = testCrypto()): Promise<{ entries: LogEntry[]; head: ChainHead }> {
  return appendEntries(from, Array.from({ length: count }, (_, i) => draftNr(from.nr + i + 1)), { crypto, clock: clockAt(), offsetMinutes: 120 });
}

/** A copy of the list with entry i changed (its stored hash kept, as a hand edit would). */
export const edited = (entries: readonly LogEntry[], i: number, change: Partial<LogEntry>): LogEntry[] =>
  entries.map((e, k) => (k === i ? { ...e, ...change } : e));

export const without = (entries: readonly LogEntry[], ...indexes: number[]): LogEntry[] => entries.filter((_, k) => !indexes.includes(k));

export const insertedAt = (entries: readonly LogEntry[], i: number, e: LogEntry): LogEntry[] => [...entries.slice(0, i), e, ...entries.slice(i)];

export const swapped = (entries: readonly LogEntry[], a: number, b: number): LogEntry[] =>
  entries.map((e, k) => (k === a ? entries[b] : k === b ? entries[a] : e));

export const headOf = (entries: readonly LogEntry[]): ChainHead => ({ nr: entries[entries.length - 1].nr, hash: entries[entries.length - 1].hash });
