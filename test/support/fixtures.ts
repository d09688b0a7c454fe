// Builders for use-case tests: a workbook over the in-memory Excel host, sessions per role, debtor and client lists.
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions } from "@debiteurencheck/memory-excel";
import type { AppDeps, Session } from "../../src/app/deps";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import type { Clock } from "../../src/domain/crypto";
import { GENK_2021_PRESET, type ProtocolConfig } from "../../src/domain/protocol";
import type { Role } from "../../src/domain/roles";
import type { Cell } from "../../src/domain/lists";
import { testCrypto } from "./testCrypto";

export { testCrypto };

export function fixedClock(iso = "2021-05-03T10:00:00+02:00"): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (t: string) => void (now = new Date(t)) };
}

export const ALL_SETS = { ExcelApi: "1.17", ExcelApiOnline: "1.1", NestedAppAuth: "1.1", SharedRuntime: "1.1" };

/** Host options for the jest project that runs the adapter suite in the office-js #6784 mode (jest.config.js). */
export function hostMode(): Pick<MemoryExcelOptions, "unprotectUnprotected"> {
  const mode = (globalThis as { MEMORY_EXCEL_UNPROTECT_UNPROTECTED?: string }).MEMORY_EXCEL_UNPROTECT_UNPROTECTED;
  return mode === "AccessDenied" ? { unprotectUnprotected: "AccessDenied" } : {};
}

export interface TestWorkbook {
  readonly host: MemoryExcel;
  readonly deps: AppDeps;
  readonly clock: ReturnType<typeof fixedClock>;
}

export function aWorkbook(options: { requirementSets?: Record<string, string>; host?: MemoryExcel } = {}): TestWorkbook {
  const host = options.host ?? createMemoryExcel({ requirementSets: options.requirementSets ?? ALL_SETS, ...hostMode() });
  const crypto = testCrypto();
  const clock = fixedClock();
  const workbook = createExcelWorkbook(host.run.bind(host), host.officeShim().context.requirements);
  return { host, clock, deps: { workbook, crypto, clock, offsetMinutes: 120, roleCodeIterations: 1000 } };
}

/** A second add-in instance on the same workbook (e.g. after reopening): nothing cached. */
export function reopen(tw: TestWorkbook): TestWorkbook {
  return aWorkbook({ host: tw.host });
}

const PEOPLE: Record<Role, string> = {
  debiteurenteam: "an.peeters@genk.example",
  "maatschappelijk-werker": "sofie.janssens@ocmwgenk.example",
  dpo: "dpo@genk.example",
};

export function aSession(rol: Role, over: Partial<Session> = {}): Session {
  return { gebruiker: PEOPLE[rol], identiteit: "Microsoft 365-account", rol, doel: "vergelijking uitvoeren", bron: "taakvenster", ...over };
}

export function aConfig(over: Partial<ProtocolConfig> = {}): ProtocolConfig {
  return {
    ...GENK_2021_PRESET,
    leden: [
      { email: PEOPLE.debiteurenteam, rol: "debiteurenteam" },
      { email: PEOPLE["maatschappelijk-werker"], rol: "maatschappelijk-werker" },
      { email: PEOPLE.dpo, rol: "dpo" },
    ],
    ...over,
  };
}

export const DEBTOR_LIST_HEADERS: Cell[] = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
export const CLIENT_LIST_HEADERS: Cell[] = ["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];

export interface Person {
  dossier?: string;
  voornaam: string;
  achternaam: string;
  rrn: string;
  straat: string;
  nr: string;
}

/** Fictitious people with valid national numbers (checksums verified in nationalNumber tests). */
export const ANNA: Person = { dossier: "DOS-2021-000001", voornaam: "Anna", achternaam: "Peeters", rrn: "85073003328", straat: "Stalenstraat", nr: "12" };
export const MEHMET: Person = { dossier: "DOS-2021-000002", voornaam: "Mehmet", achternaam: "Yılmaz", rrn: "93051822361", straat: "Hasseltweg", nr: "5" };
export const LUCA: Person = { dossier: "DOS-2021-000003", voornaam: "Luca", achternaam: "Rossi", rrn: "17073003384", straat: "Vennestraat", nr: "8" };
/** No valid number (checksum off): only a name + address fallback can find her. */
export const FATIMA: Person = { dossier: "DOS-2021-000004", voornaam: "Fatima", achternaam: "El Amrani", rrn: "85073003329", straat: "Molenstraat", nr: "3 bus 2" };

export function debtorRows(people: readonly Person[]): Cell[][] {
  return people.map((p) => [p.dossier ?? "", p.voornaam, p.achternaam, p.rrn, p.straat, p.nr]);
}

export function clientRows(people: readonly Person[]): Cell[][] {
  return people.map((p) => [p.voornaam, p.achternaam, p.rrn, p.straat, p.nr]);
}

/** The role codes aSetUpWorkbook sets (the debtor team signs in as a member). */
export const ROLE_CODES = { "maatschappelijk-werker": "sociaal-2021", dpo: "toezicht-2021" } as const;

/** A workbook set up by the debtor team with aConfig() and ROLE_CODES; nothing imported. */
export async function aSetUpWorkbook(): Promise<TestWorkbook> {
  const tw = aWorkbook();
  const done = await setUpWorkbook(tw.deps, aSession("debiteurenteam"), { config: aConfig(), roleCodes: { ...ROLE_CODES } });
  if (!done.ok) throw new Error(`aSetUpWorkbook: ${done.error.code}`);
  return tw;
}

/** Someone without a Microsoft 365 account, who takes a role with its code. */
export const A_STRANGER = { name: "Jan Zonder Account", source: "zelf opgegeven" as const };

/** Everything the workbook holds (sheets, state, log), to show that a refused change changed nothing. */
export const workbookText = (tw: TestWorkbook): string => JSON.stringify(tw.host.snapshot());
