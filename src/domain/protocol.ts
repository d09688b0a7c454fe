// The protocol configuration kept in the workbook (parties, purposes, legal basis, fields, period,
// members, role codes), the Genk 2021 preset, the protocol period, and strict reading back.
import { err, ok, type Result } from "./result";
import type { RoleCodeHash } from "./roleCode";
import { ALL_ROLES, type Role } from "./roles";

export interface ProtocolConfig {
  version: 1;
  naam: string;
  partijen: { naam: string; adres: string }[];
  doeleinden: { code: string; tekst: string }[];
  wettelijkeBasis: string[];
  /** Protocol 10°: the purposes for which each party originally collected the data. Absent in workbooks set up before it was kept. */
  oorspronkelijkeDoeleinden?: { code: string; tekst: string }[];
  /** Protocol 11°: the compatibility analysis of the purposes (AVG art. 6.4), point by point. Absent like 10°. */
  verenigbaarheid?: { code: string; tekst: string }[];
  /** Descriptions of the exchanged data (protocol 3a/3b) as the protocol words them. */
  velden: { stadNaarOcmw: string[]; ocmwNaarStad: string[] };
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive. */
  einde: string;
  /** Purposes a user of that role may state on opening; the UI adds "andere reden". */
  toegangsdoelen: Record<Role, string[]>;
  leden: { email: string; rol: Role }[];
  rolcodes: Partial<Record<Role, RoleCodeHash>>;
  /** YYYY-MM-DD on which the DPO closed the project (evaluation written, personal data removed); absent while it runs. */
  gesloten?: string;
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

/** The texts of the protocol Stad–OCMW Genk 2021 (shortened faithfully); members and role codes are set up per workbook. */
export const GENK_2021_PRESET: ProtocolConfig = deepFreeze({
  version: 1,
  naam: "Protocol gegevensuitwisseling debiteuren Stad en OCMW Genk",
  partijen: [
    { naam: "Stad Genk", adres: "Stadsplein 1, 3600 Genk" },
    { naam: "OCMW Genk", adres: "Welzijnscampus 11, 3600 Genk" },
  ],
  doeleinden: [
    {
      code: "2a",
      tekst: "Nazien of debiteuren van de stad, ten laste van wie ter invordering van openstaande schulden een dwangbevel zal worden opgemaakt, cliënt zijn bij het OCMW.",
    },
    {
      code: "2b",
      tekst:
        "Als de debiteur cliënt is bij het OCMW, de invorderingsprocedure (tijdelijk) stopzetten, waarna het OCMW onderzoekt of samen met de cliënt en mits diens instemming een aangepaste oplossing kan worden uitgewerkt in het kader van de reguliere sociale dienstverlening.",
    },
  ],
  wettelijkeBasis: [
    "Organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, artikel 57, eerste lid (preventieve hulp)",
    "Decreet van 22 december 2017 over het lokaal bestuur, artikel 177 (debiteurenbeheer door de financieel directeur)",
    "Decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer, artikel 8, §1 (protocol)",
  ],
  oorspronkelijkeDoeleinden: [
    {
      code: "10a",
      tekst: "De gegevens van de stad (3a) werden oorspronkelijk verzameld ten behoeve van belasting- of retributiereglementen en vervolgens in functie van het debiteurenbeheer.",
    },
    {
      code: "10b",
      tekst:
        "De gegevens van het OCMW (3b) werden oorspronkelijk verzameld om de cliënt de hulp te verlenen van artikel 57 van de Organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, waaronder preventieve hulp.",
    },
  ],
  verenigbaarheid: [
    {
      code: "11.1",
      tekst:
        "Koppeling tussen de doeleinden: de mededeling door de stad voorkomt oplopende betalingsproblemen en vermijdbare inningskosten bij debiteuren die ook cliënt van het OCMW zijn, en laat vorderingen menswaardig en binnen een redelijke termijn betalen (verantwoord en sociaal debiteurenbeheer). De mededeling door het OCMW kadert in preventieve hulp, een van de doeleinden waarvoor de gegevens werden verzameld.",
    },
    {
      code: "11.2",
      tekst:
        "Redelijke verwachting van de betrokkenen: de regeling wordt ter goedkeuring voorgelegd aan het college van burgemeester en schepenen en aan het vast bureau, en is daarna raadpleegbaar als bestuursdocument (openbaarheid van bestuur).",
    },
    {
      code: "11.3",
      tekst: "Aard van de persoonsgegevens: geen bijzondere categorieën (artikel 9.1 AVG); beperkt tot wat nodig is voor de verdere verwerking.",
    },
    { code: "11.4", tekst: "Gevolgen voor de betrokkenen: geen andere gevolgen dan die van de doeleinden onder 2." },
    {
      code: "11.5",
      tekst:
        "Passende waarborgen: de beveiligingsmaatregelen van punt 8 beperken de toegang tot de betrokken diensten; het rechtenbeheer op de documenten wordt gepast afgeschermd.",
    },
  ],
  velden: {
    stadNaarOcmw: ["Voornaam", "Achternaam", "Rijksregisternummer", "Adres (straat en huisnummer)", "Dossiernummer"],
    ocmwNaarStad: ["cliënt OCMW", "invorderingsprocedure voortzetten"],
  },
  start: "2021-04-01",
  einde: "2021-12-31",
  toegangsdoelen: {
    debiteurenteam: ["debiteuren voorbereiden voor dwangbevel", "vergelijking uitvoeren", "statussen opvolgen", "lijst voor invordering exporteren"],
    "maatschappelijk-werker": ["cliëntstatus nakijken", "beslissing invordering registreren", "mogelijke match beoordelen"],
    dpo: ["controle logboek", "verzegeling logboek", "afsluiting project"],
  },
  leden: [],
  rolcodes: {},
});

// --- Dates (YYYY-MM-DD, calendar days; no time zones involved) -------------------------------------

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid YYYY-MM-DD, else undefined (rejects 2021-02-30). */
function dayNumber(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / DAY_MS;
}

const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const isIsoDate = (date: string): boolean => dayNumber(date) !== undefined;

function requireDay(date: string): number {
  const d = dayNumber(date);
  if (d === undefined) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return d;
}

/**
 * A new workbook: the preset's texts, running one year from today inclusive (today + 1 year − 1 day,
 * so 2024-02-29 → 2025-02-28 and 2025-03-01 → 2026-02-28). A project can shorten or extend it.
 */
export function newProjectConfig(today: string): ProtocolConfig {
  const start = requireDay(today);
  const [y, m, d] = today.split("-").map(Number);
  const sameDayNextYear = Date.UTC(y + 1, m - 1, d) / DAY_MS; // Feb 29 rolls over to Mar 1
  const copy = JSON.parse(JSON.stringify(GENK_2021_PRESET)) as ProtocolConfig;
  return { ...copy, start: dateOf(start), einde: dateOf(sameDayNextYear - 1) };
}

export type PeriodState =
  | { code: "niet-begonnen"; dagenTotStart: number }
  | { code: "lopend"; dagenTotEinde: number }
  | { code: "verlopen"; dagenVoorbij: number };

/** Start and end day are both inside the period; on the last day dagenTotEinde is 0. */
export function periodState(config: Pick<ProtocolConfig, "start" | "einde">, today: string): PeriodState {
  const t = requireDay(today);
  const start = requireDay(config.start);
  const end = requireDay(config.einde);
  if (t < start) return { code: "niet-begonnen", dagenTotStart: start - t };
  if (t > end) return { code: "verlopen", dagenVoorbij: t - end };
  return { code: "lopend", dagenTotEinde: end - t };
}

/** Dutch banner text for the period (PRODUCT.md "Lifecycle"). */
export function periodMessage(state: PeriodState, config: Pick<ProtocolConfig, "start" | "einde">): string {
  switch (state.code) {
    case "niet-begonnen":
      return `Het protocol loopt pas vanaf ${config.start} (over ${state.dagenTotStart} dag${state.dagenTotStart === 1 ? "" : "en"}): importeren en vergelijken kan nog niet.`;
    case "verlopen":
      return `Het protocol liep af op ${config.einde}: importeren en vergelijken kan niet meer. Sluit het project af of laat de periode verlengen.`;
    case "lopend":
      return `Het protocol loopt tot en met ${config.einde}.`;
  }
}

export function roleForMember(config: Pick<ProtocolConfig, "leden">, email: string): Role | undefined {
  const wanted = email.trim().toLowerCase();
  return config.leden.find((l) => l.email.trim().toLowerCase() === wanted)?.rol;
}

// --- Reading back from the state sheet: strict, since the sheet can be edited by hand -------------

export type ConfigProblem = { code: string; detail: string };

/** Stable JSON (keys sorted at every level), so the same configuration is always the same text. */
export function serialiseConfig(c: ProtocolConfig): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(sorted(c));
}

