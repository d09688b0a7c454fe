// Dutch messages for list, header, file and national-number problems: what is wrong and what to do about it.
import { CANONICAL_HEADERS, type FieldKey, type HeaderProblem, type ListKind } from "./headers";
import type { FileProblem, ListProblem } from "./lists";
import type { NationalNumberProblemCode } from "./nationalNumber";

const LIST_NAME: Readonly<Record<ListKind, string>> = {
  debiteuren: "de debiteurenlijst",
  clienten: "de cliëntenlijst van het OCMW",
};

const ALLOWED: Readonly<Record<ListKind, string>> = {
  debiteuren: "Dossiernummer, Voornaam, Achternaam, Rijksregisternummer, Straat en Huisnummer of één kolom Adres; Status, Match en Rij-ID van de add-in mogen er ook in staan",
  clienten: "Voornaam, Achternaam, Rijksregisternummer en eventueel Straat en Huisnummer of één kolom Adres",
};

export function headerProblemMessage(p: HeaderProblem, kind: ListKind): string {
  switch (p.code) {
    case "geen-koprij":
      return `In ${LIST_NAME[kind]} staat geen koprij. Zet de kolomnamen (${ALLOWED[kind]}) in de eerste rij en probeer opnieuw.`;
    case "geen-bekende-kolommen":
      return `De eerste rij van het bestand bevat geen enkele kolomnaam die Debiteurencheck kent: is dit wel ${LIST_NAME[kind]}? Kies een CSV- of Excel-bestand met de kolomnamen (${ALLOWED[kind]}) in de eerste rij en probeer opnieuw.`;
    case "extra-kolommen":
      return p.columns.length === 1
        ? `Het bestand bevat een kolom die het protocol niet toelaat: ${p.columns[0]}. Verwijder deze kolom en probeer opnieuw. Toegelaten zijn: ${ALLOWED[kind]}.`
        : `Het bestand bevat kolommen die het protocol niet toelaat: ${firstFew(p.columns)}. Verwijder deze kolommen en probeer opnieuw. Toegelaten zijn: ${ALLOWED[kind]}.`;
    case "ontbrekende-kolommen":
      return `In het bestand ontbreken kolommen die het protocol vraagt: ${missingNames(p.fields)}. Voeg ze toe aan de koprij en probeer opnieuw.`;
    case "dubbele-kolommen":
      return `Het bestand bevat meer dan één kolom voor hetzelfde gegeven: ${p.columns.join(", ")}. Houd per gegeven één kolom over (voor het adres ofwel Straat en Huisnummer, ofwel één kolom Adres) en probeer opnieuw.`;
    case "gegevens-zonder-kop":
      return p.columns.length === 1
        ? `Kolom ${p.columns[0]} bevat gegevens maar heeft geen kolomnaam. Verwijder die gegevens en probeer opnieuw.`
        : `De kolommen ${firstFew(p.columns)} bevatten gegevens maar hebben geen kolomnaam. Verwijder die gegevens en probeer opnieuw.`;
    case "te-veel-rijen":
      return `Het bestand telt ${thousands(p.rows)} rijen; het maximum is ${thousands(p.max)}. Splits de lijst en probeer opnieuw.`;
    case "te-lange-cel":
      return `Cel ${p.column}${p.bronrij} bevat ${thousands(p.length)} tekens; Excel bewaart er hoogstens ${thousands(p.max)} per cel. Kort de inhoud in en probeer opnieuw.`;
    case "misleidende-getalnotatie":
      return `Cel ${p.column}${p.bronrij} heeft de getalnotatie "${p.format}": Excel toont er andere tekst dan de waarde die vergeleken zou worden. Er werd niets gewijzigd. Zet de getalnotatie van die cel terug op Tekst (Start → Getal → Tekst), kijk na of de waarde klopt, en probeer opnieuw.`;
  }
}

/** Names at most ten items and counts the rest, so a message stays readable for a sheet with thousands of columns. */
function firstFew(items: readonly string[], shown = 10): string {
  if (items.length <= shown) return items.join(", ");
  return `${items.slice(0, shown).join(", ")} en nog ${thousands(items.length - shown)} andere`;
}

function missingNames(fields: readonly FieldKey[]): string {
  const names = fields.filter((f) => f !== "straat" && f !== "huisnummer").map((f) => CANONICAL_HEADERS[f]);
  const street = fields.includes("straat");
  const number = fields.includes("huisnummer");
  if (street && number) names.push("Straat en Huisnummer (of één kolom Adres)");
  else if (street) names.push(CANONICAL_HEADERS.straat);
  else if (number) names.push(CANONICAL_HEADERS.huisnummer);
  return names.join(", ");
}

