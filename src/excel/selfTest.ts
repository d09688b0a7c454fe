// Zelftest: the Excel behaviours the add-in rests on (docs/memory-excel.md, "Assumptions"), checked against the Excel
// it runs in, on a scratch sheet that is removed afterwards. The same checks run in `npm test` on the in-memory host.
import type { SelfTestCheck, SelfTestReport } from "../ports/selfTest";
import { SHEET } from "../domain/layout";
import type { ExcelRunner } from "./excelWorkbook";
import { capabilitiesOf, type RequirementChecker } from "./requirements";
import { STATE_CELL } from "./stateSheet";

export const SCRATCH_SHEET = "DC_Zelftest";

export interface SelfTestEnvironment {
  readonly run: ExcelRunner;
  readonly requirements: RequirementChecker;
  /** Office.context.diagnostics. */
  readonly diagnostics?: { readonly version?: string; readonly platform?: string };
  /** How long to wait for an onChanged event (ms). */
  readonly eventTimeoutMs?: number;
  /** The document settings and startup behaviour (Office common API); absent where there is no Office document. */
  readonly office?: {
    getSetting(name: string): unknown;
    getStartupBehavior(): Promise<string>;
  };
}

interface Outcome {
  readonly passed: boolean;
  readonly detail: string;
  readonly notChecked?: boolean;
}

export interface ContractCheck {
  readonly id: string;
  readonly name: string;
  check(context: Excel.RequestContext, sheet: Excel.Worksheet, env: SelfTestEnvironment): Promise<Outcome>;
}

const pass = (detail: string): Outcome => ({ passed: true, detail });
const fail = (detail: string): Outcome => ({ passed: false, detail });
const notChecked = (detail: string): Outcome => ({ passed: false, notChecked: true, detail: `niet gecontroleerd: ${detail}` });
const codeOf = (e: unknown): string => (e as { code?: string })?.code ?? String((e as Error)?.message ?? e);

async function syncError(context: Excel.RequestContext): Promise<string | undefined> {
  try {
    await context.sync();
    return undefined;
  } catch (e) {
    return codeOf(e);
  }
}

