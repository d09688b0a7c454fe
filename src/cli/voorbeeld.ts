// `debiteurencheck voorbeeld`: a demo workbook file with fictitious data, made by the same use cases as the add-in
// (set up, protected, debtors imported) plus an OCMW-cliënten sheet filled with fictitious clients.
import { localDate, type AppDeps, type Session } from "../app/deps";
import { importDebtors } from "../app/importDebtors";
import { appProblemMessage, type AppProblem } from "../app/problems";
import { setUpWorkbook } from "../app/setUpWorkbook";
import { SHEET } from "../domain/layout";
import { newProjectConfig } from "../domain/protocol";
import type { Result } from "../domain/result";
import { ROLE_LABEL, type Role } from "../domain/roles";
import { workbookPort, type OutputFiles } from "../file/workbookFile";
import { snapshotToXlsx } from "../file/xlsxSnapshot";
import { createMemoryExcel, type MemoryExcel, type WorkbookSnapshot } from "@debiteurencheck/memory-excel";
import { generateDataset, type Dataset } from "../synthetic";
import { EXIT, type CliIo } from "./io";
import { VOORBEELD_USAGE } from "./usage";
import { baseName, isXlsxPath, readCommandLine, stringOption, SYSTEM_ENVIRONMENT, type CliEnvironment } from "./options";


/** Printed after creating the workbook: for trying the add-in with a role one is not a member for. */
export const VOORBEELD_ROLE_CODES: Readonly<Record<Role, string>> = {
  debiteurenteam: "voorbeeld-debiteuren",
  "maatschappelijk-werker": "voorbeeld-ocmw",
  dpo: "voorbeeld-privacy",
};

/** The codes are printed, so slow hashing would protect nothing; this is the lowest the configuration accepts. */
const VOORBEELD_ROLE_CODE_ITERATIONS = 1000;
export const DEFAULT_AANTAL = 60;
export const DEFAULT_SEED = 2021;
const MAX_AANTAL = 100_000;

const DEBTOR_HEADERS = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];

export async function voorbeeld(args: string[], io: CliIo, files: OutputFiles, env: CliEnvironment = SYSTEM_ENVIRONMENT): Promise<number> {
  const line = readCommandLine(args, { aantal: { type: "string" }, seed: { type: "string" } }, "--aantal en --seed vragen een getal.", VOORBEELD_USAGE, io);
  if (typeof line === "number") return line;
  const { positionals, values, usage } = line;
  if (positionals.length !== 1) return usage(positionals.length === 0 ? "Geef het bestand op waarin de voorbeeldwerkmap komt." : "Geef precies één uitvoerbestand op.");
  const out = positionals[0];
  if (!isXlsxPath(out)) return usage(`Het uitvoerbestand "${baseName(out)}" moet eindigen op .xlsx.`);
  const aantal = wholeNumber(stringOption(values, "aantal"), DEFAULT_AANTAL);
  if (aantal === undefined || aantal < 1 || aantal > MAX_AANTAL) return usage(`--aantal moet een geheel getal van 1 tot ${MAX_AANTAL} zijn.`);
  const seed = wholeNumber(stringOption(values, "seed"), DEFAULT_SEED);
  if (seed === undefined) return usage("--seed moet een geheel getal zijn.");
  if (await files.exists(out)) return refuseExisting(io, out);
  const folder = await files.folderProblem(out);
  if (folder) {
    io.stderr(`${folder}\n`);
    return EXIT.refused;
  }

  const host = createMemoryExcel({ firstSheetName: NEW_WORKBOOK_SHEET });
  const deps: AppDeps = { workbook: workbookPort(host), crypto: env.crypto, clock: env.clock, roleCodeIterations: VOORBEELD_ROLE_CODE_ITERATIONS };
  const session: Session = { gebruiker: "debiteurencheck voorbeeld", identiteit: "zelf opgegeven", rol: "debiteurenteam", doel: "voorbeeldwerkmap met fictieve gegevens maken", bron: "CLI" };
  // A project running from today, so import and comparison work in the demo file now (the Genk 2021 preset has ended).
  const config = { ...newProjectConfig(localDate(env.clock.now())), naam: "Voorbeeld – fictief project (geen echte personen)" };
  expectOk("werkmap instellen", await setUpWorkbook(deps, session, { config, roleCodes: VOORBEELD_ROLE_CODES }));

  const data = voorbeeldDataset(aantal, seed);
  const rows = data.debtors.map((d) => [d.dossiernummer, d.voornaam, d.achternaam, d.rijksregisternummer, d.straat, d.huisnummer]);
  expectOk("debiteuren importeren", await importDebtors(deps, session, { headers: DEBTOR_HEADERS, rows, source: `fictieve gegevens (seed ${seed})` }));
  const clients = data.clients.map((c) => [c.voornaam, c.achternaam, c.rijksregisternummer, c.straat, c.huisnummer]);
  await fillClientSheet(host, clients);

  if (!(await files.writeNew(out, await snapshotToXlsx(withoutEmptyFirstSheet(host))))) return refuseExisting(io, out);
  const codes = (Object.keys(VOORBEELD_ROLE_CODES) as Role[]).map((r) => `${ROLE_LABEL[r]}: ${VOORBEELD_ROLE_CODES[r]}`).join("; ");
  io.stdout(
    [
      `Voorbeeldwerkmap gemaakt: ${out}`,
      `  ${data.debtors.length} fictieve debiteuren in ‘${SHEET.debtors}’, ${clients.length} fictieve cliënten in ‘${SHEET.clients}’ (seed ${seed}).`,
      `  Protocolperiode: ${config.start} t.e.m. ${config.einde}.`,
      `  Rolcodes van deze voorbeeldwerkmap: ${codes}.`,
      "  Alle personen en nummers zijn fictief.",
      "",
    ].join("\n"),
  );
  return EXIT.ok;
}

