import { Field, Position, inputError } from "./errors";

/**
 * Reading what a user typed into cells. A cell is whatever Excel or the pane hands over:
 * a number, text, a boolean, or nothing. Blank (null, undefined, "" or only spaces) is *not*
 * zero: it means "unknown" and takes no part, where a rule allows that.
 *
 * @example
 *   readCount(12, { field: "lettings" });        // 12
 *   readCount(-3, { field: "lettings", position: { row: 4 } });
 *   // throws InputError "row 4: lettings is negative (-3)"
 *   readCounts([5, null, 7], { field: "lettings" }); // [5, null, 7]
 */
export type Cell = number | string | boolean | null | undefined;

/** Largest count of dwellings or households accepted (far above any region's figures). */
export const MAX_COUNT = 1_000_000_000;
/** Largest weight (population or any other key) accepted. */
export const MAX_WEIGHT = 1_000_000_000_000;

/** Maps a 0-based index in a vector to the cell position the user sees. */
export type PositionOf = (index: number) => Position | undefined;

/** Default: the vector is a column, index 0 is row 1. */
export const asColumn: PositionOf = (index) => ({ row: index + 1 });

export function isBlank(cell: Cell): cell is null | undefined | string {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export interface NumberRules {
  field: Field;
  position?: Position;
  /** Must be a whole number (dwellings, households, years). Default true. */
  whole?: boolean;
  /** Upper bound (inclusive). Default {@link MAX_COUNT}. */
  max?: number;
}

/** A non-negative finite number within bounds, or an InputError saying what is wrong. */
export function readCount(cell: Cell, rules: NumberRules): number {
  const { field, position } = rules;
  if (isBlank(cell)) throw inputError("blankRequired", { field, position });
  if (typeof cell !== "number") throw inputError("notNumber", { field, position, value: cell });
  if (!Number.isFinite(cell)) throw inputError("notFinite", { field, position });
  if (cell < 0) throw inputError("negative", { field, position, value: cell });
  const max = rules.max ?? MAX_COUNT;
  if (cell > max) throw inputError("tooLarge", { field, position, value: cell, limit: max });
  if ((rules.whole ?? true) && !Number.isInteger(cell)) throw inputError("notWhole", { field, position, value: cell });
  return cell + 0; // -0 is 0
}

/** {@link readCount} over a vector; blank cells become `null`. */
export function readCounts(
  cells: readonly Cell[],
  rules: Omit<NumberRules, "position">,
  positionOf: PositionOf = asColumn,
): (number | null)[] {
  const out = new Array<number | null>(cells.length);
  const max = rules.max ?? MAX_COUNT;
  const whole = rules.whole ?? true;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    // fast path for the common case; anything else goes through readCount for its message
    if (typeof cell === "number" && cell >= 0 && cell <= max && (!whole || Number.isInteger(cell)))
      out[i] = cell + 0; // -0 + 0 is 0
    else out[i] = isBlank(cell) ? null : readCount(cell, { ...rules, position: positionOf(i) });
  }
  return out;
}

/** Two vectors that must pair up position by position. */
export function requireSameLength(a: readonly unknown[], b: readonly unknown[], field: Field, other: Field): void {
  if (a.length !== b.length) throw inputError("shapeMismatch", { field, other });
}

/** Indices where neither vector is blank: the positions that take part in a paired rule. */
export function pairedIndices(a: readonly (number | null)[], b: readonly (number | null)[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== null && b[i] !== null) out.push(i);
  return out;
}
