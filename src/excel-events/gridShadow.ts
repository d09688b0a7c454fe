// The add-in's copy of the Debiteuren grid as it last knew it (cell texts by row position, indexed by Rij-ID), and
// the diff of a fresh read against it: Excel gives no before-values for pastes, fills, sorts, inserts and deletes.
import type { HeaderMap } from "../domain/headers";
import { cellText } from "../domain/lists";
import { appendedRowCells } from "../excel/debtorRowCells";
import type { DebtorSheet } from "../excel/excelWorkbook";
import type { GridRow, KnownDebtorTable } from "../ports/grid";
import type { WorkbookChange } from "../ports/workbook";

export class GridShadow {
  /** Body index (0 = first row under the header) → cell texts, one per header. */
  private readonly rows = new Map<number, string[]>();
  /** Rij-ID → body index of its first holder. */
  private readonly ids = new Map<string, number>();

  private constructor(
    readonly headers: readonly string[],
    private readonly map: Pick<HeaderMap, "addIn" | "fields">,
  ) {}

  static fromSheet(sheet: DebtorSheet): GridShadow {
    const shadow = new GridShadow(sheet.headers, sheet.map);
    for (const row of sheet.rows) {
      const raw = sheet.values[row.index + 1] ?? [];
      shadow.setRow(row.index, sheet.headers.map((_, c) => cellText(raw[c])));
    }
    return shadow;
  }

  /** Rows below the header that the add-in knows of (the highest index + 1). */
  get bodyRows(): number {
    let max = -1;
    for (const index of this.rows.keys()) max = Math.max(max, index);
    return max + 1;
  }

  rowAt(index: number): readonly string[] | undefined {
    return this.rows.get(index);
  }

  rowIdOf(cells: readonly string[]): string {
    return this.map.addIn.rijId === undefined ? "" : (cells[this.map.addIn.rijId] ?? "");
  }

  knownRowIds(): string[] {
    return [...this.ids.keys()];
  }

  setCell(index: number, column: number, value: string): void {
    const cells = [...(this.rows.get(index) ?? this.headers.map(() => ""))];
    cells[column] = value;
    this.setRow(index, cells);
  }

  setRow(index: number, cells: string[]): void {
    const old = this.rows.get(index);
    if (old) {
      const oldId = this.rowIdOf(old);
      if (this.ids.get(oldId) === index) this.ids.delete(oldId);
    }
    this.rows.set(index, cells);
    const id = this.rowIdOf(cells);
    if (id && !this.ids.has(id)) this.ids.set(id, index);
  }

  /** The add-in's own write, foreseen before it is sent: its echo events then find nothing new. */
  applyOwnWrite(change: WorkbookChange, debtors: KnownDebtorTable | undefined): void {
    if (change.setup || change.close) {
      for (const index of [...this.rows.keys()]) this.rows.delete(index);
      this.ids.clear();
    }
    const { status, match, rijId } = this.map.addIn;
    for (const a of change.assignRowIds ?? []) if (rijId !== undefined) this.setCell(a.index, rijId, a.rowId);
    for (const s of change.statuses ?? []) {
      const index = this.ids.get(s.rowId);
      if (index === undefined) continue;
      if (status !== undefined) this.setCell(index, status, s.status);
      if (match !== undefined) this.setCell(index, match, s.match);
    }
    const base = debtors?.bodyRows ?? this.bodyRows;
    (change.appendDebtors ?? []).forEach((r, i) => this.setRow(base + i, appendedRowCells(r, this.map as HeaderMap, this.headers.length)));
    for (const c of change.debtorCells ?? []) this.setCell(c.index, c.column, c.value);
  }

  /**
   * What changed from this copy to `now`, row by row. Rows are paired by Rij-ID (so a sort changes nothing), then a
   * row whose Rij-ID is new or empty with the unpaired row that was at its place (an edited Rij-ID); what is left
   * over was added or removed.
   */
  diff(now: GridShadow): GridRow[] {
    const paired = new Set<number>();
    const out: GridRow[] = [];
    const unpaired: [number, string[]][] = [];
    for (const [index, cells] of [...now.rows].sort((a, b) => a[0] - b[0])) {
      const id = now.rowIdOf(cells);
      const at = id ? this.ids.get(id) : undefined;
      if (at !== undefined && !paired.has(at)) {
        paired.add(at);
        this.pushIfChanged(out, index, id, this.rows.get(at)!, cells);
      } else unpaired.push([index, cells]);
    }
    for (const [index, cells] of unpaired) {
      const old = this.rows.get(index);
      if (old && !paired.has(index)) {
        paired.add(index);
        this.pushIfChanged(out, index, this.rowIdOf(old), old, cells);
      } else out.push({ index, rowId: "", after: cells });
    }
    for (const [index, cells] of this.rows) {
      if (!paired.has(index)) out.push({ index, rowId: this.rowIdOf(cells), before: cells });
    }
    return out;
  }

  private pushIfChanged(out: GridRow[], index: number, rowId: string, before: readonly string[], after: readonly string[]): void {
    if (before.length === after.length && before.every((v, c) => v === after[c])) return;
    out.push({ index, rowId, before, after });
  }
}

