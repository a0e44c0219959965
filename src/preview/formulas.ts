import { columnIndex } from "../excel/a1";
import { THUIS_ARITY } from "../functions/arity";
import { toExcelError } from "../functions/errors";
import * as thuis from "../functions/wrappers";
import type { SheetModel, WorkbookModel } from "./workbookModel";

/**
 * A small formula evaluator for the simulated workbook of the preview: it computes what Excel
 * would show for the formulas the add-in writes, so the preview is a real walk-through.
 *
 * The subset: numbers, "text", TRUE/FALSE; + − * / ^ & % and = <> < > <= >= (arrays broadcast
 * element by element); cell references (B3, $B$3), ranges (B13:B21) with or without a sheet
 * ('Verdeling 2024'!B13); structured references to table columns (Gemeenten[Inwonertal]);
 * SUM, IF, MIN, MAX, ABS, ROUND; and every THUIS function, computed by the same wrappers the
 * custom functions call (src/functions/wrappers.ts). Array results spill down and right as in
 * Excel (#SPILL! when the cells are taken). A reference to a blank cell reads 0 in a result, as
 * in Excel. Anything outside the subset gives #NAME? rather than a wrong number.
 *
 * Computed values live beside the model (never written into its cells), so the fake Excel
 * stays exactly what the adapter wrote.
 *
 * @example
 *   const values = evaluateWorkbook(model);
 *   values.get("Verdeling 2024", 12, 1); // 422 (=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8))
 *   values.get("Verdeling 2024", 13, 1); // 53  (spilled from B13)
 */
export type Scalar = number | string | boolean | null;
export interface FormulaError {
  error: string;
  message?: string;
}
export type Value = Scalar | FormulaError;
type Matrix = Value[][];
interface RangeRef {
  ref: true;
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}
type Result = Value | Matrix | RangeRef;

export const isError = (v: unknown): v is FormulaError => typeof v === "object" && v !== null && "error" in v && !Array.isArray(v);
const err = (error: string, message?: string): FormulaError => ({ error, message });
const isRef = (v: Result): v is RangeRef => typeof v === "object" && v !== null && "ref" in v;
const isMatrix = (v: Result): v is Matrix => Array.isArray(v);

type Wrapper = (...args: unknown[]) => number | (number | string)[][];
const THUIS = thuis as unknown as Record<string, Wrapper>;

// ---------------------------------------------------------------- parsing

type Node =
  | { kind: "value"; value: Scalar }
  | { kind: "ref"; sheet: string | null; a: { row: number; column: number }; b: { row: number; column: number } | null }
  | { kind: "table"; table: string; column: string }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "error"; error: string };

class ParseError extends Error {}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)/;
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*/;

