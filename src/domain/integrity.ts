// What a sound chain must also agree with (PRODUCT.md "Configuration is in the chain", "Seal"): the configuration in
// the state sheet must be the one the last "configuratie vastgelegd" row records, and every "nieuw ketensegment" must be
// part of a genuine close — followed by the close and the closed configuration, with no personal data left before it.
// Run on a chain that verifyChain found intact.
import { changedParts, CONFIG_PART_LABEL, NOT_CLOSED_DIGEST, parseConfigDigest, type ConfigDigest } from "./configDigest";
import { isSegmentStart, LOG_ACTION, type LogEntry } from "./log";
import { unpseudonymisedValue } from "./pseudonymise";
import type { BreakReport } from "./seal";

/** The configuration recorded last, compared with the digest of the configuration now in the state sheet. */
export function checkConfiguration(entries: readonly LogEntry[], now: ConfigDigest): BreakReport | undefined {
  if (entries.length === 0) return undefined; // a new workbook before its set-up rows: nothing recorded, nothing to compare
  let i = entries.length - 1;
  while (i >= 0 && entries[i].actie !== LOG_ACTION.configuratieVastgelegd) i--;
  if (i < 0) {
    return {
      breakKind: "configuratie-gewijzigd",
      nr: entries[entries.length - 1].nr,
      rowIndex: entries.length - 1,
      detail: "Het Logboek legt geen configuratie vast, dus de configuratie in het statusblad kan niet worden nagegaan (werkmap van vóór deze controle, of de rij werd verwijderd en de keten herberekend).",
    };
  }
  const recorded = parseConfigDigest(entries[i].nieuweWaarde);
  const changed = recorded ? changedParts(recorded, now) : undefined;
  if (changed && changed.length === 0) return undefined;
  const what = changed ? changed.map((p) => CONFIG_PART_LABEL[p]).join(", ") : "onleesbare vastlegging";
  return {
    breakKind: "configuratie-gewijzigd",
    nr: entries[i].nr,
    rowIndex: i,
    detail:
      `De configuratie in het verborgen statusblad verschilt van wat het Logboek bij Nr ${entries[i].nr} vastlegde: ${what}. ` +
      "Ze werd buiten de add-in gewijzigd; elke wijziging via de add-in zou een nieuwe vastlegging in het Logboek hebben geschreven.",
  };
}

/**
 * Every segment start must be followed by the close ("afsluiting") and the closed configuration ("configuratie
 * vastgelegd" with a closed status), and the rows before the last one must be pseudonymised. `keep`: the configured
 * access purposes, which a close keeps readable.
 */
export function checkSegments(entries: readonly LogEntry[], keep: Iterable<string>): BreakReport | undefined {
  for (let i = 0; i < entries.length; i++) {
    if (!isSegmentStart(entries[i])) continue;
    const nr = entries[i].nr;
    const at = (detail: string): BreakReport => ({ breakKind: "afsluiting-onecht", nr, rowIndex: i, detail: `Rij Nr ${nr} begint een nieuw ketensegment, maar ${detail} Een nieuw ketensegment telt alleen als deel van een echte afsluiting.` });
    if (i === 0) return at("er gaat geen gearchiveerd Logboek aan vooraf.");
    if (entries[i + 1]?.actie !== LOG_ACTION.afsluiting) return at("de rij erna is geen afsluiting.");
    const closed = entries[i + 2]?.actie === LOG_ACTION.configuratieVastgelegd ? parseConfigDigest(entries[i + 2].nieuweWaarde) : undefined;
    if (!closed || closed.gesloten === NOT_CLOSED_DIGEST) return at("na de afsluiting werd de afgesloten configuratie niet vastgelegd.");
  }
  const left = unpseudonymisedValue(entries, keep);
  if (!left) return undefined;
  return {
    breakKind: "afsluiting-onecht",
    nr: left.nr,
    rowIndex: left.rowIndex,
    detail:
      `Rij Nr ${left.nr} ligt vóór een nieuw ketensegment maar de kolom ${left.column} is niet gepseudonimiseerd. ` +
      "Een echte afsluiting pseudonimiseert die; dit ketensegment werd buiten de add-in toegevoegd.",
  };
}
