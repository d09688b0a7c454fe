// Tables: collections (workbook- and sheet-level), ranges, columns, rows.add, resize (ExcelApi 1.13), delete.
// Assumptions (docs/memory-excel.md): values written below a table through the API do not extend it; structural
// table changes (add, resize, rename, rows.add, delete) are refused with AccessDenied on a protected sheet.

import { Rect, intersection, lastCol, lastRow, parseAddress, rect } from "../address";
import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import type { TableModel, WorkbookModel } from "../model";
import { protectionActive } from "../protection";
import type { SheetModel } from "../sheet";
import { editRecord, writeContents } from "../writes";
import { CollectionBase, ProxyBase, Resolver } from "./base";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";

type Scope = { model: WorkbookModel; sheet?: SheetModel };
type ColumnRef = { table: TableModel; index: number };

const requireTableEditable = (t: TableModel, location: string) => {
  if (protectionActive(t.sheet)) throw richApiError("AccessDenied", location);
};
const dataBody = (t: TableModel): Rect => rect(t.rect.row + 1, t.rect.col, t.rect.rows - 1, t.rect.cols);
const isTableName = (name: string) => /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RC]$/i.test(name);

export class TableCollectionProxy extends CollectionBase<Scope, TableModel, TableProxy> {
  protected readonly scalarNames = ["count"] as const;

  constructor(context: MemoryContext, resolver: () => Scope) {
    super(context, "TableCollection", resolver);
  }

  protected read(_name: string, scope: Scope): unknown {
    return this.list(scope).length;
  }
  protected list({ model, sheet }: Scope): TableModel[] {
    return sheet ? model.tablesOn(sheet) : model.tables;
  }
  protected makeItem(table: TableModel): TableProxy {
    return new TableProxy(this.context, { bound: table });
  }

  get count(): number {
    return this.get("count");
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.result("getCount", (scope) => this.list(scope).length);
  }

  /** Address with or without sheet name; the workbook-level collection uses the active sheet when none is named. */
  add(address: string, hasHeaders: boolean): TableProxy {
    let added: TableModel | undefined;
    this.queue("add", { address, hasHeaders }, ({ model, sheet }) => {
      const parsed = parseAddress(address, "TableCollection.add");
      const target = parsed.sheet !== undefined ? model.requireSheet(parsed.sheet, "TableCollection.add") : sheet ?? model.requireSheet(model.activeSheetId ?? "", "TableCollection.add");
      if (sheet && target !== sheet) throw richApiError("InvalidArgument", "TableCollection.add");
      if (protectionActive(target)) throw richApiError("AccessDenied", "TableCollection.add");
      added = model.addTable(target, parsed.rect, hasHeaders);
    });
    return new TableProxy(this.context, () => added ?? null);
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, () => {
      const t = this.find(key);
      if (!t) throw richApiError("ItemNotFound", "TableCollection.getItem");
      return t;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, () => this.find(key) ?? null, true);
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, () => {
      const t = this.list(this.target())[index];
      if (!t) throw richApiError("InvalidArgument", "TableCollection.getItemAt");
      return t;
    });
  }

  private find(key: string): TableModel | undefined {
    const scope = this.target();
    const t = scope.model.table(key);
    return t && (!scope.sheet || t.sheet === scope.sheet) ? t : undefined;
  }
}

export class TableProxy extends ProxyBase<TableModel> {
  protected readonly scalarNames = ["name", "id", "showHeaders", "showTotals", "showFilterButton"] as const;
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;
  private navSheet?: WorksheetProxy;

  constructor(context: MemoryContext, resolver: Resolver<TableModel>, orNull = false) {
    super(context, "Table", resolver, orNull);
    this.columns = new TableColumnCollectionProxy(context, () => this.target());
    this.rows = new TableRowCollectionProxy(context, () => this.target());
  }

  protected read(name: string, t: TableModel): unknown {
    return { name: t.name, id: t.id, showHeaders: true, showTotals: false, showFilterButton: t.showFilterButton }[name];
  }
  protected override nav(name: string): ProxyBase<unknown> | undefined {
    return name === "columns" ? this.columns : name === "rows" ? this.rows : name === "worksheet" ? this.worksheet : undefined;
  }