export const CONTRACT_CHECKS: readonly ContractCheck[] = [
  {
    id: "api-sets",
    name: "Vereiste API-sets aanwezig",
    async check(_context, _sheet, env) {
      const caps = capabilitiesOf(env.requirements);
      const present = presentSets(env.requirements).join(", ") || "geen";
      return caps.missing.length === 0 ? pass(`aanwezig: ${present}`) : fail(`ontbreekt: ${caps.missing.join("; ")} (aanwezig: ${present})`);
    },
  },
  {
    id: "beveiligde-cel",
    name: "Een vergrendelde cel op een beveiligd blad weigert schrijven (AccessDenied)",
    async check(context, sheet) {
      sheet.protection.protect();
      await context.sync();
      sheet.getRange("A1").values = [["mag niet"]];
      const code = await syncError(context);
      sheet.protection.unprotect();
      await context.sync();
      return code === "AccessDenied" ? pass("geweigerd met AccessDenied") : fail(code ? `geweigerd met ${code} in plaats van AccessDenied` : "de cel werd toch geschreven");
    },
  },
  {
    id: "ontgrendelde-cel",
    name: "Een ontgrendelde cel op een beveiligd blad blijft schrijfbaar (per-rol-kolommen)",
    async check(context, sheet) {
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      const cell = sheet.getRange("B1");
      cell.values = [["mag wel"]];
      cell.load("values");
      const code = await syncError(context);
      sheet.protection.unprotect();
      await context.sync();
      if (code) return fail(`geweigerd met ${code}`);
      return cell.values[0][0] === "mag wel" ? pass("geschreven en teruggelezen") : fail(`teruggelezen: ${JSON.stringify(cell.values[0][0])}`);
    },
  },
  {
    id: "tekstnotatie",
    name: "Tekstnotatie ‘@’ bewaart 00012556777 en =1+1 als tekst",
    async check(context, sheet) {
      const range = sheet.getRange("C1:C2");
      range.numberFormat = [["@"], ["@"]];
      range.values = [["00012556777"], ["=1+1"]];
      range.load("values,valueTypes");
      await context.sync();
      const [[a], [b]] = range.values;
      const ok = a === "00012556777" && b === "=1+1" && range.valueTypes.every(([t]) => t === "String");
      return ok ? pass("beide als tekst teruggelezen") : fail(`teruggelezen: ${JSON.stringify(range.values)} (${range.valueTypes.join(", ")})`);
    },
  },
  {
    id: "standaardnotatie",
    name: "Standaardnotatie maakt van 00012556777 een getal (daarom zet de add-in eerst ‘@’)",
    async check(context, sheet) {
      const cell = sheet.getRange("D1");
      cell.values = [["00012556777"]];
      cell.load("values");
      await context.sync();
      const v = cell.values[0][0];
      return v === 12556777 ? pass("gelezen als het getal 12556777: voorloopnullen verloren") : fail(`gelezen als ${JSON.stringify(v)}: Excel zet hier niet om zoals verwacht`);
    },
  },
  {
    id: "zeer-verborgen",
    name: "Een zeer verborgen blad (zoals het statusblad) blijft lees- en schrijfbaar",
    async check(context, sheet) {
      sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
      const cell = sheet.getRange("E1");
      cell.values = [["verborgen"]];
      cell.load("values");
      sheet.load("visibility");
      await context.sync();
      const ok = sheet.visibility === "VeryHidden" && cell.values[0][0] === "verborgen";
      sheet.visibility = "Visible" as Excel.SheetVisibility;
      await context.sync();
      return ok
        ? pass("zeer verborgen, gelezen en geschreven (niet zichtbaar te maken via Excel's menu ‘Zichtbaar maken’)")
        : fail(`zichtbaarheid ${sheet.visibility}, cel ${JSON.stringify(cell.values[0][0])}`);
    },
  },
  {
    id: "werkmapstructuur",
    name: "Beveiligde werkmapstructuur weigert een blad toevoegen (Logboek kan niet zomaar weg)",
    async check(context) {
      const wb = context.workbook;
      wb.protection.protect();
      await context.sync();
      wb.worksheets.add(`${SCRATCH_SHEET}2`);
      const code = await syncError(context);
      wb.protection.unprotect();
      await context.sync();
      if (!code) wb.worksheets.getItem(`${SCRATCH_SHEET}2`).delete();
      await context.sync();
      return code === "AccessDenied" ? pass("geweigerd met AccessDenied") : fail(code ? `geweigerd met ${code}` : "het blad werd toch toegevoegd");
    },
  },
  {
    id: "onchanged-details",
    name: "Een wijziging van één cel meldt oude en nieuwe waarde (onChanged), en wie ze maakte",
    async check(context, sheet, env) {
      const cell = sheet.getRange("F1");
      cell.values = [["eerst"]];
      await context.sync();
      let seen: (args: Excel.WorksheetChangedEventArgs) => void = () => undefined;
      const event = new Promise<Excel.WorksheetChangedEventArgs>((resolve) => (seen = resolve));
      const registration = sheet.onChanged.add(async (args) => seen(args));
      await context.sync();
      cell.values = [["daarna"]];
      await context.sync();
      const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), env.eventTimeoutMs ?? 5000));
      const args = await Promise.race([event, timeout]);
      registration.remove();
      await context.sync();
      if (!args) return fail("geen onChanged-gebeurtenis ontvangen");
      let details = "details niet gecontroleerd: ExcelApi 1.9 ontbreekt (het logboek vergelijkt dan met een kopie)";
      let ok = true;
      if (env.requirements.isSetSupported("ExcelApi", "1.9")) {
        details = args.details ? `${JSON.stringify(args.details.valueBefore)} → ${JSON.stringify(args.details.valueAfter)}` : "geen details";
        ok = args.details?.valueBefore === "eerst" && args.details?.valueAfter === "daarna";
      }
      let trigger = "triggerSource niet gecontroleerd: ExcelApi 1.14 ontbreekt";
      if (env.requirements.isSetSupported("ExcelApi", "1.14")) {
        trigger = `triggerSource ${args.triggerSource ?? "afwezig"}`;
        ok &&= args.triggerSource === "ThisLocalAddin";
      }
      return ok ? pass(`${details}, ${trigger}`) : fail(`${details}, ${trigger}`);
    },
  },
  {
    id: "opheffen-onbeveiligd",
    name: "Beveiliging opheffen van een onbeveiligd blad (office-js #6784): de add-in laadt eerst of het blad beveiligd is",
    async check(context, sheet) {
      sheet.protection.load("protected");
      await context.sync();
      if (sheet.protection.protected) return fail("het kladblad was al beveiligd");
      sheet.protection.unprotect();
      const code = await syncError(context);
      if (!code) return pass("geen fout: deze Excel negeert het (de add-in roept het toch alleen op een beveiligd blad op)");
      return code === "AccessDenied" ? pass("AccessDenied, zoals office-js #6784 meldt: de add-in vermijdt deze oproep") : fail(`onverwachte fout ${code}`);
    },
  },
  {
    id: "tabel-groeit-onder",
    name: "Een tabel groeit over waarden die er recht onder geschreven worden (niet als de eerste cel leeg is)",
    async check(context, sheet) {
      const table = sheet.tables.add("J1:K2", true);
      sheet.getRange("J2:K2").values = [["a", "b"]];
      sheet.getRange("J3:K3").values = [["c", "d"]];
      const grown = table.getRange();
      grown.load("address");
      await context.sync();
      sheet.getRange("J4:K4").values = [["", "e"]];
      const blank = table.getRange();
      blank.load("address");
      await context.sync();
      table.delete();
      await context.sync();
      const ok = /!?\$?J\$?1:\$?K\$?3$/.test(grown.address) && /!?\$?J\$?1:\$?K\$?3$/.test(blank.address);
      const detail = `na een gevulde rij: ${grown.address}; na een rij met lege eerste cel: ${blank.address}`;
      return ok ? pass(detail) : fail(`${detail} (zonder ExcelApi 1.13 komen nieuwe rijen dan buiten de tabel; lezen gebeurt via het gebruikte bereik)`);
    },
  },
  {
    id: "automatisch-openen",
    name: "De werkmap opent het taakvenster vanzelf (Office.AutoShowTaskpaneWithDocument staat in de documentinstellingen)",
    async check(_context, _sheet, env) {
      if (!env.office) return notChecked("geen Office-document (documentinstellingen ontbreken)");
      const value = env.office.getSetting("Office.AutoShowTaskpaneWithDocument");
      if (value !== true) return fail(`instelling is ${JSON.stringify(value ?? null)}: richt de werkmap in (of in deze werkmap opnieuw) om ze te bewaren`);
      return pass("instelling true aanwezig; dat ze na opslaan bewaard bleef, blijkt bij heropenen: dan opent het taakvenster vanzelf");
    },
  },
  {
    id: "opstartgedrag",
    name: "De add-in start mee met de werkmap (Office.addin.getStartupBehavior is Load), zodat elke opening gelogd wordt",
    async check(_context, _sheet, env) {
      if (!env.office) return notChecked("geen Office-document");
      if (!env.requirements.isSetSupported("SharedRuntime", "1.1")) return notChecked("SharedRuntime 1.1 ontbreekt: openingen zonder taakvenster worden niet gelogd");
      const behaviour = await env.office.getStartupBehavior();
      return behaviour === "Load" ? pass("Load") : fail(`${behaviour}: richt de werkmap in of open het taakvenster eenmaal, dan wordt het Load`);
    },
  },
  {
    id: "tabel-uitbreiden",
    name: "Een tabel uitbreiden zonder rijen toe te voegen (Table.resize)",
    async check(context, sheet, env) {
      if (!env.requirements.isSetSupported("ExcelApi", "1.13")) return fail("ExcelApi 1.13 ontbreekt");
      const table = sheet.tables.add("G1:H2", true);
      table.resize("G1:H4");
      const range = table.getRange();
      range.load("address");
      await context.sync();
      const ok = /!?\$?G\$?1:\$?H\$?4$/.test(range.address);
      table.delete();
      await context.sync();
      return ok ? pass(`nieuw bereik ${range.address}`) : fail(`bereik na uitbreiden: ${range.address}`);
    },
  },
];