/** The fictitious people of a voorbeeld workbook: the same for the same count and seed. */
export function voorbeeldDataset(aantal: number, seed: number): Dataset {
  return generateDataset({ debtors: aantal, clients: Math.max(5, Math.round(aantal / 3)), seed });
}

/** As the OCMW would paste its list (protocol-literal mode); the sheet's columns are text, so numbers keep leading zeros. */
/** The sheet a new workbook starts with; the example file has no use for it (an empty visible sheet confuses). */
const NEW_WORKBOOK_SHEET = "Blad1";

/** The workbook as saved, without the new workbook's sheet when it is empty (the structure is protected by then). */
function withoutEmptyFirstSheet(host: MemoryExcel): WorkbookSnapshot {
  const snapshot = host.snapshot();
  const sheets = snapshot.sheets.filter((s) => !(s.name === NEW_WORKBOOK_SHEET && s.cells.length === 0));
  const activeSheet = sheets.some((s) => s.name === snapshot.activeSheet) ? snapshot.activeSheet : (sheets.find((s) => s.visibility === "Visible")?.name ?? null);
  return { ...snapshot, sheets, activeSheet };
}

async function fillClientSheet(host: MemoryExcel, rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  // About 60 bytes a row: 20,000 rows per request stay well under the host's (and Excel's) 5 MB limit.
  for (let start = 0; start < rows.length; start += 20_000) {
    const chunk = rows.slice(start, start + 20_000);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET.clients).getRange(`A${start + 2}:E${start + 1 + chunk.length}`);
      range.numberFormat = chunk.map((r) => r.map(() => "@"));
      range.values = chunk;
    });
  }
}

function refuseExisting(io: CliIo, path: string): number {
  io.stderr(`Het bestand "${path}" bestaat al. Debiteurencheck overschrijft nooit een bestand: kies een andere naam.\n`);
  return EXIT.refused;
}

function wholeNumber(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  return /^-?\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** Setting up a fresh in-memory workbook with valid, generated input cannot be refused: if it is, that is a bug. */
function expectOk<T>(step: string, result: Result<T, AppProblem>): T {
  if (!result.ok) throw new Error(`voorbeeld: ${step} mislukt: ${appProblemMessage(result.error)}`);
  return result.value;
}
