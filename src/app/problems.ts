// Expected failures of the use cases, with stable codes; turned into Dutch at the UI edge (appProblemMessage).
import type { HeaderProblem, ListKind } from "../domain/headers";
import { countOf, headerProblemMessage } from "../domain/messages";
import type { PeriodState } from "../domain/protocol";
import type { BreakKind } from "../domain/seal";
import type { Action, Role } from "../domain/roles";
import { ROLE_LABEL } from "../domain/roles";
import type { TransitionRefusal } from "../domain/status";
import type { WorkbookReadProblem } from "../ports/workbook";

/** The exact word the DPO types to confirm Afsluiten (case-sensitive): a deliberate step, not a reflex click. */
export const CLOSE_CONFIRM_WORD = "AFSLUITEN";

export type AppProblem =
  | WorkbookReadProblem
  | (HeaderProblem & { readonly list: ListKind })
  | TransitionRefusal
  | { readonly code: "rol-niet-toegestaan"; readonly role: Role; readonly action: Action }
  | { readonly code: "buiten-periode"; readonly period: PeriodState }
  | { readonly code: "al-ingesteld" }
  | { readonly code: "rij-niet-gevonden"; readonly rowId: string }
  | { readonly code: "rolcode-fout"; readonly role: Role; readonly failures: number; readonly waitSeconds?: number }
  | { readonly code: "rolcode-wachttijd"; readonly role: Role; readonly failures: number; readonly waitSeconds: number }
  | { readonly code: "rolcode-ontbreekt"; readonly role: Role }
  | { readonly code: "rolcode-niet-ingesteld"; readonly role: Role }
  | { readonly code: "doel-ontbreekt" }
  | { readonly code: "gebruiker-ontbreekt" }
  | { readonly code: "geen-clientenlijst" }
  /** `source`: the file that held only its header row (an import), when there was one. */
  | { readonly code: "lege-lijst"; readonly list: ListKind; readonly source?: string }
  | { readonly code: "dubbele-rij-id"; readonly rowId: string }
  | { readonly code: "ongeldige-configuratie"; readonly detail: string }
  | { readonly code: "project-afgesloten"; readonly closedOn: string }
  | { readonly code: "logboek-gebroken"; readonly breakKind: BreakKind; readonly nr: number; readonly detail: string }
  | { readonly code: "logboek-verwijderd" }
  | { readonly code: "blad-hernoemd"; readonly sheet: string; readonly newName: string }
  | SettingsProblem
  | { readonly code: "onderbroken-schrijfactie"; readonly action: string; readonly fromNr: number; readonly toNr: number }
  | { readonly code: "ongeldige-zegel"; readonly detail: string }
  | { readonly code: "ongeldig-afsluitingsrecord"; readonly detail: string }
  | { readonly code: "bevestiging-onjuist"; readonly word: string }
  | { readonly code: "reden-vroegtijdig-afsluiten"; readonly end: string }
  | { readonly code: "lijst-niet-geexporteerd" };

/** Bad input on the Instellingen page (src/app/addMember.ts and friends): nothing is changed. */
export type SettingsProblem =
  | { readonly code: "reden-ontbreekt" }
  | { readonly code: "ongeldige-datum"; readonly field: "start" | "einde"; readonly value: string }
  | { readonly code: "einde-voor-start"; readonly start: string; readonly end: string }
  | { readonly code: "ongeldig-email"; readonly email: string }
  | { readonly code: "lid-bestaat-al"; readonly email: string; readonly role: Role }
  | { readonly code: "lid-niet-gevonden"; readonly email: string }
  | { readonly code: "rolcode-ongeldig"; readonly role: Role; readonly detail: string }
  | { readonly code: "niets-gewijzigd" }
  | { readonly code: "debiteurenteam-onbereikbaar" };

