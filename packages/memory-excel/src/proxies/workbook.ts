// context.workbook, its worksheet collection and workbook (structure) protection.

import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import type { WorkbookModel } from "../model";
import { requirePassword, requireStructureUnprotected } from "../protection";
import type { SheetModel } from "../sheet";
import { CollectionBase, ProxyBase } from "./base";
import { eventHandlers } from "./handlers";
import { TableCollectionProxy } from "./table";
import { WorksheetProxy } from "./worksheet";

export class WorkbookProxy extends ProxyBase<WorkbookModel> {
  protected readonly scalarNames = [] as const;
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly protection: WorkbookProtectionProxy;

  constructor(context: MemoryContext) {
    super(context, "Workbook", { bound: context.host.model });
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, () => ({ model: context.host.model }));
    this.protection = new WorkbookProtectionProxy(context);
  }

  protected read(): unknown {
    return undefined;
  }

  protected override nav(name: string): ProxyBase<unknown> | undefined {
    return name === "protection" ? this.protection : undefined;
  }
}

export class WorksheetCollectionProxy extends CollectionBase<WorkbookModel, SheetModel, WorksheetProxy> {
  protected readonly scalarNames = [] as const;

  constructor(context: MemoryContext) {
    super(context, "WorksheetCollection", { bound: context.host.model });
  }

  protected read(): unknown {
    return undefined;
  }

  protected list(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  protected makeItem(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this.context, { bound: sheet });
  }

  /** By name or id; ItemNotFound at sync when there is none. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.target().requireSheet(key, "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.target().sheet(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.target().requireSheet(this.target().activeSheetId ?? "", "WorksheetCollection.getActiveWorksheet"));
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.result("getCount", (model) => model.sheets.length);
  }

  add(name?: string): WorksheetProxy {
    let added: SheetModel | undefined;
    this.queue("add", name ?? null, (model, tx) => {
      requireStructureUnprotected(model, "WorksheetCollection.add");
      added = model.addSheet(name);
      tx.change({ kind: "added", sheetId: added.id, source: "Local" });
    });
    return new WorksheetProxy(this.context, () => added ?? null);
  }

  get onAdded(): OfficeExtension.EventHandlers<Excel.WorksheetAddedEventArgs> {
    return eventHandlers(this.context, "added", () => undefined, ["ExcelApi", "1.7"]);
  }

  get onDeleted(): OfficeExtension.EventHandlers<Excel.WorksheetDeletedEventArgs> {
    return eventHandlers(this.context, "deleted", () => undefined, ["ExcelApi", "1.7"]);
  }

  /** Changes on any sheet (ExcelApi 1.9). */
  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return eventHandlers(this.context, "anyChanged", () => undefined, ["ExcelApi", "1.9"]);
  }
}

/** Workbook structure protection (ExcelApi 1.7): while on, sheets cannot be added, deleted, renamed, moved or (un)hidden. */
export class WorkbookProtectionProxy extends ProxyBase<WorkbookModel> {
  protected readonly scalarNames = ["protected"] as const;

  constructor(context: MemoryContext) {
    super(context, "WorkbookProtection", { bound: context.host.model });
  }

  get protected(): boolean {
    return this.get("protected");
  }

  protected read(_name: string, model: WorkbookModel): unknown {
    return model.structure.protected;
  }

  /** "Protects the workbook. Fails if the workbook has been protected." (WorkbookProtection.protect reference). */
  protect(password?: string): void {
    this.requireSet("ExcelApi", "1.7", "WorkbookProtection.protect");
    this.queue("protect", password === undefined ? null : "***", (model) => {
      if (model.structure.protected) throw richApiError("AccessDenied", "WorkbookProtection.protect");
      model.structure = { protected: true, password: password ?? null };
    });
  }

  unprotect(password?: string): void {
    this.requireSet("ExcelApi", "1.7", "WorkbookProtection.unprotect");
    this.queue("unprotect", password === undefined ? null : "***", (model) => {
      if (!model.structure.protected) return;
      requirePassword(model.structure.password, password, "WorkbookProtection.unprotect");
      model.structure = { protected: false, password: null };
    });
  }
}
