// Use case: edits typed or pasted in the Debiteuren grid, as the shadow copy found them (src/excel-events/gridEvents.ts).
// Each changed cell is allowed (logged as "rasterwijziging") or refused (undone, logged as "geweigerd"); one commit.
import { mapHeaders, type HeaderMap } from "../domain/headers";
import { debtorRecordOf, readDebtorRows } from "../domain/lists";
import { LOG_ACTION, type LogDraft, type LogEntry } from "../domain/log";
import type { DebtorRecord } from "../domain/records";
import { err, ok, type Result } from "../domain/result";
import { ROLE_LABEL, may } from "../domain/roles";
import { decisionMatchText, IDENTIFYING_FIELDS, isFlagged } from "../domain/recomparison";
import { aboutDebtor, rowDigest } from "../domain/rowDigest";
import { ALL_STATUSES, checkTransition, STATUS, type Status, type TransitionRefusal } from "../domain/status";
import type { GridRow } from "../ports/grid";
import type { WorkbookChange } from "../ports/workbook";
import { commit, draft } from "./commit";
import { correctionOf } from "./corrections";
import type { AppDeps, Session } from "./deps";
import type { AppProblem } from "./problems";
import { nextRowIds } from "./rowIds";
import { countOf } from "../domain/messages";
import { foldDiacritics } from "../domain/textFold";

export interface GridEdits {
  readonly headers: readonly string[];
  readonly rows: readonly GridRow[];
  /** Every Rij-ID in use or just removed, so new ones are numbered past them. */
  readonly knownRowIds: readonly string[];
  /** Rows below the header now: a refused row deletion is put back under them. */
  readonly bodyRows: number;
}

export interface GridRefusal {
  /** The log's "Over" of the refusal: the dossier and its Rij-ID, "DOS-2021-000001 [R000001]". */
  readonly about: string;
  /** The log's "Veld": the column, the reason and "teruggezet". */
  readonly field: string;
  readonly reason: string;
  /** What the user reads: one plain Dutch sentence naming the dossier, what was refused and what the cell holds now. */
  readonly message: string;
}

export interface GridEditReport {
  /** Changed cells (and added/removed rows) accepted and logged. */
  readonly accepted: number;
  readonly refused: readonly GridRefusal[];
  readonly entries: readonly LogEntry[];
}

const REASON = {
  data: "alleen het debiteurenteam wijzigt debiteurgegevens",
  addInColumn: "deze kolom vult de add-in zelf in",
  addRow: "alleen het debiteurenteam voegt debiteuren toe",
  removeRow: "alleen het debiteurenteam verwijdert debiteuren",
  noStatus: "geen geldige status",
} as const;

type CellWrite = NonNullable<WorkbookChange["debtorCells"]>[number];

export async function recordGridEdits(deps: AppDeps, session: Session, edits: GridEdits): Promise<Result<GridEditReport, AppProblem>> {
  const mapped = mapHeaders(edits.headers, "debiteuren");
  if (!mapped.ok) return err({ ...mapped.error, list: "debiteuren" });
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const grid: Session = { ...session, bron: "raster" };
  const work = new GridDecisions(grid, edits, mapped.value);
  for (const row of edits.rows) work.row(row);
  work.finish();
  if (work.drafts.length === 0) return ok({ accepted: 0, refused: [], entries: [] });
  const entries = await commit(deps, grid, state.value, work.drafts, { debtorCells: [...work.writes.values()], digestUpdates: work.digests });
  return ok({ accepted: work.accepted, refused: work.refused, entries });
}

/** The decisions for one batch of grid edits: log drafts, cells to write back, digests. */
class GridDecisions {
  readonly drafts: LogDraft[] = [];
  readonly digests = new Map<string, string>();
  readonly refused: GridRefusal[] = [];
  accepted = 0;
  /** "index:column" → the cell to write (the last decision for a cell wins). */
  readonly writes = new Map<string, CellWrite>();
  private readonly freshIds: string[];
  private readonly canEditData: boolean;
  private readonly col: { status?: number; match?: number; rijId?: number; dossier?: number; data: ReadonlySet<number | undefined>; identity: ReadonlySet<number | undefined> };
  private added: string[] = [];
  /** The row being decided was flagged for review (its status may then be decided again). */
  private flagged = false;