/** Runs the checks (all, or those named) on a scratch sheet, and removes it again. */
export async function runExcelSelfTest(env: SelfTestEnvironment, only?: readonly string[]): Promise<SelfTestReport> {
  const checks = CONTRACT_CHECKS.filter((c) => !only || only.includes(c.id));
  const structurePassword = await prepareScratch(env);
  const results: SelfTestCheck[] = [];
  try {
    for (const c of checks) {
      let outcome: Outcome;
      try {
        outcome = await env.run((context) => c.check(context, context.workbook.worksheets.getItem(SCRATCH_SHEET), env));
      } catch (e) {
        outcome = fail(`fout: ${codeOf(e)}`);
      }
      results.push({ id: c.id, name: c.name, ...outcome });
    }
  } finally {
    await removeScratch(env, structurePassword);
  }
  const d = env.diagnostics;
  return { excel: `Excel ${d?.version ?? "(versie onbekend)"}${d?.platform ? ` (${d.platform})` : ""}`, checks: results, passed: results.every((r) => r.passed || r.notChecked) };
}

/** Adds the scratch sheet; a protected workbook structure (a set-up workbook) is opened with the stored password. */
async function prepareScratch(env: SelfTestEnvironment): Promise<string | undefined> {
  return env.run(async (context) => {
    const wb = context.workbook;
    const structure = env.requirements.isSetSupported("ExcelApi", "1.7");
    if (structure) wb.protection.load("protected");
    const password = wb.worksheets.getItemOrNullObject(SHEET.state).getRange(`B${STATE_CELL.password}`);
    const old = wb.worksheets.getItemOrNullObject(SCRATCH_SHEET);
    await context.sync();
    const wasProtected = structure && wb.protection.protected;
    let stored: string | undefined;
    if (wasProtected) {
      password.load("values");
      await context.sync();
      stored = String(password.values[0][0] ?? "");
      wb.protection.unprotect(stored);
    }
    if (!old.isNullObject) old.delete();
    wb.worksheets.add(SCRATCH_SHEET);
    await context.sync();
    return stored;
  });
}

