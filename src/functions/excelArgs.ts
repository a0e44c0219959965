import { Cell, Field, PositionOf, inputError } from "../engine";

/**
 * What Excel hands a custom function, turned into what the engine reads, and back.
 * A range arrives as a 2-D array (rows × columns), a single value may arrive bare, an omitted
 * optional as null, a blank cell as null or "". Results go back in the shape of the main range.
 *
 * @example
 *   const v = toVector([[1], [2], [""]], "weights"); // column: cells [1, 2, ""], positions "rij n"
 *   fromVector([5, 7, null], v);                      // [[5], [7], [""]]
 */
export type ExcelValue = number | string | boolean | null | undefined;
export type ExcelRange = ExcelValue[][];

/** A range read as one row or one column. */
export interface Vector {
  cells: Cell[];
  rows: number;
  columns: number;
  /** Names cells "rij n" for a column, "kolom n" for a row, nothing for a single cell. */
  positionOf: PositionOf;
}

const inColumn: PositionOf = (i) => ({ row: i + 1 });
const inRow: PositionOf = (i) => ({ column: i + 1 });
const single: PositionOf = () => undefined;

/** A 2-D block, a bare value, or nothing, as a 2-D array. */
export function toMatrix(arg: ExcelRange | ExcelValue): ExcelRange {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    // Excel hands over rows as arrays already: no copy in the common case
    for (let i = 0; i < arg.length; i++) if (!Array.isArray(arg[i])) return arg.map((row) => (Array.isArray(row) ? row : [row]));
    return arg;
  }
  return [[arg]];
}

/** A row or column range as a vector; a block of several rows *and* columns → #VALUE!. */
export function toVector(arg: ExcelRange | ExcelValue, field: Field): Vector {
  if (!Array.isArray(arg) || arg.length === 0) return { cells: [Array.isArray(arg) ? null : arg], rows: 1, columns: 1, positionOf: single };
  const rows = arg.length;
  const first = arg[0];
  const columns = Array.isArray(first) ? first.length : 1;
  if (rows > 1 && columns > 1) throw inputError("notVector", { field });
  if (rows === 1) {
    const cells = Array.isArray(first) ? first.slice() : [first];
    return { cells, rows, columns, positionOf: columns === 1 ? single : inRow };
  }
  // one pass over the column: Excel's rows are 1-element arrays (a bare value is tolerated)
  const cells = new Array<Cell>(rows);
  for (let i = 0; i < rows; i++) {
    const row = arg[i] as ExcelValue[] | ExcelValue;
    cells[i] = Array.isArray(row) ? row[0] : row;
  }
  return { cells, rows, columns: 1, positionOf: inColumn };
}

export function shapeOf(matrix: ExcelRange): { rows: number; columns: number } {
  return { rows: matrix.length, columns: matrix[0].length };
}

/** Ranges that must pair up cell by cell must have the same shape. */
export function requireSameShape(
  a: { rows: number; columns: number },
  b: { rows: number; columns: number },
  field: Field,
  other: Field,
): void {
  if (a.rows !== b.rows || a.columns !== b.columns) throw inputError("shapeMismatch", { field, other });
}

/** Values back into the shape of `like`; null (blank in, or no value) becomes "" (a blank cell). */
export function fromVector(values: readonly (number | null)[], like: { rows: number; columns: number }): (number | string)[][] {
  const cell = (v: number | null) => (v === null ? "" : v);
  if (like.columns === 1) return values.map((v) => [cell(v)]);
  return [values.map(cell)];
}

/** A single value from an argument that may arrive as a bare value or a 1×1 range; several cells → #VALUE! "must be one value". */
export function toScalar(arg: ExcelRange | ExcelValue, field: Field): ExcelValue {
  if (!Array.isArray(arg)) return arg;
  if (arg.length === 0) return null;
  const first = arg[0] as ExcelValue[] | ExcelValue;
  if (arg.length !== 1 || (Array.isArray(first) && first.length !== 1)) throw inputError("notSingle", { field });
  return Array.isArray(first) ? first[0] : first;
}

/** True for a range of two or more rows of one cell each, as Excel hands over a column. */
export function isColumnRange(arg: ExcelRange | ExcelValue): arg is ExcelRange {
  if (!Array.isArray(arg) || arg.length < 2) return false;
  for (let i = 0; i < arg.length; i++) {
    const row = arg[i];
    if (!Array.isArray(row) || row.length !== 1) return false;
  }
  return true;
}
