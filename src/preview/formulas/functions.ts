import { THUIS_ARITY } from "../../functions/arity";
import { toExcelError } from "../../functions/errors";
import * as thuis from "../../functions/wrappers";
import type { Node } from "./parser";
import type { CallContext, FormulaFunction } from "./functionType";
import { READER_FUNCTIONS } from "./readerFunctions";

export type { CallContext, FormulaFunction } from "./functionType";
import { Matrix, Result, Value, elementAt, err, isError, isMatrix, isRef, toBoolean, toNumber } from "./values";

/**
 * The function table of the preview's evaluator: one entry per Excel or THUIS function it
 * computes, each given its arguments unevaluated (IF evaluates one branch only) and a context
 * to evaluate them in. A name not in the table shows #NAME?, never a guessed number; a test
 * checks that every function a planner writes is here.
 *
 * @example
 *   FUNCTIONS.SUM([{ kind: "value", value: 2 }, { kind: "value", value: 3 }], cx); // 5
 */

const BLANK: Node = { kind: "value", value: null };

/** The values of argument i (an omitted or missing one is blank). */
const valuesOf = (cx: CallContext, args: readonly (Node | null)[], i: number): Value | Matrix => cx.values(cx.evaluate(args[i] ?? BLANK));

/** One scalar from an argument: a single cell, or #VALUE! for a larger range (no implicit intersection). */
function scalarOf(cx: CallContext, args: readonly (Node | null)[], i: number): Value {
  const m = valuesOf(cx, args, i);
  if (!isMatrix(m)) return m;
  return m.length === 1 && m[0].length === 1 ? m[0][0] : err("#VALUE!", "a range where one value is needed");
}

/**
 * The numbers of SUM/MIN/MAX/COUNT-like arguments: in a range or array only numbers count
 * (text, logicals and blanks are skipped); a value typed as an argument is converted.
 * The first error met is the answer, unless errors are skipped (COUNT).
 */
function numbersIn(cx: CallContext, args: readonly (Node | null)[], skipErrors = false): number[] | Value {
  const out: number[] = [];
  for (const node of args) {
    if (!node) continue;
    const v = cx.evaluate(node);
    if (isRef(v) || isMatrix(v)) {
      for (const row of cx.values(v) as Matrix)
        for (const x of row) {
          if (isError(x) && !skipErrors) return x;
          if (typeof x === "number") out.push(x);
        }
      continue;
    }
    const n = toNumber(v);
    if (!isError(n)) out.push(n);
    else if (!skipErrors) return n;
  }
  return out;
}

/** A function of the numbers of its arguments (SUM, MIN, MAX). */
const overNumbers =
  (f: (xs: number[]) => number): FormulaFunction =>
  (args, cx) => {
    const xs = numbersIn(cx, args);
    return Array.isArray(xs) ? f(xs) : xs;
  };

/** Excel's ROUND: half away from zero, at the given number of decimals (negative: tens, hundreds). */
const round: FormulaFunction = (args, cx) => {
  const x = toNumber(scalarOf(cx, args, 0));
  const d = toNumber(args[1] === undefined ? 0 : scalarOf(cx, args, 1));
  if (isError(x)) return x;
  if (isError(d)) return d;
  const f = 10 ** Math.trunc(d);
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f + 0; // -0 shows as 0
};

/** IF(condition, yes[, no]): one branch evaluated; over an array condition, element by element. */
const ifFunction: FormulaFunction = (args, cx) => {
  if (args.length < 2 || args.length > 3) return err("#VALUE!", "IF takes 2 or 3 arguments");
  const condition = valuesOf(cx, args, 0);
  const branch = (n: Node | null | undefined, fallback: Value): Result => (n === undefined ? fallback : n === null ? 0 : cx.evaluate(n));
  if (isMatrix(condition) && !(condition.length === 1 && condition[0].length === 1)) {
    const yes = cx.values(branch(args[1], true));
    const no = cx.values(branch(args[2], false));
    return condition.map((row, r) =>
      row.map((x, c) => {
        const test = toBoolean(x);
        return isError(test) ? test : elementAt(test ? yes : no, r, c);
      }),
    );
  }
  const test = toBoolean(isMatrix(condition) ? condition[0][0] : condition);
  if (isError(test)) return test;
  return test ? branch(args[1], true) : branch(args[2], false);
};

