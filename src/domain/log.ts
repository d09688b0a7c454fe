// The Logboek entry (PRODUCT.md "The log"), modelled on MAGDA's audit register: what, who, why, when, about whom.
// Also the row form the sheet and the CLI read and write, and the ISO 8601 timestamps with the local offset.
import { err, ok, type Result } from "./result";

/**
 * The Logboek's columns in the order a reader asks: Nr (how every message, seal and break cites a row), when, who,
 * role, what, about whom, field, old → new, why, source; then what identifies the row and its hash. Display only:
 * the hash covers the fields by name, in the documented canonical order (chain.ts), whatever the columns' order.
 */
export const LOG_HEADERS = [
  "Nr",
  "Tijdstip",
  "Gebruiker",
  "Rol",
  "Actie",
  "Over",
  "Veld",
  "Oude waarde",
  "Nieuwe waarde",
  "Doel",
  "Bron",
  "Identiteit",
  "Referentie",
  "Hash",
] as const;

export type LogHeader = (typeof LOG_HEADERS)[number];

/** A Logboek's column order, read from its header row: the column names from column A on. */
export type LogLayout = readonly LogHeader[];

/**
 * The order earlier versions wrote, which is also the hash's canonical order. Their Logboeken stay in it: a log is
 * appended to in the order its header row has, never rearranged (rearranging would rewrite every row).
 */
export const LEGACY_LOG_HEADERS: LogLayout = [
  "Nr",
  "Referentie",
  "Tijdstip",
  "Gebruiker",
  "Identiteit",
  "Rol",
  "Actie",
  "Over",
  "Veld",
  "Oude waarde",
  "Nieuwe waarde",
  "Doel",
  "Bron",
  "Hash",
];

/** The header rows a Logboek may have: the current order and the earlier one. Any other is a changed header (koprij). */
export const KNOWN_LOG_LAYOUTS: readonly LogLayout[] = [LOG_HEADERS, LEGACY_LOG_HEADERS];

export type LogSource = "taakvenster" | "raster" | "buiten add-in vastgesteld" | "CLI";
export const LOG_SOURCES: readonly LogSource[] = ["taakvenster", "raster", "buiten add-in vastgesteld", "CLI"];

export type IdentitySource = "Microsoft 365-account" | "zelf opgegeven";
export const IDENTITY_SOURCES: readonly IdentitySource[] = ["Microsoft 365-account", "zelf opgegeven"];

/** The Actie texts written in the sheet. */
export const LOG_ACTION = {
  /** The runtime started with the workbook, before anyone stated a purpose (PRODUCT.md "Access at every open"). */
  werkmapGeopend: "werkmap geopend",
  /** The debtor team's edit mode: data columns unlocked ("aan") or locked again ("uit", with the reason). */
  bewerken: "bewerken",
  toegang: "toegang",
  rolwissel: "rolwissel",
  werkmapIngesteld: "werkmap ingesteld",
  configuratieGewijzigd: "configuratie gewijzigd",
  /** Carries the configuration digest (configDigest.ts) after every configuration change. */
  configuratieVastgelegd: "configuratie vastgelegd",
  import: "import",
  vergelijking: "vergelijking",
  statusGewijzigd: "status gewijzigd",
  nietGewijzigd: "niet gewijzigd",
  /** A row flagged for the social worker's review (recomparison.ts): Veld "Match (reason)", the Match text before/after. */
  nieuweAanwijzing: "nieuwe aanwijzing",
  rasterwijziging: "rasterwijziging",
  geweigerd: "geweigerd",
  wijzigingBuitenAddin: "wijziging buiten add-in",
  bladVerwijderd: "blad verwijderd",
  herstel: "herstel",
  controle: "controle",
  verzegeling: "verzegeling",
  export: "export",
  afsluiting: "afsluiting",
  ketensegment: "nieuw ketensegment",
  zelftest: "zelftest",
  rijIdToegekend: "rij-ID toegekend",
} as const;

export type LogAction = (typeof LOG_ACTION)[keyof typeof LOG_ACTION];

