// The Match column's texts the comparison writes (its explanation of each result); shared by matching, its engine
// (matchEngine.ts) and recomparison.
import type { NationalNumberProblemCode } from "./nationalNumber";

/** Jaro-Winkler on the names, at the same address only, from which a possible match is proposed. */
export const FUZZY_THRESHOLD = 0.92;

export const MATCH_TEXT = {
  nationalNumber: "rijksregisternummer",
  nameAddress: "naam + adres",
  none: "geen overeenkomst",
  emptyRow: "lege rij – niet vergeleken",
} as const;

/** "naam + adres" for equal names, "naam + adres (score 0,94)" for similar ones (rounded down, Dutch decimal comma). */
export function nameAddressMatchText(score: number): string {
  if (score >= 1) return MATCH_TEXT.nameAddress;
  const shown = (Math.floor(score * 100 + 1e-9) / 100).toFixed(2).replace(".", ",");
  return `${MATCH_TEXT.nameAddress} (score ${shown})`;
}

export function invalidNumberMatchText(code: NationalNumberProblemCode): string {
  const number = code === "leeg" ? "geen rijksregisternummer" : `rijksregisternummer ongeldig (${code.replace("-", " ")})`;
  return `${number}, geen overeenkomst op ${MATCH_TEXT.nameAddress}`;
}
