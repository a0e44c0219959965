import { Cell, MAX_WEIGHT, PositionOf, asColumn, pairedIndices, readCounts, requireSameLength } from "./cells";
import { inputError } from "./errors";
import { IntegerWeights, integerWeights } from "./exact";
import { largestRemainder } from "./hamilton";

/**
 * Solidarity: what municipalities cannot house themselves is placed where there is room.
 * Everyone first places `min(demand, capacity)`. The surplus `Σ max(0, demand − capacity)`,
 * at most the total spare room, is then shared over the municipalities with spare room in
 * proportion to `weights` (default: the spare room itself), never above anyone's spare room:
 * exact water-filling (who would get more than their room gets their room, the rest is
 * shared again) and largest remainder for the whole dwellings. Municipalities whose weight is
 * 0 are last in line: they take only what the others cannot. The result sums to
 * `min(Σdemand, Σcapacity)`.
 *
 * @example
 *   // 6 over in the first; spare room 4 and 6 share it as 2.4 and 3.6 → 2 and 4
 *   redistributeCounts([10, 2, 2], [4, 6, 8]); // [4, 4, 6]
 *   // 4 over, only 2 spare: 2 placed, 2 stay unplaced
 *   redistributeCounts([5, 0], [1, 2]);        // [1, 2]
 */
export function redistributeCounts(demand: readonly number[], capacity: readonly number[], weights?: readonly number[]): number[] {
  const n = demand.length;
  const placed = new Array<number>(n);
  const spare = new Array<number>(n);
  let surplus = 0;
  let totalSpare = 0;
  for (let i = 0; i < n; i++) {
    placed[i] = Math.min(demand[i], capacity[i]);
    spare[i] = Math.max(0, capacity[i] - demand[i]);
    surplus += Math.max(0, demand[i] - capacity[i]);
    totalSpare += spare[i];
  }
  let toPlace = Math.min(surplus, totalSpare);
  if (toPlace === 0) return placed;

  const holders = spare.flatMap((s, i) => (s > 0 ? [i] : []));
  const w = integerWeights(weights ? holders.map((i) => weights[i]) : holders.map((i) => spare[i]));
  const big = w.values.map((x) => BigInt(x));
  const weighted = holders.flatMap((i, k) => (big[k] > 0n ? [{ index: i, weight: big[k] }] : []));
  const lastInLine = holders.flatMap((i, k) => (big[k] === 0n ? [{ index: i, weight: BigInt(spare[i]) }] : []));

  for (const group of [weighted, lastInLine]) {
    if (toPlace === 0 || group.length === 0) continue;
    const extra = waterFill(toPlace, group, spare);
    group.forEach((g, k) => {
      placed[g.index] += extra[k];
      spare[g.index] -= extra[k];
      toPlace -= extra[k];
    });
  }
  return placed;
}

interface Holder {
  index: number;
  weight: bigint;
}

/**
 * Share `amount` over `holders` in proportion to their weight, capped at `room[index]`:
 * saturate, in order of room/weight, those whose share would reach their room; share the rest
 * by largest remainder (each share then lies below the room, so ⌈share⌉ ≤ room).
 * Places `min(amount, Σroom)`.
 */
function waterFill(amount: number, holders: readonly Holder[], room: readonly number[]): number[] {
  const order = holders.map((_, k) => k);
  order.sort((a, b) => {
    const lhs = BigInt(room[holders[a].index]) * holders[b].weight;
    const rhs = BigInt(room[holders[b].index]) * holders[a].weight;
    return lhs < rhs ? -1 : lhs > rhs ? 1 : a - b;
  });
  const extra = new Array<number>(holders.length).fill(0);
  let rest = BigInt(amount);
  let restWeight = holders.reduce((s, h) => s + h.weight, 0n);
  let first = 0;
  for (; first < order.length; first++) {
    const h = holders[order[first]];
    const r = BigInt(room[h.index]);
    if (r * restWeight > rest * h.weight) break; // its proportional share stays below its room
    extra[order[first]] = Number(r);
    rest -= r;
    restWeight -= h.weight;
  }
  if (first < order.length && rest > 0n) {
    const remaining = order.slice(first).sort((a, b) => a - b); // keep positions for tie-breaks
    const weights: IntegerWeights = {
      kind: "bigint",
      values: remaining.map((k) => holders[k].weight),
      total: restWeight,
    };
    const shares = largestRemainder(Number(rest), weights);
    remaining.forEach((k, j) => (extra[k] = shares[j]));
  }
  return extra;
}

/** Validated rule behind REDISTRIBUTE: blank demand or capacity gives a blank and takes no part. */
export function redistribute(
  demand: readonly Cell[],
  capacity: readonly Cell[],
  weights: readonly Cell[] | null = null,
  positionOf: PositionOf = asColumn,
): (number | null)[] {
  requireSameLength(demand, capacity, "demand", "capacity");
  const d = readCounts(demand, { field: "demand" }, positionOf);
  const c = readCounts(capacity, { field: "capacity" }, positionOf);
  let w: (number | null)[] | null = null;
  if (weights !== null) {
    requireSameLength(demand, weights, "demand", "weights");
    w = readCounts(weights, { field: "weights", whole: false, max: MAX_WEIGHT }, positionOf);
    // all blank or all 0: nothing to share by, the same answer as FAIRSHARE (#DIV/0!)
    if (!w.some((x) => x !== null && x > 0)) throw inputError("allZero", { field: "weights" });
  }
  const used = pairedIndices(d, c);
  const result = redistributeCounts(
    used.map((i) => d[i] as number),
    used.map((i) => c[i] as number),
    w ? used.map((i) => w![i] ?? 0) : undefined,
  );
  const out = new Array<number | null>(d.length).fill(null);
  used.forEach((i, k) => (out[i] = result[k]));
  return out;
}