export function parseConfig(text: string): Result<ProtocolConfig, ConfigProblem> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return err({ code: "geen-json", detail: "De configuratie in het statusblad is geen geldige JSON." });
  }
  return validateConfig(input);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The shape of an e-mail address as the member list accepts it (one @, a dot in the domain, no spaces). */
export const isEmail = (text: string): boolean => EMAIL.test(text);

/** Keys a configuration may lack: set at close, or texts added after earlier workbooks were set up. */
const OPTIONAL_KEYS: readonly string[] = ["gesloten", "oorspronkelijkeDoeleinden", "verenigbaarheid"];

class Invalid extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(problem.detail);
  }
}
const fail = (code: string, detail: string): never => {
  throw new Invalid({ code, detail });
};

function object(v: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (!v || typeof v !== "object" || Array.isArray(v)) return fail("ongeldig-veld", `${path} moet een object zijn.`);
  const o = v as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !keys.includes(k));
  if (unknown !== undefined) fail("onbekend-veld", `${path} bevat het onbekende veld "${unknown}".`);
  const missing = keys.find((k) => !(k in o));
  if (missing !== undefined) fail("ontbrekend-veld", `${path} mist het veld "${missing}".`);
  return o;
}

function text(v: unknown, path: string, allowEmpty = false): string {
  if (typeof v !== "string" || (!allowEmpty && v.trim() === "")) fail("ongeldig-veld", `${path} moet een niet-lege tekst zijn.`);
  return v as string;
}