  get name(): string { return this.get("name"); }
  set name(value: string) {
    this.props.set("name", value);
    this.queue("setName", value, (t) => {
      requireTableEditable(t, "Table.name");
      const other = this.context.host.model.table(value);
      if (!isTableName(value) || (other && other !== t)) throw richApiError("InvalidArgument", "Table.name");
      t.name = value;
    });
  }
  get id(): string { return this.get("id"); }
  get showHeaders(): boolean { return this.get("showHeaders"); }
  get showTotals(): boolean { return this.get("showTotals"); }
  /** ExcelApi 1.3; a table property, so refused on a protected sheet like the other table changes (assumption). */
  get showFilterButton(): boolean { return this.get("showFilterButton"); }
  set showFilterButton(value: boolean) {
    this.props.set("showFilterButton", value);
    this.queue("showFilterButton", value, (t) => {
      requireTableEditable(t, "Table.showFilterButton");
      t.showFilterButton = !!value;
    });
  }

  get worksheet(): WorksheetProxy {
    return (this.navSheet ??= new WorksheetProxy(this.context, () => this.target().sheet));
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.target().sheet, rect: this.target().rect }));
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.target().sheet, rect: { ...this.target().rect, rows: 1 } }));
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.target().sheet, rect: dataBody(this.target()) }));
  }

  /** ExcelApi 1.13. The header row must stay where it is and the new range must overlap the old one. */
  resize(newRange: string): void {
    this.requireSet("ExcelApi", "1.13", "Table.resize");
    this.queue("resize", newRange, (t) => {
      requireTableEditable(t, "Table.resize");
      const parsed = parseAddress(newRange, "Table.resize");
      const r = parsed.rect;
      const others = this.context.host.model.tablesOn(t.sheet).filter((o) => o !== t);
      if (r.row !== t.rect.row || r.rows < 2 || !intersection(r, t.rect) || others.some((o) => intersection(o.rect, r))) {
        throw richApiError("InvalidArgument", "Table.resize");
      }
      t.rect = r;
      this.context.host.model.fillHeaders(t);
    });
  }

  /** Deletes the table and its contents (assumption); convertToRange keeps the contents. */
  delete(): void {
    this.queue("delete", null, (t) => {
      requireTableEditable(t, "Table.delete");
      t.sheet.clear(t.rect, "Contents");
      this.context.host.model.deleteTable(t);
    });
  }

  convertToRange(): RangeProxy {
    const range = this.getRange();
    this.queue("convertToRange", null, (t) => {
      requireTableEditable(t, "Table.convertToRange");
      this.context.host.model.deleteTable(t);
    });
    return range;
  }
}

export class TableColumnCollectionProxy extends CollectionBase<TableModel, ColumnRef, TableColumnProxy> {
  protected readonly scalarNames = ["count"] as const;

  constructor(context: MemoryContext, resolver: () => TableModel) {
    super(context, "TableColumnCollection", resolver);
  }
  protected read(_name: string, t: TableModel): unknown {
    return t.rect.cols;
  }
  protected list(table: TableModel): ColumnRef[] {
    return Array.from({ length: table.rect.cols }, (_, index) => ({ table, index }));
  }
  protected makeItem(ref: ColumnRef): TableColumnProxy {
    return new TableColumnProxy(this.context, { bound: ref });
  }

  get count(): number { return this.get("count"); }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.result("getCount", (t) => t.rect.cols);
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.context, () => this.find(key) ?? throwNotFound("TableColumnCollection.getItem"));
  }
  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.context, () => this.find(key) ?? null, true);
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, () => {
      const table = this.target();
      return index >= 0 && index < table.rect.cols ? { table, index } : throwNotFound("TableColumnCollection.getItemAt");
    });
  }

  private find(key: string | number): ColumnRef | undefined {
    const table = this.target();
    const names = this.context.host.model.tableColumnNames(table).map((n) => n.toLowerCase());
    const byName = names.indexOf(String(key).toLowerCase());
    const index = byName >= 0 ? byName : /^\d+$/.test(String(key)) && Number(key) >= 1 && Number(key) <= names.length ? Number(key) - 1 : -1;
    return index >= 0 ? { table, index } : undefined;
  }
}