/** IFERROR(value, fallback): the fallback where the value is an error, element by element. */
const ifError: FormulaFunction = (args, cx) => {
  const value = cx.evaluate(args[0] ?? BLANK);
  const shown = cx.values(value);
  if (!isMatrix(shown)) return isError(shown) ? cx.evaluate(args[1] ?? BLANK) : value;
  if (!shown.some((row) => row.some(isError))) return value;
  const fallback = valuesOf(cx, args, 1);
  return shown.map((row, r) => row.map((x, c) => (isError(x) ? elementAt(fallback, r, c) : x)));
};

/** ISNUMBER(x): TRUE for a number, element by element over a range or array. */
const isNumber: FormulaFunction = (args, cx) => {
  const v = valuesOf(cx, args, 0);
  return isMatrix(v) ? v.map((row) => row.map((x) => typeof x === "number")) : typeof v === "number";
};

/** AND(…): TRUE when every logical is; in ranges text and blanks are skipped; none at all is #VALUE!. */
const and: FormulaFunction = (args, cx) => {
  let seen = 0;
  let all = true;
  for (const node of args) {
    if (!node) continue;
    const v = cx.evaluate(node);
    const fromRange = isRef(v) || isMatrix(v);
    for (const row of (fromRange ? cx.values(v) : [[v]]) as Matrix)
      for (const x of row) {
        if (isError(x)) return x;
        if (fromRange && (x === null || typeof x === "string")) continue;
        const b = toBoolean(x);
        if (isError(b)) return b;
        seen += 1;
        all &&= b;
      }
  }
  return seen === 0 ? err("#VALUE!", "AND has no logical values") : all;
};

/** COUNT(…): how many numbers (errors, text and blanks are not counted). */
const count: FormulaFunction = (args, cx) => (numbersIn(cx, args, true) as number[]).length;

/**
 * SUMPRODUCT(a, b, …): the sum of the element-wise products of arrays of one shape; an entry
 * that is not a number (text, a logical, a blank) counts as 0, as in Excel.
 */
const sumProduct: FormulaFunction = (args, cx) => {
  const arrays = args.map((_, i) => valuesOf(cx, args, i)).map((v) => (isMatrix(v) ? v : [[v]]));
  if (arrays.length === 0) return err("#VALUE!", "SUMPRODUCT needs an array");
  const [rows, columns] = [arrays[0].length, arrays[0][0].length];
  if (arrays.some((m) => m.length !== rows || m[0].length !== columns)) return err("#VALUE!", "SUMPRODUCT arrays differ in size");
  let sum = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      let product = 1;
      for (const m of arrays) {
        const x = m[r][c];
        if (isError(x)) return x;
        product *= typeof x === "number" ? x : 0;
      }
      sum += product;
    }
  return sum;
};

/**
 * INDEX(range, row[, column]): one cell of a range, as a reference (so a blank reads as 0 in a
 * result); in a single row or column one number picks along it. Outside the range: #REF!.
 */
const index: FormulaFunction = (args, cx) => {
  const source = cx.evaluate(args[0] ?? BLANK);
  const m = cx.values(source);
  const grid = isMatrix(m) ? m : [[m]];
  const a = toNumber(scalarOf(cx, args, 1));
  const b = toNumber(args[2] === undefined ? 1 : scalarOf(cx, args, 2));
  if (isError(a)) return a;
  if (isError(b)) return b;
  const [i, j] = grid.length === 1 && args[2] === undefined ? [1, Math.trunc(a)] : [Math.trunc(a), Math.trunc(b)];
  if (i < 1 || j < 1 || i > grid.length || j > grid[0].length) return err("#REF!", "INDEX outside the range");
  if (isRef(source)) return { ...source, row: source.row + i - 1, column: source.column + j - 1, rows: 1, columns: 1 };
  return grid[i - 1][j - 1];
};

