// The usage texts of the commands and how `vergelijk` tells its two forms apart: in a module of their own, so
// `debiteurencheck --help` and the list form of `vergelijk` load none of the workbook commands (src/cli/main.ts
// imports those on first use: the use cases, the adapter and the in-memory host cost tens of milliseconds to load).

export const VERGELIJK_WERKMAP_USAGE = `  debiteurencheck vergelijk <werkmap.xlsx> --uit <nieuw.xlsx> --gebruiker <naam> --doel <tekst> [--clienten <bestand>] [--json]
      Vergelijkt in een Debiteurencheck-werkmap de debiteuren met de cliëntenlijst van het OCMW: uit
      --clienten (.xlsx of CSV; alleen in het geheugen gelezen, nooit in de werkmap gezet — aanbevolen),
      anders uit het blad OCMW-cliënten. De statussen en de logboekrijen (toegang en vergelijking, bron CLI,
      rol Debiteurenteam) komen in een NIEUW bestand; de werkmap zelf blijft ongewijzigd.
      --gebruiker  uw naam of e-mailadres (in het logboek, als ‘zelf opgegeven’)
      --doel       waarom u de gegevens raadpleegt (in het logboek)
      --json       de samenvatting als JSON.`;

/** The workbook form: a workbook file as first argument, or one of its own options (the list form has --debiteuren). */
export function isWorkbookForm(args: readonly string[]): boolean {
  return (args[0] !== undefined && !args[0].startsWith("-")) || args.some((a) => /^--(uit|gebruiker|doel)(=|$)/.test(a));
}

export const CONTROLEER_USAGE = `  debiteurencheck controleer <werkmap.xlsx> [--zegel <zegel>] [--afsluiting <record>] [--json]
      Controleert het Logboek van een (gearchiveerde) werkmap zonder Excel: de hashketen, de kop in het
      statusblad en, met --zegel, dat het Logboek sinds het verzegelen alleen werd aangevuld. Meldt ook
      protocolpunten (periode, kolommen, rijksregisternummers, wijzigingen buiten de add-in).
      Leest alleen; schrijft niets (ook niet in het Logboek).
      --zegel       de zegel zoals genoteerd bij het verzegelen: de regel DC-ZEGEL …, Nr:hash of alleen de hash
      --afsluiting  het afsluitingsrecord zoals genoteerd bij het afsluiten: de regel DC-AFSLUITING …; nodig om
                    een zegel van vóór de afsluiting na te gaan
      --json        het resultaat als JSON.
      Afsluitcode 0: Logboek intact; 1: Logboek gebroken (eerste gebroken rij genoemd) of debiteuren die afwijken
      van wat het Logboek over hun Rij-ID vastlegde (rijen genoemd); 2: geen
      Debiteurencheck-werkmap, onleesbaar bestand of verkeerd gebruik.`;

export const VOORBEELD_USAGE = `  debiteurencheck voorbeeld <uit.xlsx> [--aantal N] [--seed S]
      Maakt een voorbeeldwerkmap met FICTIEVE gegevens: ingesteld en beveiligd zoals de add-in dat doet,
      N fictieve debiteuren geïmporteerd (standaard 60) en een blad OCMW-cliënten met fictieve cliënten.
      De protocolperiode loopt één jaar vanaf vandaag. Een bestaand bestand wordt nooit overschreven.
      --aantal  aantal debiteuren (1 tot 100000)
      --seed    dezelfde seed geeft dezelfde fictieve personen (standaard 2021).`;
