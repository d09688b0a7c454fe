// The workbook around the Logboek as a person finds it: the real Logboek or Debiteuren sheet hidden behind a visible
// look-alike ("Logboek " with a trailing space, "logboek", "Lógboek"), or the Logboek table gone or moved to another
// sheet, passes every check of the cells. Each is a break of its own kind, reported before the cells' findings.
import { SHEET, TABLE } from "./layout";
import type { LogDisplayFinding } from "./logDisplay";
import { foldDiacritics } from "./textFold";

/** The kinds findStructureBreaks reports, plus a changed header row: with any of them no write goes to the Logboek. */
export const STRUCTURE_KINDS: ReadonlySet<LogDisplayFinding["kind"]> = new Set(["blad-verborgen", "gelijkende-naam", "logboektabel", "koprij"]);

export interface WorkbookShape {
  readonly sheets: readonly { readonly name: string; readonly visible: boolean }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
}

/** Equal after folding: case, white space, diacritics, invisible characters and look-alike letters do not tell two names apart for a reader. */
export function foldName(name: string): string {
  return foldDiacritics(name).replace(/\s+/g, "");
}

const finding = (kind: LogDisplayFinding["kind"], address: string, detail: string): LogDisplayFinding => ({ kind, rowIndex: -1, nr: 0, address, detail });

export function findStructureBreaks(shape: WorkbookShape): LogDisplayFinding[] {
  const found: LogDisplayFinding[] = [];
  for (const own of [SHEET.log, SHEET.debtors]) {
    const sheet = shape.sheets.find((s) => s.name === own);
    if (sheet && !sheet.visible) found.push(finding("blad-verborgen", own, `Het blad ${own} is verborgen: wat een lezer ziet, is dan niet wat gecontroleerd werd. Maak het blad weer zichtbaar (rechtsklik op een bladtab → Zichtbaar maken).`));
    for (const other of shape.sheets) {
      if (other.name !== own && foldName(other.name) === foldName(own)) {
        found.push(finding("gelijkende-naam", other.name, `Naast het blad ${own} staat een blad "${other.name}" met een bijna gelijke naam: een lezer kan het voor het echte ${own} houden. Verwijder of hernoem dat blad.`));
      }
    }
  }
  for (const own of [TABLE.log, TABLE.debtors]) {
    for (const other of shape.tables) {
      if (other.name !== own && foldName(other.name) === foldName(own)) {
        found.push(finding("gelijkende-naam", other.name, `Op het blad ${other.sheet} staat een tabel "${other.name}" met bijna dezelfde naam als de tabel ${own}. Verwijder of hernoem die tabel.`));
      }
    }
  }
  const logTable = shape.tables.find((t) => t.name === TABLE.log);
  if (!logTable) found.push(finding("logboektabel", SHEET.log, `De tabel ${TABLE.log} ontbreekt op het blad ${SHEET.log}: ze werd verwijderd of omgezet naar een gewoon bereik. Herstel de werkmap uit een reservekopie.`));
  else if (logTable.sheet !== SHEET.log) found.push(finding("logboektabel", logTable.sheet, `De tabel ${TABLE.log} staat op het blad "${logTable.sheet}" in plaats van op het blad ${SHEET.log}. Herstel de werkmap uit een reservekopie.`));
  return found;
}
