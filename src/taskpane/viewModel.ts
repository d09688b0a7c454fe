// Pure helpers behind the task pane's components: texts, filters, the summary chart's bars and the setup form.
// No React here, so Jest pins them down without a DOM.
import type { DebtorRow, Capabilities } from "../ports/workbook";
import type { ComparisonSummary } from "../domain/matching";
import type { LogEntry } from "../domain/log";
import { GENK_2021_PRESET, isEmail, isIsoDate, newProjectConfig, type ProtocolConfig } from "../domain/protocol";
import { roleCodeProblem } from "../domain/roleCode";
import { err, ok, type Result } from "../domain/result";
import { ALL_ROLES, ROLE_LABEL, type Role } from "../domain/roles";
import { ALL_STATUSES, STATUS, type Status } from "../domain/status";
import { foldDiacritics } from "../domain/textFold";
import type { SignedInUser } from "../ports/identity";
import type { SetUpInput } from "../app/setUpWorkbook";
import { formatMoment } from "./dates";
import { countOf } from "../domain/messages";

// ---- unexpected failures ----------------------------------------------------------------------------------

export interface UnexpectedFailure {
  readonly text: string;
  /** The exception's own message, for the IT department; adapters put no cell values in it. */
  readonly technical: string;
}

/** "Er liep iets mis bij het vergelijken. …" for an exception (a bug or a host failure), never an expected problem. */
export function unexpectedFailure(what: string, error: unknown): UnexpectedFailure {
  const technical = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { text: `Er liep iets mis bij ${what}. Probeer opnieuw; blijft het probleem, verwittig de IT-dienst.`, technical };
}

// ---- plurals ------------------------------------------------------------------------------------------------

/** The word for `n` things: `one` for 1, `many` otherwise (a real plural, never "dossier(s)"). */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** "1 dossier", "0 dossiers", "3 dossiers" (the domain's countOf, under the task pane's name). */
export const countText = countOf;

// ---- statuses -----------------------------------------------------------------------------------------------

export type BadgeColor = "informative" | "success" | "warning" | "danger" | "subtle";

export const STATUS_BADGE: Readonly<Record<Status, BadgeColor>> = {
  [STATUS.notCompared]: "subtle",
  [STATUS.noClient]: "informative",
  [STATUS.client]: "success",
  [STATUS.possibleMatch]: "warning",
  [STATUS.continueCollection]: "danger",
};

/** The button text for moving a row to `to`, from `from` (the transitions a social worker makes). */
export function transitionLabel(from: Status, to: Status): string {
  if (from === to) return `Beslissing behouden: ${to}`;
  if (from === STATUS.possibleMatch && to === STATUS.client) return "Bevestigen: cliënt OCMW";
  if (from === STATUS.possibleMatch && to === STATUS.noClient) return "Afwijzen: geen cliënt";
  if (to === STATUS.continueCollection) return "Invorderingsprocedure voortzetten";
  if (from === STATUS.continueCollection && to === STATUS.client) return "Terugzetten naar cliënt OCMW";
  return `Zetten op ‘${to}’`;
}

/** The question of the confirmation dialog, naming the dossier (never the person). */
export function transitionQuestion(dossiernummer: string, from: Status, to: Status): string {
  const dossier = dossiernummer || "zonder dossiernummer";
  if (from === to) return `Bevestigen dat dossier ${dossier} ‘${to}’ blijft? De nieuwe aanwijzing is dan beoordeeld.`;
  if (from === STATUS.possibleMatch && to === STATUS.client) return `Bevestigen dat dossier ${dossier} een cliënt van het OCMW is?`;
  if (from === STATUS.possibleMatch && to === STATUS.noClient) return `Bevestigen dat dossier ${dossier} geen cliënt van het OCMW is?`;
  if (to === STATUS.continueCollection) return `Bevestigen dat de invorderingsprocedure voor dossier ${dossier} wordt voortgezet?`;
  if (from === STATUS.continueCollection && to === STATUS.client) return `Bevestigen dat dossier ${dossier} terug op ‘cliënt OCMW’ komt (invordering opnieuw stopgezet)?`;
  return `Bevestigen dat dossier ${dossier} de status ‘${to}’ krijgt?`;
}

