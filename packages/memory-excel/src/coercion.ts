// What Excel does with a value written through Range.values / formulas or typed into a cell, and how a stored
// value reads back as values / text / valueTypes. Only the cases this add-in meets are modelled (see docs/memory-excel.md).

import { richApiError } from "./errors";
import type { Cell, Scalar } from "./sheet";

export interface Written {
  v: Scalar | null;
  f?: string;
  e?: boolean;
  nf?: string; // a number format Excel sets along with the value (ISO dates)
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30); // Excel's serial 0 for the 1900 date system (valid from 1 March 1900)

/**
 * Coerces one input value: undefined means "leave the cell as it is" (null in the 2-D array), null clears it, a
 * plain value is stored as is, and a Written object carries a formula, error or number format with it.
 * Range.values docs (ExcelApi 1.1): a string starting with "+", "-" or "=" is interpreted as a formula, and an ISO
 * (YYYY-MM-DD) date string is stored as a date. A cell formatted as text ("@") keeps any string as typed.
 */
export function coerceInput(input: unknown, numberFormat: string, location: string): Scalar | null | undefined | Written {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "boolean") return input;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw richApiError("InvalidArgument", location);
    return input;
  }
  if (typeof input !== "string") throw richApiError("InvalidArgument", location);
  if (input === "") return null;
  if (numberFormat === "@") return input;
  const first = input[0];
  if (first === "'") return input.slice(1); // Excel's text prefix: shown and stored without it
  if (first === "=" && input.length > 1) return formula(input);
  if (!PARSED_FIRST.has(first)) return input; // fast path: plain text (most cells)
  if (NUMBER.test(input)) return Number(input);
  if (/^(true|false)$/i.test(input)) return input.toLowerCase() === "true";
  const date = isoDateSerial(input);
  if (date !== null) return { v: date, nf: numberFormat === "General" ? "yyyy-mm-dd" : undefined };
  if ((first === "+" || first === "-") && input.length > 1) return formula(`=${input}`);
  return input;
}

/** First characters of strings Excel may read as something other than text. */
const PARSED_FIRST = new Set([..."0123456789+-.tTfF"]);

function formula(f: string): Written {
  const result = evaluateFormula(f.slice(1));
  return { f, v: result.v, e: result.e || undefined };
}

function isoDateSerial(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || y < 1900) return null;
  return Math.round((ms - EPOCH) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------------------------
// Constant formulas only (="text", =1+2, =TRUE, =-5 & "x"); anything that names a function, cell or name gives
// "#NAME?". Enough to show that a formula was stored and evaluated, which is what the add-in must avoid writing.

type Val = { v: Scalar; e?: boolean };
const err = (code: string): Val => ({ v: code, e: true });

export function evaluateFormula(source: string): Val {
  const tokens = source.match(/\s*("(?:[^"]|"")*"|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+|TRUE\b|FALSE\b|[-+*/^&()]|\S+)/gi) ?? [];
  let i = 0;
  const peek = () => tokens[i]?.trim();
  const num = (x: Val): number | Val => {
    if (x.e) return x;
    if (typeof x.v === "number") return x.v;
    if (typeof x.v === "boolean") return x.v ? 1 : 0;
    return NUMBER.test(x.v) ? Number(x.v) : err("#VALUE!");
  };
  const arith = (a: Val, b: Val, op: string): Val => {
    const [x, y] = [num(a), num(b)];
    if (typeof x !== "number") return x;
    if (typeof y !== "number") return y;
    if (op === "/" && y === 0) return err("#DIV/0!");
    const r = op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : op === "/" ? x / y : x ** y;
    return Number.isFinite(r) ? { v: r } : err("#NUM!");
  };
  const primary = (): Val => {
    const t = peek();
    i++;
    if (t === undefined) return err("#NAME?");
    if (t === "(") {
      const v = concat();
      if (peek() !== ")") return err("#NAME?");
      i++;
      return v;
    }
    if (t.startsWith('"')) return { v: t.slice(1, -1).replace(/""/g, '"') };
    if (/^(TRUE|FALSE)$/i.test(t)) return { v: t.toUpperCase() === "TRUE" };
    if (NUMBER.test(t)) return { v: Number(t) };
    return err("#NAME?");
  };
  const power = (): Val => {
    let v = primary();
    while (peek() === "^") {
      i++;
      v = arith(v, primary(), "^");
    }
    return v;
  };
  const unary = (): Val => {
    if (peek() === "-" || peek() === "+") {
      const op = peek()!;
      i++;
      const v = unary();
      return op === "-" ? arith({ v: 0 }, v, "-") : v;
    }
    return power();
  };
  const product = (): Val => {
    let v = unary();
    while (peek() === "*" || peek() === "/") {
      const op = peek()!;
      i++;
      v = arith(v, unary(), op);
    }
    return v;
  };
  const sum = (): Val => {
    let v = product();
    while (peek() === "+" || peek() === "-") {
      const op = peek()!;
      i++;
      v = arith(v, product(), op);
    }
    return v;
  };
  const concat = (): Val => {
    let v = sum();
    while (peek() === "&") {
      i++;
      const w = sum();
      v = v.e ? v : w.e ? w : { v: displayText(v.v) + displayText(w.v) };
    }
    return v;
  };
  const result = concat();
  return i < tokens.length ? err("#NAME?") : result;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading back.

export const readValue = (c: Cell | undefined): Scalar => (c && c.v !== null ? c.v : "");

export const readFormula = (c: Cell | undefined): Scalar => (c?.f !== undefined ? c.f : readValue(c));

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function readValueType(c: Cell | undefined): ValueType {
  if (!c || c.v === null) return "Empty";
  if (c.e) return "Error";
  return typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : "String";
}

const displayText = (v: Scalar): string => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : typeof v === "number" ? generalNumber(v) : v);

/** Range.text: the value as displayed with its number format (General, @, 0, 0.00, #,##0, 0%, and y/m/d dates). */
export function readText(c: Cell | undefined, numberFormat: string): string {
  if (!c || c.v === null) return "";
  if (typeof c.v !== "number") return displayText(c.v);
  const n = c.v;
  let m: RegExpExecArray | null;
  if ((m = /^(#,##)?0(\.0+)?(%?)$/.exec(numberFormat))) {
    const decimals = m[2] ? m[2].length - 1 : 0;
    const fixed = (m[3] ? n * 100 : n).toFixed(decimals);
    const grouped = m[1] ? fixed.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")) : fixed;
    return grouped + m[3];
  }
  if (/^[dmy]+([-/. ][dmy]+)*$/i.test(numberFormat)) {
    const d = new Date(EPOCH + Math.floor(n) * DAY_MS);
    const parts: Record<string, string> = {
      yyyy: String(d.getUTCFullYear()), yy: String(d.getUTCFullYear()).slice(-2),
      mm: String(d.getUTCMonth() + 1).padStart(2, "0"), m: String(d.getUTCMonth() + 1),
      dd: String(d.getUTCDate()).padStart(2, "0"), d: String(d.getUTCDate()),
    };
    return numberFormat.replace(/yyyy|yy|mm|m|dd|d/gi, (t) => parts[t.toLowerCase()]);
  }
  return generalNumber(n);
}

/** Excel's General format, simplified: integers up to 11 digits as is, else 10 significant digits or E-notation. */
function generalNumber(n: number): string {
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e11) return String(n);
  if (abs >= 1e11 || (abs < 1e-9 && n !== 0)) return n.toExponential(5).replace(/\.?0+e/, "e").toUpperCase().replace(/E([+-])(\d)$/, "E$10$2");
  return String(Number(n.toPrecision(10)));
}
