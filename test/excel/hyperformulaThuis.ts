/**
 * Test-only: the THUIS functions registered in HyperFormula (GPLv3, a dev dependency, never
 * bundled), calling the same wrappers as the custom functions, so the formulas the adapter
 * writes can be *computed*. Structured references (Gemeenten[Inwonertal]) are translated to
 * plain ranges of the table, which HyperFormula does not know.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import * as thuis from "../../src/functions/wrappers";
import { columnName } from "../../src/sheets/a1";
import type { WorkbookModel } from "../fake-excel/model";

type Wrapper = (...args: unknown[]) => number | (number | string)[][];
const WRAPPERS = thuis as unknown as Record<string, Wrapper>;
import { THUIS_ARITY as ARITY } from "../../src/functions/arity";
/** Which argument gives the shape of the spilled result. */
const SHAPE_ARG: Record<string, number> = { FAIRSHARE: 1, CAP30: 0, MIN15: 0, REDISTRIBUTE: 0, CARRYOVER: 0, ADJUST: 0, GROUPSHARE: 0 };

/* eslint-disable @typescript-eslint/no-explicit-any */
function toExcel(value: any): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcel));
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) throw value;
  if (typeof value === "object" && value !== null && "val" in value) return value.val; // rich numbers (percent, …)
  return value;
}

class ThuisPlugin extends FunctionPlugin {
  run(name: string, ast: any, state: any): any {
    try {
      const args = Array.from({ length: ARITY[name] }, (_, i) =>
        ast.args[i] && ast.args[i].type !== "EMPTY" ? toExcel(this.evaluateAst(ast.args[i], state)) : null,
      );
      const result = WRAPPERS[name](...args);
      return typeof result === "number"
        ? result
        : SimpleRangeValue.onlyValues(result.map((r) => r.map((v) => (v === "" ? EmptyValue : v))) as any);
    } catch (e) {
      if (e instanceof CellError) return e;
      return new CellError(ErrorType.VALUE, (e as Error).message);
    }
  }
  size(name: string, ast: any, state: any): ArraySize {
    if (name === "GROWTHPATH") {
      const items = this.arraySizeForAst(ast.args[0], state).height;
      const year = (a: any) =>
        a.type === "NUMBER" ? a.value : this.dependencyGraph.getCellValue(a.reference.toSimpleCellAddress(state.formulaAddress));
      return new ArraySize(Number(year(ast.args[3])) - Number(year(ast.args[2])) + 1, items);
    }
    const shape = this.arraySizeForAst(ast.args[SHAPE_ARG[name]], state);
    // FAIRSHARE with factors (a blended key) gives one column, one row per municipality;
    // a single row with one factor stays a row
    const factors = name === "FAIRSHARE" && ast.args[3] && ast.args[3].type !== "EMPTY" ? this.arraySizeForAst(ast.args[3], state) : null;
    const blended =
      name === "FAIRSHARE" && shape.width > 1 && (shape.height > 1 || (factors !== null && factors.width * factors.height !== 1));
    if (blended) return new ArraySize(1, shape.height);
    return new ArraySize(shape.width, shape.height);
  }
}

const implemented: Record<string, unknown> = {};
for (const name of Object.keys(ARITY)) {
  const method = `thuis${name}`;
  (ThuisPlugin.prototype as any)[method] = function (this: ThuisPlugin, ast: any, state: any) {
    return this.run(name, ast, state);
  };
  const meta: Record<string, unknown> = {
    method,
    parameters: Array.from({ length: ARITY[name] }, () => ({ argumentType: "ANY", optionalArg: true })),
    vectorizationForbidden: true,
  };
  if (name in SHAPE_ARG || name === "GROWTHPATH") {
    (ThuisPlugin.prototype as any)[`${method}Size`] = function (this: ThuisPlugin, ast: any, state: any) {
      return this.size(name, ast, state);
    };
    meta.sizeOfResultArrayMethod = `${method}Size`;
  }
  implemented[`THUIS.${name}`] = meta;
}
(ThuisPlugin as any).implementedFunctions = implemented;
HyperFormula.registerFunctionPlugin(ThuisPlugin as any, {
  enGB: Object.fromEntries(Object.keys(ARITY).map((n) => [`THUIS.${n}`, `THUIS.${n}`])),
});

