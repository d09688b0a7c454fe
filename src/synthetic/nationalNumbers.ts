// Fictitious national numbers with correct check digits (both the pre-2000 and the 2000 rule, BIS numbers too),
// the ways sheets present them, and the ways they go wrong.
import { parseNationalNumber } from "../domain/nationalNumber";
import type { Random } from "./random";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two check digits for the first nine digits: 97 − (n mod 97), with "2" prepended to n for births from 2000. */
export function checkDigitsFor(first9: string, bornFrom2000: boolean): string {
  const n = Number(first9) + (bornFrom2000 ? 2_000_000_000 : 0);
  return String(97 - (n % 97)).padStart(2, "0");
}

export interface NumberOptions {
  /** Share of BIS numbers (month + 20 or + 40). */
  readonly bisShare?: number;
}

/** A valid 11-digit number: birth 1935–2008, 1 in 50 with an unknown (00) month and day. */
export function makeNationalNumber(r: Random, options: NumberOptions = {}): string {
  const year = r.between(1935, 2008);
  let month = r.between(1, 12);
  let day = r.between(1, DAYS_IN_MONTH[month - 1]);
  if (r.chance(0.02)) [month, day] = [0, 0];
  if (r.chance(options.bisShare ?? 0.03)) month += r.chance(0.5) ? 20 : 40;
  const serial = r.between(1, 997);
  const first9 = `${pad2(year % 100)}${pad2(month)}${pad2(day)}${String(serial).padStart(3, "0")}`;
  return first9 + checkDigitsFor(first9, year >= 2000);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "85073003328" → "85.07.30-033.28". */
export function formatted(n: string): string {
  return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;
}

/** How a valid number shows up in a sheet: plain, formatted, with spaces, or as a numeric cell that lost its leading zeros. */
export function presentNumber(r: Random, n: string): string {
  const x = r.next();
  if (x < 0.55) return n;
  if (x < 0.8) return formatted(n);
  if (x < 0.9) return `${n.slice(0, 6)} ${n.slice(6, 9)} ${n.slice(9)}`;
  return n.replace(/^0+/, "");
}

export type BrokenKind = "leeg" | "controlegetal" | "verkeerde-lengte" | "ongeldige-tekens";

/** An invalid presentation of `n`, checked to be rejected by the parser. */
export function breakNumber(r: Random, n: string): { text: string; kind: BrokenKind } {
  const x = r.next();
  if (x < 0.3) return { text: "", kind: "leeg" };
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate =
      x < 0.7
        ? { text: n.slice(0, 9) + pad2((Number(n.slice(9)) + 1 + r.int(90)) % 100), kind: "controlegetal" as const }
        : x < 0.9
          ? { text: dropOneDigit(r, n), kind: "verkeerde-lengte" as const }
          : { text: formatted(n).replace(/0/, "O"), kind: "ongeldige-tekens" as const };
    if (!parseNationalNumber(candidate.text).ok) return candidate;
  }
  return { text: "onbekend", kind: "ongeldige-tekens" };
}

function dropOneDigit(r: Random, n: string): string {
  const at = r.between(1, 9);
  return n.slice(0, at) + n.slice(at + 1);
}
