// The comparison's form of a national number: a small integer instead of a string, so the engine can index
// 100,000 numbers in typed arrays. 11 ASCII digits, bare or with the usual formatting, are checked here without
// allocating; anything else goes through parseNationalNumber, the authority on what is valid
// (test/property/matchEngine.property.test.ts checks that both agree).
import { parseNationalNumber, type NationalNumberProblemCode } from "./nationalNumber";

/** A valid number's key (≥ 0), or the reason it is not valid as a negative code (see problemOfKey). */
export type NumberKey = number;

const PROBLEM_CODES: readonly NationalNumberProblemCode[] = ["leeg", "ongeldige-tekens", "verkeerde-lengte", "ongeldige-datum", "controlegetal"];
const ZERO = 48;
/** The key of "" (the parser's "leeg"), the most usual invalid number. */
const EMPTY = -1 - PROBLEM_CODES.indexOf("leeg");

/**
 * first 9 digits × 2 + (1 when the check digits follow the rule for births from 2000): the check digits follow
 * from these, so equal keys mean equal numbers; below 2 × 10⁹, so an int32.
 */
export function numberKey(raw: string): NumberKey {
  if (raw === "") return EMPTY;
  const key = fastKey(raw);
  if (key !== NOT_PLAIN) return key;
  const parsed = parseNationalNumber(raw);
  if (!parsed.ok) return -1 - PROBLEM_CODES.indexOf(parsed.error.code);
  return fastKey(parsed.value.value);
}

export function problemOfKey(key: NumberKey): NationalNumberProblemCode {
  if (key >= 0) throw new Error(`problemOfKey: ${key} is a valid number's key`);
  return PROBLEM_CODES[-1 - key];
}

const NOT_PLAIN = -100;
/** Room for a formatted number: "85.07.30-033.28" is 15 characters. */
const MAX_FAST_LENGTH = 24;

/**
 * Exactly 11 ASCII digits, possibly among ASCII spaces, non-breaking spaces, dots, dashes and slashes (all of which
 * parseNationalNumber removes) with the right check number, which is what makes a number valid (the date part never
 * refuses one); or 1 to 10 bare ASCII digits that are valid padded with zeros to 11 (a numeric cell that lost its
 * leading zeros): its key. NOT_PLAIN for anything else, which the full parser then reads and names the reason for.
 */
function fastKey(s: string): number {
  if (s.length < 11) return bareKey(s);
  if (s.length > MAX_FAST_LENGTH) return NOT_PLAIN;
  let first9 = 0;
  let check = 0;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c - ZERO;
    if (d >= 0 && d <= 9) {
      if (count < 9) first9 = first9 * 10 + d;
      else check = check * 10 + d;
      count++;
    } else if (!(c === 32 || c === 46 || c === 45 || c === 47 || c === 0xa0)) return NOT_PLAIN;
  }
  if (count !== 11) return NOT_PLAIN;
  return keyOf(first9, check);
}

/** 1 to 10 ASCII digits and nothing else, padded with zeros to 11 as parseNationalNumber does: the key when valid. */
function bareKey(s: string): number {
  if (s.length === 0) return NOT_PLAIN;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NOT_PLAIN;
    value = value * 10 + d;
  }
  // Below 10¹⁰, so exact in a double.
  return keyOf(Math.floor(value / 100), value % 100);
}

/** The key of a number from its first nine digits and its check number; NOT_PLAIN when the check number is wrong. */
function keyOf(first9: number, check: number): number {
  if (97 - (first9 % 97) === check) return first9 * 2;
  if (97 - ((2_000_000_000 + first9) % 97) === check) return first9 * 2 + 1;
  // Which reason (date or check number) is the parser's to say.
  return NOT_PLAIN;
}
