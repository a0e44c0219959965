import type { Cell, SheetModel, WorkbookModel } from "../workbookModel";
import { CallContext, functionNamed } from "./functions";
import { Node, ParseError, parseFormula } from "./parser";
import { FormulaFailure, Matrix, RangeRef, Result, Value, arith, elementAt, err, isMatrix, isRef, mapValues, scalarBinary } from "./values";

/**
 * The evaluator of the preview's simulated workbook: every formula cell computed as Excel would
 * show it, its array spilled down and right (#SPILL! when the cells are taken), references to
 * blank cells reading 0 in a result. Formulas are parsed by ./parser and functions come from
 * the table in ./functions; anything else gives #NAME? rather than a wrong number.
 *
 * Computed values live beside the model (never written into its cells), so the fake Excel
 * stays exactly what the adapter wrote.
 *
 * @example
 *   const values = evaluateWorkbook(model);
 *   values.get("Verdeling 2024", 12, 1); // 422 (=THUIS.FAIRSHARE($B$3,Gemeenten[Inwonertal],$B$8))
 *   values.get("Verdeling 2024", 13, 1); // 53  (spilled from B13)
 */
export interface WorkbookValues {
  /** What Excel shows in a cell: a value, an error, or null for blank. */
  get(sheet: string, row: number, column: number): Value;
  /** The formula cell whose array covers this cell (itself for a formula cell), or null. */
  anchorOf(sheet: string, row: number, column: number): { row: number; column: number } | null;
  /** The block a formula cell's array spilled into (rows × columns, itself included), or null when it shows one value. */
  spillOf(sheet: string, row: number, column: number): { rows: number; columns: number } | null;
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
  // A blank cell may be filled by an array spilled from a formula not yet computed. Each pass
  // knows the spills of the pass before; another pass is needed only when a cell read as blank
  // turned out to be spilled into (a chain of spills can take a few passes, each one more).
  const cells = new Map(model.sheets.map((sheet) => [sheet, cellsByPosition(sheet)]));
  let evaluator = new Evaluator(model, cells, new Map());
  for (let pass = 1; pass < 8 && evaluator.misreadBlank(); pass++) evaluator = new Evaluator(model, cells, evaluator.spills);
  return {
    get: (sheet, row, column) => evaluator.shown(sheet, row, column),
    anchorOf: (sheet, row, column) => evaluator.anchorOf(sheet, row, column),
    spillOf: (sheet, row, column) => evaluator.spillOf(sheet, row, column),
  };
}

/**
 * What a sheet holds per cell, by row and then column. A computation reads every range cell by cell
 * (with 400 municipalities, a million reads), so each read is two array lookups instead of building
 * a "row,column" key; the sheet's keys are parsed once per computation.
 */
type Grid<T> = (T | undefined)[][];

const at = <T>(grid: Grid<T> | undefined, row: number, column: number): T | undefined => grid?.[row]?.[column];

function put<T>(grid: Grid<T>, row: number, column: number, x: T): void {
  (grid[row] ??= [])[column] = x;
}

/** A sheet's cells by position, and its formula cells in order (row by row, each row left to right). */
interface SheetCells {
  grid: Grid<Cell>;
  formulas: { row: number; column: number; formula: string }[];
}

function cellsByPosition(sheet: SheetModel): SheetCells {
  const grid: Grid<Cell> = [];
  const formulas: SheetCells["formulas"] = [];
  for (const [k, cell] of sheet.cells) {
    const comma = k.indexOf(",");
    const row = +k.slice(0, comma);
    const column = +k.slice(comma + 1);
    put(grid, row, column, cell);
    if (cell.formula) formulas.push({ row, column, formula: cell.formula });
  }
  formulas.sort((a, b) => a.row - b.row || a.column - b.column);
  return { grid, formulas };
}

/** Each sheet's grid of something, made when first written to. */
class Grids<T> extends Map<SheetModel, Grid<T>> {
  of(sheet: SheetModel): Grid<T> {
    let grid = this.get(sheet);
    if (!grid) this.set(sheet, (grid = []));
    return grid;
  }
}

class Evaluator {
  private readonly anchors = new Grids<Anchor>();
  private readonly bySheet = new Map<SheetModel, Anchor[]>();
  /** cell → the anchor whose spilled array covers it */
  readonly spills = new Grids<Anchor>();
  /** The cells spilled into, in the order they were claimed. */
  private readonly spilled: { sheet: SheetModel; row: number; column: number }[] = [];
  /** Blank cells read before any spill covered them. */
  private readonly blankReads = new Grids<true>();
  private readonly sheetsByName = new Map<string, SheetModel>();

