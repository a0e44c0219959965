import { Cell, MAX_WEIGHT, PositionOf, asColumn, readCount, readCounts } from "./cells";
import { Field, inputError } from "./errors";
import { dhondt, webster } from "./divisor";
import { hamilton } from "./hamilton";
import { Method, parseMethod } from "./options";

/**
 * The fair share (scenario A, and F by origin): `total` whole dwellings shared over
 * municipalities in proportion to their weights, as whole numbers that add up to `total`.
 * Blank weights give a blank and take no part.
 *
 * @example
 *   fairShare(1170, [422, 53, 259, 87, 63, 122, 84, 32, 48]);
 *   // [422, 53, 259, 87, 63, 122, 84, 32, 48]
 *   fairShare(10, [1, null, 1], "webster"); // [5, null, 5]
 *   fairShare(10, [0, 0]);  // throws InputError allZero (#DIV/0!)
 */
export function fairShare(
  total: Cell,
  weights: readonly Cell[],
  method: Cell = null,
  positionOf: PositionOf = asColumn,
  weightField: Field = "weights",
): (number | null)[] {
  const t = readCount(total, { field: "total" });
  const read = readCounts(weights, { field: weightField, whole: false, max: MAX_WEIGHT }, positionOf);
  const m = parseMethod(method);
  const present: number[] = [];
  for (const w of read) if (w !== null) present.push(w);
  if (present.length === 0) throw inputError("empty", { field: weightField });
  if (!present.some((w) => w > 0)) throw inputError("allZero", { field: weightField });
  const seats = apportion(t, present, m);
  let k = 0;
  return read.map((w) => (w === null ? null : seats[k++]));
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
