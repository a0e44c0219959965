import { IntegerWeights, MAX_EXACT, integerWeights } from "./exact";
import { IndexHeap } from "./heap";

/**
 * Highest-averages apportionment: seats go one by one to the largest average
 * `weight / divisor(seats so far)`. Webster (Sainte-Laguë) divides by 1, 3, 5, …;
 * D'Hondt (Jefferson) by 1, 2, 3, …. Ties: larger average, then larger weight, then earlier
 * position. The result is exactly that of the seat-by-seat procedure, but costs
 * O(n log n) whatever the total: it starts from every average above `Σw / total` and then
 * adds or takes back at most about n seats through a heap.
 *
 * @example
 *   hamilton(10, [62, 23, 15]); // [6, 2, 2]
 *   webster(10, [62, 23, 15]);  // [6, 2, 2]
 *   dhondt(10, [62, 23, 15]);   // [7, 2, 1]  (D'Hondt favours the largest)
 *   dhondt(1e9, weights);      // as fast as dhondt(1000, weights)
 */
export function webster(total: number, weights: readonly number[]): number[] {
  return highestAverages(total, integerWeights(weights), "webster");
}

/** D'Hondt (Jefferson): divisors 1, 2, 3, …; favours larger municipalities slightly. See {@link webster}. */
export function dhondt(total: number, weights: readonly number[]): number[] {
  return highestAverages(total, integerWeights(weights), "dhondt");
}

export type DivisorMethod = "webster" | "dhondt";

/** {@link webster} / {@link dhondt} on weights already made whole (number or bigint); used by blended keys. */
export function highestAverages(total: number, weights: IntegerWeights, method: DivisorMethod): number[] {
  const n = weights.values.length;
  // Divisor of the (k+1)-th seat: D'Hondt k+1; Webster 2k+1 (that is k+½, doubled).
  const divisor = method === "dhondt" ? (k: number) => k + 1 : (k: number) => 2 * k + 1;
  const seats = initialSeats(total, weights, method);
  // average(i, k) = wᵢ / divisor(k); compare a/b vs c/d as a·d vs c·b, exactly.
  let greater: (i: number, ki: number, j: number, kj: number) => number;
  let maxW = 0;
  for (const w of weights.values) if (Number(w) > maxW) maxW = Number(w);
  if (weights.kind === "number" && maxW * (2 * total + 3) <= MAX_EXACT) {
    const w = weights.values;
    greater = (i, ki, j, kj) => w[i] * divisor(kj) - w[j] * divisor(ki);
  } else {
    const w = weights.values.map((x) => BigInt(x));
    greater = (i, ki, j, kj) => {
      const d = w[i] * BigInt(divisor(kj)) - w[j] * BigInt(divisor(ki));
      return d > 0n ? 1 : d < 0n ? -1 : 0;
    };
  }
  const weightOrder = (i: number, j: number): number => {
    const wi = weights.values[i];
    const wj = weights.values[j];
    return wi > wj ? 1 : wi < wj ? -1 : j - i;
  };
  let given = 0;
  for (let i = 0; i < n; i++) given += seats[i];

  if (given < total) {
    // next seat of i has average w_i / divisor(seats_i); best first
    const heap = new IndexHeap((i, j) => {
      const c = greater(i, seats[i], j, seats[j]);
      return c !== 0 ? c > 0 : weightOrder(i, j) > 0;
    });
    for (let i = 0; i < n; i++) heap.push(i);
    for (; given < total; given++) {
      const i = heap.pop();
      seats[i] += 1;
      heap.push(i);
    }
  } else if (given > total) {
    // last seat of i had average w_i / divisor(seats_i − 1); worst first
    const heap = new IndexHeap((i, j) => {
      const c = greater(i, seats[i] - 1, j, seats[j] - 1);
      return c !== 0 ? c < 0 : weightOrder(i, j) < 0;
    });
    for (let i = 0; i < n; i++) if (seats[i] > 0) heap.push(i);
    for (; given > total; given--) {
      const i = heap.pop();
      seats[i] -= 1;
      if (seats[i] > 0) heap.push(i);
    }
  }
  return seats;
}

/**
 * Seats whose average lies strictly above `Σw / total`: a prefix of the seat-by-seat order,
 * within about n seats of `total`. D'Hondt: ⌈q⌉ − 1; Webster: ⌈q − ½⌉ (q = total·w/Σw).
 */
function initialSeats(total: number, weights: IntegerWeights, method: DivisorMethod): number[] {
  const n = weights.values.length;
  const seats = new Array<number>(n).fill(0);
  if (total === 0) return seats;
  const t = BigInt(total);
  const sumW = BigInt(weights.total);
  for (let i = 0; i < n; i++) {
    const tw = t * BigInt(weights.values[i]);
    if (tw === 0n) continue;
    if (method === "dhondt") {
      seats[i] = Number((tw + sumW - 1n) / sumW - 1n);
    } else {
      const numerator = 2n * tw - sumW; // ⌈(2tw − Σw) / 2Σw⌉ when positive
      seats[i] = numerator > 0n ? Number((numerator + 2n * sumW - 1n) / (2n * sumW)) : 0;
    }
  }
  return seats;
}