function throwNotFound(location: string): never {
  throw richApiError("ItemNotFound", location);
}

export class TableColumnProxy extends ProxyBase<ColumnRef> {
  protected readonly scalarNames = ["name", "id", "index"] as const;

  constructor(context: MemoryContext, resolver: Resolver<ColumnRef>, orNull = false) {
    super(context, "TableColumn", resolver, orNull);
  }
  protected read(name: string, { table, index }: ColumnRef): unknown {
    return name === "name" ? this.context.host.model.tableColumnNames(table)[index] : name === "id" ? String(index + 1) : index;
  }
  get name(): string { return this.get("name"); }
  get id(): string { return this.get("id"); }
  get index(): number { return this.get("index"); }

  private column(rows: (t: TableModel) => [number, number]): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { table, index } = this.target();
      const [row, count] = rows(table);
      return { sheet: table.sheet, rect: rect(row, table.rect.col + index, count, 1) };
    });
  }
  getRange(): RangeProxy { return this.column((t) => [t.rect.row, t.rect.rows]); }
  getHeaderRowRange(): RangeProxy { return this.column((t) => [t.rect.row, 1]); }
  getDataBodyRange(): RangeProxy { return this.column((t) => [t.rect.row + 1, t.rect.rows - 1]); }
}

type RowRef = { table: TableModel; index: number };

export class TableRowCollectionProxy extends CollectionBase<TableModel, RowRef, TableRowProxy> {
  protected readonly scalarNames = ["count"] as const;

  constructor(context: MemoryContext, resolver: () => TableModel) {
    super(context, "TableRowCollection", resolver);
  }
  protected read(_name: string, t: TableModel): unknown {
    return t.rect.rows - 1;
  }
  protected list(table: TableModel): RowRef[] {
    return Array.from({ length: table.rect.rows - 1 }, (_, index) => ({ table, index }));
  }
  protected makeItem(ref: RowRef): TableRowProxy {
    return new TableRowProxy(this.context, { bound: ref });
  }

  get count(): number { return this.get("count"); }
  getCount(): OfficeExtension.ClientResult<number> {
    return this.result("getCount", (t) => t.rect.rows - 1);
  }

  /** Inserts rows at a data-row index (default: the end), shifting the cells below within the table's columns. */
  add(index?: number | null, values?: unknown[][], _alwaysInsert?: boolean): TableRowProxy {
    let added: RowRef | undefined;
    this.queue("add", { index: index ?? null, values: values ?? null }, (t, tx) => {
      requireTableEditable(t, "TableRowCollection.add");
      const data = values ?? [new Array(t.rect.cols).fill("")];
      const at = index ?? t.rect.rows - 1;
      if (at < 0 || at > t.rect.rows - 1 || !Array.isArray(data) || !data.length || data.some((r) => !Array.isArray(r) || r.length !== t.rect.cols)) {
        throw richApiError("InvalidArgument", "TableRowCollection.add");
      }
      const first = t.rect.row + 1 + at;
      const fresh = rect(first, t.rect.col, data.length, t.rect.cols);
      const appending = first > lastRow(t.rect);
      this.context.host.model.shift(t.sheet, "row", first, data.length, t.rect.col, lastCol(t.rect));
      if (appending) t.rect = { ...t.rect, rows: t.rect.rows + data.length };
      writeContents(t.sheet, fresh, data, "TableRowCollection.add");
      tx.change(editRecord(t.sheet, fresh, "Local", "ThisLocalAddin"));
      added = { table: t, index: at };
    });
    return new TableRowProxy(this.context, () => added ?? null);
  }
}

export class TableRowProxy extends ProxyBase<RowRef> {
  protected readonly scalarNames = ["index"] as const;

  constructor(context: MemoryContext, resolver: Resolver<RowRef>) {
    super(context, "TableRow", resolver);
  }
  protected read(_name: string, ref: RowRef): unknown {
    return ref.index;
  }
  get index(): number { return this.get("index"); }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { table, index } = this.target();
      return { sheet: table.sheet, rect: rect(table.rect.row + 1 + index, table.rect.col, 1, table.rect.cols) };
    });
  }
}
