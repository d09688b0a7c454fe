// Worksheet proxy: naming, visibility, position, ranges, used range, delete/activate, freeze panes, onChanged.
// Renaming, moving, hiding and deleting are structure changes: refused while the workbook structure is protected.

import { MAX_COLS, MAX_ROWS, parseAddress, rect } from "../address";
import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import { requireStructureUnprotected } from "../protection";
import type { SheetModel, Visibility } from "../sheet";
import { ProxyBase, Resolver } from "./base";
import { eventHandlers } from "./handlers";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";
import { WorksheetProtectionProxy } from "./worksheet-protection";

const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetProxy extends ProxyBase<SheetModel> {
  protected readonly scalarNames = ["name", "id", "position", "visibility"] as const;
  private navProtection?: WorksheetProtectionProxy;
  private navTables?: TableCollectionProxy;

  constructor(context: MemoryContext, resolver: Resolver<SheetModel>, orNull = false) {
    super(context, "Worksheet", resolver, orNull);
  }

  protected read(name: string, sheet: SheetModel): unknown {
    if (name === "position") return this.context.host.model.sheets.indexOf(sheet);
    return { name: sheet.name, id: sheet.id, visibility: sheet.visibility }[name];
  }

  protected override nav(name: string): ProxyBase<unknown> | undefined {
    return name === "protection" ? this.protection : name === "tables" ? this.tables : undefined;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.props.set("name", value);
    this.queue("setName", value, (sheet) => {
      const model = this.context.host.model;
      if (sheet.name === value) return;
      requireStructureUnprotected(model, "Worksheet.name");
      model.checkName(value, sheet, "Worksheet.name");
      sheet.name = value;
    });
  }

  get id(): string {
    return this.get("id");
  }

  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.props.set("position", value);
    this.queue("setPosition", value, (sheet) => {
      requireStructureUnprotected(this.context.host.model, "Worksheet.position");
      this.context.host.model.moveSheet(sheet, value);
    });
  }

  get visibility(): Visibility {
    return this.get("visibility");
  }
  /** Any visibility can be set through the API; VeryHidden sheets cannot be unhidden from Excel's UI. */
  set visibility(value: Visibility) {
    this.props.set("visibility", value);
    this.queue("setVisibility", value, (sheet) => {
      if (!VISIBILITIES.includes(value)) throw richApiError("InvalidArgument", "Worksheet.visibility");
      if (sheet.visibility === value) return;
      const model = this.context.host.model;
      requireStructureUnprotected(model, "Worksheet.visibility");
      if (value !== "Visible") model.checkKeepsVisibleSheet(sheet, "Worksheet.visibility");
      sheet.visibility = value;
      if (value !== "Visible" && model.activeSheetId === sheet.id) model.activeSheetId = model.sheets.find((s) => s.visibility === "Visible")!.id;
    });
  }

  get protection(): WorksheetProtectionProxy {
    return (this.navProtection ??= new WorksheetProtectionProxy(this.context, () => this.target()));
  }

  get tables(): TableCollectionProxy {
    return (this.navTables ??= new TableCollectionProxy(this.context, () => ({ model: this.context.host.model, sheet: this.target() })));
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    const freeze = (rows: number) => this.queue("freezeRows", rows, (sheet) => void (sheet.frozenRows = rows));
    return { freezeRows: (count = 1) => freeze(count), unfreeze: () => freeze(0) } as unknown as Excel.WorksheetFreezePanes;
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return eventHandlers(this.context, "sheetChanged", () => this.target().id, ["ExcelApi", "1.7"]);
  }

  /** Without an address: the whole sheet. A sheet-qualified address must name this sheet. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      if (address === undefined || address === "") return { sheet, rect: rect(0, 0, MAX_ROWS, MAX_COLS) };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw richApiError("InvalidArgument", "Worksheet.getRange");
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return RangeProxy.at(this.context, () => this.target(), rect(startRow, startColumn, rowCount, columnCount), "Worksheet.getRangeByIndexes");
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1 (Excel); the OrNullObject variant gives a null object instead. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? rect(0, 0) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      const used = sheet.usedRect(valuesOnly);
      return used ? { sheet, rect: used } : null;
    }, true);
  }

  delete(): void {
    this.queue("delete", null, (sheet, tx) => {
      const model = this.context.host.model;
      requireStructureUnprotected(model, "Worksheet.delete");
      // "By design" a very hidden sheet cannot be deleted; make it visible or hidden first (office-js issue #365).
      if (sheet.visibility === "VeryHidden") throw richApiError("GeneralException", "Worksheet.delete", "There was an internal error while processing the request.");
      model.checkKeepsVisibleSheet(sheet, "Worksheet.delete");
      model.deleteSheet(sheet);
      tx.change({ kind: "deleted", sheetId: sheet.id, source: "Local" });
    });
  }

  /** A hidden sheet cannot be activated (assumption: InvalidOperation). */
  activate(): void {
    this.queue("activate", null, (sheet) => {
      if (sheet.visibility !== "Visible") throw richApiError("InvalidOperation", "Worksheet.activate");
      this.context.host.model.activeSheetId = sheet.id;
    });
  }
}
