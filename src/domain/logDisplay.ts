// The Logboek as a person sees it. The chain is verified over the cells' values; Excel shows something else when a
// cell holds a formula (its cached value may be the original while the display changes), a number format other than
// the add-in's (`;;;"geen cliënt"` shows any text as "geen cliënt"), or content beside the table. Each is a break of
// its own kind. Rich text (runs with their own font: a 1-pt white "geen ") and conditional formats that set a number
// format are read from the file (Office.js shows neither; the CLI only). See docs/logging.md for what is not checked.
import { closestLogLayout, isKnownLogLayout, LOG_HEADERS, logLayoutOf } from "./log";
import { columnLetter } from "@debiteurencheck/memory-excel/a1";

export type DisplayBreakKind = "formule" | "getalnotatie" | "rijke-tekst" | "voorwaardelijke-opmaak" | "naast-tabel" | "koprij" | "blad-verborgen" | "gelijkende-naam" | "logboektabel";

export interface LogDisplayFinding {
  readonly kind: DisplayBreakKind;
  /** 0-based position among the rows below the header (-1: the header row). */
  readonly rowIndex: number;
  /** The row's Nr when it has one, else 0. */
  readonly nr: number;
  /** A1 address of the cell. */
  readonly address: string;
  /** Dutch. */
  readonly detail: string;
}

/** The cells of the Logboek sheet from A1, as values, formulas and number formats (same shape). */
export interface DisplayedCells {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
}

/**
 * Formats that show a log cell as its value: the add-in writes "@" (text) and "0" (Nr); "General" shows text and
 * whole numbers as they are (a row rewritten by another program often has it). Any other format can change what is
 * shown: a text section (`;;;"geen cliënt"`), a literal, a colour that hides, a date for the Nr.
 */
const SHOWN_AS_IS = new Set(["@", "0", "General"]);

const filled = (v: unknown) => v !== null && v !== undefined && v !== "";

/** Every cell that Excel shows otherwise than its value says, in row order (at most `limit`). */
export function findDisplayBreaks(cells: DisplayedCells, limit = 100): LogDisplayFinding[] {
  const found: LogDisplayFinding[] = [];
  const width = LOG_HEADERS.length;
  // Either order a Logboek may have (the current one, or an earlier version's); each value is named by its own column.
  const header = cells.values[0] ?? [];
  const layout = logLayoutOf(header);
  const names = LOG_HEADERS.map((_, c) => String(header[c] ?? ""));
  const expected = isKnownLogLayout(names) ? undefined : closestLogLayout(header);
  const nrColumn = layout.indexOf("Nr");
  for (let r = 0; r < cells.values.length && found.length < limit; r++) {
    const values = cells.values[r] ?? [];
    const rowIndex = r - 1;
    const nrCell = values[nrColumn];
    const nr = r > 0 && typeof nrCell === "number" ? nrCell : r > 0 && /^\d+$/.test(String(nrCell ?? "")) ? Number(nrCell) : 0;
    const where = (c: number) => `${columnLetter(c)}${r + 1}`;
    const row = r === 0 ? "de koprij" : nr > 0 ? `rij Nr ${nr}` : `rij ${r + 1}`;
    const add = (kind: DisplayBreakKind, c: number, detail: string) => found.push({ kind, rowIndex, nr, address: where(c), detail });
    for (let c = 0; c < values.length; c++) {
      const column = c < width ? `kolom ${layout[c]}` : `kolom ${columnLetter(c)}`;
      if (c >= width) {
        if (filled(values[c]) || isFormula(cells.formulas[r]?.[c], values[c])) {
          add("naast-tabel", c, `Naast het Logboek, in ${row} (cel ${where(c)}), staat inhoud na de kolom Hash: die valt buiten de controle en kan het getoonde Logboek aanvullen of tegenspreken.`);
        }
        continue;
      }
      if (isFormula(cells.formulas[r]?.[c], values[c])) {
        add("formule", c, `In ${row}, ${column} (cel ${where(c)}), staat een formule: Excel toont wat ze berekent, niet de waarde die gecontroleerd werd.`);
        continue;
      }
      if (r === 0 && expected && String(values[c] ?? "") !== expected[c]) {
        add("koprij", c, `In de koprij van het Logboek staat in cel ${where(c)} "${String(values[c] ?? "")}" in plaats van "${expected[c]}": de kolommen kunnen verwisseld of hernoemd zijn, zodat een waarde onder een verkeerde kop getoond wordt.`);
        continue;
      }
      // The header row too: `;;;"Nieuwe waarde"` on H1 shows another column's name above the values.
      const format = String(cells.formats[r]?.[c] ?? "General");
      if (!SHOWN_AS_IS.has(format)) {
        add("getalnotatie", c, `In ${row}, ${column} (cel ${where(c)}), staat de getalnotatie "${format}" in plaats van tekst: Excel kan de waarde anders tonen dan ze gecontroleerd werd.`);
      }
    }
  }
  return found;
}

/**
 * Office.js gives a constant's value as its formula, so a text cell holding "=1+1" has that text as both: a cell holds
 * a formula when its formula starts with "=" and differs from its value.
 */
function isFormula(formula: unknown, value: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return formula !== value;
}

/** Read from an .xlsx file: rich-text cells (A1 addresses) and conditional formats with a number format (A1 ranges). */
export interface SheetStyling {
  readonly richText: readonly string[];
  readonly numberFormatRules: readonly string[];
}

/** The Logboek's styling as findings, each at the row of its first cell (the header row, -1, for a range from row 1). */
export function findStylingBreaks(styling: SheetStyling, nrAt: (rowIndex: number) => number): LogDisplayFinding[] {
  const at = (address: string) => {
    const row = Number(/\$?[A-Z]+\$?(\d+)/.exec(address)?.[1] ?? "1");
    return { rowIndex: row - 2, nr: row > 1 ? nrAt(row - 2) : 0 };
  };
  const rich = styling.richText.map((address): LogDisplayFinding => ({
    kind: "rijke-tekst",
    ...at(address),
    address,
    detail: `Cel ${address} van het Logboek bevat opgemaakte tekst (delen met een eigen lettertype, grootte of kleur): een lezer kan iets anders zien dan de waarde die gecontroleerd werd.`,
  }));
  const rules = styling.numberFormatRules.map((ranges): LogDisplayFinding => ({
    kind: "voorwaardelijke-opmaak",
    ...at(ranges),
    address: ranges,
    detail: `Op het Logboek (${ranges}) staat voorwaardelijke opmaak met een getalnotatie: Excel kan de waarden daar anders tonen dan ze gecontroleerd werden.`,
  }));
  return [...rich, ...rules].sort((a, b) => a.rowIndex - b.rowIndex);
}
