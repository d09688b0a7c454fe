// Use case: the social worker's dossiers as cards — each visible row (listDebtors decides which) with the basis of
// its result (read from the Match text) and every data-quality warning about that dossier, worded so that it names no
// dossier her role may not see. Also the one place that decides which comparison notes a role may see.
import { dataQualityMessage, debtorDataQuality, compareDebtors, type DataQualityProblem } from "../domain/matching";
import { readClientRows } from "../domain/lists";
import { err, ok, type Result } from "../domain/result";
import { may, type Role } from "../domain/roles";
import { FLAG_PREFIX, isFlagged } from "../domain/recomparison";
import { nextStatuses, STATUS, type Status } from "../domain/status";
import type { DebtorRow } from "../ports/workbook";
import type { AppDeps, Session } from "./deps";
import { readDebtorTable } from "./guards";
import { listDebtors } from "./listDebtors";
import type { AppProblem } from "./problems";

/** How the result was found, from the Match text. */
export type MatchBasis =
  | { readonly kind: "rijksregisternummer" }
  | { readonly kind: "naam-adres"; readonly score: string | undefined }
  | { readonly kind: "anders"; readonly text: string };

export interface DossierCard {
  readonly row: DebtorRow;
  readonly basis: MatchBasis;
  /** One Dutch sentence per data-quality warning about this dossier. */
  readonly warnings: readonly string[];
  /** A new indication since her last decision (isFlagged: the Match text starts with FLAG_PREFIX). */
  readonly flagged: boolean;
  /** Waits on her: flagged, or a possible match to confirm or reject. */
  readonly waits: boolean;
  /** The statuses the session's role may give this dossier now (for a flagged one, its own: keep the decision). */
  readonly transitions: readonly Status[];
}

const SCORE = /score (\d+,\d+)/;

/** The basis of a Match text ("rijksregisternummer", "naam + adres (score 0,94)", "bevestigd door … (naam + adres)"). */
export function matchBasis(text: string): MatchBasis {
  const match = isFlagged(text) ? text.slice(FLAG_PREFIX.length) : text;
  if (/^(bevestigd|afgewezen) door/.test(match) ? /\(rijksregisternummer/.test(match) : match.startsWith("rijksregisternummer") && !match.startsWith("rijksregisternummer ongeldig")) {
    return { kind: "rijksregisternummer" };
  }
  if (/(^|\()naam \+ adres/.test(match)) return { kind: "naam-adres", score: SCORE.exec(match)?.[1] };
  return { kind: "anders", text: match };
}

/** What the basis says in the card: how it was found and which fields differed. */
export function basisText(basis: MatchBasis): string {
  switch (basis.kind) {
    case "rijksregisternummer":
      return "Gevonden op rijksregisternummer: het nummer is gelijk aan dat van een cliënt.";
    case "naam-adres":
      return basis.score
        ? `Gevonden op naam + adres: het adres is gelijk, de naam lijkt sterk (score ${basis.score}); geen geldig rijksregisternummer om te vergelijken.`
        : "Gevonden op naam + adres: naam en adres zijn gelijk; geen geldig rijksregisternummer om te vergelijken.";
    case "anders":
      return basis.text ? `Match: ${basis.text}` : "";
  }
}

/** The comparison notes `role` may see: everything for roles that see all debtors, else only notes about her own list. */
export function visibleProblems(role: Role, problems: readonly DataQualityProblem[]): DataQualityProblem[] {
  if (may(role, "alle-debiteuren-zien")) return [...problems];
  return problems.filter((p) => p.code === "ongeldig-rijksregisternummer-client" || p.code === "dubbele-client");
}

/** A warning about one dossier, naming only the dossiers in `visible`; others are counted. */
export function cardWarning(p: DataQualityProblem, own: string, visible: ReadonlySet<string>): string | undefined {
  switch (p.code) {
    case "ongeldig-rijksregisternummer":
    case "dubbel-dossiernummer":
      return dataQualityMessage(p);
    case "zelfde-nummer-andere-naam": {
      if (p.bronrijen.length > 0) return `Het rijksregisternummer is gelijk aan dat van ${p.bronrijen.length === 1 ? "een cliënt" : `${p.bronrijen.length} cliënten`} met een andere naam. Controleer het nummer voor u op deze status steunt.`;
      return `Hetzelfde rijksregisternummer staat ook bij ${others(p.dossiernummers, own, visible)} met een andere naam. Controleer welk nummer juist is voor u beslist.`;
    }
    case "meerdere-dossiers":
      return `Ter informatie: dezelfde persoon heeft ook ${others(p.dossiernummers, own, visible)}. Een beslissing geldt wellicht voor elk van die dossiers.`;
    default:
      return undefined;
  }
}

function others(dossiers: readonly string[], own: string, visible: ReadonlySet<string>): string {
  const rest = dossiers.filter((d) => d !== own);
  const named = rest.filter((d) => visible.has(d));
  const hidden = rest.length - named.length;
  const parts = [...named.map((d) => `dossier ${d}`)];
  if (hidden > 0) parts.push(hidden === 1 ? "een dossier dat u niet ziet" : `${hidden} dossiers die u niet ziet`);
  if (parts.length === 0) return "een ander dossier";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}

/**
 * The cards for `session`, what waits on her first (flagged, then possible matches), otherwise in listDebtors' order.
 * Warnings come from the debtor list itself and, while it is still there, from the client sheet (a number equal to a
 * client's with another name is known only while the client list is).
 */
export async function listDossierCards(deps: AppDeps, session: Session): Promise<Result<readonly DossierCard[], AppProblem>> {
  const listed = await listDebtors(deps, session);
  if (!listed.ok) return listed;
  const table = await readDebtorTable(deps);
  if (!table.ok) return err(table.error);
  const problems = await problemsOf(deps, table.value.rows.map((r) => r.record));
  const byRow = new Map<string, DataQualityProblem[]>();
  for (const p of problems) for (const id of p.rowIds ?? []) byRow.set(id, [...(byRow.get(id) ?? []), p]);
  const visible = new Set(listed.value.map((r) => r.record.dossiernummer.trim()));
  const cards = listed.value.map((row): DossierCard => {
    const own = row.record.dossiernummer.trim();
    const warnings = [...new Set((byRow.get(row.record.rowId) ?? []).map((p) => cardWarning(p, own, visible)).filter((w): w is string => w !== undefined))];
    const flagged = isFlagged(row.record.match);
    const { status } = row.record;
    return { row, basis: matchBasis(row.record.match), warnings, flagged, waits: flagged || status === STATUS.possibleMatch, transitions: nextStatuses(status, session.rol, flagged) };
  });
  const rank = (c: DossierCard) => (c.flagged ? 0 : c.waits ? 1 : 2);
  return ok(cards.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c));
}

async function problemsOf(deps: AppDeps, debtors: Parameters<typeof debtorDataQuality>[0]): Promise<readonly DataQualityProblem[]> {
  const sheet = await deps.workbook.readClientSheet();
  const clients = sheet ? readClientRows(sheet.headers, sheet.rows) : undefined;
  return clients?.ok && clients.value.records.length > 0 ? compareDebtors(debtors, clients.value.records).problems : debtorDataQuality(debtors);
}