/** A criterion of COUNTIF/SUMIF: a plain value (equal, text without regard to case) or ">0", "<>x" … */
function criterionTest(criterion: Value): (x: Value) => boolean {
  const m = typeof criterion === "string" ? /^(<>|<=|>=|=|<|>)(.*)$/.exec(criterion) : null;
  if (!m) {
    return (x) =>
      typeof criterion === "number"
        ? typeof x === "number" && x === criterion
        : typeof x === "string" && typeof criterion === "string" && x.toLowerCase() === criterion.toLowerCase();
  }
  const [, op, operand] = m;
  const number = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  return (x) => {
    if (number !== null && typeof x !== "number") return op === "<>";
    const d = number !== null ? (x as number) - number : String(x ?? "").localeCompare(operand, undefined, { sensitivity: "base" });
    return { "=": d === 0, "<>": d !== 0, "<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0 }[op]!;
  };
}

/** The cells of ranges[0] that meet every (range, criterion) pair, as a grid of booleans. */
function matching(cx: CallContext, args: readonly (Node | null)[], pairs: number, name: string): boolean[][] | Value {
  const tests: { range: Matrix; test: (x: Value) => boolean }[] = [];
  for (let k = 0; k < pairs; k++) {
    const range = cx.evaluate(args[2 * k] ?? BLANK);
    if (!isRef(range)) return err("#VALUE!", `${name} needs a range`);
    tests.push({ range: cx.values(range) as Matrix, test: criterionTest(scalarOf(cx, args, 2 * k + 1)) });
  }
  return tests[0].range.map((row, r) => row.map((_, c) => tests.every((t) => t.test(t.range[r]?.[c] ?? null))));
}

const countIfs =
  (pairs: (args: readonly (Node | null)[]) => number, name: string): FormulaFunction =>
  (args, cx) => {
    const hits = matching(cx, args, pairs(args), name);
    return Array.isArray(hits) ? hits.flat().filter(Boolean).length : hits;
  };

/** SUMIF(range, criterion[, sumRange]): the numbers of sumRange (or range) where range meets the criterion. */
const sumIf: FormulaFunction = (args, cx) => {
  const hits = matching(cx, args, 1, "SUMIF");
  if (!Array.isArray(hits)) return hits;
  const values = valuesOf(cx, args, args[2] ? 2 : 0) as Matrix;
  let sum = 0;
  hits.forEach((row, r) => row.forEach((hit, c) => (sum += hit && typeof values[r]?.[c] === "number" ? (values[r][c] as number) : 0)));
  return sum;
};

type Wrapper = (...args: unknown[]) => number | (number | string)[][];
const WRAPPERS = thuis as unknown as Record<string, Wrapper>;

/** A THUIS function through the same wrapper the custom function calls; its errors as Excel errors. */
const thuisFunction =
  (name: string): FormulaFunction =>
  (args, cx) => {
    const values: unknown[] = [];
    for (let i = 0; i < THUIS_ARITY[name]; i++) {
      const v = args[i] ? valuesOf(cx, args, i) : null;
      const first = isMatrix(v) ? v.flat().find(isError) : isError(v) ? v : undefined;
      if (first) return first;
      values.push(v);
    }
    try {
      const out = WRAPPERS[name](...values);
      return typeof out === "number" ? out : out.map((row) => row.map((x) => (x === "" ? null : x)));
    } catch (e) {
      const { code, message } = toExcelError(e, "nl");
      return err(code === "divisionByZero" ? "#DIV/0!" : "#VALUE!", message);
    }
  };

export const FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  SUM: overNumbers((xs) => xs.reduce((s, x) => s + x, 0)),
  MIN: overNumbers((xs) => (xs.length === 0 ? 0 : Math.min(...xs))),
  MAX: overNumbers((xs) => (xs.length === 0 ? 0 : Math.max(...xs))),
  ABS: (args, cx) => {
    const x = toNumber(scalarOf(cx, args, 0));
    return isError(x) ? x : Math.abs(x);
  },
  ROUND: round,
  IF: ifFunction,
  IFERROR: ifError,
  ISNUMBER: isNumber,
  AND: and,
  NA: () => err("#N/A"),
  COUNT: count,
  COUNTIF: countIfs(() => 1, "COUNTIF"),
  COUNTIFS: countIfs((args) => Math.floor(args.length / 2), "COUNTIFS"),
  SUMIF: sumIf,
  SUMPRODUCT: sumProduct,
  INDEX: index,
  ...READER_FUNCTIONS,
  ...Object.fromEntries(Object.keys(THUIS_ARITY).map((name) => [`THUIS.${name}`, thuisFunction(name)])),
};

/** The table's entry for a name as written (_xlfn. prefixes dropped), or undefined. */
export function functionNamed(name: string): FormulaFunction | undefined {
  const key = name.toUpperCase().replace(/^_XLFN\./, "");
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, key) ? FUNCTIONS[key] : undefined;
}
