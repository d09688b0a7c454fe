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
  readonly toegang: number;
  readonly rolwissels: number;
  readonly importen: number;
  readonly vergelijkingen: number;
  readonly statuswijzigingen: number;
  readonly rasterwijzigingen: number;
  readonly wijzigingenBuitenAddin: number;
  readonly geweigerd: number;
  readonly controles: number;
  readonly verzegelingen: number;
  readonly exports: number;
}

export function activityCounts(entries: readonly LogEntry[]): ActivityCounts {
  const count = (actie: string) => entries.filter((e) => e.actie === actie).length;
  return {
    toegang: count(LOG_ACTION.toegang),
    rolwissels: count(LOG_ACTION.rolwissel),
    importen: count(LOG_ACTION.import),
    vergelijkingen: count(LOG_ACTION.vergelijking),
    statuswijzigingen: entries.filter(isStatusChange).length,
    rasterwijzigingen: count(LOG_ACTION.rasterwijziging),
    wijzigingenBuitenAddin: count(LOG_ACTION.wijzigingBuitenAddin),
    geweigerd: count(LOG_ACTION.geweigerd),
    controles: count(LOG_ACTION.controle),
    verzegelingen: count(LOG_ACTION.verzegeling),
    exports: count(LOG_ACTION.export),
  };
}

const ACTIVITY_LABEL: Readonly<Record<keyof ActivityCounts, string>> = {
  toegang: "Toegang (werkmap geopend, met doel)",
  rolwissels: "Rolwissels",
  importen: "Importen van debiteuren",
  vergelijkingen: "Vergelijkingen",
  statuswijzigingen: "Statuswijzigingen",
  rasterwijzigingen: "Wijzigingen in het raster",
  wijzigingenBuitenAddin: "Wijzigingen buiten de add-in vastgesteld",
  geweigerd: "Geweigerde handelingen",
  controles: "Controles van het Logboek",
  verzegelingen: "Verzegelingen",
  exports: "Exports",
};

export interface Evaluation {
  /** Debtor rows at the close. */
  readonly debiteuren: number;
  readonly statusBijAfsluiting: StatusCounts;
  readonly statuswijzigingenPerMaand: readonly MonthCounts[];
  readonly activiteit: ActivityCounts;
}

export function evaluationOf(statuses: readonly Status[], entries: readonly LogEntry[]): Evaluation {
  return {
    debiteuren: statuses.length,
    statusBijAfsluiting: countByStatus(statuses),
    statuswijzigingenPerMaand: statusChangesByMonth(entries),
    activiteit: activityCounts(entries),
  };
}

export interface EvaluationHeading {
  readonly naam: string;
  readonly start: string;
  readonly einde: string;
  readonly gesloten: string;
}

/** The Evaluatie sheet, row by row: labels as text, counts as numbers. */
export function evaluationRows(e: Evaluation, heading: EvaluationHeading): (string | number)[][] {
  const rows: (string | number)[][] = [
    [`Evaluatie – ${heading.naam}`],
    ["Protocolperiode", `${heading.start} – ${heading.einde}`],
    ["Afgesloten op", heading.gesloten],
    ["Alleen tellingen: deze evaluatie bevat geen namen, rijksregisternummers, adressen of dossiernummers."],
    [],
    ["Debiteuren per status bij afsluiting", "Aantal"],
    ...ALL_STATUSES.map((s) => [s, e.statusBijAfsluiting[s]]),
    ["Totaal", e.debiteuren],
    [],
    ["Statuswijzigingen per maand (naar status)", ...ALL_STATUSES, "Totaal"],
    ...e.statuswijzigingenPerMaand.map((m) => [m.month, ...ALL_STATUSES.map((s) => m.counts[s]), m.total]),
  ];
  if (e.statuswijzigingenPerMaand.length === 0) rows.push(["geen statuswijzigingen"]);
  rows.push([], ["Activiteit in het Logboek", "Aantal"]);
  for (const key of Object.keys(ACTIVITY_LABEL) as (keyof ActivityCounts)[]) rows.push([ACTIVITY_LABEL[key], e.activiteit[key]]);
  return rows;
}
