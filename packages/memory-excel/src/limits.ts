// Round-trip accounting and injected failures. Excel on the web limits request and response payloads to 5 MB
// and a read to 5,000,000 cells (office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md).

import type { ErrorCode } from "./errors";

const utf8 = new TextEncoder();

/** UTF-8 size of a value's JSON, the way a request body would be measured. */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value) ?? "").length;
}

export class Counters {
  /** Round trips: syncs that carried at least one queued operation (an empty sync makes no round trip). */
  syncs = 0;
  /** Sum of request payload sizes, in bytes. */
  requestBytes = 0;
  /** Largest single request payload, in bytes. */
  maxRequestBytes = 0;
  /** Sum of response payload sizes (loaded data), in bytes. */
  responseBytes = 0;

  reset(): void {
    this.syncs = 0;
    this.requestBytes = 0;
    this.maxRequestBytes = 0;
    this.responseBytes = 0;
  }
}

export type FaultMode = "before" | "after" | "partial";

/** Errors a failing round trip rejects with: the connection dropped before or after the host applied the batch. */
export const FAULT_CODES: Record<FaultMode, ErrorCode> = { before: "ConnectionFailure", after: "ConnectionFailure", partial: "GeneralException" };

export class Faults {
  private pending: { remaining: number; mode: FaultMode }[] = [];

  /** The k-th sync from now (1-based, counting round trips) fails in the given way. */
  failSync(k: number, mode: FaultMode): void {
    if (!Number.isInteger(k) || k < 1) throw new Error(`failSync: k must be a positive integer, got ${k}`);
    this.pending.push({ remaining: k, mode });
  }

  clear(): void {
    this.pending = [];
  }

  /** Called once per round trip; returns the fault due now, if any. */
  take(): FaultMode | undefined {
    let due: FaultMode | undefined;
    for (const f of this.pending) if (--f.remaining === 0) due ??= f.mode;
    this.pending = this.pending.filter((f) => f.remaining > 0);
    return due;
  }
}
