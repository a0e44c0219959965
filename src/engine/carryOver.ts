import { Cell, isBlank, readCount, requireSameLength } from "./cells";
import { parseBoolean } from "./options";

/**
 * Monitoring with a backlog: per municipality (row), years across (columns), the running
 * balance of target − realised. What is not realised one year is added to the next year's
 * task (as with the housing of permit holders). The balance is floored at 0 — doing more one
 * year does not excuse the next — unless `allowCredit` is TRUE. A blank target or realised
 * cell gives a blank and leaves the balance unchanged.
 *
 * @example
 *   carryOverRow([10, 10, 10], [6, 12, null], false); // [4, 2, null]
 *   carryOverRow([10, 10], [15, 8], false);           // [0, 2]
 *   carryOverRow([10, 10], [15, 8], true);            // [-5, -3]
 */
export function carryOverRow(
  targets: readonly (number | null)[],
  realised: readonly (number | null)[],
  allowCredit: boolean,
): (number | null)[] {
  let balance = 0;
  return targets.map((t, j) => {
    const r = realised[j];
    if (t === null || r === null) return null;
    balance += t - r;
    if (!allowCredit && balance < 0) balance = 0;
    return balance;
  });
}

/** Validated rule behind CARRYOVER on 2-D ranges (rows × years). */
export function carryOver(
  targets: readonly (readonly Cell[])[],
  realised: readonly (readonly Cell[])[],
  allowCredit: Cell = null,
): (number | null)[][] {
  requireSameLength(targets, realised, "targets", "realised");
  const credit = parseBoolean(allowCredit, false, "allowCredit");
  return targets.map((row, r) => {
    requireSameLength(row, realised[r], "targets", "realised");
    const read = (cells: readonly Cell[], field: "targets" | "realised") =>
      cells.map((cell, c) => (isBlank(cell) ? null : readCount(cell, { field, position: { row: r + 1, column: c + 1 } })));
    return carryOverRow(read(row, "targets"), read(realised[r], "realised"), credit);
  });
}