function list<T>(v: unknown, path: string, item: (x: unknown, p: string) => T): T[] {
  if (!Array.isArray(v)) return fail("ongeldig-veld", `${path} moet een lijst zijn.`);
  return v.map((x, i) => item(x, `${path}[${i}]`));
}

function role(v: unknown, path: string): Role {
  if (!(ALL_ROLES as readonly unknown[]).includes(v)) fail("onbekende-rol", `${path}: "${String(v)}" is geen rol (${ALL_ROLES.join(", ")}).`);
  return v as Role;
}

function date(v: unknown, path: string): string {
  if (typeof v !== "string" || !isIsoDate(v)) fail("ongeldige-datum", `${path}: "${String(v)}" is geen geldige datum (JJJJ-MM-DD).`);
  return v as string;
}

function roleCodeHash(v: unknown, path: string): RoleCodeHash {
  const o = object(v, path, ["algoritme", "iteraties", "zout", "hash"]);
  if (o.algoritme !== "PBKDF2-SHA256") fail("ongeldige-rolcode-hash", `${path}.algoritme moet "PBKDF2-SHA256" zijn.`);
  if (!Number.isSafeInteger(o.iteraties) || (o.iteraties as number) < 1000) fail("ongeldige-rolcode-hash", `${path}.iteraties moet een geheel getal van minstens 1000 zijn.`);
  if (typeof o.zout !== "string" || !/^([0-9a-f]{2}){8,}$/.test(o.zout)) fail("ongeldige-rolcode-hash", `${path}.zout moet hexadecimaal zijn (minstens 8 bytes).`);
  if (typeof o.hash !== "string" || !/^[0-9a-f]{64}$/.test(o.hash)) fail("ongeldige-rolcode-hash", `${path}.hash moet 64 hexadecimale tekens zijn.`);
  return { algoritme: "PBKDF2-SHA256", iteraties: o.iteraties as number, zout: o.zout as string, hash: o.hash as string };
}

const codedTexts = (v: unknown, path: string) =>
  list(v, path, (x, p) => {
    const q = object(x, p, ["code", "tekst"]);
    return { code: text(q.code, `${p}.code`), tekst: text(q.tekst, `${p}.tekst`) };
  });

