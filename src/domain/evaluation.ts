// Aggregates for the Evaluatie sheet and the compliance report: counts by status, by month and by kind of event.
// Only counts and the protocol's own texts — never a name, number or dossier (PRODUCT.md "Lifecycle").
import { LOG_ACTION, type LogEntry } from "./log";
import { ALL_STATUSES, isStatus, type Status } from "./status";

export type StatusCounts = Readonly<Record<Status, number>>;

export function countByStatus(statuses: Iterable<Status>): StatusCounts {
  const counts = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}

export interface MonthCounts {
  /** "YYYY-MM", the month of the log row's Tijdstip as written (local time of the person acting). */
  readonly month: string;
  /** Changes to each status in that month. */
  readonly counts: StatusCounts;
  readonly total: number;
}

/** A status change in the log: by the taskpane or the comparison, or typed in the grid's Status column. */
export function isStatusChange(e: Pick<LogEntry, "actie" | "veld" | "nieuweWaarde">): boolean {
  const byAddIn = e.actie === LOG_ACTION.statusGewijzigd;
  const inGrid = e.actie === LOG_ACTION.rasterwijziging && e.veld === "Status";
  return (byAddIn || inGrid) && isStatus(e.nieuweWaarde);
}

const UNKNOWN_MONTH = "onbekend";

export function statusChangesByMonth(entries: readonly LogEntry[]): MonthCounts[] {
  const byMonth = new Map<string, Status[]>();
  for (const e of entries) {
    if (!isStatusChange(e)) continue;
    const month = /^\d{4}-\d{2}/.exec(e.tijdstip)?.[0] ?? UNKNOWN_MONTH;
    const list = byMonth.get(month) ?? [];
    list.push(e.nieuweWaarde as Status);
    byMonth.set(month, list);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const statuses = byMonth.get(month)!;
    return { month, counts: countByStatus(statuses), total: statuses.length };
  });
}

/** How often each kind of event was logged. */
export interface ActivityCounts {
  readonly access: number;
  readonly roleSwitches: number;
  readonly imports: number;
  readonly comparisons: number;
  readonly statusChanges: number;
  readonly gridEdits: number;
  readonly outsideChanges: number;
  readonly refused: number;
  readonly logChecks: number;
  readonly seals: number;
  readonly exports: number;
}

export function activityCounts(entries: readonly LogEntry[]): ActivityCounts {
  const count = (actie: string) => entries.filter((e) => e.actie === actie).length;
  return {
    access: count(LOG_ACTION.toegang),
    roleSwitches: count(LOG_ACTION.rolwissel),
    imports: count(LOG_ACTION.import),
    comparisons: count(LOG_ACTION.vergelijking),
    statusChanges: entries.filter(isStatusChange).length,
    gridEdits: count(LOG_ACTION.rasterwijziging),
    outsideChanges: count(LOG_ACTION.wijzigingBuitenAddin),
    refused: count(LOG_ACTION.geweigerd),
    logChecks: count(LOG_ACTION.controle),
    seals: count(LOG_ACTION.verzegeling),
    exports: count(LOG_ACTION.export),
  };
}

const ACTIVITY_LABEL: Readonly<Record<keyof ActivityCounts, string>> = {
  access: "Toegang (werkmap geopend, met doel)",
  roleSwitches: "Rolwissels",
  imports: "Importen van debiteuren",
  comparisons: "Vergelijkingen",
  statusChanges: "Statuswijzigingen",
  gridEdits: "Wijzigingen in het raster",
  outsideChanges: "Wijzigingen buiten de add-in vastgesteld",
  refused: "Geweigerde handelingen",
  logChecks: "Controles van het Logboek",
  seals: "Verzegelingen",
  exports: "Exports",
};

export interface Evaluation {
  /** Debtor rows at the close. */
  readonly debtors: number;
  readonly statusAtClose: StatusCounts;
  readonly statusChangesByMonth: readonly MonthCounts[];
  readonly activity: ActivityCounts;
}

export function evaluationOf(statuses: readonly Status[], entries: readonly LogEntry[]): Evaluation {
  return {
    debtors: statuses.length,
    statusAtClose: countByStatus(statuses),
    statusChangesByMonth: statusChangesByMonth(entries),
    activity: activityCounts(entries),
  };
}

export interface EvaluationHeading {
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly closedOn: string;
}

/** The Evaluatie sheet, row by row: labels as text, counts as numbers. */
export function evaluationRows(e: Evaluation, heading: EvaluationHeading): (string | number)[][] {
  const rows: (string | number)[][] = [
    [`Evaluatie – ${heading.name}`],
    ["Protocolperiode", `${heading.start} – ${heading.end}`],
    ["Afgesloten op", heading.closedOn],
    ["Alleen tellingen: deze evaluatie bevat geen namen, rijksregisternummers, adressen of dossiernummers."],
    [],
    ["Debiteuren per status bij afsluiting", "Aantal"],
    ...ALL_STATUSES.map((s) => [s, e.statusAtClose[s]]),
    ["Totaal", e.debtors],
    [],
    ["Statuswijzigingen per maand (naar status)", ...ALL_STATUSES, "Totaal"],
    ...e.statusChangesByMonth.map((m) => [m.month, ...ALL_STATUSES.map((s) => m.counts[s]), m.total]),
  ];
  if (e.statusChangesByMonth.length === 0) rows.push(["geen statuswijzigingen"]);
  rows.push([], ["Activiteit in het Logboek", "Aantal"]);
  for (const key of Object.keys(ACTIVITY_LABEL) as (keyof ActivityCounts)[]) rows.push([ACTIVITY_LABEL[key], e.activity[key]]);
  return rows;
}