const ACTION_LABEL: Partial<Record<Action, string>> = {
  "werkmap-instellen": "de werkmap instellen",
  "configuratie-wijzigen": "de instellingen wijzigen",
  "debiteuren-importeren": "debiteuren importeren",
  vergelijken: "vergelijken",
  "match-beoordelen": "een mogelijke match bevestigen of afwijzen",
  "invordering-voortzetten": "de invorderingsprocedure laten voortzetten",
  "lijst-exporteren": "de lijst exporteren",
  "logboek-controleren": "het logboek controleren",
  "logboek-verzegelen": "het logboek verzegelen",
  "logboek-exporteren": "het logboek exporteren",
  "project-afsluiten": "het project afsluiten",
};

export function appProblemMessage(p: AppProblem): string {
  switch (p.code) {
    case "niet-ingesteld":
      return "Deze werkmap is nog niet ingesteld voor Debiteurencheck. Het debiteurenteam stelt ze in via ‘Werkmap instellen’.";
    case "blad-ontbreekt":
      return `Het blad ‘${p.sheet}’ ontbreekt. Zet een reservekopie van de werkmap terug of verwittig de functionaris gegevensbescherming.`;
    case "staat-onleesbaar":
      return `De verborgen instellingen van Debiteurencheck zijn onleesbaar (${p.detail}). Wijzig niets en verwittig de functionaris gegevensbescherming.`;
    case "blad-te-groot":
      return `Het blad ‘${p.sheet}’ bevat iets tot in cel ${p.address}, ver buiten het ${p.sheet}: zo'n blad kan niet gelezen worden. Wijzig niets en verwittig de functionaris gegevensbescherming; die kan de inhoud daar nagaan en verwijderen.`;
    case "nieuwere-versie":
      return "Deze werkmap werd bewerkt met een nieuwere versie van Debiteurencheck. Vraag de IT-dienst om de invoegtoepassing bij te werken.";
    case "geen-koprij":
    case "extra-kolommen":
    case "geen-bekende-kolommen":
    case "ontbrekende-kolommen":
    case "dubbele-kolommen":
    case "gegevens-zonder-kop":
    case "te-veel-rijen":
    case "te-lange-cel":
    case "misleidende-getalnotatie":
      return headerProblemMessage(p, p.list);
    case "zelfde-status":
      return `De status is al ‘${p.status}’.`;
    case "overgang-niet-toegestaan":
      return `Van ‘${p.from}’ naar ‘${p.to}’ gaan kan niet. Kies een van de voorgestelde statussen.`;
    case "rol-mag-niet":
      return `Als ${ROLE_LABEL[p.role]} mag u de status niet van ‘${p.from}’ naar ‘${p.to}’ wijzigen. Dat doet een maatschappelijk werker.`;
    case "rol-niet-toegestaan":
      return `Als ${ROLE_LABEL[p.role]} mag u ${ACTION_LABEL[p.action] ?? p.action} niet. Wissel van rol als u daar de toegang voor hebt.`;
    case "buiten-periode":
      return periodMessage(p.period);
    case "al-ingesteld":
      return "Deze werkmap is al ingesteld. Wijzigingen aan de instellingen gebeuren via ‘Instellingen’.";
    case "rij-niet-gevonden":
      return "Deze debiteur staat niet (meer) in het blad Debiteuren. Vernieuw de lijst en probeer opnieuw.";
    case "rolcode-fout":
      return p.waitSeconds
        ? `De rolcode voor ${ROLE_LABEL[p.role]} klopt niet (${p.failures} keer na elkaar). Wacht ${durationText(p.waitSeconds)} voor u opnieuw probeert, of vraag de code aan het debiteurenteam.`
        : `De rolcode voor ${ROLE_LABEL[p.role]} klopt niet. Probeer opnieuw of vraag de code aan wie de werkmap instelde.`;
    case "rolcode-wachttijd":
      return `Na ${p.failures} foute rolcodes na elkaar moet u nog ${durationText(p.waitSeconds)} wachten voor u opnieuw een rolcode kunt ingeven. Deze poging werd niet nagekeken en staat in het logboek.`;
    case "rolcode-ontbreekt":
      return `Vul de rolcode voor ${ROLE_LABEL[p.role]} in.`;
    case "rolcode-niet-ingesteld":
      return `Voor ${ROLE_LABEL[p.role]} is geen rolcode ingesteld en u staat niet op de ledenlijst. Vraag het debiteurenteam om u toe te voegen.`;
    case "doel-ontbreekt":
      return "Kies waarom u de gegevens raadpleegt (of vul ‘andere reden’ in). Dat wordt in het logboek bewaard.";
    case "gebruiker-ontbreekt":
      return "Vul uw naam of e-mailadres in. Dat wordt in het logboek bewaard.";
    case "geen-clientenlijst":
      return "Er is geen cliëntenlijst. Kies een bestand met de OCMW-cliënten of plak de lijst in het blad ‘OCMW-cliënten’.";
    case "lege-lijst":
      if (p.source !== undefined) return `In ‘${p.source}’ staan geen debiteuren: er is alleen een koprij. Kies het bestand met de debiteuren en probeer opnieuw. Er werd niets geïmporteerd.`;
      return p.list === "debiteuren"
        ? "Er staan geen debiteuren in de lijst. Plak of importeer eerst de debiteuren."
        : "De cliëntenlijst bevat geen cliënten. Kies het juiste bestand of blad.";
    case "dubbele-rij-id":
      return `De Rij-ID ‘${p.rowId}’ komt meer dan eens voor (een rij werd gekopieerd). Maak de Rij-ID-cel van de gekopieerde rij leeg en probeer opnieuw.`;
    case "ongeldige-configuratie":
      return `De instellingen zijn niet geldig: ${p.detail}`;
    case "project-afgesloten":
      return `Het project werd afgesloten op ${p.closedOn}: de persoonsgegevens zijn verwijderd en het Logboek is gepseudonimiseerd. Importeren, vergelijken en statussen wijzigen kan niet meer; het Logboek controleren en exporteren kan wel.`;
    case "logboek-gebroken":
      if (p.breakKind === "configuratie-gewijzigd") {
        return `${p.detail} Debiteurencheck werkt daarom alleen-lezen. Wijzig niets, bewaar een kopie van deze werkmap als bewijs en verwittig de functionaris gegevensbescherming; zij zet een intacte reservekopie terug.`;
      }
      return `Het Logboek is niet intact (eerste breuk bij Nr ${p.nr}): ${p.detail} Verzegelen en afsluiten kan alleen op een intact Logboek. Wijzig niets, bewaar een kopie van deze werkmap als bewijs, meld het incident en zet een intacte reservekopie terug.`;
    case "logboek-verwijderd":
      return "Het blad ‘Logboek’ werd verwijderd. Wat er in deze werkmap gebeurde, kan niet meer worden aangetoond; Debiteurencheck maakt geen nieuw Logboek aan. Werk niet verder in deze werkmap, zet een reservekopie terug en verwittig de functionaris gegevensbescherming.";
    case "blad-hernoemd":
      return `Het blad ‘${p.sheet}’ werd hernoemd naar ‘${p.newName}’. Debiteurencheck schrijft niets tot de oorspronkelijke naam terug is. Vraag de functionaris gegevensbescherming om de naam terug te zetten en de wijziging te melden.`;
    case "ongeldige-zegel":
    case "ongeldig-afsluitingsrecord":
    case "bevestiging-onjuist":
    case "reden-vroegtijdig-afsluiten":
    case "lijst-niet-geexporteerd":
      return inputMessage(p);
    case "reden-ontbreekt":
    case "ongeldige-datum":
    case "einde-voor-start":
    case "ongeldig-email":
    case "lid-bestaat-al":
    case "lid-niet-gevonden":
    case "rolcode-ongeldig":
    case "niets-gewijzigd":
    case "debiteurenteam-onbereikbaar":
      return settingsProblemMessage(p);
    case "onderbroken-schrijfactie":
      return `Een schrijfactie (‘${p.action}’, logrijen Nr ${p.fromNr} t.e.m. ${p.toNr}) werd onderbroken en kon niet worden afgewerkt. Wijzig niets en verwittig de functionaris gegevensbescherming.`;
  }
}