/** Refuses unknown or missing fields, bad dates, an end before the start, unknown roles and invalid e-mails. */
export function validateConfig(input: unknown): Result<ProtocolConfig, ConfigProblem> {
  try {
    const present = OPTIONAL_KEYS.filter((k) => !!input && typeof input === "object" && k in input);
    const required = Object.keys(GENK_2021_PRESET).filter((k) => !OPTIONAL_KEYS.includes(k));
    const o = object(input, "configuratie", [...required, ...present]);
    if (o.version !== 1) fail("onbekende-versie", `Configuratieversie ${String(o.version)} is onbekend; deze add-in kent versie 1.`);
    const start = date(o.start, "start");
    const einde = date(o.einde, "einde");
    if (einde < start) fail("einde-voor-start", `Het einde (${einde}) ligt vóór de start (${start}).`);
    const velden = object(o.velden, "velden", ["stadNaarOcmw", "ocmwNaarStad"]);
    const doelen = object(o.toegangsdoelen, "toegangsdoelen", ALL_ROLES);
    const codes = o.rolcodes && typeof o.rolcodes === "object" && !Array.isArray(o.rolcodes) ? (o.rolcodes as Record<string, unknown>) : fail("ongeldig-veld", "rolcodes moet een object zijn.");
    const rolcodes: Partial<Record<Role, RoleCodeHash>> = {};
    for (const [r, h] of Object.entries(codes)) rolcodes[role(r, "rolcodes")] = roleCodeHash(h, `rolcodes.${r}`);
    const leden = list(o.leden, "leden", (x, p) => {
      const l = object(x, p, ["email", "rol"]);
      const email = text(l.email, `${p}.email`).trim();
      if (!EMAIL.test(email)) fail("ongeldig-email", `${p}.email: "${email}" is geen geldig e-mailadres.`);
      return { email, rol: role(l.rol, `${p}.rol`) };
    });
    const seen = new Set<string>();
    for (const l of leden) {
      if (seen.has(l.email.toLowerCase())) fail("dubbel-lid", `${l.email} staat meer dan eens in de ledenlijst.`);
      seen.add(l.email.toLowerCase());
    }
    const texts = (v: unknown, p: string) => list(v, p, (x, q) => text(x, q));
    return ok({
      version: 1,
      naam: text(o.naam, "naam"),
      partijen: list(o.partijen, "partijen", (x, p) => {
        const q = object(x, p, ["naam", "adres"]);
        return { naam: text(q.naam, `${p}.naam`), adres: text(q.adres, `${p}.adres`) };
      }),
      doeleinden: codedTexts(o.doeleinden, "doeleinden"),
      wettelijkeBasis: texts(o.wettelijkeBasis, "wettelijkeBasis"),
      ...(o.oorspronkelijkeDoeleinden === undefined ? {} : { oorspronkelijkeDoeleinden: codedTexts(o.oorspronkelijkeDoeleinden, "oorspronkelijkeDoeleinden") }),
      ...(o.verenigbaarheid === undefined ? {} : { verenigbaarheid: codedTexts(o.verenigbaarheid, "verenigbaarheid") }),
      velden: { stadNaarOcmw: texts(velden.stadNaarOcmw, "velden.stadNaarOcmw"), ocmwNaarStad: texts(velden.ocmwNaarStad, "velden.ocmwNaarStad") },
      start,
      einde,
      toegangsdoelen: {
        debiteurenteam: texts(doelen.debiteurenteam, "toegangsdoelen.debiteurenteam"),
        "maatschappelijk-werker": texts(doelen["maatschappelijk-werker"], "toegangsdoelen.maatschappelijk-werker"),
        dpo: texts(doelen.dpo, "toegangsdoelen.dpo"),
      },
      leden,
      rolcodes,
      ...(o.gesloten === undefined ? {} : { gesloten: date(o.gesloten, "gesloten") }),
    });
  } catch (e) {
    if (e instanceof Invalid) return err(e.problem);
    throw e;
  }
}

/** Dutch message for a configuration that cannot be read back, saying what to do. */
export function configProblemMessage(p: ConfigProblem): string {
  return `De configuratie in het verborgen statusblad is ongeldig: ${p.detail} Het statusblad werd buiten de add-in bewerkt; laat het debiteurenteam de configuratie opnieuw instellen.`;
}

/** One clause of the protocol as shown to every role and in the compliance report. */
export interface ProtocolClause {
  /** The clause number of art. 8 §1 of the decree of 18 July 2008, e.g. "1°". */
  readonly clause: string;
  readonly title: string;
  readonly lines: readonly string[];
}

const NOT_KEPT = "Niet opgenomen in de configuratie van deze werkmap (ingesteld vóór deze tekst werd bewaard); zie het ondertekende protocol.";

/** The texts of clauses 1°, 2°, 5°, 10° and 11° as kept in the configuration. */
export function protocolClauses(c: ProtocolConfig): ProtocolClause[] {
  const coded = (list: { code: string; tekst: string }[] | undefined) => (list ? list.map((d) => `${d.code}. ${d.tekst}`) : [NOT_KEPT]);
  return [
    { clause: "1°", title: "Verwerkingsverantwoordelijken", lines: c.partijen.map((p) => `${p.naam}, ${p.adres}`) },
    { clause: "2°", title: "Doeleinden van de mededeling", lines: coded(c.doeleinden) },
    { clause: "5°", title: "Wettelijke basis", lines: c.wettelijkeBasis },
    { clause: "10°", title: "Oorspronkelijke doeleinden van de gegevens", lines: coded(c.oorspronkelijkeDoeleinden) },
    { clause: "11°", title: "Verenigbaarheid van de doeleinden (artikel 6.4 AVG)", lines: coded(c.verenigbaarheid) },
  ];
}
