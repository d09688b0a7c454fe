// Belgian national numbers (rijksregisternummer) and BIS numbers: parse from whatever a sheet holds, check, format, mask.
// Validity follows the Rijksregister's instruction IT000 ("Rijksregisternummer",
// https://www.ibz.rrn.fgov.be/fileadmin/user_upload/nl/rr/instructies/IT-lijst/IT000_Rijksregisternummer.pdf), as also
// read by python-stdnum's be/nn.py and be/bis.py: the check number decides; the date part may be incomplete (month or
// day 00, a day counter that ran out, a day above the month's last), fictitious (00.00.01) or shifted for BIS numbers
// (month + 20 or + 40). A date that cannot be any of these is reported with the number, never a reason to refuse it.
import { err, ok, type Result } from "./result";

/** Exactly 11 digits with a valid date part and check digits. */
export type NationalNumber = string & { readonly __brand: "NationalNumber" };

export type NationalNumberProblemCode = "leeg" | "ongeldige-tekens" | "verkeerde-lengte" | "ongeldige-datum" | "controlegetal";

/**
 * What the date part says: a real date; a part unknown at registration or after counter exhaustion (month 00, day 00
 * or a day the month does not have); the fictitious date 00.00.01; or a month no convention explains (a data-quality
 * note: the check number is right, so the number is as the register issued it or was typed consistently wrong).
 */
export type BirthDatePart = "datum" | "dag-onbekend" | "maand-onbekend" | "fictief" | "onmogelijk";

export interface ParsedNationalNumber {
  readonly value: NationalNumber;
  readonly kind: "rijksregisternummer" | "bis";
  /** The check digits follow the rule for births from 2000 ("2" prepended). */
  readonly bornFrom2000: boolean;
  readonly birthDate: BirthDatePart;
}

export interface NationalNumberProblem {
  readonly code: NationalNumberProblemCode;
  /** The input as text (trimmed), for the caller's own use; messages never repeat it. */
  readonly input: string;
}

const LENGTH = 11;
/**
 * Formatting people and systems put in: spaces (also non-breaking, thin, figure), dots, slashes, hyphens, dashes and
 * minus signs (U+2010–2015, U+2212, small and fullwidth forms), and invisible characters a copy brings along (soft
 * hyphen, zero-width space/joiners, word joiner, byte-order mark).
 */
const SEPARATORS = /[\s\u00a0.\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\uff0e\uff0f/\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number as a person reads it in a cell: fullwidth digits as digits, without Excel's text apostrophe ('…) and
 * without the ="…" wrapper that CSV exports use to keep leading zeros.
 */
export function normaliseNationalNumberText(raw: string): string {
  let text = raw.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).trim();
  const wrapped = /^=\s*"([^"]*)"$/.exec(text);
  if (wrapped) text = wrapped[1].trim();
  if (/^['\u2018\u2019]/.test(text)) text = text.slice(1).trim();
  return text;
}

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
  const digits = normaliseNationalNumberText(raw).replace(SEPARATORS, "");
  if (digits === "") return err({ code: "leeg", input });
  if (!/^[0-9]+$/.test(digits)) return err({ code: "ongeldige-tekens", input });
  if (digits.length < LENGTH && digits === normaliseNationalNumberText(raw)) {
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
  // BIS numbers add 20 (sex unknown at registration) or 40 (sex known) to the month.
  const kind = month >= 20 ? "bis" : "rijksregisternummer";
  const birthDate = birthDatePart(digits);
  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  // 2_000_000_000 + first9 stays far below 2^53, so plain numbers are exact here.
  if (97 - (first9 % 97) === check) return ok({ value: digits as NationalNumber, kind, bornFrom2000: false, birthDate });
  if (97 - ((2_000_000_000 + first9) % 97) === check) return ok({ value: digits as NationalNumber, kind, bornFrom2000: true, birthDate });
  // Both wrong: name the date when no convention explains it (the likelier typo), else the check number.
  return err({ code: birthDate === "onmogelijk" ? "ongeldige-datum" : "controlegetal", input });
}

/** IT000's conventions for the date part (29 February is allowed in any year: the century is not known here). */
function birthDatePart(digits: string): BirthDatePart {
  const bisMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const month = bisMonth >= 40 ? bisMonth - 40 : bisMonth >= 20 ? bisMonth - 20 : bisMonth;
  if (month > 12) return "onmogelijk";
  if (month === 0) return day === 1 && digits.startsWith("00") ? "fictief" : "maand-onbekend";
  if (day === 0 || day > DAYS_IN_MONTH[month - 1]) return "dag-onbekend";
  return "datum";
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
  const digits = normaliseNationalNumberText(n).replace(SEPARATORS, "");
  if (/^[0-9]{11}$/.test(digits)) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-***.**`;
  return n.trim().replace(/[0-9]/g, "*");
}