  /** `expected`: cell → the anchor (of the pass before) whose array spilled into it. */
  constructor(
    private readonly model: WorkbookModel,
    private readonly cells: ReadonlyMap<SheetModel, SheetCells>,
    private readonly expected: ReadonlyMap<SheetModel, Grid<Anchor>>,
  ) {
    for (const sheet of model.sheets) {
      const list = (cells.get(sheet)?.formulas ?? []).map(({ row, column, formula }): Anchor => ({
        sheet,
        row,
        column,
        formula,
        state: "todo",
        result: [[null]],
      }));
      for (const anchor of list) put(this.anchors.of(sheet), anchor.row, anchor.column, anchor);
      this.bySheet.set(sheet, list);
    }
    this.runAll();
  }

  private runAll(): void {
    for (const list of this.bySheet.values()) for (const a of list) this.run(a);
  }

  /** Was a cell read as blank that an array then spilled into? (another pass is needed) */
  misreadBlank(): boolean {
    return this.spilled.some(({ sheet, row, column }) => at(this.blankReads.get(sheet), row, column));
  }

  /** The sheet of a name, without regard to case (as Excel names them). */
  private sheetNamed(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    if (!this.sheetsByName.has(key)) {
      const sheet = this.model.sheet(name);
      if (sheet) this.sheetsByName.set(key, sheet);
      return sheet;
    }
    return this.sheetsByName.get(key);
  }

  /** What a cell shows once everything is computed. */
  shown(sheetName: string, row: number, column: number): Value {
    const sheet = this.model.sheet(sheetName);
    if (!sheet) return null;
    const anchor = at(this.anchors.get(sheet), row, column);
    if (anchor) return anchor.result[0][0];
    const owner = at(this.spills.get(sheet), row, column);
    if (owner) return owner.result[row - owner.row][column - owner.column];
    const cell = sheet.get(row, column);
    return cell ? (cell.value === "" ? null : cell.value) : null;
  }

  anchorOf(sheetName: string, row: number, column: number): { row: number; column: number } | null {
    const sheet = this.model.sheet(sheetName);
    if (!sheet) return null;
    if (at(this.anchors.get(sheet), row, column)) return { row, column };
    const owner = at(this.spills.get(sheet), row, column);
    return owner ? { row: owner.row, column: owner.column } : null;
  }

  spillOf(sheetName: string, row: number, column: number): { rows: number; columns: number } | null {
    const sheet = this.model.sheet(sheetName);
    const anchor = sheet ? at(this.anchors.get(sheet), row, column) : undefined;
    if (!anchor) return null;
    const size = { rows: anchor.result.length, columns: anchor.result[0]?.length ?? 1 };
    return size.rows * size.columns > 1 ? size : null;
  }

  private run(anchor: Anchor): void {
    if (anchor.state !== "todo") return;
    anchor.state = "busy";
    let result: Matrix;
    try {
      result = this.toResultMatrix(this.evaluate(parseFormula(anchor.formula), anchor.sheet));
    } catch (e) {
      const error =
        e instanceof FormulaFailure ? e.value : e instanceof ParseError ? err("#NAME?", e.message) : err("#VALUE!", (e as Error).message);
      result = [[error]];
    }
    anchor.result = this.spill(anchor, result);
    anchor.state = "done";
  }

  /** Claims the cells an array spills into, or gives #SPILL! when one of them is taken. */
  private spill(anchor: Anchor, result: Matrix): Matrix {
    const rows = result.length;
    const columns = result[0]?.length ?? 1;
    if (rows * columns === 1) return result;
    const cells = this.cells.get(anchor.sheet)?.grid;
    const spills = this.spills.of(anchor.sheet);
    const covered = (f: (row: number, column: number) => boolean) => {
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if ((r || c) && f(anchor.row + r, anchor.column + c)) return true;
      return false;
    };
    if (covered((row, column) => at(cells, row, column) !== undefined || at(spills, row, column) !== undefined))
      return [[err("#SPILL!", "the cells the array spills into are not empty")]];
    covered((row, column) => {
      put(spills, row, column, anchor);
      this.spilled.push({ sheet: anchor.sheet, row, column });
      return false;
    });
    return result;
  }

  /** Value of one cell, computing what it depends on first. */
  private cellValue(sheet: SheetModel, row: number, column: number): Value {
    const anchor = at(this.anchors.get(sheet), row, column);
    if (anchor) {
      if (anchor.state === "busy") return err("#REF!", "circular reference");
      this.run(anchor);
      return anchor.result[0][0];
    }
    const cell = at(this.cells.get(sheet)?.grid, row, column);
    if (cell) return cell.value === "" ? null : cell.value;
    const before = at(this.expected.get(sheet), row, column);
    const spills = this.spills.get(sheet);
    if (before && at(spills, row, column) === undefined) {
      const expected = at(this.anchors.get(sheet), before.row, before.column);
      if (expected) this.run(expected);
    }
    const owner = at(this.spills.get(sheet), row, column);
    if (!owner) put(this.blankReads.of(sheet), row, column, true);
    return owner ? owner.result[row - owner.row][column - owner.column] : null;
  }

