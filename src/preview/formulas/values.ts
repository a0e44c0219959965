import type { SheetModel } from "../workbookModel";

/**
 * The values a formula works with, as Excel has them: a scalar (number, text, logical or blank),
 * an error (#VALUE! with a message), a 2-D array, or a reference to a block of cells (read only
 * when a function or operator needs its values, so INDEX and the spill of `=A1:A3` keep it).
 */
export type Scalar = number | string | boolean | null;
export interface FormulaError {
  error: string;
  message?: string;
}
export type Value = Scalar | FormulaError;
export type Matrix = Value[][];
export interface RangeRef {
  ref: true;
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}
export type Result = Value | Matrix | RangeRef;

export const isError = (v: unknown): v is FormulaError => typeof v === "object" && v !== null && "error" in v && !Array.isArray(v);
export const err = (error: string, message?: string): FormulaError => ({ error, message });
export const isRef = (v: Result): v is RangeRef => typeof v === "object" && v !== null && "ref" in v;
export const isMatrix = (v: Result): v is Matrix => Array.isArray(v);

/** A failure that ends the whole formula with this error (a reference to a missing sheet). */
export class FormulaFailure extends Error {
  constructor(readonly value: FormulaError) {
    super(value.message ?? value.error);
  }
}

/** One element of a matrix, broadcasting a single row or column as Excel does; #N/A outside. */
export function elementAt(m: Value | Matrix, r: number, c: number): Value {
  if (!isMatrix(m)) return m;
  const x = (m.length === 1 ? m[0] : m[r])?.[m[0].length === 1 ? 0 : c];
  return x === undefined ? err("#N/A") : x;
}

/** f over every element of a value or array (ISNUMBER(B3:D3), -A1:A3). */
export function mapValues(v: Value | Matrix, f: (x: Value) => Value): Value | Matrix {
  return isMatrix(v) ? v.map((row) => row.map(f)) : f(v);
}

export function toNumber(v: Value): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return Number(t);
  return err("#VALUE!", `not a number: ${v}`);
}

export function toBoolean(v: Value): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return err("#VALUE!", `not TRUE or FALSE: ${v}`);
}

export function arith(v: Value, f: (x: number) => number): Value {
  const n = toNumber(v);
  return isError(n) ? n : f(n);
}

export function toText(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's order across types: numbers < text < logicals; blank compares as 0 or "". */
export function compare(x: Scalar, y: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (x === null) x = typeof y === "string" ? "" : typeof y === "boolean" ? false : 0;
  if (y === null) y = typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const a = x.toLowerCase();
    const b = (y as string).toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return Number(x) - Number(y);
}

const COMPARISONS: Record<string, (d: number) => boolean> = {
  "=": (d) => d === 0,
  "<>": (d) => d !== 0,
  "<": (d) => d < 0,
  ">": (d) => d > 0,
  "<=": (d) => d <= 0,
  ">=": (d) => d >= 0,
};

const ARITHMETIC: Record<string, (a: number, b: number) => Value> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => (b === 0 ? err("#DIV/0!") : a / b),
  "^": (a, b) => a ** b,
};

/** One operator on two scalars: & joins text, comparisons across types, arithmetic on numbers. */
export function scalarBinary(op: string, x: Value, y: Value): Value {
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === "&") return toText(x) + toText(y);
  if (op in COMPARISONS) return COMPARISONS[op](compare(x, y));
  const a = toNumber(x);
  const b = toNumber(y);
  if (isError(a)) return a;
  if (isError(b)) return b;
  return op in ARITHMETIC ? ARITHMETIC[op](a, b) : err("#VALUE!", `unknown operator ${op}`);
}
