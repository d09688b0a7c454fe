// The request context: proxies queue operations here, and context.sync() applies them to the model in one
// "round trip". As in Excel, a failing operation stops the batch there: operations before it stay applied, the
// ones after it are not executed, and nothing loaded in that batch becomes readable (OfficeExtension.Error
// traceMessages example, docs-ref-autogen/office/office/officeextension.error.yml).

import type { ChangeRecord, EventHub } from "./events";
import { isRichApiError, richApiError } from "./errors";
import { Counters, FAULT_CODES, Faults, jsonBytes } from "./limits";
import type { WorkbookModel } from "./model";
import { WorkbookProxy } from "./proxies/workbook";

export interface HostOptions {
  maxRequestBytes: number;
  maxCellsPerRead: number;
  requirementSets: Record<string, string>;
  /** unprotect() of an unprotected sheet: nothing happens, or AccessDenied as on builds with office-js issue #6784. */
  unprotectUnprotected: "ignore" | "AccessDenied";
  /** A read over maxCellsPerRead: RangeExceedsLimit, or null values as office-js issues #4783/#6781 report. */
  oversizedRead: "RangeExceedsLimit" | "null";
}

export interface Host {
  readonly model: WorkbookModel;
  readonly options: HostOptions;
  readonly counters: Counters;
  readonly faults: Faults;
  readonly events: EventHub;
  supports(set: string, version: string): boolean;
  /** Tells subscribers (the demo grid) that the model changed. */
  notify(): void;
}

export interface Tx {
  /** Makes loaded data readable once the whole round trip succeeded; bytes count toward the response size. */
  commit(apply: () => void, bytes: number): void;
  change(record: ChangeRecord): void;
  trace(message: string): void;
}

export interface Op {
  readonly payload: unknown;
  apply(tx: Tx): void;
  /** Binds a proxy to its object; alone it causes no round trip. */
  readonly silent?: boolean;
  readonly writes?: boolean;
}

export class MemoryContext {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Op[] = [];
  private closed = false;

  constructor(readonly host: Host) {
    this.workbook = new WorkbookProxy(this);
  }

  /** @internal */
  enqueue(op: Op): void {
    if (this.closed) throw richApiError("InvalidRequestContext", "RequestContext", "Cannot use the object across different request contexts.");
    this.queue.push(op);
  }

  /** @internal Excel.run's end: the context cannot queue anything until a run reuses it. */
  close(): void {
    this.closed = true;
  }

  /** @internal */
  reopen(): void {
    this.closed = false;
  }

  load(object: { load(spec?: unknown): unknown }, spec?: unknown): void {
    object.load(spec);
  }

  trace(message: string): void {
    this.enqueue({ payload: { trace: message }, apply: (tx) => tx.trace(message) });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    if (ops.every((op) => op.silent)) {
      for (const op of ops) op.apply(NO_TX); // bind proxies anyway; nothing to send
      return passThroughValue as T;
    }
    await roundTrip(this.host, ops);
    return passThroughValue as T;
  }
}

const NO_TX: Tx = { commit: (apply) => apply(), change: () => undefined, trace: () => undefined };

async function roundTrip(host: Host, ops: Op[]): Promise<void> {
  const { counters, options } = host;
  counters.syncs++;
  const requestBytes = jsonBytes(ops.map((op) => op.payload));
  counters.requestBytes += requestBytes;
  counters.maxRequestBytes = Math.max(counters.maxRequestBytes, requestBytes);
  const fault = host.faults.take();
  await Promise.resolve(); // a round trip is never synchronous
  if (requestBytes > options.maxRequestBytes) throw richApiError("RequestPayloadSizeLimitExceeded", "RequestContext.sync");
  if (fault === "before") throw richApiError(FAULT_CODES.before, "RequestContext.sync", "The connection was lost before the request arrived.");

  const commits: (() => void)[] = [];
  const changes: ChangeRecord[] = [];
  const traces: string[] = [];
  let responseBytes = 0;
  const tx: Tx = {
    commit: (apply, bytes) => {
      commits.push(apply);
      responseBytes += bytes;
    },
    change: (record) => void changes.push(record),
    trace: (message) => void traces.push(message),
  };
  // A partial failure applies the first half of the real operations (binding proxies does not count).
  let budget = fault === "partial" ? Math.floor(ops.filter((op) => !op.silent).length / 2) : Infinity;
  let failure: unknown;
  let wrote = false;
  for (let i = 0; i < ops.length && failure === undefined; i++) {
    if (!ops[i].silent && budget-- <= 0) break;
    try {
      ops[i].apply(tx);
      wrote ||= ops[i].writes === true;
    } catch (e) {
      failure = e;
    }
  }
  host.events.dispatch(changes);
  if (wrote) host.notify();
  if (failure !== undefined) {
    if (isRichApiError(failure)) failure.traceMessages = traces;
    throw failure;
  }
  if (fault) throw richApiError(FAULT_CODES[fault], "RequestContext.sync", "The connection was lost before the response arrived.");
  counters.responseBytes += responseBytes;
  if (responseBytes > options.maxRequestBytes) throw richApiError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync");
  for (const apply of commits) apply();
}
