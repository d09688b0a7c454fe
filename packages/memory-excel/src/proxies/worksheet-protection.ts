// Worksheet protection (ExcelApi 1.2/1.7) with the ExcelApiOnline 1.1 additions: pause/resume for this session
// and allow-edit ranges. Method notes quote Excel.WorksheetProtection / AllowEditRangeCollection in
// node_modules/@types/office-js/index.d.ts (docs-ref-autogen excel.worksheetprotection.yml).

import { formatRect, parseAddress } from "../address";
import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import { protectionActive, requirePassword } from "../protection";
import { AllowEditRangeModel, DEFAULT_PROTECTION_OPTIONS, SheetModel } from "../sheet";
import { CollectionBase, ProxyBase } from "./base";

const ONLINE: [string, string] = ["ExcelApiOnline", "1.1"];

export class WorksheetProtectionProxy extends ProxyBase<SheetModel> {
  protected readonly scalarNames = ["protected", "options", "isPaused", "isPasswordProtected", "canPauseProtection", "savedOptions"] as const;
  private navRanges?: AllowEditRangeCollectionProxy;

  constructor(context: MemoryContext, resolver: () => SheetModel) {
    super(context, "WorksheetProtection", resolver);
  }

  protected read(name: string, sheet: SheetModel): unknown {
    const p = sheet.protection;
    switch (name) {
      case "protected": return p.protected;
      case "options": case "savedOptions": return { ...p.options };
      case "isPaused": return p.protected && p.paused;
      case "isPasswordProtected": return p.protected && !!p.password;
      default: return this.context.host.supports(...ONLINE); // canPauseProtection
    }
  }

  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.get("options");
  }
  get isPaused(): boolean {
    return this.get("isPaused");
  }
  get isPasswordProtected(): boolean {
    return this.get("isPasswordProtected");
  }
  get canPauseProtection(): boolean {
    return this.get("canPauseProtection");
  }

  get allowEditRanges(): AllowEditRangeCollectionProxy {
    return (this.navRanges ??= new AllowEditRangeCollectionProxy(this.context, () => this.target()));
  }

  /**
   * "Protects a worksheet. Fails if the worksheet has already been protected." Current builds fail with
   * AccessDenied (https://github.com/OfficeDev/office-js/issues/6784), which is what this host throws.
   */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queue("protect", { options: options ?? null, password: password ? "***" : null }, (sheet) => {
      if (sheet.protection.protected) throw richApiError("AccessDenied", "WorksheetProtection.protect");
      const merged = { ...DEFAULT_PROTECTION_OPTIONS };
      for (const [k, v] of Object.entries(options ?? {})) if (v !== null && v !== undefined) (merged as Record<string, unknown>)[k] = v;
      sheet.protection = { protected: true, options: merged, password: password || null, paused: false };
    });
  }

  /**
   * Unprotecting an unprotected sheet does nothing, or fails with AccessDenied on the builds of
   * https://github.com/OfficeDev/office-js/issues/6784 (host option unprotectUnprotected).
   */
  unprotect(password?: string): void {
    this.queue("unprotect", password ? "***" : null, (sheet) => {
      if (!sheet.protection.protected) {
        if (this.context.host.options.unprotectUnprotected === "AccessDenied") throw richApiError("AccessDenied", "WorksheetProtection.unprotect");
        return;
      }
      requirePassword(sheet.protection.password, password, "WorksheetProtection.unprotect");
      sheet.protection = { ...sheet.protection, protected: false, password: null, paused: false };
    });
  }

  /** "If the password is incorrect, then this method throws an InvalidArgument error"; no-op when not protected or paused. */
  pauseProtection(password?: string): void {
    this.requireSet(...ONLINE, "WorksheetProtection.pauseProtection");
    this.queue("pauseProtection", password ? "***" : null, (sheet) => {
      if (!sheet.protection.protected || sheet.protection.paused) return;
      requirePassword(sheet.protection.password, password, "WorksheetProtection.pauseProtection");
      sheet.protection.paused = true;
    });
  }

  resumeProtection(): void {
    this.requireSet(...ONLINE, "WorksheetProtection.resumeProtection");
    this.queue("resumeProtection", null, (sheet) => void (sheet.protection.paused = false));
  }

  checkPassword(password?: string): OfficeExtension.ClientResult<boolean> {
    this.requireSet(...ONLINE, "WorksheetProtection.checkPassword");
    return this.result("checkPassword", (sheet) => !!sheet.protection.password && sheet.protection.password === password);
  }

  /** "If worksheet protection is enabled and not paused, this method throws an AccessDenied error." */
  updateOptions(options: Excel.WorksheetProtectionOptions): void {
    this.requireSet(...ONLINE, "WorksheetProtection.updateOptions");
    this.queue("updateOptions", options, (sheet) => {
      if (protectionActive(sheet)) throw richApiError("AccessDenied", "WorksheetProtection.updateOptions");
      sheet.protection.options = { ...sheet.protection.options, ...options } as typeof sheet.protection.options;
    });
  }
}

