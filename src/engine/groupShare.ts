import { Cell, MAX_WEIGHT, PositionOf, asColumn, isBlank, readCount } from "./cells";
import { Biproportional, InfeasiblePattern, biproportional } from "./biproportional";
import { inputError } from "./errors";
import { integerWeights } from "./exact";
import { parseGroupMethod } from "./options";

/**
 * Per target group (THUIS.GROUPSHARE): the municipality totals (e.g. column A) shared over the
 * groups so that every municipality's row adds up to its total *and* every group's column to
 * its need, each cell in proportion to its weight up to one row and one column divisor
 * (biproportional apportionment, see {@link biproportional}). Weights are read as typed, as in
 * FAIRSHARE (0.3 is exactly 3/10); a blank weight is 0. Totals and needs are whole numbers ≥ 0.
 *
 * Worked example: two municipalities with totals 7 and 3, two groups with needs 6 and 4,
 * weights [[5, 1], [1, 3]] (say each group's need × its key share). Rounding each row on its own
 * gives [[6, 1], [1, 2]]: group sums 7 and 3, not 6 and 4. With column divisors 1 and 0.625 (a
 * weight of group 2 counts 1.6×) and row divisors 1 and 1/0.52 the quotients are
 * [[5, 1.6], [0.52, 2.496]], which round to [[5, 2], [1, 2]]: rows 7 and 3, columns 6 and 4.
 *
 * @example
 *   groupShare([[5, 1], [1, 3]], [7, 3], [6, 4]).seats;  // [[5, 2], [1, 2]]
 *   groupShare([[1, 0], [0, 1]], [2, 0], [1, 1]);         // throws infeasiblePattern (#VALUE!)
 *   groupShare([[1, 1]], [3], [1, 1]);                    // throws marginSum: 3 vs 2
 */
export function groupShare(
  weights: readonly (readonly Cell[])[],
  totals: readonly Cell[],
  needs: readonly Cell[],
  method: Cell = null,
  totalPositionOf: PositionOf = asColumn,
  needPositionOf: PositionOf = (j) => ({ column: j + 1 }),
): Biproportional {
  const m = weights.length;
  const n = m === 0 ? 0 : weights[0].length;
  if (m === 0 || n === 0) throw inputError("empty", { field: "weights" });
  if (totals.length !== m) throw inputError("shapeMismatch", { field: "total", other: "weights" });
  if (needs.length !== n) throw inputError("shapeMismatch", { field: "needs", other: "weights" });
  const flat = readWeights(weights, n);
  const t = totals.map((cell, i) => readCount(cell, { field: "total", position: totalPositionOf(i) }));
  const d = needs.map((cell, j) => readCount(cell, { field: "needs", position: needPositionOf(j) }));
  const m2 = parseGroupMethod(method);
  const sumT = t.reduce((a, b) => a + b, 0);
  const sumD = d.reduce((a, b) => a + b, 0);
  if (sumT !== sumD) throw inputError("marginSum", { field: "total", value: sumT, limit: sumD });
  // a row that must take seats needs a positive weight in a column that gives seats, and back
  for (let i = 0; i < m; i++)
    if (t[i] > 0 && !d.some((need, j) => need > 0 && flat[i * n + j] > 0))
      throw inputError("noPositiveWeight", { field: "total", position: totalPositionOf(i), value: t[i] });
  for (let j = 0; j < n; j++)
    if (d[j] > 0 && !t.some((total, i) => total > 0 && flat[i * n + j] > 0))
      throw inputError("noPositiveWeight", { field: "needs", position: needPositionOf(j), value: d[j] });
  const whole = integerWeights(flat);
  const big = whole.kind === "number" ? whole.values.map((v) => BigInt(v)) : whole.values;
  const matrix = Array.from({ length: m }, (_, i) => big.slice(i * n, (i + 1) * n));
  const result = biproportional(matrix, t, d, m2);
  if (result instanceof InfeasiblePattern) {
    const pattern = {
      columns: result.columns.map((j) => j + 1),
      need: result.need,
      rows: result.rows.map((i) => i + 1),
      total: result.total,
    };
    throw inputError("infeasiblePattern", { field: "weights", pattern });
  }
  return result;
}

/** The weights block row by row; blank is 0, anything else must be a number ≥ 0 (positioned). */
function readWeights(weights: readonly (readonly Cell[])[], n: number): number[] {
  const flat = new Array<number>(weights.length * n);
  weights.forEach((row, i) => {
    if (row.length !== n) throw inputError("shapeMismatch", { field: "weights", other: "weights" });
    for (let j = 0; j < n; j++) {
      const cell = row[j];
      if (typeof cell === "number" && cell >= 0 && cell <= MAX_WEIGHT) flat[i * n + j] = cell + 0;
      else if (isBlank(cell)) flat[i * n + j] = 0;
      else flat[i * n + j] = readCount(cell, { field: "weights", whole: false, max: MAX_WEIGHT, position: { row: i + 1, column: j + 1 } });
    }
  });
  return flat;
}