/** Parses a formula (with or without its leading "="); throws ParseError outside the subset. */
export function parseFormula(formula: string): Node {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let pos = 0;
  const space = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const peek = (s: string) => {
    space();
    return text.startsWith(s, pos);
  };
  const eat = (s: string) => {
    if (!peek(s)) throw new ParseError(`expected ${s} at ${pos} in ${formula}`);
    pos += s.length;
  };
  const cellAt = (): { row: number; column: number } | null => {
    const m = CELL.exec(text.slice(pos));
    if (!m || /[A-Za-z0-9_.(\[]/.test(text[pos + m[0].length] ?? "")) return null;
    pos += m[0].length;
    return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  };
  const reference = (sheet: string | null): Node => {
    const a = cellAt();
    if (!a) throw new ParseError(`not a reference at ${pos} in ${formula}`);
    let b = null;
    if (text[pos] === ":") {
      pos++;
      b = cellAt();
      if (!b) throw new ParseError(`not a range at ${pos} in ${formula}`);
    }
    return { kind: "ref", sheet, a, b };
  };

  const comparison = (): Node => {
    let left = concat();
    for (;;) {
      space();
      const op = ["<>", "<=", ">=", "=", "<", ">"].find((o) => text.startsWith(o, pos));
      if (!op) return left;
      pos += op.length;
      left = { kind: "binary", op, left, right: concat() };
    }
  };
  const concat = (): Node => {
    let left = additive();
    while (peek("&")) {
      pos++;
      left = { kind: "binary", op: "&", left, right: additive() };
    }
    return left;
  };
  const additive = (): Node => {
    let left = multiplicative();
    for (;;) {
      space();
      const op = text[pos];
      if (op !== "+" && op !== "-") return left;
      pos++;
      left = { kind: "binary", op, left, right: multiplicative() };
    }
  };
  const multiplicative = (): Node => {
    let left = power();
    for (;;) {
      space();
      const op = text[pos];
      if (op !== "*" && op !== "/") return left;
      pos++;
      left = { kind: "binary", op, left, right: power() };
    }
  };
  const power = (): Node => {
    let left = unary();
    while (peek("^")) {
      pos++;
      left = { kind: "binary", op: "^", left, right: unary() };
    }
    return left;
  };
  // as in Excel, a leading minus binds tighter than ^ (=-2^2 is 4)
  const unary = (): Node => {
    space();
    if (text[pos] === "-" || text[pos] === "+") {
      const op = text[pos++];
      return { kind: "unary", op, arg: unary() };
    }
    return percent();
  };
  const percent = (): Node => {
    let node = primary();
    while (peek("%")) {
      pos++;
      node = { kind: "unary", op: "%", arg: node };
    }
    return node;
  };
  const primary = (): Node => {
    space();
    const ch = text[pos];
    if (ch === undefined) throw new ParseError(`unexpected end of ${formula}`);
    if (ch === "(") {
      pos++;
      const inner = comparison();
      eat(")");
      return inner;
    }
    if (ch === '"') {
      let value = "";
      pos++;
      for (;;) {
        if (pos >= text.length) throw new ParseError(`unterminated text in ${formula}`);
        if (text[pos] === '"') {
          if (text[pos + 1] === '"') {
            value += '"';
            pos += 2;
            continue;
          }
          pos++;
          return { kind: "value", value };
        }
        value += text[pos++];
      }
    }
    const number = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(pos));
    if (number) {
      pos += number[0].length;
      return { kind: "value", value: Number(number[0]) };
    }
    if (ch === "#") {
      const m = /^#[A-Z0-9/]+[!?]?/.exec(text.slice(pos));
      if (!m) throw new ParseError(`bad error literal in ${formula}`);
      pos += m[0].length;
      return { kind: "error", error: m[0] };
    }
    if (ch === "'") {
      let sheet = "";
      pos++;
      for (;;) {
        if (pos >= text.length) throw new ParseError(`unterminated sheet name in ${formula}`);
        if (text[pos] === "'") {
          if (text[pos + 1] === "'") {
            sheet += "'";
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        sheet += text[pos++];
      }
      eat("!");
      return reference(sheet);
    }
    const cell = CELL.exec(text.slice(pos));
    if (cell && !/[A-Za-z0-9_.(\[!]/.test(text[pos + cell[0].length] ?? "")) return reference(null);
    const name = NAME.exec(text.slice(pos));
    if (!name) throw new ParseError(`unexpected ${ch} at ${pos} in ${formula}`);
    const after = text[pos + name[0].length];
    if (after === "(") {
      pos += name[0].length + 1;
      const args: (Node | null)[] = [];
      space();
      if (text[pos] === ")") {
        pos++;
        return { kind: "call", name: name[0].toUpperCase(), args };
      }
      for (;;) {
        space();
        args.push(text[pos] === "," || text[pos] === ")" ? null : comparison());
        space();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        eat(")");
        return { kind: "call", name: name[0].toUpperCase(), args };
      }
    }
    if (after === "[") {
      pos += name[0].length + 1;
      const close = text.indexOf("]", pos);
      if (close < 0) throw new ParseError(`unterminated structured reference in ${formula}`);
      const column = text.slice(pos, close);
      pos = close + 1;
      return { kind: "table", table: name[0], column };
    }
    if (after === "!") {
      pos += name[0].length + 1;
      return reference(name[0]);
    }
    if (/^(TRUE|FALSE)$/i.test(name[0])) {
      pos += name[0].length;
      return { kind: "value", value: name[0].toUpperCase() === "TRUE" };
    }
    throw new ParseError(`unknown name ${name[0]} in ${formula}`);
  };

  const node = comparison();
  space();
  if (pos !== text.length) throw new ParseError(`unexpected ${text.slice(pos)} in ${formula}`);
  return node;
}

// ---------------------------------------------------------------- evaluation

/** Computed values of a whole workbook: formula cells, and the cells their arrays spill into. */
export interface WorkbookValues {
  /** What Excel shows in a cell: a value, an error, or null for blank. */
  get(sheet: string, row: number, column: number): Value;
  /** The formula cell whose array covers this cell (itself for a formula cell), or null. */
  anchorOf(sheet: string, row: number, column: number): { row: number; column: number } | null;
}

interface Anchor {
  sheet: SheetModel;
  row: number;
  column: number;
  formula: string;
  state: "todo" | "busy" | "done";
  result: Matrix;
}

export function evaluateWorkbook(model: WorkbookModel): WorkbookValues {
  const key = (sheet: SheetModel, row: number, column: number) => `${sheet.name}\u0000${row},${column}`;
  const anchors = new Map<string, Anchor>();
  const bySheet = new Map<SheetModel, Anchor[]>();
  /** cell → the anchor whose spilled array covers it */
  const spills = new Map<string, Anchor>();
  for (const sheet of model.sheets) {
    const list: Anchor[] = [];
    for (const [k, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [row, column] = k.split(",").map(Number);
      const anchor: Anchor = { sheet, row, column, formula: cell.formula, state: "todo", result: [[null]] };
      anchors.set(key(sheet, row, column), anchor);
      list.push(anchor);
    }
    list.sort((a, b) => a.row - b.row || a.column - b.column);
    bySheet.set(sheet, list);
  }

  const run = (anchor: Anchor): void => {
    if (anchor.state !== "todo") return;
    anchor.state = "busy";
    let result: Matrix;
    try {
      result = toResultMatrix(evaluate(parseFormula(anchor.formula), anchor.sheet));
    } catch (e) {
      result = [
        [e instanceof FormulaFailure ? e.value : e instanceof ParseError ? err("#NAME?", e.message) : err("#VALUE!", (e as Error).message)],
      ];
    }
    const rows = result.length;
    const columns = result[0]?.length ?? 1;
    if (rows * columns > 1) {
      let blocked = false;
      for (let r = 0; r < rows && !blocked; r++)
        for (let c = 0; c < columns && !blocked; c++) {
          if (r === 0 && c === 0) continue;
          const at = key(anchor.sheet, anchor.row + r, anchor.column + c);
          if (anchor.sheet.get(anchor.row + r, anchor.column + c) || spills.has(at)) blocked = true;
        }
      if (blocked) result = [[err("#SPILL!", "the cells the array spills into are not empty")]];
      else
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < columns; c++) if (r || c) spills.set(key(anchor.sheet, anchor.row + r, anchor.column + c), anchor);
    }
    anchor.result = result;
    anchor.state = "done";
  };

  /** Value of one cell, computing what it depends on first. */
  const cellValue = (sheet: SheetModel, row: number, column: number): Value => {
    const anchor = anchors.get(key(sheet, row, column));
    if (anchor) {
      if (anchor.state === "busy") return err("#REF!", "circular reference");
      run(anchor);
      return anchor.result[0][0];
    }
    const cell = sheet.get(row, column);
    if (cell) return cell.value === "" ? null : cell.value;
    const at = key(sheet, row, column);
    if (!spills.has(at)) {
      // an array from above or left may spill here: compute those formulas first
      for (const a of bySheet.get(sheet) ?? []) {
        if (a.row > row) break;
        if (a.column <= column && a.state === "todo") run(a);
        if (spills.has(at)) break;
      }
    }
    const owner = spills.get(at);
    return owner ? owner.result[row - owner.row][column - owner.column] : null;
  };

  const sheetNamed = (name: string | null, current: SheetModel): SheetModel => {
    if (name === null) return current;
    const s = model.sheet(name);
    if (!s) throw new FormulaFailure(err("#REF!", `no sheet ${name}`));
    return s;
  };

  const deref = (ref: RangeRef): Matrix =>
    Array.from({ length: ref.rows }, (_, r) =>
      Array.from({ length: ref.columns }, (_, c) => cellValue(ref.sheet, ref.row + r, ref.column + c)),
    );

  const evaluate = (node: Node, sheet: SheetModel): Result => {
    switch (node.kind) {
      case "value":
        return node.value;
      case "error":
        return err(node.error);
      case "ref": {
        const s = sheetNamed(node.sheet, sheet);
        const b = node.b ?? node.a;
        const row = Math.min(node.a.row, b.row);
        const column = Math.min(node.a.column, b.column);
        return {
          ref: true,
          sheet: s,
          row,
          column,
          rows: Math.abs(b.row - node.a.row) + 1,
          columns: Math.abs(b.column - node.a.column) + 1,
        };
      }
      case "table": {
        const t = model.table(node.table);
        if (!t) return err("#REF!", `no table ${node.table}`);
        const s = model.sheet(t.sheet)!;
        const want = node.column
          .replace(/^\[|\]$/g, "")
          .trim()
          .toLowerCase();
        for (let c = 0; c < t.columns; c++) {
          const header = String(s.get(t.row, t.column + c)?.value ?? "")
            .trim()
            .toLowerCase();
          if (header === want) return { ref: true, sheet: s, row: t.row + 1, column: t.column + c, rows: t.rows - 1, columns: 1 };
        }
        return err("#REF!", `no column ${node.column} in ${node.table}`);
      }
      case "unary": {
        const arg = evaluate(node.arg, sheet);
        if (node.op === "%") return lift1(arg, (x) => arith(x, (v) => v / 100));
        if (node.op === "-") return lift1(arg, (x) => arith(x, (v) => -v));
        return lift1(arg, (x) => x);
      }
      case "binary":
        return binary(node.op, evaluate(node.left, sheet), evaluate(node.right, sheet));
      case "call":
        return call(node, sheet);
    }
  };

  const lift1 = (v: Result, f: (x: Value) => Value): Value | Matrix => {
    const m = isRef(v) ? deref(v) : v;
    return isMatrix(m) ? m.map((row) => row.map(f)) : f(m);
  };

  const binary = (op: string, left: Result, right: Result): Value | Matrix => {
    const a = isRef(left) ? deref(left) : left;
    const b = isRef(right) ? deref(right) : right;
    const f = (x: Value, y: Value) => scalarBinary(op, x, y);
    if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
    const ma = isMatrix(a) ? a : [[a]];
    const mb = isMatrix(b) ? b : [[b]];
    const rows = Math.max(ma.length, mb.length);
    const columns = Math.max(ma[0].length, mb[0].length);
    const pick = (m: Matrix, r: number, c: number): Value | undefined => (m.length === 1 ? m[0] : m[r])?.[m[0].length === 1 ? 0 : c];
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const x = pick(ma, r, c);
        const y = pick(mb, r, c);
        return x === undefined || y === undefined ? err("#N/A") : f(x, y);
      }),
    );
  };

  /** One scalar from an argument: a single cell, or #VALUE! for a larger range (no implicit intersection). */
  const scalarOf = (v: Result): Value => {
    const m = isRef(v) ? deref(v) : v;
    if (!isMatrix(m)) return m;
    return m.length === 1 && m[0].length === 1 ? m[0][0] : err("#VALUE!", "a range where one value is needed");
  };

  const numbersIn = (args: (Node | null)[], sheet: SheetModel): number[] | FormulaError => {
    const out: number[] = [];
    for (const node of args) {
      if (!node) continue;
      const v = evaluate(node, sheet);
      if (isRef(v) || isMatrix(v)) {
        for (const row of isRef(v) ? deref(v) : v)
          for (const x of row) {
            if (isError(x)) return x;
            if (typeof x === "number") out.push(x);
          }
      } else {
        const n = toNumber(v);
        if (isError(n)) return n;
        out.push(n);
      }
    }
    return out;
  };

  const call = (node: Extract<Node, { kind: "call" }>, sheet: SheetModel): Result => {
    const name = node.name.replace(/^_XLFN\./, "");
    if (name.startsWith("THUIS.")) {
      const fn = name.slice("THUIS.".length);
      if (!(fn in THUIS_ARITY)) return err("#NAME?", `unknown function ${node.name}`);
      const args: unknown[] = [];
      for (let i = 0; i < THUIS_ARITY[fn]; i++) {
        const a = node.args[i];
        if (!a) {
          args.push(null);
          continue;
        }
        const v = evaluate(a, sheet);
        const m = isRef(v) ? deref(v) : v;
        if (isMatrix(m)) {
          for (const row of m) for (const x of row) if (isError(x)) return x;
          args.push(m);
        } else {
          if (isError(m)) return m;
          args.push(m);
        }
      }
      try {
        const out = THUIS[fn](...args);
        return typeof out === "number" ? out : out.map((row) => row.map((x) => (x === "" ? null : x)));
      } catch (e) {
        const { code, message } = toExcelError(e, "nl");
        return err(code === "divisionByZero" ? "#DIV/0!" : "#VALUE!", message);
      }
    }
    switch (name) {
      case "SUM": {
        const xs = numbersIn(node.args, sheet);
        return isError(xs) ? xs : xs.reduce((s, x) => s + x, 0);
      }
      case "MIN":
      case "MAX": {
        const xs = numbersIn(node.args, sheet);
        if (isError(xs)) return xs;
        return xs.length === 0 ? 0 : name === "MIN" ? Math.min(...xs) : Math.max(...xs);
      }
      case "ABS":
        return arith(scalarOf(evaluate(node.args[0] ?? { kind: "value", value: null }, sheet)), Math.abs);
      case "ROUND": {
        const x = toNumber(scalarOf(evaluate(node.args[0] ?? { kind: "value", value: null }, sheet)));
        const d = toNumber(scalarOf(evaluate(node.args[1] ?? { kind: "value", value: 0 }, sheet)));
        if (isError(x)) return x;
        if (isError(d)) return d;
        const f = 10 ** Math.trunc(d);
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f; // Excel rounds half away from zero
      }
      case "IF": {
        if (node.args.length < 2 || node.args.length > 3) return err("#VALUE!", "IF takes 2 or 3 arguments");
        const condition = evaluate(node.args[0] ?? { kind: "value", value: false }, sheet);
        const c = isRef(condition) ? deref(condition) : condition;
        if (isMatrix(c) && !(c.length === 1 && c[0].length === 1)) return arrayIf(c, node.args[1], node.args[2], sheet);
        const test = toBoolean(scalarOf(condition));
        if (isError(test)) return test;
        const branch = test ? node.args[1] : node.args[2];
        if (branch === undefined) return false;
        return branch === null ? 0 : evaluate(branch, sheet);
      }
      case "COUNTIF":
      case "COUNTIFS":
      case "SUMIF":
        return conditional(name, node.args, sheet);
      default:
        return err("#NAME?", `the preview does not compute ${node.name}`);
    }
  };

  /** IF over an array condition: element by element, as Excel's dynamic arrays do. */
  function arrayIf(condition: Matrix, yes: Node | null | undefined, no: Node | null | undefined, sheet: SheetModel): Matrix {
    const branch = (n: Node | null | undefined, fallback: Value): Value | Matrix => {
      if (n === undefined) return fallback;
      if (n === null) return 0;
      const v = evaluate(n, sheet);
      return isRef(v) ? deref(v) : v;
    };
    const a = branch(yes, true);
    const b = branch(no, false);
    const at = (m: Value | Matrix, r: number, c: number): Value =>
      isMatrix(m) ? ((m.length === 1 ? m[0] : m[r])?.[m[0].length === 1 ? 0 : c] ?? err("#N/A")) : m;
    return condition.map((row, r) =>
      row.map((x, c) => {
        const test = toBoolean(x);
        return isError(test) ? test : test ? at(a, r, c) : at(b, r, c);
      }),
    );
  }

  /**
   * COUNTIF(range, criterion), COUNTIFS(range1, criterion1, …), SUMIF(range, criterion, sumRange):
   * the criteria the add-in writes are plain values — equal numbers, or text equal without regard
   * to case, as Excel matches them.
   */
  function conditional(name: string, args: (Node | null)[], sheet: SheetModel): Value {
    const ranges: Matrix[] = [];
    const criteria: Value[] = [];
    const pairs = name === "COUNTIFS" ? args.length / 2 : 1;
    for (let k = 0; k < pairs; k++) {
      const range = evaluate(args[2 * k] ?? { kind: "value", value: null }, sheet);
      if (!isRef(range)) return err("#VALUE!", `${name} needs a range`);
      ranges.push(deref(range));
      criteria.push(scalarOf(evaluate(args[2 * k + 1] ?? { kind: "value", value: null }, sheet)));
    }
    const matches = (x: Value, criterion: Value) =>
      typeof criterion === "number"
        ? typeof x === "number" && x === criterion
        : typeof x === "string" && typeof criterion === "string" && x.toLowerCase() === criterion.toLowerCase();
    const hit = (r: number, c: number) => ranges.every((m, k) => matches(m[r]?.[c] ?? null, criteria[k]));
    const first = ranges[0];
    if (name !== "SUMIF") return first.reduce((n, row, r) => n + row.filter((_, c) => hit(r, c)).length, 0);
    const sumRange = evaluate(args[2] ?? args[0]!, sheet);
    const values = isRef(sumRange) ? deref(sumRange) : first;
    return first.reduce<number>(
      (sum, row, r) =>
        sum + row.reduce<number>((s, _, c) => (hit(r, c) && typeof values[r]?.[c] === "number" ? s + (values[r][c] as number) : s), 0),
      0,
    );
  }

  for (const list of bySheet.values()) for (const a of list) run(a);

  return {
    get(sheetName, row, column) {
      const sheet = model.sheet(sheetName);
      if (!sheet) return null;
      const anchor = anchors.get(key(sheet, row, column));
      if (anchor) return anchor.result[0][0];
      const owner = spills.get(key(sheet, row, column));
      if (owner) return owner.result[row - owner.row][column - owner.column];
      const cell = sheet.get(row, column);
      return cell ? (cell.value === "" ? null : cell.value) : null;
    },
    anchorOf(sheetName, row, column) {
      const sheet = model.sheet(sheetName);
      if (!sheet) return null;
      if (anchors.has(key(sheet, row, column))) return { row, column };
      const owner = spills.get(key(sheet, row, column));
      return owner ? { row: owner.row, column: owner.column } : null;
    },
  };

  /** A formula's result as the array it shows: references are read; a blank read shows 0. */
  function toResultMatrix(v: Result): Matrix {
    if (isRef(v)) return deref(v).map((row) => row.map((x) => (x === null ? 0 : x)));
    if (isMatrix(v)) return v.length === 0 || v[0].length === 0 ? [[err("#CALC!")]] : v;
    return [[v]];
  }
}

class FormulaFailure extends Error {
  constructor(readonly value: FormulaError) {
    super(value.message ?? value.error);
  }
}

function toNumber(v: Value): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return Number(t);
  return err("#VALUE!", `not a number: ${v}`);
}

function toBoolean(v: Value): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return err("#VALUE!", `not TRUE or FALSE: ${v}`);
}

function arith(v: Value, f: (x: number) => number): Value {
  const n = toNumber(v);
  return isError(n) ? n : f(n);
}

function toText(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's order across types: numbers < text < logicals; blank compares as 0 or "". */
function compare(x: Scalar, y: Scalar): number {
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

function scalarBinary(op: string, x: Value, y: Value): Value {
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === "&") return toText(x) + toText(y);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const d = compare(x, y);
    return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
  }
  const a = toNumber(x);
  const b = toNumber(y);
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? err("#DIV/0!") : a / b;
    case "^":
      return a ** b;
  }
  return err("#VALUE!", `unknown operator ${op}`);
}
