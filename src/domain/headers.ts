// Maps a list's header row onto the protocol's fields, and refuses columns the protocol does not allow (proportionality).
import { err, ok, type Result } from "./result";
import { foldDiacritics } from "./textFold";

export type ListKind = "debiteuren" | "clienten";

/**
 * The protocol's fields (3a). `adres` is the one-column alternative to straat + huisnummer.
 * `bus` is an optional separate box-number column; readers fold it into the house number (or the address).
 */
export type FieldKey = "dossiernummer" | "voornaam" | "achternaam" | "rijksregisternummer" | "straat" | "huisnummer" | "bus" | "adres";

/** Columns the add-in itself writes in the Debiteuren table. */
export type AddInColumnKey = "status" | "match" | "rijId";

export interface HeaderMap {
  /** 0-based column index of each field present. */
  readonly fields: Partial<Record<FieldKey, number>>;
  readonly addIn: Partial<Record<AddInColumnKey, number>>;
  /** The header texts as written (trimmed; "" for an empty header cell). */
  readonly headers: readonly string[];
}

/**
 * Why a whole list is refused (nothing is read from it). The last two come from the row reader (lists.ts):
 * data under an empty header is refused like an extra column (`columns` are column letters, "F"), and
 * a list longer than MAX_LIST_ROWS is refused outright.
 */
export type HeaderProblem =
  | { code: "geen-koprij" }
  | { code: "extra-kolommen"; columns: string[] }
  /** Not one header is known: the file is no list (a letter, notes), or its first row holds no column names. */
  | { code: "geen-bekende-kolommen"; columns: string[] }
  | { code: "ontbrekende-kolommen"; fields: FieldKey[] }
  | { code: "dubbele-kolommen"; columns: string[] }
  | { code: "gegevens-zonder-kop"; columns: string[] }
  | { code: "te-veel-rijen"; rows: number; max: number }
  | { code: "te-lange-cel"; bronrij: number; column: string; length: number; max: number }
  /** A cell Excel shows as other text than its value (a number format with its own text: cellDisplay.ts). */
  | { code: "misleidende-getalnotatie"; bronrij: number; column: string; format: string };

/** The names the add-in writes (and messages use to name a field). */
export const CANONICAL_HEADERS: Readonly<Record<FieldKey | AddInColumnKey, string>> = {
  dossiernummer: "Dossiernummer",
  voornaam: "Voornaam",
  achternaam: "Achternaam",
  rijksregisternummer: "Rijksregisternummer",
  straat: "Straat",
  huisnummer: "Huisnummer",
  bus: "Bus",
  adres: "Adres",
  status: "Status",
  match: "Match",
  rijId: "Rij-ID",
};

type ColumnKey = { field: FieldKey } | { addIn: AddInColumnKey };

/** Usual spellings, after `headerKey` (lower case, no diacritics, letters and digits only). */
const VARIANTS: ReadonlyArray<[ColumnKey, readonly string[]]> = [
  [{ field: "dossiernummer" }, ["dossiernummer", "dossiernr", "dossier", "dossierno"]],
  [{ field: "voornaam" }, ["voornaam", "voornamen"]],
  [{ field: "achternaam" }, ["achternaam", "naam", "familienaam"]],
  [
    { field: "rijksregisternummer" },
    ["rijksregisternummer", "rijksregisternr", "rijksregnr", "rijksregnummer", "rrn", "rrnr", "insz", "insznummer", "insznr", "nationaalnummer", "rijksregisternummerbis", "rijksregisternummerbisnummer", "rijksregisternummerofbisnummer"],
  ],
  [{ field: "straat" }, ["straat", "straatnaam"]],
  [{ field: "huisnummer" }, ["huisnummer", "huisnr", "nr", "nummer", "huisnummerbus", "huisnrbus", "nrbus"]],
  [{ field: "bus" }, ["bus", "busnummer", "busnr"]],
  [{ field: "adres" }, ["adres", "adresstraatenhuisnummer", "straatenhuisnummer"]],
  [{ addIn: "status" }, ["status"]],
  [{ addIn: "match" }, ["match"]],
  [{ addIn: "rijId" }, ["rijid"]],
];

