import { Cell, MAX_COUNT, MAX_WEIGHT, PositionOf, asColumn, isBlank, readCounts, requireSameLength } from "./cells";
import { Position, inputError } from "./errors";
import { IntegerWeights } from "./exact";
import { apportionExact, commonScale, readDecimal } from "./blend";

/**
 * Local corrections that keep the regional total (ADJUST). Councils agree that a municipality
 * takes, say, 20 fewer this year; the others take those 20 over, so the region still houses
 * Σallocation.
 *
 * - A row with a correction (a whole number, may be negative; 0 = "fixed as is") gets
 *   allocation + correction, which may not be negative.
 * - The net amount −Σcorrections is shared over the rows whose correction is blank, in
 *   proportion to `weights` (default: their allocation). A row whose weight is 0 (or blank)
 *   takes no part in it.
 *   - Positive (the corrected rows give up dwellings): added by largest remainder.
 *   - Negative (the corrected rows take more): taken away, never below 0: exact water-filling
 *     on what each row holds (a row whose proportional part would exceed what it holds gives
 *     all it holds, the rest is shared again), then largest remainder for whole dwellings.
 *   - Ties: larger remainder, then larger weight, then earlier row.
 * - A blank allocation gives a blank and takes no part (its correction is ignored).
 * - The result sums to Σallocation over the rows that take part.
 *
 * Worked example: allocation [40, 30, 20, 10], corrections [−20, blank, blank, 0].
 *   Row 1 becomes 20, row 4 stays 10; the 20 freed go to rows 2 and 3 by their allocation
 *   30 : 20, exactly 12 and 8 → [20, 42, 28, 10] (sum 100, as before).
 * Taking away: allocation [10, 2, 8], corrections [+6, blank, blank]: rows 2 and 3 must give 6
 *   in proportion 2 : 8 → 1.2 and 4.8 → remainders .2 and .8: row 3 gives 5, row 2 gives 1 →
 *   [16, 1, 3].
 *
 * @example
 *   adjust([40, 30, 20, 10], [-20, null, null, 0]); // [20, 42, 28, 10]
 *   adjust([10, 2, 8], [6, null, null]);            // [16, 1, 3]
 *   adjust([5, 5], [6, null]);                      // throws adjustCannotTake (#VALUE!): row 2 holds only 5
 */
export function adjust(
  allocation: readonly Cell[],
  corrections: readonly Cell[],
  weights: readonly Cell[] | null = null,
  positionOf: PositionOf = asColumn,
): (number | null)[] {
  requireSameLength(allocation, corrections, "allocation", "corrections");
  if (weights !== null) requireSameLength(allocation, weights, "allocation", "weights");
  const a = readCounts(allocation, { field: "allocation" }, positionOf);
  const c = corrections.map((cell, i) => readCorrection(cell, positionOf(i)));
  let w: (number | null)[] | null = null;
  if (weights !== null) {
    const read = readCounts(weights, { field: "weights", whole: false, max: MAX_WEIGHT }, positionOf);
    if (!weights.every(isBlank)) w = read;
  }

  const out = a.slice();
  const free: number[] = [];
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    const ci = c[i];
    if (ai === null) continue;
    if (ci === null) {
      free.push(i);
      continue;
    }
    if (ai + ci < 0) throw inputError("correctionTooLarge", { field: "corrections", position: positionOf(i), value: ci, limit: ai });
    out[i] = ai + ci;
    sum += ci;
  }
  if (sum === 0) return out;

  // exact weights of the free rows; only those above 0 share the net amount
  const exact = commonScale(free.map((i) => readDecimal(w ? (w[i] ?? 0) : (a[i] as number)))).numerators;
  const sharing = free.flatMap((i, k) => (exact[k] > 0n ? [{ index: i, weight: exact[k], holds: a[i] as number }] : []));

  if (sum < 0) {
    const amount = -sum;
    if (sharing.length === 0) throw inputError("adjustCannotAdd", { field: "corrections", value: amount });
    const extra = apportionExact(amount, bigintWeights(sharing.map((s) => s.weight)), "hamilton");
    sharing.forEach((s, k) => (out[s.index] = s.holds + extra[k]));
  } else {
    const available = sharing.reduce((t, s) => t + s.holds, 0);
    if (available < sum) throw inputError("adjustCannotTake", { field: "corrections", value: sum, limit: available });
    const taken = takeAway(sum, sharing);
    sharing.forEach((s, k) => (out[s.index] = s.holds - taken[k]));
  }
  return out;
}

/** A correction: blank, or a whole number (negative allowed) of at most {@link MAX_COUNT} either way. */
function readCorrection(cell: Cell, position: Position | undefined): number | null {
  if (isBlank(cell)) return null;
  const field = "corrections";
  if (typeof cell !== "number") throw inputError("notNumber", { field, position, value: cell });
  if (!Number.isFinite(cell)) throw inputError("notFinite", { field, position });
  if (Math.abs(cell) > MAX_COUNT) throw inputError("tooLarge", { field, position, value: cell, limit: MAX_COUNT });
  if (!Number.isInteger(cell)) throw inputError("notWhole", { field, position, value: cell });
  return cell;
}

function bigintWeights(values: bigint[]): IntegerWeights {
  return { kind: "bigint", values, total: values.reduce((t, v) => t + v, 0n) };
}

interface Holder {
  weight: bigint;
  holds: number;
}

/**
 * Take `amount` (≤ Σholds) from `holders` in proportion to their weight, never more than a
 * holder holds: in order of holds/weight, a holder whose proportional part reaches what it
 * holds gives everything (which only raises the others' level); the rest is shared by largest
 * remainder, each part then below what its holder holds, so ⌈part⌉ ≤ holds.
 */
function takeAway(amount: number, holders: readonly Holder[]): number[] {
  const order = holders.map((_, k) => k);
  order.sort((x, y) => {
    const lhs = BigInt(holders[x].holds) * holders[y].weight;
    const rhs = BigInt(holders[y].holds) * holders[x].weight;
    return lhs < rhs ? -1 : lhs > rhs ? 1 : x - y;
  });
  const taken = new Array<number>(holders.length).fill(0);
  let rest = BigInt(amount);
  let restWeight = holders.reduce((t, h) => t + h.weight, 0n);
  let first = 0;
  for (; first < order.length; first++) {
    const h = holders[order[first]];
    const holds = BigInt(h.holds);
    if (holds * restWeight > rest * h.weight) break; // its part stays below what it holds
    taken[order[first]] = h.holds;
    rest -= holds;
    restWeight -= h.weight;
  }
  if (first < order.length && rest > 0n) {
    const remaining = order.slice(first).sort((x, y) => x - y); // row order for the tie-break
    const parts = apportionExact(Number(rest), bigintWeights(remaining.map((k) => holders[k].weight)), "hamilton");
    remaining.forEach((k, j) => (taken[k] = parts[j]));
  }
  return taken;
}