export interface LogEntry {
  readonly nr: number;
  /** RFC 4122 UUID, so a row can be cited without its Nr. */
  readonly referentie: string;
  /** ISO 8601 with the local offset, e.g. "2021-04-01T09:15:02+02:00". */
  readonly tijdstip: string;
  readonly gebruiker: string;
  readonly identiteit: IdentitySource | "";
  /** Role label (ROLE_LABEL), as the user saw it. */
  readonly rol: string;
  readonly actie: LogAction | string;
  /** Dossiernummer, or "—" when the event concerns no debtor. */
  readonly over: string;
  readonly veld: string;
  readonly oudeWaarde: string;
  readonly nieuweWaarde: string;
  /** The purpose the user stated (the "waarom" of the access log). */
  readonly doel: string;
  readonly bron: LogSource | "";
  /** SHA-256 of the canonical form plus the previous hash (see chain.ts and docs/logging.md). */
  readonly hash: string;
}

/** What a use case knows about an event; the chain adds Nr, Referentie, Tijdstip and Hash. */
export type LogDraft = Omit<LogEntry, "nr" | "referentie" | "tijdstip" | "hash">;

/** Veld of a status change: "Status", or "Status (reason)" when a rule (not a person) made or kept it. */
export function statusField(reason?: string): string {
  return reason ? `Status (${reason})` : "Status";
}

export function isStatusField(veld: string): boolean {
  return veld === "Status" || veld.startsWith("Status (");
}

/** A "nieuw ketensegment" entry starts a new chain segment: it hashes over GENESIS (see chain.ts). */
export const isSegmentStart = (e: Pick<LogEntry, "actie">): boolean => e.actie === LOG_ACTION.ketensegment;

/** The value for Over when the event concerns no particular debtor. */
export const NOT_ABOUT_A_DEBTOR = "—";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * ISO 8601 to the second with an explicit offset ("+00:00", never "Z", so every row has the same shape).
 * `offsetMinutes` is east of UTC (+120 for Belgian summer time); by default the machine's own offset
 * at that instant, i.e. −date.getTimezoneOffset().
 */
export function formatTimestamp(date: Date, offsetMinutes: number = -date.getTimezoneOffset()): string {
  if (Number.isNaN(date.getTime())) throw new Error("formatTimestamp: invalid Date");
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) {
    throw new Error(`formatTimestamp: offset out of range: ${offsetMinutes}`);
  }
  // Shift the instant by the offset and read the UTC fields: that is the wall-clock time at that offset.
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The entry's field under each column name. */
export const LOG_FIELD: Readonly<Record<LogHeader, keyof LogEntry>> = {
  Nr: "nr",
  Referentie: "referentie",
  Tijdstip: "tijdstip",
  Gebruiker: "gebruiker",
  Identiteit: "identiteit",
  Rol: "rol",
  Actie: "actie",
  Over: "over",
  Veld: "veld",
  "Oude waarde": "oudeWaarde",
  "Nieuwe waarde": "nieuweWaarde",
  Doel: "doel",
  Bron: "bron",
  Hash: "hash",
};

/** The entry as a sheet row in the given column order (Nr as a number, everything else text). */
export function entryToRow(e: LogEntry, layout: LogLayout = LOG_HEADERS): (string | number)[] {
  return layout.map((header) => e[LOG_FIELD[header]]);
}

const cellText = (cell: unknown): string => (cell === null || cell === undefined ? "" : String(cell));

/**
 * The column order of a Logboek from its header row, found by the column names: a known order, or any order that
 * names each column once (verification then reads every value under its own name; the header check reports the order
 * as changed). A header that does not name each column once is read in the known order it agrees with most.
 */
export function logLayoutOf(header: readonly unknown[]): LogLayout {
  const names = LOG_HEADERS.map((_, i) => cellText(header[i]));
  const known = KNOWN_LOG_LAYOUTS.find((layout) => sameLayout(layout, names));
  if (known) return known;
  const named = new Set(names);
  if (named.size === LOG_HEADERS.length && LOG_HEADERS.every((h) => named.has(h))) return names as LogHeader[];
  return closestLogLayout(header);
}

