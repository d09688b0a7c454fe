// Demo mode's workbook: an in-memory Excel host set up through the real use cases with clearly fictitious data
// (synthetic debtors imported, a filled OCMW-cliënten sheet), and task-pane services over it per demo user — with grid
// logging on the host's worksheet events and the Zelftest against the in-memory host, as in Excel.
import { importDebtors } from "../app/importDebtors";
import { localDate, type AppDeps, type Session } from "../app/deps";
import { appProblemMessage } from "../app/problems";
import { setUpWorkbook } from "../app/setUpWorkbook";
import { csvLine } from "../domain/csv";
import { SHEET } from "../domain/layout";
import { newProjectConfig } from "../domain/protocol";
import type { Clock, CryptoPort } from "../domain/crypto";
import type { Role } from "../domain/roles";
import { createExcelWorkbook, type ExcelWorkbook } from "../excel/excelWorkbook";
import { createMemoryExcel, type MemoryExcel } from "@debiteurencheck/memory-excel";
import { generateDataset } from "../synthetic";
import { createGridWatcher, type GridWatcher } from "../taskpane/gridWatcher";
import { browserDownload, createServices, type NameMemory, type TaskpaneServices } from "../taskpane/useCases";

export interface DemoUser {
  readonly email: string;
  readonly rol: Role;
  /** Shown in the demo's user switch. */
  readonly label: string;
}

/** Three fictitious staff members, one per role, each on the member list (".example" is a reserved domain). */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "an.demo@stad.genk.example", rol: "debiteurenteam", label: "An (debiteurenteam)" },
  { email: "sofie.demo@ocmw.genk.example", rol: "maatschappelijk-werker", label: "Sofie (maatschappelijk werker)" },
  { email: "dirk.demo@genk.example", rol: "dpo", label: "Dirk (functionaris gegevensbescherming)" },
];

/** Demo role codes, shown on the page: for trying a role switch or a role one is not a member for. */
export const DEMO_ROLE_CODES: Readonly<Record<Role, string>> = {
  debiteurenteam: "demo-debiteuren",
  "maatschappelijk-werker": "demo-ocmw-2021",
  dpo: "demo-privacy",
};

export const DEMO_SIZES = { debtors: 60, clients: 20, seed: 2021 } as const;

/**
 * PBKDF2 iterations for the demo's role codes: the lowest the configuration accepts. The codes are printed on the
 * demo page, so slow hashing would protect nothing there and only delay the start; real workbooks use the default.
 */
export const DEMO_ROLE_CODE_ITERATIONS = 1000;

const CLIENT_HEADERS = ["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
const DEBTOR_HEADERS = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];

export interface DemoWorkbook {
  readonly host: MemoryExcel;
  readonly deps: AppDeps & { readonly workbook: ExcelWorkbook };
  /** Grid-edit logging over the host: one for the workbook, whichever demo user sits at it. */
  readonly grid: GridWatcher;
  /** The same fictitious client list as a CSV, to try the recommended "from a file" comparison. */
  readonly clientCsv: string;
}

export interface DemoOptions {
  readonly crypto: CryptoPort;
  readonly clock: Clock;
  /** PBKDF2 iterations for the demo role codes; DEMO_ROLE_CODE_ITERATIONS when omitted. */
  readonly roleCodeIterations?: number;
}

function expectOk<T>(step: string, result: { ok: true; value: T } | { ok: false; error: Parameters<typeof appProblemMessage>[0] }): T {
  if (!result.ok) throw new Error(`Demo: ${step} mislukt: ${appProblemMessage(result.error)}`);
  return result.value;
}

export async function createDemoWorkbook(options: DemoOptions): Promise<DemoWorkbook> {
  // A Dutch Excel: the new workbook's sheet is "Blad1", not "Sheet1".
  const host = createMemoryExcel({ firstSheetName: "Blad1" });
  const workbook = createExcelWorkbook(host.run.bind(host), host.officeShim().context.requirements);
  const deps = { workbook, crypto: options.crypto, clock: options.clock, roleCodeIterations: options.roleCodeIterations ?? DEMO_ROLE_CODE_ITERATIONS };
  const team = DEMO_USERS[0];
  const session: Session = { gebruiker: team.email, identiteit: "Microsoft 365-account", rol: team.rol, doel: "demo voorbereiden", bron: "taakvenster" };

  // A project running from today, so import and comparison are allowed whenever the demo is opened.
  const config = {
    ...newProjectConfig(localDate(options.clock.now())),
    naam: "Demo – fictief project (geen echte personen)",
    leden: DEMO_USERS.map((u) => ({ email: u.email, rol: u.rol })),
  };
  expectOk("werkmap instellen", await setUpWorkbook(deps, session, { config, roleCodes: DEMO_ROLE_CODES }));

  const data = generateDataset(DEMO_SIZES);
  const rows = data.debtors.map((d) => [d.dossiernummer, d.voornaam, d.achternaam, d.rijksregisternummer, d.straat, d.huisnummer]);
  expectOk("debiteuren importeren", await importDebtors(deps, session, { headers: DEBTOR_HEADERS, rows, source: "demo-debiteuren.csv (fictief)" }));

  const clients = data.clients.map((c) => [c.voornaam, c.achternaam, c.rijksregisternummer, c.straat, c.huisnummer]);
  if (clients.length > 0) {
    // As the OCMW would paste its list into the sheet (protocol-literal mode).
    const pasted = host.userEdit(SHEET.clients, `A2:E${clients.length + 1}`, clients);
    if (!pasted.ok) throw new Error("Demo: het blad OCMW-cliënten is beveiligd; de cliëntenlijst kon niet geplakt worden.");
  }
  const clientCsv = "\uFEFF" + [CLIENT_HEADERS, ...clients].map((r) => csvLine(r)).join("\r\n") + "\r\n";
  // Started with the first session, after the workbook was opened (src/excel-events/gridEvents.ts, loaded only then).
  const grid = createGridWatcher(async (hooks) => {
    const { startGridLogging } = await import(/* webpackChunkName: "grid-events" */ "../excel-events/gridEvents");
    return startGridLogging({ deps, run: host.run.bind(host), requirements: host.officeShim().context.requirements, ...hooks });
  });
  return { host, deps, grid, clientCsv };
}

/** Names are not remembered in the demo: nothing goes to localStorage. */
const forgetfulNames: NameMemory = { recall: () => "", remember: () => undefined };

/** Services for one demo user, signed in with a (fictitious) Microsoft 365 account. */
export function demoServices(demo: DemoWorkbook, user: DemoUser): TaskpaneServices {
  return createServices(demo.deps, {
    identity: { signedInUser: async () => ({ name: user.email, source: "Microsoft 365-account" }) },
    names: forgetfulNames,
    download: browserDownload,
    grid: demo.grid,
    selfTest: async () => {
      const { runExcelSelfTest } = await import(/* webpackChunkName: "zelftest" */ "../excel/selfTest");
      const { context } = demo.host.officeShim();
      return runExcelSelfTest({ run: demo.host.run.bind(demo.host), requirements: context.requirements, diagnostics: { version: "(demo: werkmap in het geheugen van de browser)" } });
    },
  });
}
