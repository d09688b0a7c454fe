// Builders for the DPO tests: a workbook that went through setup, import and comparison, and tampering with the
// Logboek as someone holding the file could (straight on the model, past protection, as exceljs would).
import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { entryToRow, LEGACY_LOG_HEADERS, LOG_HEADERS, type LogEntry } from "../../src/domain/log";
import { SHEET } from "../../src/domain/layout";
import { rect, type MemoryExcel, type Scalar } from "@debiteurencheck/memory-excel";
import { aConfig, ANNA, aSession, aWorkbook, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows, FATIMA, LUCA, MEHMET, type TestWorkbook } from "../support/fixtures";

export const team = aSession("debiteurenteam");
export const worker = aSession("maatschappelijk-werker", { doel: "beslissing invordering registreren" });
export const dpo = aSession("dpo", { doel: "controle logboek" });

/** Set up, four debtors imported, compared against a client file: Anna client, Fatima possible match. */
export async function comparedWorkbook(): Promise<TestWorkbook> {
  const tw = aWorkbook();
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET, LUCA, FATIMA]), source: "debiteuren.csv" });
  const clients = clientRows([ANNA, { ...FATIMA, rrn: "" }]);
  const result = await compare(tw.deps, team, { kind: "bestand", fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clients });
  if (!result.ok) throw new Error(`comparedWorkbook: ${result.error.code}`);
  return tw;
}

export async function logOf(tw: TestWorkbook): Promise<readonly LogEntry[]> {
  return tw.deps.workbook.readLog();
}

/** The Logboek's rows below the header, as stored. */
export function logRows(host: MemoryExcel): Scalar[][] {
  const used = host.model.sheet(SHEET.log)!.usedRect(true)!;
  return used.rows < 2 ? [] : host.model.values(SHEET.log, `A2:N${used.rows}`);
}

/** Rewrites the Logboek's rows below the header directly in the model (protection does not apply there). */
export function rewriteLog(host: MemoryExcel, change: (rows: Scalar[][]) => Scalar[][]): void {
  const sheet = host.model.sheet(SHEET.log)!;
  const before = logRows(host);
  const after = change(before.map((r) => [...r]));
  sheet.clear(rect(1, 0, Math.max(before.length, after.length), LOG_HEADERS.length), "Contents");
  after.forEach((row, r) => row.forEach((v, c) => void (sheet.ensure(1 + r, c).v = v)));
}

export const asRows = (entries: readonly LogEntry[]): Scalar[][] => entries.map((e) => entryToRow(e));

/**
 * The Logboek as a version before the reader's column order wrote it: the same rows under the header row
 * LEGACY_LOG_HEADERS (Nr, Referentie, Tijdstip, …, Hash; Nr in column A as now, so its number format is the same).
 */
export async function toLegacyLayout(tw: TestWorkbook): Promise<void> {
  const entries = await logOf(tw);
  const sheet = tw.host.model.sheet(SHEET.log)!;
  LEGACY_LOG_HEADERS.forEach((header, c) => void (sheet.ensure(0, c).v = header));
  rewriteLog(tw.host, () => entries.map((e) => entryToRow(e, LEGACY_LOG_HEADERS)));
}

/** Column index of a log field in the sheet. */
export const col = (header: (typeof LOG_HEADERS)[number]): number => LOG_HEADERS.indexOf(header);

/** Sets the head kept in the hidden state sheet (cell B4), as someone recomputing the chain would. */
export function setStoredHead(host: MemoryExcel, head: { nr: number; hash: string }): void {
  host.model.sheet(SHEET.state)!.ensure(3, 1).v = `${head.nr}:${head.hash}`;
}

export function setPendingMarker(host: MemoryExcel, text: string): void {
  host.model.sheet(SHEET.state)!.ensure(4, 1).v = text;
}

/** Afsluiten confirmed, with reasons for closing early and for skipping the halt list (used only where they apply). */
export const CLOSE_INPUT = { confirmation: "AFSLUITEN", earlyReason: "evaluatie vervroegd (test)", skipHaltListReason: "lijst niet meer nodig (test)" } as const;
