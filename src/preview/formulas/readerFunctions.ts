import type { FormulaFunction } from "./functionType";
import type { Node } from "./parser";
import { Scalar, Value, elementAt, err, isError, isMatrix, toNumber, toText } from "./values";

/**
 * The text and number functions of the formulas that mirror the pane's readers
 * (src/data/readers.ts: names compared as TRIM(SUBSTITUTE(…,CHAR(160)," ")), amounts whole or
 * left out via ISNUMBER and INT, summed with SUMPRODUCT — those two are in ./functions; and
 * src/data/source: a linked cell's digits-only text through LEN and VALUE),
 * computed as Excel computes them, cell by cell over arrays.
 *
 * @example
 *   // =SUMPRODUCT((TRIM(A1:A3)="Epe")*B1:B3) over A1:A3 = {"Epe ", "Hattem", " epe"}, B1:B3 = {1, 2, 3} → 4
 */
const BLANK: Node = { kind: "value", value: null };

/** A function of single values applied element by element when an argument is an array (broadcast as Excel does). */
const elementwise =
  (f: (xs: Value[]) => Value): FormulaFunction =>
  (args, cx) => {
    const values = args.map((a) => cx.values(cx.evaluate(a ?? BLANK)));
    const shape = values.find(isMatrix);
    if (!shape) return f(values as Value[]);
    const rows = Math.max(...values.map((v) => (isMatrix(v) ? v.length : 1)));
    const columns = Math.max(...values.map((v) => (isMatrix(v) ? v[0].length : 1)));
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(values.map((v) => elementAt(v, r, c)))));
  };

/** f of the arguments as text, an error argument being the answer. */
const onText =
  (f: (xs: string[]) => Value): FormulaFunction =>
  (args, cx) =>
    elementwise((xs) => xs.find(isError) ?? f((xs as Scalar[]).map(toText)))(args, cx);

const onNumber =
  (f: (x: number) => Value): FormulaFunction =>
  (args, cx) =>
    elementwise((xs) => {
      const n = toNumber(xs[0]);
      return isError(n) ? n : f(n);
    })(args, cx);

export const READER_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  // spaces (U+0020 only) off both ends, runs inside to one
  TRIM: onText(([t]) => t.replace(/ +/g, " ").replace(/^ | $/g, "")),
  SUBSTITUTE: onText(([t, from, to]) => (from === "" ? t : t.split(from).join(to))),
  // Excel's ANSI table (Windows-1252) agrees with Unicode on 160 (the non-breaking space) and on ASCII
  CHAR: onNumber((n) => (n >= 1 && n < 256 ? String.fromCharCode(Math.trunc(n)) : err("#VALUE!", "CHAR needs 1 to 255"))),
  INT: onNumber((n) => Math.floor(n) + 0),
  LEN: onText(([t]) => t.length),
  // a number as itself; text only in the plain form the linked table's formula passes it (digits, a point): no locale guessing
  VALUE: elementwise(([x]) => {
    if (isError(x) || typeof x === "number") return x;
    const t = toText(x as Scalar).trim();
    return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) + 0 : err("#VALUE!", `VALUE: "${t}" is not a number`);
  }),
};
