// Range.dataValidation (ExcelApi 1.8), minimally: a list rule, errorAlert, ignoreBlanks and clear(), stored per sheet
// as (rectangle, settings) and read back by `type` and `rule`. Excel checks a rule against what a user types
// (DataValidation.errorAlert: "Error alert when user enters invalid data"), not against values an add-in writes; here
// no value is ever checked: userEdit stands for a user whose entry the alert let through (showAlert false).
// https://learn.microsoft.com/javascript/api/excel/excel.datavalidation ·
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// Not modelled: other rule types, prompt, valid/getInvalidCells, protection checks, moving rules when cells shift.

import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import { containsCell, intersection, type Rect } from "../address";
import type { SheetModel } from "../sheet";
import { ProxyBase } from "./base";
import type { RangeProxy, RangeTarget } from "./range";

export interface ListRule {
  readonly list: { readonly inCellDropDown?: boolean; readonly source: string };
}

export interface ValidationModel {
  readonly rect: Rect;
  readonly rule: ListRule;
  readonly showAlert: boolean;
  readonly ignoreBlanks: boolean;
}

/** The validations of each sheet (kept beside the model, so the model's snapshot format stays as it is). */
const bySheet = new WeakMap<SheetModel, ValidationModel[]>();

export function validationsOf(sheet: SheetModel): readonly ValidationModel[] {
  return bySheet.get(sheet) ?? [];
}

/** The list a cell offers (for a cell editor's suggestions), or undefined. */
export function listAt(sheet: SheetModel, row: number, col: number): readonly string[] | undefined {
  const v = validationsOf(sheet).find((x) => containsCell(x.rect, row, col));
  return v?.rule.list.source.split(",").map((s) => s.trim());
}

const intersects = (a: Rect, b: Rect): boolean => intersection(a, b) !== null;

function withoutRect(sheet: SheetModel, r: Rect): ValidationModel[] {
  return validationsOf(sheet).filter((v) => !intersects(v.rect, r));
}

export class DataValidationProxy extends ProxyBase<RangeTarget> {
  protected readonly scalarNames = ["type", "rule", "ignoreBlanks", "errorAlert"] as const;

  constructor(context: MemoryContext, range: RangeProxy) {
    super(context, "DataValidation", () => range.target());
    this.requireSet("ExcelApi", "1.8", "Range.dataValidation");
  }

  protected read(name: string, { sheet, rect }: RangeTarget): unknown {
    const v = validationsOf(sheet).find((x) => intersects(x.rect, rect));
    switch (name) {
      case "type": return v ? "List" : "None";
      case "rule": return v ? v.rule : {};
      case "ignoreBlanks": return v?.ignoreBlanks ?? true;
      default: return { showAlert: v?.showAlert ?? true };
    }
  }

  get type(): string { return this.get("type"); }
  get rule(): ListRule { return this.get("rule"); }
  /** Only a list rule is modelled; the rule replaces any rule on these cells. */
  set rule(rule: ListRule) {
    this.props.set("rule", rule);
    this.queue("rule", rule, ({ sheet, rect }) => {
      if (!rule?.list || typeof rule.list.source !== "string") throw richApiError("InvalidArgument", "DataValidation.rule");
      bySheet.set(sheet, [...withoutRect(sheet, rect), { rect, rule, showAlert: true, ignoreBlanks: true }]);
    });
  }
  set errorAlert(alert: { showAlert?: boolean }) {
    this.props.set("errorAlert", alert);
    this.queue("errorAlert", alert, ({ sheet, rect }) => this.update(sheet, rect, (v) => ({ ...v, showAlert: alert.showAlert ?? v.showAlert })));
  }
  set ignoreBlanks(value: boolean) {
    this.props.set("ignoreBlanks", value);
    this.queue("ignoreBlanks", value, ({ sheet, rect }) => this.update(sheet, rect, (v) => ({ ...v, ignoreBlanks: value })));
  }

  clear(): void {
    this.queue("clear", null, ({ sheet, rect }) => bySheet.set(sheet, withoutRect(sheet, rect)));
  }

  private update(sheet: SheetModel, rect: Rect, change: (v: ValidationModel) => ValidationModel): void {
    bySheet.set(sheet, validationsOf(sheet).map((v) => (intersects(v.rect, rect) ? change(v) : v)));
  }
}