  constructor(
    private readonly session: Session,
    private readonly edits: GridEdits,
    private readonly map: HeaderMap,
  ) {
    this.canEditData = may(session.rol, "debiteurgegevens-wijzigen");
    const identity = new Set(IDENTIFYING_FIELDS.map((f) => map.fields[f]).filter((c) => c !== undefined));
    this.col = { ...map.addIn, dossier: map.fields.dossiernummer, data: new Set(Object.values(map.fields)), identity };
    const needing = edits.rows.filter((r) => !r.before || !r.rowId).length;
    this.freshIds = this.canEditData ? nextRowIds(edits.knownRowIds, needing) : [];
  }

  row(row: GridRow): void {
    if (row.before && row.after) this.changed(row, row.before, row.after);
    else if (row.after) this.addedRow(row, row.after);
    else if (row.before) this.removed(row, row.before);
  }

  /** One summary row for the Rij-IDs given to new rows. */
  finish(): void {
    if (this.added.length === 0) return;
    const range = this.added.length === 1 ? this.added[0] : `${this.added[0]}–${this.added[this.added.length - 1]}`;
    this.log(LOG_ACTION.rijIdToegekend, "—", "Rij-ID", "", `${countOf(this.added.length, "nieuwe rij", "nieuwe rijen")} in het raster: ${range}`);
    this.added = [];
  }

  private changed(row: GridRow, before: readonly string[], after: readonly string[]): void {
    const final = [...after];
    this.flagged = this.col.match !== undefined && isFlagged(before[this.col.match] ?? "");
    const decided: { c: number; reason?: string }[] = [];
    let statusChange: { from: Status; to: Status } | undefined;
    for (let c = 0; c < this.edits.headers.length; c++) {
      if ((before[c] ?? "") === (after[c] ?? "")) continue;
      const reason = this.refusalOf(c, before[c] ?? "", after[c] ?? "");
      decided.push({ c, reason });
      if (reason !== undefined) {
        final[c] = before[c] ?? "";
        this.write(row.index, c, final[c]);
      } else if (c === this.col.status) {
        statusChange = { from: statusOf(before[c]) ?? STATUS.notCompared, to: statusOf(after[c])! };
        // Typed in other capitals, spaces or dashes: the cell gets the status as the add-in writes it.
        if (statusChange.to !== after[c] && (after[c] ?? "") !== "") {
          final[c] = statusChange.to;
          this.write(row.index, c, statusChange.to);
        }
      }
    }
    if (statusChange && this.col.match !== undefined && statusChange.from !== statusChange.to) {
      const match = decisionMatchText(statusChange.from, statusChange.to, before[this.col.match] ?? "");
      if (match !== final[this.col.match]) {
        final[this.col.match] = match;
        this.write(row.index, this.col.match, match);
      }
    }
    const acceptedHere = decided.some((d) => d.reason === undefined);
    let rowId = row.rowId;
    if (!rowId && acceptedHere && this.col.rijId !== undefined && this.freshIds.length > 0) {
      rowId = this.newId();
      final[this.col.rijId] = rowId;
      this.write(row.index, this.col.rijId, rowId);
    }
    const over = aboutDebtor(this.dossier(final), rowId);
    for (const { c, reason } of decided) this.cell(over, c, before[c] ?? "", c === this.col.status && reason === undefined ? final[c] : (after[c] ?? ""), reason);
    const corrected = decided.filter((d) => d.reason === undefined && this.col.identity.has(d.c)).map((d) => this.edits.headers[d.c]);
    this.reopen(row.index, final, corrected, over);
    if (acceptedHere && rowId) this.digests.set(rowId, this.digestOf(final));
  }

