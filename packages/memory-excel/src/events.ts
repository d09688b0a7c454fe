// Worksheet events: handlers registered through the API, fired asynchronously after the change that caused them.
// Excel fires onChanged for UI edits, co-author edits and add-in writes alike (office-js-docs-pr
// docs/excel/excel-add-ins-events.md, "Event triggers" and "Events and coauthoring"); triggerSource (ExcelApi 1.14)
// tells this add-in's own writes apart. `details` exists only for a change to a single cell (ExcelApi 1.9,
// WorksheetChangedEventArgs.details: "If the changed event is triggered on multiple cells, this property cannot be
// retrieved"). Handlers of a deleted sheet no longer fire.

import type { Rect } from "./address";
import { formatRect } from "./address";
import type { ValueType } from "./coercion";
import type { Scalar } from "./sheet";

export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";

export interface CellState {
  value: Scalar;
  type: ValueType;
}

export type ChangeRecord =
  | {
      kind: "changed";
      sheetId: string;
      rect: Rect;
      changeType: ChangeType;
      source: "Local" | "Remote";
      triggerSource: "ThisLocalAddin" | "Unknown";
      details?: { before: CellState; after: CellState };
    }
  | { kind: "added" | "deleted"; sheetId: string; source: "Local" | "Remote" };

export type EventKind = "sheetChanged" | "anyChanged" | "added" | "deleted";
type Handler = (args: unknown) => Promise<unknown>;

interface Registration {
  kind: EventKind;
  sheetId?: string;
  handler: Handler;
}

const jsonValue = (s: CellState) =>
  s.type === "Empty" ? { type: "Empty", basicValue: "" } : { type: s.type === "Error" ? "Error" : s.type, basicValue: s.value };

export class EventHub {
  private registrations: Registration[] = [];
  private pending = new Set<Promise<unknown>>();
  private failures: unknown[] = [];

  constructor(
    private readonly supports: (set: string, version: string) => boolean,
    private readonly sheetExists: (sheetId: string) => boolean,
  ) {}

  add(kind: EventKind, handler: Handler, sheetId?: string): void {
    this.registrations.push({ kind, handler, sheetId });
  }

  remove(kind: EventKind, handler: Handler, sheetId?: string): void {
    this.registrations = this.registrations.filter((r) => !(r.kind === kind && r.handler === handler && r.sheetId === sheetId));
  }

  /** Schedules the handlers for these changes; they run after the current sync has resolved. */
  dispatch(records: ChangeRecord[]): void {
    if (!records.length || !this.registrations.length) return;
    const calls: [Handler, unknown][] = [];
    for (const rec of records) {
      for (const reg of this.registrations) {
        if (!this.matches(reg, rec)) continue;
        calls.push([reg.handler, this.args(rec)]);
      }
    }
    if (!calls.length) return;
    const run = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      for (const [handler, args] of calls) this.track(Promise.resolve().then(() => handler(args)));
    });
    this.track(run);
  }

  /** Resolves when no handler is scheduled or running; rejects with the first error a handler threw. */
  async whenIdle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
    const [first] = this.failures;
    this.failures = [];
    if (first !== undefined) throw first;
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((e: unknown) => void this.failures.push(e)).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private matches(reg: Registration, rec: ChangeRecord): boolean {
    if (rec.kind === "changed") {
      if (!this.sheetExists(rec.sheetId)) return false;
      return reg.kind === "anyChanged" || (reg.kind === "sheetChanged" && reg.sheetId === rec.sheetId);
    }
    return reg.kind === rec.kind;
  }

  private args(rec: ChangeRecord): unknown {
    if (rec.kind !== "changed") return { type: rec.kind === "added" ? "WorksheetAdded" : "WorksheetDeleted", source: rec.source, worksheetId: rec.sheetId };
    const address = formatRect(rec.rect);
    const args: Record<string, unknown> = {
      type: "WorksheetChanged",
      changeType: rec.changeType,
      source: rec.source,
      address,
      worksheetId: rec.sheetId,
      getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(rec.sheetId).getRange(address),
      getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(rec.sheetId).getRange(address),
    };
    if (this.supports("ExcelApi", "1.14")) args.triggerSource = rec.triggerSource;
    if (rec.details && this.supports("ExcelApi", "1.9")) {
      const { before, after } = rec.details;
      args.details = {
        valueBefore: before.value, valueAfter: after.value, valueTypeBefore: before.type, valueTypeAfter: after.type,
        valueAsJsonBefore: jsonValue(before), valueAsJsonAfter: jsonValue(after),
      };
    }
    return args;
  }
}