async function removeScratch(env: SelfTestEnvironment, structurePassword: string | undefined): Promise<void> {
  await env.run(async (context) => {
    const wb = context.workbook;
    const sheet = wb.worksheets.getItemOrNullObject(SCRATCH_SHEET);
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.protection.load("protected");
      await context.sync();
      if (sheet.protection.protected) sheet.protection.unprotect();
      sheet.visibility = "Visible" as Excel.SheetVisibility;
      sheet.delete();
    }
    if (structurePassword !== undefined) wb.protection.protect(structurePassword);
    await context.sync();
  });
}

/** "ExcelApi 1.17, ExcelApiOnline 1.1, …": the highest version present of each set the add-in looks at. */
function presentSets(req: RequirementChecker): string[] {
  const has = (name: string, version: string) => {
    try {
      return req.isSetSupported(name, version);
    } catch {
      return false; // some hosts throw for a set they do not know
    }
  };
  const highest = (name: string, max: number) => {
    for (let v = max; v >= 1; v--) if (has(name, `1.${v}`)) return `${name} 1.${v}`;
    return undefined;
  };
  return [highest("ExcelApi", 20), highest("ExcelApiOnline", 5), highest("SharedRuntime", 3), highest("NestedAppAuth", 3)].filter((s): s is string => !!s);
}