  /** Corrected identifying data: the row goes back to be compared, or a decision is flagged (corrections.ts). */
  private reopen(index: number, final: string[], corrected: readonly string[], over: string): void {
    const { status: s, match: m } = this.col;
    if (s === undefined || m === undefined || corrected.length === 0) return;
    const correction = correctionOf({ status: statusOf(final[s]) ?? STATUS.notCompared, match: final[m] ?? "" }, corrected, over);
    if (!correction) return;
    for (const [c, value] of [[s, correction.status], [m, correction.match]] as const) {
      if (final[c] === value) continue;
      final[c] = value;
      this.write(index, c, value);
    }
    this.drafts.push(draft(this.session, correction.entry));
  }

  private addedRow(row: GridRow, after: readonly string[]): void {
    const nonEmpty = after.map((v, c) => ({ v, c })).filter(({ v }) => v !== "");
    if (!this.canEditData) {
      for (const { c } of nonEmpty) this.write(row.index, c, "");
      const over = this.dossier(after) || "—";
      this.refuse(over, `rij toegevoegd (${REASON.addRow}; gewist)`, "", this.summary(after), REASON.addRow);
      return;
    }
    const rowId = this.newId();
    const final = [...after];
    const own: [number | undefined, string][] = [
      [this.col.rijId, rowId],
      [this.col.status, STATUS.notCompared],
      [this.col.match, ""],
    ];
    const over = aboutDebtor(this.dossier(after), rowId);
    for (const { v, c } of nonEmpty) {
      if (this.col.data.has(c)) this.cell(over, c, "", v, undefined);
    }
    for (const [c, value] of own) {
      if (c === undefined) continue;
      final[c] = value;
      if ((after[c] ?? "") !== value) {
        this.write(row.index, c, value);
        if ((after[c] ?? "") !== "") this.cell(over, c, "", after[c], `nieuwe rij: ${REASON.addInColumn}`);
      }
    }
    this.added.push(rowId);
    this.digests.set(rowId, this.digestOf(final));
  }

  private removed(row: GridRow, before: readonly string[]): void {
    const over = aboutDebtor(this.dossier(before), row.rowId);
    if (this.canEditData) {
      this.accepted++;
      this.log(LOG_ACTION.rasterwijziging, over, "rij verwijderd", this.summary(before), "");
      if (row.rowId) this.digests.set(row.rowId, "");
      return;
    }
    const index = this.edits.bodyRows + this.refused.filter((r) => r.reason === REASON.removeRow).length;
    before.forEach((v, c) => v !== "" && this.write(index, c, v));
    this.refuse(over, `rij verwijderd (${REASON.removeRow}; teruggezet op rij ${index + 2})`, this.summary(before), "", REASON.removeRow);
  }

  /** Why this cell edit may not stand, or undefined when it may. */
  private refusalOf(c: number, before: string, after: string): string | undefined {
    if (c === this.col.match || c === this.col.rijId) return REASON.addInColumn;
    if (c === this.col.status) {
      const to = statusOf(after);
      if (!to) return REASON.noStatus; // what was typed goes into Nieuwe waarde, never into Veld (issue 15, 4)
      const from = statusOf(before) ?? STATUS.notCompared;
      if (from === to) return undefined;
      const transition = checkTransition(from, to, this.session.rol, this.flagged);
      return transition.ok ? undefined : transitionReason(transition.error);
    }
    return this.canEditData ? undefined : REASON.data;
  }

  private cell(over: string, c: number, before: string, after: string, reason: string | undefined): void {
    const header = this.edits.headers[c];
    if (reason === undefined) {
      this.accepted++;
      this.log(LOG_ACTION.rasterwijziging, over, header, before, after);
    } else {
      const now = c === this.col.status ? before || STATUS.notCompared : before;
      const back = now ? `de cel staat weer op ‘${now}’` : "de cel is weer leeg";
      this.refuse(over, `${header} (${reason}; teruggezet)`, before, after, reason, c === this.col.status ? `${reason === REASON.noStatus ? `‘${after}’ is ${reason}` : reason}; ${back}.` : `${header}: ${reason}; ${back}.`);
    }
  }

