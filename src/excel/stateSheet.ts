// The very hidden state sheet: fixed cells for schema, configuration, log head, pending marker and protection
// password, and a block of Rij-ID digests: one row per Rij-ID, updated in place, so its size is O(debtors) whatever
// the number of runs (a block with repeated Rij-IDs, from older versions, is compacted on the next write).
import { parseHead, type ChainHead } from "../domain/chain";
import { configDigest } from "../domain/configDigest";
import { validateConfig, serialiseConfig, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { STATE_SCHEMA_VERSION } from "../domain/layout";
import type { PendingWrite, StoredState, WorkbookReadProblem } from "../ports/workbook";

/** Rows of column B (1-based) holding each value; column A holds the label. */
export const STATE_CELL = { schema: 2, config: 3, head: 4, pending: 5, password: 6, digestCount: 7 } as const;
export const STATE_LABELS: readonly [string, number][] = [
  ["schema", STATE_CELL.schema],
  ["configuratie", STATE_CELL.config],
  ["logboek-kop", STATE_CELL.head],
  ["bezig", STATE_CELL.pending],
  ["beveiliging", STATE_CELL.password],
  ["rij-digests", STATE_CELL.digestCount],
];
export const STATE_TITLE = "Debiteurencheck – interne gegevens. Niet wijzigen: elke wijziging wordt vastgesteld.";
export const STATE_FIXED_RANGE = "A1:B7";
/** Digests live in D:E from row 2. */
export const DIGEST_FIRST_ROW = 2;

export interface RawState {
  readonly state: StoredState;
  readonly password: string;
  readonly digestCount: number;
}

export function parseState(values: readonly (readonly unknown[])[]): Result<RawState, WorkbookReadProblem> {
  const cell = (row: number) => String(values[row - 1]?.[1] ?? "");
  const schema = Number(cell(STATE_CELL.schema));
  if (!Number.isInteger(schema) || schema < 1) return err({ code: "staat-onleesbaar", detail: "schemaversie ontbreekt" });
  if (schema > STATE_SCHEMA_VERSION) return err({ code: "nieuwere-versie", schemaVersion: schema });
  let configJson: unknown;
  try {
    configJson = JSON.parse(cell(STATE_CELL.config));
  } catch {
    return err({ code: "staat-onleesbaar", detail: "configuratie is geen geldige JSON" });
  }
  const config = validateConfig(configJson);
  if (!config.ok) return err({ code: "staat-onleesbaar", detail: `configuratie: ${config.error.detail}` });
  const head = parseHead(cell(STATE_CELL.head));
  if (!head) return err({ code: "staat-onleesbaar", detail: "logboek-kop ontbreekt" });
  const pending = parsePending(cell(STATE_CELL.pending));
  const digestCount = Number(cell(STATE_CELL.digestCount) || "0");
  // Over the JSON as stored (not as validated), so that the Python checker in docs/logging.md computes the same.
  const digest = configDigest(configJson as object, cell(STATE_CELL.password));
  return ok({
    state: { schemaVersion: schema, config: config.value, head, configDigest: digest, ...(pending ? { pending } : {}) },
    password: cell(STATE_CELL.password),
    digestCount: Number.isInteger(digestCount) && digestCount >= 0 ? digestCount : 0,
  });
}

function parsePending(text: string): PendingWrite | undefined {
  if (!text) return undefined;
  try {
    const p = JSON.parse(text) as PendingWrite;
    return typeof p.fromNr === "number" && typeof p.toNr === "number" ? p : undefined;
  } catch {
    return undefined;
  }
}

export function headText(head: ChainHead): string {
  return `${head.nr}:${head.hash}`;
}

export function pendingText(p: PendingWrite | undefined): string {
  return p ? JSON.stringify(p) : "";
}

export function initialStateValues(config: ProtocolConfig, head: ChainHead, password: string): string[][] {
  const values: string[][] = [[STATE_TITLE, ""]];
  const byRow: Record<number, string> = {
    [STATE_CELL.schema]: String(STATE_SCHEMA_VERSION),
    [STATE_CELL.config]: serialiseConfig(config),
    [STATE_CELL.head]: headText(head),
    [STATE_CELL.pending]: "",
    [STATE_CELL.password]: password,
    [STATE_CELL.digestCount]: "0",
  };
  for (const [label, row] of STATE_LABELS) values[row - 1] = [label, byRow[row]];
  return values;
}

/** The digest block as read: Rij-ID → its row offset in the block and its digest (a later row wins over an earlier one). */
export type DigestIndex = Map<string, { readonly at: number; readonly digest: string }>;

export function digestIndexFromRows(rows: readonly (readonly unknown[])[]): DigestIndex {
  const index: DigestIndex = new Map();
  rows.forEach(([id, digest], at) => {
    const key = String(id ?? "");
    if (key) index.set(key, { at, digest: String(digest ?? "") });
  });
  return index;
}

export function digestsOf(index: DigestIndex): Map<string, string> {
  return new Map([...index].map(([id, { digest }]) => [id, digest]));
}