const BY_KEY = new Map<string, ColumnKey>(VARIANTS.flatMap(([key, names]) => names.map((n) => [n, key] as const)));

/** Case, diacritics, spaces and punctuation do not matter: "Rijksregister nr." → "rijksregisternr". */
export function headerKey(header: string): string {
  return foldDiacritics(header).replace(/[^a-z0-9]/g, "");
}

/** Header cells as text; anything else than text or a number counts as an empty header. */
export function headerText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}

/**
 * Empty header cells are ignored here, wherever they are; whether data sits under them is for the
 * row reader (lists.ts) to decide. Checks run in this order: extra columns, duplicates, missing fields.
 */
export function mapHeaders(headerCells: readonly unknown[], kind: ListKind): Result<HeaderMap, HeaderProblem> {
  const headers = headerCells.map(headerText);
  if (headers.every((h) => h === "")) return err({ code: "geen-koprij" });

  const extra: string[] = [];
  const seen = new Map<string, number[]>();
  const fields: Partial<Record<FieldKey, number>> = {};
  const addIn: Partial<Record<AddInColumnKey, number>> = {};

  headers.forEach((header, index) => {
    if (header === "") return;
    const key = BY_KEY.get(headerKey(header));
    if (!key || !allowed(key, kind)) {
      extra.push(header);
      return;
    }
    const id = "field" in key ? key.field : `addIn:${key.addIn}`;
    seen.set(id, [...(seen.get(id) ?? []), index]);
    if ("field" in key) fields[key.field] = index;
    else addIn[key.addIn] = index;
  });
  if (extra.length > 0 && seen.size === 0) return err({ code: "geen-bekende-kolommen", columns: extra });
  if (extra.length > 0) return err({ code: "extra-kolommen", columns: extra });

  const duplicates = [...seen.values()].filter((indexes) => indexes.length > 1).flat();
  // One Adres column and separate Straat/Huisnummer columns describe the same thing twice.
  if (fields.adres !== undefined && (fields.straat !== undefined || fields.huisnummer !== undefined)) {
    duplicates.push(...[fields.adres, fields.straat, fields.huisnummer].filter((i): i is number => i !== undefined));
  }
  if (duplicates.length > 0) {
    const columns = [...new Set(duplicates)].sort((a, b) => a - b).map((i) => headers[i]);
    return err({ code: "dubbele-kolommen", columns });
  }

  const missing = missingFields(fields, kind);
  if (missing.length > 0) return err({ code: "ontbrekende-kolommen", fields: missing });
  return ok({ fields, addIn, headers });
}

function allowed(key: ColumnKey, kind: ListKind): boolean {
  if (kind === "debiteuren") return true;
  // The OCMW's own list: no city file number, and nothing the add-in writes.
  return "field" in key && key.field !== "dossiernummer";
}

function missingFields(fields: Partial<Record<FieldKey, number>>, kind: ListKind): FieldKey[] {
  const required: FieldKey[] = kind === "debiteuren" ? ["dossiernummer", "voornaam", "achternaam", "rijksregisternummer"] : ["voornaam", "achternaam", "rijksregisternummer"];
  const missing = required.filter((f) => fields[f] === undefined);
  const has = (f: FieldKey) => fields[f] !== undefined;
  if (has("adres")) return missing;
  if (has("straat") || has("huisnummer") || has("bus")) {
    // A partial street address is incomplete for both lists (for clients only a complete one is optional).
    return [...missing, ...(["straat", "huisnummer"] as const).filter((f) => !has(f))];
  }
  return kind === "debiteuren" ? [...missing, "straat", "huisnummer"] : missing;
}