  private refuse(over: string, veld: string, before: string, after: string, reason: string, plain = `${veld}.`): void {
    // The dossier number only: the Rij-ID in "Over" is for the log, not for the person reading the message.
    const dossier = over.replace(/ \[R\d+\]$/, "");
    const message = dossier && dossier !== "—" ? `Dossier ${dossier}: ${plain}` : `${plain.charAt(0).toUpperCase()}${plain.slice(1)}`;
    this.refused.push({ about: over, field: veld, reason, message });
    this.log(LOG_ACTION.geweigerd, over, veld, before, after);
  }

  private log(actie: string, over: string, veld: string, oudeWaarde: string, nieuweWaarde: string): void {
    this.drafts.push(draft(this.session, { actie, over, veld, oudeWaarde, nieuweWaarde }));
  }

  private write(index: number, column: number, value: string): void {
    this.writes.set(`${index}:${column}`, { index, column, value });
  }

  private newId(): string {
    return this.freshIds.shift()!;
  }

  private dossier(cells: readonly string[]): string {
    return this.col.dossier === undefined ? "" : (cells[this.col.dossier] ?? "");
  }

  /** "Voornaam: Anna; Achternaam: Peeters; …": what a removed or refused row held, for the log. */
  private summary(cells: readonly string[]): string {
    return cells
      .map((v, c) => (v === "" || c === this.col.match ? "" : `${this.edits.headers[c]}: ${v}`))
      .filter(Boolean)
      .join("; ");
  }

  /** The digest the row will have once the writes are done; "" for a row without protocol data (it is not read as a row). */
  private digestOf(cells: readonly string[]): string {
    const record = recordOf(this.edits.headers, cells);
    return record ? rowDigest(record) : "";
  }
}

/** A row's cells read as the workbook adapter reads them (src/excel/readSheets.ts), for its digest. */
export function recordOf(headers: readonly string[], cells: readonly string[]): DebtorRecord | undefined {
  const read = readDebtorRows(headers, [cells]);
  if (!read.ok || read.value.records.length === 0) return undefined;
  return debtorRecordOf(read.value.records[0]);
}

/** A status compared without case, accents, dashes and extra spaces: "Client OCMW" is "cliënt OCMW". */
const statusKey = (text: string): string =>
  foldDiacritics(text).replace(/[-\u2010-\u2015]/g, " ").replace(/\s+/g, " ").trim();

const STATUS_BY_KEY = new Map<string, Status>(ALL_STATUSES.map((s) => [statusKey(s), s]));

/** An empty Status cell reads as "nog niet vergeleken"; text that is no status in any spelling is undefined. */
export function statusOf(text: string | undefined): Status | undefined {
  if (!text || text.trim() === "") return STATUS.notCompared;
  return STATUS_BY_KEY.get(statusKey(text));
}

function transitionReason(r: TransitionRefusal): string {
  switch (r.code) {
    case "rol-mag-niet":
      return `${ROLE_LABEL[r.role]} mag ‘${r.from}’ niet in ‘${r.to}’ wijzigen`;
    case "overgang-niet-toegestaan":
      return `van ‘${r.from}’ naar ‘${r.to}’ is geen toegelaten overgang`;
    case "zelfde-status":
      return `de status is al ‘${r.status}’`;
  }
}

/** One of the add-in's sheets deleted (`nu` absent) or renamed in the grid: logged while the Logboek is still there. */
export async function recordSheetChange(deps: AppDeps, session: Session, change: { sheet: string; nu?: string }): Promise<Result<LogEntry, AppProblem>> {
  const state = await deps.workbook.readState();
  if (!state.ok) return state;
  const grid: Session = { ...session, bron: "raster" };
  const what =
    change.nu === undefined
      ? { actie: LOG_ACTION.bladVerwijderd, veld: "blad", oudeWaarde: change.sheet, nieuweWaarde: "verwijderd in het raster" }
      : { actie: LOG_ACTION.rasterwijziging, veld: "bladnaam", oudeWaarde: change.sheet, nieuweWaarde: change.nu };
  const [entry] = await commit(deps, grid, state.value, [draft(grid, what)], {});
  return ok(entry);
}