export class AllowEditRangeCollectionProxy extends CollectionBase<SheetModel, AllowEditRangeModel, AllowEditRangeProxy> {
  protected readonly scalarNames = [] as const;

  constructor(context: MemoryContext, resolver: () => SheetModel) {
    super(context, "AllowEditRangeCollection", resolver);
    this.requireSet(...ONLINE, "WorksheetProtection.allowEditRanges");
  }

  protected read(): unknown {
    return undefined;
  }
  protected list(sheet: SheetModel): AllowEditRangeModel[] {
    return sheet.allowEditRanges;
  }
  protected makeItem(model: AllowEditRangeModel): AllowEditRangeProxy {
    return new AllowEditRangeProxy(this.context, { bound: { sheet: this.target(), range: model } });
  }

  /** "If worksheet protection is enabled and not paused, then this method throws an AccessDenied error." */
  add(title: string, rangeAddress: string, options?: Excel.AllowEditRangeOptions): void {
    this.queue("add", { title, rangeAddress }, (sheet) => {
      if (protectionActive(sheet)) throw richApiError("AccessDenied", "AllowEditRangeCollection.add");
      if (!title || sheet.allowEditRanges.some((a) => a.title === title)) throw richApiError("InvalidArgument", "AllowEditRangeCollection.add");
      const { rect } = parseAddress(rangeAddress, "AllowEditRangeCollection.add");
      sheet.allowEditRanges.push({ title, rect, password: options?.password || null, paused: false });
    });
  }

  getItem(title: string): AllowEditRangeProxy {
    return new AllowEditRangeProxy(this.context, () => {
      const sheet = this.target();
      const range = sheet.allowEditRanges.find((a) => a.title === title);
      if (!range) throw richApiError("ItemNotFound", "AllowEditRangeCollection.getItem");
      return { sheet, range };
    });
  }

  getItemOrNullObject(title: string): AllowEditRangeProxy {
    return new AllowEditRangeProxy(this.context, () => {
      const sheet = this.target();
      const range = sheet.allowEditRanges.find((a) => a.title === title);
      return range ? { sheet, range } : null;
    }, true);
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.result("getCount", (sheet) => sheet.allowEditRanges.length);
  }
}

type EditRangeTarget = { sheet: SheetModel; range: AllowEditRangeModel };

export class AllowEditRangeProxy extends ProxyBase<EditRangeTarget> {
  protected readonly scalarNames = ["title", "address", "isPasswordProtected"] as const;

  constructor(context: MemoryContext, resolver: (() => EditRangeTarget | null) | { bound: EditRangeTarget }, orNull = false) {
    super(context, "AllowEditRange", resolver, orNull);
  }

  protected read(name: string, { range }: EditRangeTarget): unknown {
    return name === "title" ? range.title : name === "address" ? formatRect(range.rect) : range.password !== null;
  }

  get title(): string {
    return this.get("title");
  }
  get address(): string {
    return this.get("address");
  }
  get isPasswordProtected(): boolean {
    return this.get("isPasswordProtected");
  }

  /** Opens this range for the current session when the password matches (else BadPassword, as the reference says). */
  pauseProtection(password?: string): void {
    this.queue("pauseProtection", null, ({ range }) => {
      if (range.password !== null && range.password !== password) throw richApiError("BadPassword", "AllowEditRange.pauseProtection");
      range.paused = true;
    });
  }

  delete(): void {
    this.queue("delete", null, ({ sheet, range }) => {
      if (protectionActive(sheet)) throw richApiError("AccessDenied", "AllowEditRange.delete");
      sheet.allowEditRanges = sheet.allowEditRanges.filter((a) => a !== range);
    });
  }
}