function inputMessage(p: Extract<AppProblem, { code: "ongeldige-zegel" | "ongeldig-afsluitingsrecord" | "bevestiging-onjuist" | "reden-vroegtijdig-afsluiten" | "lijst-niet-geexporteerd" }>): string {
  switch (p.code) {
    case "ongeldige-zegel":
      return `Deze zegel is niet goed overgenomen: ${p.detail} Er werd niets gecontroleerd.`;
    case "ongeldig-afsluitingsrecord":
      return `Dit afsluitingsrecord is niet goed overgenomen: ${p.detail} Er werd niets gecontroleerd.`;
    case "bevestiging-onjuist":
      return `Typ precies ${p.word} (in hoofdletters) om het afsluiten te bevestigen.`;
    case "reden-vroegtijdig-afsluiten":
      return `De protocolperiode loopt nog tot en met ${p.end}. Geef een reden om nu al af te sluiten; die komt in het Logboek.`;
    case "lijst-niet-geexporteerd":
      return "De lijsten voor de invordering werden sinds de laatste statuswijziging niet geëxporteerd. Exporteer ze eerst, of geef een reden om ze over te slaan; die komt in het Logboek.";
  }
}

export function periodMessage(p: PeriodState): string {
  switch (p.code) {
    case "niet-begonnen":
      return `De protocolperiode is nog niet begonnen (nog ${countOf(p.dagenTotStart, "dag", "dagen")}). Importeren en vergelijken kan pas vanaf de startdatum.`;
    case "verlopen":
      return `De protocolperiode is ${countOf(p.dagenVoorbij, "dag", "dagen")} geleden afgelopen. Importeren en vergelijken kan niet meer; de gegevens moeten worden afgesloten (evaluatie en anonimisering door de functionaris gegevensbescherming).`;
    case "lopend":
      return `De protocolperiode loopt nog ${countOf(p.dagenTotEinde, "dag", "dagen")}.`;
  }
}

