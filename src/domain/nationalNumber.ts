// Belgian national numbers (rijksregisternummer) and BIS numbers: parse from whatever a sheet holds, check, format, mask.
import { err, ok, type Result } from "./result";

/** Exactly 11 digits with a valid date part and check digits. */
export type NationalNumber = string & { readonly __brand: "NationalNumber" };

export type NationalNumberProblemCode = "leeg" | "ongeldige-tekens" | "verkeerde-lengte" | "ongeldige-datum" | "controlegetal";

export interface ParsedNationalNumber {
  readonly value: NationalNumber;
  readonly kind: "rijksregisternummer" | "bis";
  /** The check digits follow the rule for births from 2000 ("2" prepended). */
  readonly bornFrom2000: boolean;
}

export interface NationalNumberProblem {
  readonly code: NationalNumberProblemCode;
  /** The input as text (trimmed), for the caller's own use; messages never repeat it. */
  readonly input: string;
}

const LENGTH = 11;
/** Formatting people and systems put in: spaces (also non-breaking), dots, dashes, slashes. */
const SEPARATORS = /[\s\u00a0.\-\u2010-\u2015/]/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Accepts a string with formatting (`85.07.30-033.28`) or a number (a numeric Excel cell, which lost its
 * leading zeros: padded to 11 digits). A bare digit string shorter than 11 digits is treated the same way
 * (a CSV saved from such a numeric cell) but only when the padded number is valid; otherwise it is
 * reported as the wrong length, which is the more helpful message for a mistyped number.
 */
export function parseNationalNumber(raw: unknown): Result<ParsedNationalNumber, NationalNumberProblem> {
  if (raw === null || raw === undefined) return err({ code: "leeg", input: "" });
  if (typeof raw === "number" || typeof raw === "bigint") return parseNumericCell(raw);
  if (typeof raw !== "string") return err({ code: "ongeldige-tekens", input: String(raw) });

  const input = raw.trim();
  if (input === "") return err({ code: "leeg", input });
  const digits = input.replace(SEPARATORS, "");
  if (!/^[0-9]+$/.test(digits)) return err({ code: "ongeldige-tekens", input });
  if (digits.length < LENGTH && digits === input) {
    const padded = checkDigits(digits.padStart(LENGTH, "0"), input);
    if (padded.ok) return padded;
  }
  if (digits.length !== LENGTH) return err({ code: "verkeerde-lengte", input });
  return checkDigits(digits, input);
}

function parseNumericCell(raw: number | bigint): Result<ParsedNationalNumber, NationalNumberProblem> {
  const isWhole = typeof raw === "bigint" || (Number.isInteger(raw) && Number.isSafeInteger(raw));
  if (!isWhole || raw < 0) return err({ code: "ongeldige-tekens", input: String(raw) });
  const digits = raw.toString();
  if (digits.length > LENGTH) return err({ code: "verkeerde-lengte", input: digits });
  return checkDigits(digits.padStart(LENGTH, "0"), digits);
}

function checkDigits(digits: string, input: string): Result<ParsedNationalNumber, NationalNumberProblem> {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  // BIS numbers add 20 (sex unknown at registration) or 40 (sex known) to the month.
  const kind = month >= 20 ? "bis" : "rijksregisternummer";
  const realMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (!plausibleDate(realMonth, day)) return err({ code: "ongeldige-datum", input });

  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  // 2_000_000_000 + first9 stays far below 2^53, so plain numbers are exact here.
  if (97 - (first9 % 97) === check) return ok({ value: digits as NationalNumber, kind, bornFrom2000: false });
  if (97 - ((2_000_000_000 + first9) % 97) === check) return ok({ value: digits as NationalNumber, kind, bornFrom2000: true });
  return err({ code: "controlegetal", input });
}

/** Month and day may be 00 (birth date unknown); 29 February is allowed in any year (the century is not yet known). */
function plausibleDate(month: number, day: number): boolean {
  if (month > 12 || day > 31) return false;
  if (month === 0 || day === 0) return true;
  return day <= DAYS_IN_MONTH[month - 1];
}

/** "85073003328" → "85.07.30-033.28", the way Belgian documents print it. */
export function formatNationalNumber(n: NationalNumber): string {
  return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;
}

/**
 * For reports that must point at a number without repeating it: keeps the date part only
 * ("85.07.30-***.**"). Anything that is not 11 digits after removing formatting has every digit masked.
 */
export function maskNationalNumber(n: string): string {
  const digits = n.trim().replace(SEPARATORS, "");
  if (/^[0-9]{11}$/.test(digits)) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-***.**`;
  return n.trim().replace(/[0-9]/g, "*");
}