/** The known order whose names most header cells have (the current one on a tie): what a changed header should say. */
export function closestLogLayout(header: readonly unknown[]): LogLayout {
  const agreeing = (layout: LogLayout) => layout.filter((h, i) => cellText(header[i]) === h).length;
  return KNOWN_LOG_LAYOUTS.reduce((best, layout) => (agreeing(layout) > agreeing(best) ? layout : best));
}

export const isKnownLogLayout = (layout: readonly string[]): boolean => KNOWN_LOG_LAYOUTS.some((known) => sameLayout(known, layout));

const sameLayout = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => b[i] === h);

export type LogRowProblem = { code: "onleesbare-logrij"; detail: string };

/**
 * Reads a row back, each value under its column's name in `layout` (the order of the Logboek's header row). Numbers and booleans in text columns are turned into text rather than refused:
 * such a cell was edited by hand, and the hash chain then reports the row as changed, which tells
 * the DPO more than "unreadable" would. Only what cannot be a log row at all is refused.
 */
export function rowToEntry(cells: readonly unknown[], layout: LogLayout = LOG_HEADERS): Result<LogEntry, LogRowProblem> {
  const problem = (detail: string) => err({ code: "onleesbare-logrij" as const, detail });
  if (cells.length < LOG_HEADERS.length) {
    return problem(`De rij heeft ${cells.length} kolommen; een logrij heeft er ${LOG_HEADERS.length}.`);
  }
  const extra = cells.slice(LOG_HEADERS.length).findIndex((c) => c !== null && c !== undefined && c !== "");
  if (extra >= 0) return problem(`De rij heeft een waarde na de kolom ${layout[LOG_HEADERS.length - 1]} (kolom ${LOG_HEADERS.length + extra + 1}).`);

  const nrCell = cells[layout.indexOf("Nr")];
  const nr = readNr(nrCell);
  if (nr === undefined) return problem(`Nr "${String(nrCell ?? "")}" is geen positief geheel getal.`);
  const text = {} as Record<LogHeader, string>;
  for (let i = 0; i < LOG_HEADERS.length; i++) {
    if (layout[i] === "Nr") continue;
    const value = readText(cells[i]);
    if (value === undefined) return problem(`Rij Nr ${nr}: de kolom ${layout[i]} bevat geen tekst.`);
    text[layout[i]] = value;
  }
  const { Identiteit: identiteit, Bron: bron } = text;
  if (identiteit !== "" && !(IDENTITY_SOURCES as readonly string[]).includes(identiteit)) {
    return problem(`Rij Nr ${nr}: Identiteit "${identiteit}" is niet "${IDENTITY_SOURCES.join('" of "')}".`);
  }
  if (bron !== "" && !(LOG_SOURCES as readonly string[]).includes(bron)) {
    return problem(`Rij Nr ${nr}: Bron "${bron}" is geen gekende bron (${LOG_SOURCES.join(", ")}).`);
  }
  return ok({
    nr,
    referentie: text.Referentie,
    tijdstip: text.Tijdstip,
    gebruiker: text.Gebruiker,
    identiteit: identiteit as IdentitySource | "",
    rol: text.Rol,
    actie: text.Actie,
    over: text.Over,
    veld: text.Veld,
    oudeWaarde: text["Oude waarde"],
    nieuweWaarde: text["Nieuwe waarde"],
    doel: text.Doel,
    bron: bron as LogSource | "",
    hash: text.Hash,
  });
}

function readNr(cell: unknown): number | undefined {
  const n = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d+\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

function readText(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return undefined;
}

/** Dutch message for a row that could not be read, saying what to do. */
export function logRowProblemMessage(p: LogRowProblem): string {
  return `Een rij van het Logboek is onleesbaar: ${p.detail} Het Logboek werd buiten de add-in bewerkt; meld dit aan de functionaris gegevensbescherming en herstel de rij niet zelf.`;
}