function settingsProblemMessage(p: SettingsProblem): string {
  switch (p.code) {
    case "reden-ontbreekt":
      return "Geef een reden voor de wijziging van de protocolperiode. Die reden komt in het logboek.";
    case "ongeldige-datum":
      return `Vul een geldige ${p.field === "start" ? "startdatum" : "einddatum"} in (JJJJ-MM-DD)${p.value ? `: ‘${p.value}’ is geen datum` : ""}.`;
    case "einde-voor-start":
      return `De einddatum (${p.end}) ligt vóór de startdatum (${p.start}). Pas een van beide aan.`;
    case "ongeldig-email":
      return p.email ? `‘${p.email}’ is geen geldig e-mailadres. Vul het volledige adres in, bv. naam@genk.be.` : "Vul het e-mailadres van het lid in.";
    case "lid-bestaat-al":
      return `${p.email} staat al op de ledenlijst (als ${ROLE_LABEL[p.role]}). Wijzig de rol van dat lid in plaats van het opnieuw toe te voegen.`;
    case "lid-niet-gevonden":
      return `${p.email} staat niet (meer) op de ledenlijst. Vernieuw de pagina en probeer opnieuw.`;
    case "rolcode-ongeldig":
      return `Rolcode ${ROLE_LABEL[p.role]}: ${p.detail}`;
    case "niets-gewijzigd":
      return "Er is niets gewijzigd: de nieuwe waarde is dezelfde als de huidige.";
    case "debiteurenteam-onbereikbaar":
      return "Na deze wijziging kan niemand nog aanmelden als Debiteurenteam: er blijft geen lid met die rol en er is geen rolcode voor. Voeg eerst een ander lid toe of stel een rolcode in.";
  }
}

/** "30 seconden", "1 minuut", "4 minuten en 16 seconden". */
export function durationText(seconds: number): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return plural(rest, "seconde", "seconden");
  return rest === 0 ? plural(minutes, "minuut", "minuten") : `${plural(minutes, "minuut", "minuten")} en ${plural(rest, "seconde", "seconden")}`;
}