export function nationalNumberProblemMessage(code: NationalNumberProblemCode): string {
  switch (code) {
    case "leeg":
      return "Het rijksregisternummer is leeg. Vul het rijksregisternummer of BIS-nummer in.";
    case "ongeldige-tekens":
      return "Het rijksregisternummer bevat tekens die geen cijfers zijn. Gebruik alleen cijfers (punten, streepjes en spaties mogen).";
    case "verkeerde-lengte":
      return "Het rijksregisternummer heeft geen 11 cijfers. Controleer het nummer.";
    case "ongeldige-datum":
      return "Het rijksregisternummer bevat geen mogelijke geboortedatum. Controleer het nummer.";
    case "controlegetal":
      return "Het controlegetal van het rijksregisternummer klopt niet (tikfout?). Controleer het nummer.";
  }
}

export function listProblemMessage(p: ListProblem): string {
  switch (p.code) {
    case "lege-rij":
      return `Rij ${p.bronrij} is leeg en werd overgeslagen.`;
    case "dubbele-rij-id":
      return `Rij ${p.bronrij} heeft dezelfde Rij-ID als rij ${p.eersteBronrij}. Maak de Rij-ID van de gekopieerde rij leeg; de add-in geeft ze een nieuwe.`;
  }
}

export function fileProblemMessage(p: FileProblem): string {
  switch (p.code) {
    case "onleesbaar-bestand":
      return `Het bestand "${p.fileName}" kan niet gelezen worden. Controleer of het een Excel-werkmap (.xlsx) of een CSV-bestand is, niet beschadigd en niet met een wachtwoord beveiligd.`;
    case "leeg-bestand":
      return `Het bestand "${p.fileName}" is leeg. Kies het bestand met de lijst.`;
    case "onbekende-codering":
      return `De tekst in "${p.fileName}" kan niet gelezen worden: het bestand bevat nultekens en is geen gewone CSV-tekst. Open het in Excel, sla het op als "CSV UTF-8 (door komma's gescheiden)" of als Excel-werkmap (.xlsx), en probeer opnieuw.`;
    case "onbekend-formaat":
      return `Het bestand "${p.fileName}" heeft een formaat dat niet gelezen kan worden${p.extension === "" ? "" : ` (.${p.extension})`}. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, en probeer opnieuw.`;
    case "te-groot":
      return `Het bestand "${p.fileName}" is te groot (${megabytes(p.bytes)} MB; maximaal ${megabytes(p.max)} MB). Verwijder overbodige werkbladen of splits de lijst, en probeer opnieuw.`;
    case "te-veel-rijen-in-bestand":
      return `Het werkblad in ${p.fileName} loopt tot rij ${thousands(p.rows)}; het maximum is ${thousands(p.max)}. Verwijder de lege of overbodige rijen onderaan, bewaar opnieuw en probeer opnieuw.`;
    case "werkblad-niet-gevonden":
      return `Het werkblad "${p.sheetName}" bestaat niet in "${p.fileName}". Kies een van deze werkbladen: ${p.available.join(", ")}.`;
    case "verborgen-werkblad":
      return p.available.length > 0
        ? `Het werkblad "${p.sheetName}" in "${p.fileName}" is verborgen; Debiteurencheck leest alleen zichtbare werkbladen. Maak het zichtbaar of kies een van deze werkbladen: ${p.available.join(", ")}.`
        : `"${p.fileName}" heeft geen zichtbaar werkblad; Debiteurencheck leest alleen zichtbare werkbladen. Maak het werkblad met de lijst zichtbaar, bewaar en probeer opnieuw.`;
    case "formules-in-lijst":
      return (
        `Het werkblad "${p.sheetName}" in "${p.fileName}" bevat ${p.count === 1 ? "een formule" : `${p.count} formules`} (${p.cells.join(", ")}${p.count > p.cells.length ? " …" : ""}). ` +
        "Debiteurencheck leest alleen vaste waarden: kopieer de cellen, plak ze als waarden (Plakken speciaal → Waarden), bewaar en probeer opnieuw."
      );
  }
}

/** 1000000 → "1.000.000" (Dutch grouping, independent of the runtime's locale data). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function megabytes(bytes: number): string {
  return String(Math.ceil(bytes / (1024 * 1024)));
}

/** "1 debiteur", "3 debiteuren": a count with the right Dutch form (no bracketed plurals). */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
