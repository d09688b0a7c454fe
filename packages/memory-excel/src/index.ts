// An in-memory Excel host: runs Office.js-style batches (load/sync, protection, events, limits) against a plain
// workbook model, for adapter tests in Node and for demo mode in the browser. No Node or DOM imports.
// What it implements and which Excel behaviours it assumes: docs/memory-excel.md.

import { MemoryContext, type Host, type HostOptions } from "./context";
import { richApiError } from "./errors";
import { EventHub } from "./events";
import { Counters, Faults, type FaultMode } from "./limits";
import { WorkbookModel } from "./model";
import { createOfficeShim, supportsSet, type OfficeShim, type OfficeShimIdentity } from "./office-shim";
import { loadSnapshot, takeSnapshot, type WorkbookSnapshot } from "./snapshot";
import * as user from "./user-actions";
import type { EditResult } from "./user-actions";

export type { WorkbookModel, TableModel } from "./model";
export type { SheetModel, Scalar, Visibility } from "./sheet";
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot, TableSnapshot, FormatRangeSnapshot } from "./snapshot";
export type { OfficeShim, OfficeShimIdentity } from "./office-shim";
export type { EditResult } from "./user-actions";
export type { RichApiError, ErrorCode } from "./errors";
export { isRichApiError } from "./errors";
export type { FaultMode } from "./limits";
export { DEFAULT_PROTECTION_OPTIONS } from "./sheet";
/** The list a cell offers from a list validation (Range.dataValidation), for a cell editor such as the demo grid. */
export { listAt } from "./proxies/data-validation";
/** Excel's grid and A1 ranges as the host reads them (for the .xlsx converter and tests). */
export { MAX_COLS, MAX_ROWS, containsCell, formatRect, lastCol, lastRow, parseAddress, rect, type Rect } from "./address";

export interface MemoryExcelOptions {
  /** Largest request (and response) payload per sync, in bytes; default 5 MB as in Excel on the web. */
  maxRequestBytes?: number;
  /** Most cells one load of values/formulas/text/numberFormat/valueTypes may read; default 5,000,000. */
  maxCellsPerRead?: number;
  /** Supported requirement sets, e.g. { ExcelApi: "1.17", ExcelApiOnline: "1.1", NestedAppAuth: "1.1" }. */
  requirementSets?: Record<string, string>;
  /** The new workbook's one sheet: Excel names it in the language of its interface ("Blad1" in Dutch); default "Sheet1". */
  firstSheetName?: string;
  /** Default "ignore"; "AccessDenied" imitates the builds of office-js issue #6784 (the adapter suite runs in both). */
  unprotectUnprotected?: "ignore" | "AccessDenied";
  /** Default "RangeExceedsLimit"; "null" imitates office-js issues #4783/#6781 (values read as null, no error). */
  oversizedRead?: "RangeExceedsLimit" | "null";
}

export interface MemoryExcel {
  /**
   * Like Excel.run: a new context, the batch, then a final sync. As Excel.run(object, batch), it reuses the
   * context of an earlier object (e.g. an EventHandlerResult, whose remove() must run in the context that added it).
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(reuse: { context: unknown } | Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Direct inspection for tests and for rendering the demo grid. */
  readonly model: WorkbookModel;
  readonly counters: { readonly syncs: number; readonly requestBytes: number; readonly maxRequestBytes: number; readonly responseBytes: number; reset(): void };
  readonly faults: { failSync(k: number, mode: FaultMode): void; clear(): void };
  /** A person typing or pasting in the grid; refused on locked cells of a protected sheet. Fires onChanged (Local, Unknown). */
  userEdit(sheet: string, address: string, values: unknown[][]): EditResult;
  /** A co-author's edit; refused where protection applies to them. Fires onChanged (Remote). */
  remoteEdit(sheet: string, address: string, values: unknown[][]): EditResult;
  userInsertRows(sheet: string, rowIndex: number, count: number): EditResult;
  userDeleteRows(sheet: string, rowIndex: number, count: number): EditResult;
  userDeleteSheet(name: string): EditResult;
  userRenameSheet(oldName: string, newName: string): EditResult;
  /** Called after every applied change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  officeShim(identity?: OfficeShimIdentity): OfficeShim;
  snapshot(): WorkbookSnapshot;
  load(snapshot: WorkbookSnapshot): void;
  /** Resolves when no event handler is pending or running; rejects with the first error a handler threw. */
  whenIdle(): Promise<void>;
}

const DEFAULT_SETS = { ExcelApi: "1.17", ExcelApiOnline: "1.1", NestedAppAuth: "1.1", SharedRuntime: "1.1" };

export function createMemoryExcel(options: MemoryExcelOptions = {}): MemoryExcel {
  const hostOptions: HostOptions = {
    maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024,
    maxCellsPerRead: options.maxCellsPerRead ?? 5_000_000,
    requirementSets: options.requirementSets ?? DEFAULT_SETS,
    unprotectUnprotected: options.unprotectUnprotected ?? "ignore",
    oversizedRead: options.oversizedRead ?? "RangeExceedsLimit",
  };
  const model = new WorkbookModel();
  model.addSheet(options.firstSheetName ?? "Sheet1"); // a new workbook, as Excel makes it
  const listeners = new Set<() => void>();
  const supports = (set: string, version: string) => supportsSet(hostOptions.requirementSets, set, version);
  const host: Host = {
    model,
    options: hostOptions,
    counters: new Counters(),
    faults: new Faults(),
    events: new EventHub(supports, (id) => model.sheets.some((s) => s.id === id)),
    supports,
    notify: () => listeners.forEach((listener) => listener()),
  };

  return {
    async run<T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const batch = (second ?? first) as (context: Excel.RequestContext) => Promise<T>;
      const reused = second === undefined ? undefined : first instanceof MemoryContext ? first : (first as { context?: unknown }).context;
      if (reused !== undefined && !(reused instanceof MemoryContext)) throw new TypeError("run(object, batch): object has no memory-excel context");
      const context = reused ?? new MemoryContext(host);
      context.reopen();
      try {
        const pending = batch(context as unknown as Excel.RequestContext);
        if (!pending || typeof (pending as { then?: unknown }).then !== "function") throw richApiError("RunMustReturnPromise", "Excel.run");
        const result = await pending;
        await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
    model,
    counters: host.counters,
    faults: host.faults,
    userEdit: (sheet, address, values) => user.userEdit(host, sheet, address, values),
    remoteEdit: (sheet, address, values) => user.remoteEdit(host, sheet, address, values),
    userInsertRows: (sheet, rowIndex, count) => user.userInsertRows(host, sheet, rowIndex, count),
    userDeleteRows: (sheet, rowIndex, count) => user.userDeleteRows(host, sheet, rowIndex, count),
    userDeleteSheet: (name) => user.userDeleteSheet(host, name),
    userRenameSheet: (oldName, newName) => user.userRenameSheet(host, oldName, newName),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    officeShim: (identity) => createOfficeShim(hostOptions.requirementSets, identity),
    snapshot: () => takeSnapshot(model),
    load(snapshot) {
      loadSnapshot(model, snapshot);
      host.notify();
    },
    whenIdle: () => host.events.whenIdle(),
  };
}