// ---- lists --------------------------------------------------------------------------------------------------

/** Rows whose dossier number, name, street or status contain every word of the query (case and accents ignored). */
export function filterDebtors(rows: readonly DebtorRow[], query: string): DebtorRow[] {
  const words = foldDiacritics(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter(({ record: r }) => {
    const text = foldDiacritics([r.dossiernummer, r.voornaam, r.achternaam, r.straat, r.huisnummer, r.status].join(" "));
    return words.every((w) => text.includes(w));
  });
}

export interface LogFilter {
  readonly actie: string;
  readonly gebruiker: string;
  readonly tekst: string;
}

export const NO_LOG_FILTER: LogFilter = { actie: "", gebruiker: "", tekst: "" };

/** Newest first, at most `limit`; actie and gebruiker exact (empty = all), tekst anywhere in the row. */
export function filterLog(entries: readonly LogEntry[], filter: LogFilter, limit = 200): LogEntry[] {
  const words = foldDiacritics(filter.tekst).split(/\s+/).filter(Boolean);
  const out: LogEntry[] = [];
  for (let i = entries.length - 1; i >= 0 && out.length < limit; i--) {
    const e = entries[i];
    if (filter.actie && e.actie !== filter.actie) continue;
    if (filter.gebruiker && e.gebruiker !== filter.gebruiker) continue;
    if (words.length > 0) {
      const text = foldDiacritics([e.nr, e.tijdstip, formatMoment(e.tijdstip), e.gebruiker, e.rol, e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde, e.doel].join(" "));
      if (!words.every((w) => text.includes(w))) continue;
    }
    out.push(e);
  }
  return out;
}

/** The distinct values of a column, sorted, for a filter's choices. */
export function distinct(entries: readonly LogEntry[], key: "actie" | "gebruiker"): string[] {
  return [...new Set(entries.map((e) => e[key]))].filter(Boolean).sort((a, b) => a.localeCompare(b, "nl"));
}

// ---- summary chart ------------------------------------------------------------------------------------------

export interface Bar {
  readonly status: Status;
  readonly count: number;
  /** 0–1 of the longest bar. */
  readonly share: number;
}

/** One bar per status, in the statuses' own order, scaled to the largest count. */
export function statusBars(perStatus: ComparisonSummary["byStatus"]): Bar[] {
  const max = Math.max(1, ...ALL_STATUSES.map((s) => perStatus[s] ?? 0));
  return ALL_STATUSES.map((status) => ({ status, count: perStatus[status] ?? 0, share: (perStatus[status] ?? 0) / max }));
}

// ---- capabilities -------------------------------------------------------------------------------------------

/** What still works on an Excel without some requirement sets (the banner's second sentence). */
export function capabilityNote(caps: Capabilities): string | undefined {
  if (caps.missing.length === 0) return undefined;
  const lost = caps.protection
    ? "Alles werkt, maar sommige stappen gaan trager of met meer tussenstappen."
    : "Kolommen worden niet per rol vergrendeld en wijzigingen in het raster worden niet in het logboek gezet. Vergelijken, statussen wijzigen en het logboek via dit taakvenster werken wel.";
  return `Deze Excel-versie mist: ${caps.missing.join("; ")}. ${lost} Vraag de IT-dienst om Excel bij te werken.`;
}

// ---- start flow ---------------------------------------------------------------------------------------------

export const OTHER_PURPOSE = "andere reden";

/** The stated purpose: a listed one, or "andere reden: …" with the text typed. */
export function purposeText(choice: string, otherText: string): string {
  if (choice !== OTHER_PURPOSE) return choice;
  const text = otherText.trim();
  return text ? `${OTHER_PURPOSE}: ${text}` : "";
}

/** The user for startSession: the Microsoft 365 account when present, else the stated name. */
export function userFor(account: SignedInUser | undefined, statedName: string): SignedInUser {
  return account ?? { name: statedName.trim(), source: "zelf opgegeven" };
}

// ---- setup form ---------------------------------------------------------------------------------------------

export interface MemberRow {
  readonly email: string;
  readonly rol: Role;
}

export interface SetupForm {
  readonly preset: "genk-2021" | "eigen";
  /** Only for "eigen". */
  readonly naam: string;
  readonly start: string;
  readonly einde: string;
  readonly leden: readonly MemberRow[];
  readonly rolcodes: Readonly<Record<Role, string>>;
}

export function initialSetupForm(today: string, self: SignedInUser | undefined): SetupForm {
  const own = newProjectConfig(today);
  return {
    preset: "eigen",
    naam: own.naam,
    start: own.start,
    einde: own.einde,
    leden: [{ email: self?.source === "Microsoft 365-account" ? self.name : "", rol: "debiteurenteam" }],
    rolcodes: { debiteurenteam: "", "maatschappelijk-werker": "", dpo: "" },
  };
}

/**
 * The setup input, or the Dutch problems of the form. Empty member rows are ignored; an empty role code means that
 * role is open only to members with a Microsoft 365 account. The person setting up must be able to sign in afterwards.
 */
export function setupInput(form: SetupForm, today: string, self: SignedInUser): Result<SetUpInput, string[]> {
  const problems: string[] = [];
  const base: ProtocolConfig =
    form.preset === "genk-2021" ? (JSON.parse(JSON.stringify(GENK_2021_PRESET)) as ProtocolConfig) : { ...newProjectConfig(today), naam: form.naam.trim() };
  if (form.preset === "eigen") {
    if (!base.naam) problems.push("Geef het project een naam.");
    if (!isIsoDate(form.start)) problems.push("Vul een geldige startdatum in (JJJJ-MM-DD).");
    if (!isIsoDate(form.einde)) problems.push("Vul een geldige einddatum in (JJJJ-MM-DD).");
    if (isIsoDate(form.start) && isIsoDate(form.einde) && form.einde < form.start) problems.push("De einddatum ligt vóór de startdatum: pas een van beide aan.");
  }
  const leden = form.leden.map((l) => ({ email: l.email.trim(), rol: l.rol })).filter((l) => l.email !== "");
  const seen = new Set<string>();
  for (const l of leden) {
    if (!isEmail(l.email)) problems.push(`‘${l.email}’ is geen geldig e-mailadres.`);
    else if (seen.has(l.email.toLowerCase())) problems.push(`${l.email} staat meer dan eens in de ledenlijst: houd één rij over.`);
    seen.add(l.email.toLowerCase());
  }
  const roleCodes: Partial<Record<Role, string>> = {};
  for (const role of ALL_ROLES) {
    const code = form.rolcodes[role];
    if (!code) continue;
    const problem = roleCodeProblem(code);
    if (problem) problems.push(`Rolcode ${ROLE_LABEL[role]}: ${problem}`);
    roleCodes[role] = code;
  }
  const selfIsMember =
    self.source === "Microsoft 365-account" && leden.some((l) => l.email.toLowerCase() === self.name.toLowerCase() && l.rol === "debiteurenteam");
  if (!selfIsMember && !roleCodes.debiteurenteam) {
    problems.push(
      self.source === "Microsoft 365-account"
        ? "Zet uzelf op de ledenlijst als Debiteurenteam, of stel een rolcode voor het debiteurenteam in: anders kunt u na het instellen niet aanmelden."
        : "Zonder Microsoft 365-account meldt u aan met een rolcode: stel een rolcode voor het debiteurenteam in.",
    );
  }
  if (problems.length > 0) return err(problems);
  const config: ProtocolConfig = form.preset === "genk-2021" ? { ...base, leden } : { ...base, start: form.start, einde: form.einde, leden };
  return ok({ config, roleCodes });
}
