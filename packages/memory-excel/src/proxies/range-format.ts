// Range.format: protection.locked (true by default, null when mixed), font.bold, column width / autofit.
// Column widths are kept per column, in points (office-js issue #187), and read back as Excel does: null when the
// range's columns differ (RangeFormat.columnWidth, ExcelApi 1.2). Not modelled: row heights and autofit (they need text
// measurement; setting them only checks protection), and widths moving with inserted or deleted columns.

import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import { protectionActive, requireFormattable, requireUnprotected } from "../protection";
import { ProxyBase } from "./base";
import type { RangeProxy, RangeTarget } from "./range";

const DEFAULT_WIDTH = 48; // points: Excel's default column width of 8.43 characters
const DEFAULT_HEIGHT = 15;

/** Column widths and autofit need "Format columns" (rows: "Format rows") on a protected sheet. */
function requireLayout(t: RangeTarget, option: "allowFormatColumns" | "allowFormatRows", location: string): void {
  if (protectionActive(t.sheet) && !t.sheet.protection.options[option]) throw richApiError("AccessDenied", location);
}

export class RangeFormatProxy extends ProxyBase<RangeTarget> {
  protected readonly scalarNames = ["columnWidth", "rowHeight"] as const;
  readonly font: RangeFontProxy;
  readonly protection: FormatProtectionProxy;

  constructor(context: MemoryContext, range: RangeProxy) {
    super(context, "RangeFormat", () => range.target());
    this.font = new RangeFontProxy(context, () => this.target());
    this.protection = new FormatProtectionProxy(context, () => this.target());
  }

  protected read(name: string, { sheet, rect }: RangeTarget): unknown {
    if (name !== "columnWidth") return DEFAULT_HEIGHT;
    const width = (col: number) => sheet.columnWidths.get(col) ?? DEFAULT_WIDTH;
    const first = width(rect.col);
    for (let c = rect.col + 1; c < rect.col + rect.cols; c++) if (width(c) !== first) return null;
    return first;
  }
  protected override nav(name: string): ProxyBase<unknown> | undefined {
    return name === "font" ? this.font : name === "protection" ? this.protection : undefined;
  }

  get columnWidth(): number { return this.get("columnWidth"); }
  set columnWidth(value: number) {
    this.props.set("columnWidth", value);
    this.queue("columnWidth", value, (t) => {
      requireLayout(t, "allowFormatColumns", "RangeFormat.columnWidth");
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw richApiError("InvalidArgument", "RangeFormat.columnWidth");
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths.set(c, value);
    });
  }
  get rowHeight(): number { return this.get("rowHeight"); }
  set rowHeight(value: number) {
    this.props.set("rowHeight", value);
    this.queue("rowHeight", value, (t) => requireLayout(t, "allowFormatRows", "RangeFormat.rowHeight"));
  }

  autofitColumns(): void {
    this.queue("autofitColumns", null, (t) => requireLayout(t, "allowFormatColumns", "RangeFormat.autofitColumns"));
  }
  autofitRows(): void {
    this.queue("autofitRows", null, (t) => requireLayout(t, "allowFormatRows", "RangeFormat.autofitRows"));
  }
}

export class RangeFontProxy extends ProxyBase<RangeTarget> {
  protected readonly scalarNames = ["bold"] as const;

  constructor(context: MemoryContext, resolver: () => RangeTarget) {
    super(context, "RangeFont", resolver);
  }
  protected read(_name: string, { sheet, rect }: RangeTarget): unknown {
    return sheet.uniformFormat(rect, "bold");
  }

  get bold(): boolean { return this.get("bold"); }
  set bold(value: boolean) {
    this.props.set("bold", value);
    this.queue("bold", value, ({ sheet, rect }) => {
      requireFormattable(sheet, rect, "RangeFont.bold");
      sheet.setFormat(rect, "bold", !!value);
    });
  }
}

/** Cells are locked by default; locking only takes effect once the sheet is protected. */
export class FormatProtectionProxy extends ProxyBase<RangeTarget> {
  protected readonly scalarNames = ["locked", "formulaHidden"] as const;

  constructor(context: MemoryContext, resolver: () => RangeTarget) {
    super(context, "FormatProtection", resolver);
  }
  protected read(name: string, { sheet, rect }: RangeTarget): unknown {
    return name === "locked" ? sheet.uniformFormat(rect, "locked") : false;
  }

  get locked(): boolean { return this.get("locked"); }
  set locked(value: boolean) {
    this.props.set("locked", value);
    this.queue("locked", value, ({ sheet, rect }) => {
      if (typeof value !== "boolean") throw richApiError("InvalidArgument", "FormatProtection.locked");
      requireUnprotected(sheet, "FormatProtection.locked");
      sheet.setFormat(rect, "locked", value);
    });
  }
  get formulaHidden(): boolean { return this.get("formulaHidden"); }
}
