import { Cell, MAX_WEIGHT, PositionOf, asColumn, isBlank, readCount } from "./cells";
import { Field, inputError } from "./errors";
import { dhondt, webster } from "./divisor";
import { hamilton } from "./hamilton";
import { Method, parseMethod } from "./options";

/**
 * The fair share (scenario A, and F by origin): `total` whole dwellings shared over
 * municipalities in proportion to their weights, as whole numbers that add up to `total`.
 * Weights are read as typed (see `integerWeights`): 1e-7 is a positive weight like any other.
 * Blank weights give a blank and take no part.
 *
 * @example
 *   fairShare(10, [5, 3, 2]);                // [5, 3, 2]
 *   fairShare(10, [1, null, 1], "webster");  // [5, null, 5]
 *   fairShare(10, [1e-7, 1e-7]);             // [5, 5]: a tiny weight is a weight like any other
 *   fairShare(10, [0, 0]);                   // throws InputError allZero (#DIV/0!)
 *   fairShare(10, [null, ""]);               // the same: all blank is nothing to share by either
 */
export function fairShare(
  total: Cell,
  weights: readonly Cell[],
  method: Cell = null,
  positionOf: PositionOf = asColumn,
  weightField: Field = "weights",
): (number | null)[] {
  return fairShareOf(total, weights, false, method, positionOf, weightField);
}

/**
 * {@link fairShare} on a column as Excel hands it over (`rows[i][0]`), read in place: the
 * function layer's FAIRSHARE over a column costs no copy of the range.
 */
export function fairShareInColumn(
  total: Cell,
  rows: readonly (readonly Cell[])[],
  method: Cell = null,
  positionOf: PositionOf = asColumn,
): (number | null)[] {
  return fairShareOf(total, rows, true, method, positionOf, "weights");
}

function fairShareOf(
  total: Cell,
  source: readonly Cell[] | readonly (readonly Cell[])[],
  inRows: boolean,
  method: Cell,
  positionOf: PositionOf,
  weightField: Field,
): (number | null)[] {
  const t = readCount(total, { field: "total" });
  const n = source.length;
  const present = new Array<number>(n);
  let k = 0;
  let blanks = false;
  let positive = false;
  for (let i = 0; i < n; i++) {
    let cell: Cell;
    if (inRows) {
      const row = (source as readonly (readonly Cell[])[])[i];
      if (!Array.isArray(row) || row.length !== 1) throw inputError("notVector", { field: weightField });
      cell = row[0];
    } else cell = (source as readonly Cell[])[i];
    let w: number;
    if (typeof cell === "number" && cell >= 0 && cell <= MAX_WEIGHT)
      w = cell + 0; // -0 is 0
    else if (isBlank(cell)) {
      blanks = true;
      continue;
    } else w = readCount(cell, { field: weightField, whole: false, max: MAX_WEIGHT, position: positionOf(i) });
    if (w > 0) positive = true;
    present[k++] = w;
  }
  const m = parseMethod(method);
  // all blank or all 0: nothing to share by, one answer for both (#DIV/0!)
  if (!positive) throw inputError("allZero", { field: weightField });
  if (!blanks) return apportion(t, present, m);
  present.length = k;
  const seats = apportion(t, present, m);
  const out = new Array<number | null>(n);
  for (let i = 0, j = 0; i < n; i++) {
    const cell = inRows ? (source as readonly (readonly Cell[])[])[i][0] : (source as readonly Cell[])[i];
    out[i] = isBlank(cell) ? null : seats[j++];
  }
  return out;
}

/** Dispatch to one of the three apportionment methods (inputs already valid). */
export function apportion(total: number, weights: readonly number[], method: Method): number[] {
  switch (method) {
    case "hamilton":
      return hamilton(total, weights);
    case "webster":
      return webster(total, weights);
    case "dhondt":
      return dhondt(total, weights);
  }
}