/**
 * Loads every sheet of the fake workbook into HyperFormula (tables' structured references
 * rewritten to ranges), computes, and returns a reader of computed values.
 */
export function evaluateWorkbook(
  model: WorkbookModel,
  options: {
    /**
     * Excel shows 0 where a spilled reference (=Gemeenten[Realisatie]) meets a blank cell, and
     * formulas reading the spill then read 0; HyperFormula's TRANSPOSE workaround keeps the
     * blank. True spills IF(ISBLANK(r),0,r) instead, which behaves as Excel does.
     */
    excelBlanks?: boolean;
  } = {},
): { value: (sheet: string, row: number, column: number) => unknown } {
  const refs = new Map<string, string>();
  for (const t of model.tables) {
    const sheet = model.sheet(t.sheet)!;
    for (let c = 0; c < t.columns; c++) {
      const header = String(sheet.get(t.row, t.column + c)?.value ?? "");
      const col = columnName(t.column + c);
      refs.set(`${t.name}[${header}]`, `'${t.sheet}'!$${col}$${t.row + 2}:$${col}$${t.row + t.rows}`);
    }
  }
  const translate = (formula: string) => {
    const plain = formula.replace(/[A-Za-z_][\w.]*\[[^\]]+\]/g, (ref) => refs.get(ref) ?? ref);
    // Excel spills a bare range (=Gemeenten[Gemeente]); HyperFormula only spills function results
    if (!/^=('[^']+'|\w+)!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/.test(plain)) return plain;
    const range = plain.slice(1);
    return options.excelBlanks ? `=IF(ISBLANK(${range}),0,${range})` : `=TRANSPOSE(TRANSPOSE(${range}))`;
  };
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const s of model.sheets) {
    const used = s.usedBlock();
    const grid: (string | number | boolean | null)[][] = [];
    if (used) {
      for (let r = 0; r < used.row + used.rows; r++) {
        grid.push(
          Array.from({ length: used.column + used.columns }, (_, c) => {
            const cell = s.get(r, c);
            if (!cell) return null;
            if (cell.formula) return translate(cell.formula);
            // text stays text ("12" typed as text, "=x" as user text): HyperFormula would parse it as typed input
            return typeof cell.value === "string" && cell.value !== "" ? `'${cell.value}` : cell.value;
          }),
        );
      }
    }
    sheets[s.name] = grid;
  }
  // every workbook is computed in the one engine, and its values copied out: building an engine costs more than computing a
  // small region (HyperFormula analyses its parser's grammar per engine: ~50 ms), and the copy keeps each reader valid after
  // the engine computes the next workbook
  const computed = loadIntoReused(sheets).getAllSheetsValues();
  return {
    value: (sheet, row, column) => {
      if (!(sheet in computed)) throw new Error(`no sheet '${sheet}' in the computed workbook`);
      return computed[sheet][row]?.[column] ?? null;
    },
  };
}

const ENGINE_CONFIG = { licenseKey: "gpl-v3", useArrayArithmetic: true };
let reused: HyperFormula | null = null;

/**
 * The reused engine with exactly these sheets, each one's content replaced: every sheet exists before any
 * content is set, so cross-sheet references resolve.
 */
function loadIntoReused(sheets: Record<string, (string | number | boolean | null)[][]>): HyperFormula {
  if (!reused) return (reused = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG));
  const engine = reused;
  engine.batch(() => {
    for (const name of engine.getSheetNames()) if (!(name in sheets)) engine.removeSheet(engine.getSheetId(name)!);
    for (const name of Object.keys(sheets)) if (!engine.doesSheetExist(name)) engine.addSheet(name);
    for (const [name, grid] of Object.entries(sheets)) engine.setSheetContent(engine.getSheetId(name)!, grid);
  });
  return engine;
}