  private deref(ref: RangeRef): Matrix {
    // plain loops: this runs for every cell of every range read
    const matrix: Matrix = [];
    for (let r = 0; r < ref.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < ref.columns; c++) row.push(this.cellValue(ref.sheet, ref.row + r, ref.column + c));
      matrix.push(row);
    }
    return matrix;
  }

  private values = (v: Result): Value | Matrix => (isRef(v) ? this.deref(v) : v);

  private readonly callContexts = new Map<SheetModel, CallContext>();

  /** What a function of a formula on this sheet evaluates its arguments with (one per sheet, not one per call). */
  private callContext(sheet: SheetModel): CallContext {
    let cx = this.callContexts.get(sheet);
    if (!cx) this.callContexts.set(sheet, (cx = { evaluate: (n) => this.evaluate(n, sheet), values: this.values }));
    return cx;
  }

  private evaluate(node: Node, sheet: SheetModel): Result {
    switch (node.kind) {
      case "value":
        return node.value;
      case "error":
        return err(node.error);
      case "ref":
        return this.reference(node, sheet);
      case "table":
        return this.tableColumn(node.table, node.column);
      case "unary":
        return this.unary(node.op, this.values(this.evaluate(node.arg, sheet)));
      case "binary":
        return this.binary(node.op, this.values(this.evaluate(node.left, sheet)), this.values(this.evaluate(node.right, sheet)));
      case "call": {
        const f = functionNamed(node.name);
        if (!f) return err("#NAME?", `the preview does not compute ${node.name}`);
        return f(node.args, this.callContext(sheet));
      }
    }
  }

  private reference(node: Extract<Node, { kind: "ref" }>, current: SheetModel): RangeRef {
    const sheet = node.sheet === null ? current : this.sheetNamed(node.sheet);
    if (!sheet) throw new FormulaFailure(err("#REF!", `no sheet ${node.sheet}`));
    const b = node.b ?? node.a;
    return {
      ref: true,
      sheet,
      row: Math.min(node.a.row, b.row),
      column: Math.min(node.a.column, b.column),
      rows: Math.abs(b.row - node.a.row) + 1,
      columns: Math.abs(b.column - node.a.column) + 1,
    };
  }

  /** Gemeenten[Inwonertal]: the column's data rows, its header matched without regard to case. */
  private tableColumn(table: string, column: string): Result {
    const t = this.model.table(table);
    if (!t) return err("#REF!", `no table ${table}`);
    const s = this.model.sheet(t.sheet)!;
    const want = column
      .replace(/^\[|\]$/g, "")
      .trim()
      .toLowerCase();
    for (let c = 0; c < t.columns; c++) {
      const header = String(s.get(t.row, t.column + c)?.value ?? "")
        .trim()
        .toLowerCase();
      if (header === want) return { ref: true, sheet: s, row: t.row + 1, column: t.column + c, rows: t.rows - 1, columns: 1 };
    }
    return err("#REF!", `no column ${column} in ${table}`);
  }

  private unary(op: string, v: Value | Matrix): Value | Matrix {
    if (op === "%") return mapValues(v, (x) => arith(x, (n) => n / 100));
    if (op === "-") return mapValues(v, (x) => arith(x, (n) => -n));
    return v;
  }

  /** An operator on scalars or arrays, element by element (a single row or column broadcasts). */
  private binary(op: string, a: Value | Matrix, b: Value | Matrix): Value | Matrix {
    if (!isMatrix(a) && !isMatrix(b)) return scalarBinary(op, a, b);
    const ma = isMatrix(a) ? a : [[a]];
    const mb = isMatrix(b) ? b : [[b]];
    const rows = Math.max(ma.length, mb.length);
    const columns = Math.max(ma[0].length, mb[0].length);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const x = elementAt(ma, r, c);
        const y = elementAt(mb, r, c);
        return scalarBinary(op, x, y);
      }),
    );
  }

  /** A formula's result as the array it shows: references are read; a blank read shows 0. */
  private toResultMatrix(v: Result): Matrix {
    if (isRef(v)) return this.deref(v).map((row) => row.map((x) => (x === null ? 0 : x)));
    if (isMatrix(v)) return v.length === 0 || v[0].length === 0 ? [[err("#CALC!")]] : v;
    return [[v]];
  }
}
