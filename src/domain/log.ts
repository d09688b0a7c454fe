// The Logboek entry (PRODUCT.md "The log"), modelled on MAGDA's audit register: what, who, why, when, about whom.
// Also the row form the sheet and the CLI read and write, and the ISO 8601 timestamps with the local offset.
import { err, ok, type Result } from "./result";

export const LOG_HEADERS = [
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
] as const;

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

/** The entry as a sheet row, in LOG_HEADERS order (Nr as a number, everything else text). */
export function entryToRow(e: LogEntry): (string | number)[] {
  return [
    e.nr,
    e.referentie,
    e.tijdstip,
    e.gebruiker,
    e.identiteit,
    e.rol,
    e.actie,
    e.over,
    e.veld,
    e.oudeWaarde,
    e.nieuweWaarde,
    e.doel,
    e.bron,
    e.hash,
  ];
}

export type LogRowProblem = { code: "onleesbare-logrij"; detail: string };

/**
 * Reads a row back. Numbers and booleans in text columns are turned into text rather than refused:
 * such a cell was edited by hand, and the hash chain then reports the row as changed, which tells
 * the DPO more than "unreadable" would. Only what cannot be a log row at all is refused.
 */
export function rowToEntry(cells: readonly unknown[]): Result<LogEntry, LogRowProblem> {
  const problem = (detail: string) => err({ code: "onleesbare-logrij" as const, detail });
  if (cells.length < LOG_HEADERS.length) {
    return problem(`De rij heeft ${cells.length} kolommen; een logrij heeft er ${LOG_HEADERS.length}.`);
  }
  const extra = cells.slice(LOG_HEADERS.length).findIndex((c) => c !== null && c !== undefined && c !== "");
  if (extra >= 0) return problem(`De rij heeft een waarde na de kolom Hash (kolom ${LOG_HEADERS.length + extra + 1}).`);

  const nr = readNr(cells[0]);
  if (nr === undefined) return problem(`Nr "${String(cells[0] ?? "")}" is geen positief geheel getal.`);
  const texts: string[] = [];
  for (let i = 1; i < LOG_HEADERS.length; i++) {
    const text = readText(cells[i]);
    if (text === undefined) return problem(`Rij Nr ${nr}: de kolom ${LOG_HEADERS[i]} bevat geen tekst.`);
    texts.push(text);
  }
  const [referentie, tijdstip, gebruiker, identiteit, rol, actie, over, veld, oudeWaarde, nieuweWaarde, doel, bron, hash] = texts;
  if (identiteit !== "" && !(IDENTITY_SOURCES as readonly string[]).includes(identiteit)) {
    return problem(`Rij Nr ${nr}: Identiteit "${identiteit}" is niet "${IDENTITY_SOURCES.join('" of "')}".`);
  }
  if (bron !== "" && !(LOG_SOURCES as readonly string[]).includes(bron)) {
    return problem(`Rij Nr ${nr}: Bron "${bron}" is geen gekende bron (${LOG_SOURCES.join(", ")}).`);
  }
  return ok({
    nr,
    referentie,
    tijdstip,
    gebruiker,
    identiteit: identiteit as IdentitySource | "",
    rol,
    actie,
    over,
    veld,
    oudeWaarde,
    nieuweWaarde,
    doel,
    bron: bron as LogSource | "",
    hash,
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
