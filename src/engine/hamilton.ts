import { IntegerWeights, MAX_EXACT, integerWeights } from "./exact";

/**
 * Largest-remainder apportionment (Hamilton / Hare): everyone gets the whole part of their
 * exact quota `total × weight / Σweights`; the seats left over go to the largest remainders.
 * Ties: larger remainder, then larger weight, then earlier position.
 *
 * Exact: quotas are compared as integers (`total·wᵢ mod Σw`), never as floats. Cost O(n):
 * remainders are bucketed by their fraction and only the bucket on the boundary is sorted.
 *
 * @example
 *   hamilton(10, [5, 3, 2]);  // [5, 3, 2]
 *   hamilton(7, [1, 1, 1]);   // [3, 2, 2]   (tie on everything: earlier position first)
 *   hamilton(1170, seedA);    // seedA itself when the weights are the published column A
 *
 * @param total whole number ≥ 0
 * @param weights numbers ≥ 0 with a positive sum (read exactly to 6 decimals)
 * @returns whole numbers, one per weight, summing to `total`, each ⌊quota⌋ or ⌈quota⌉
 */
export function hamilton(total: number, weights: readonly number[]): number[] {
  return largestRemainder(total, integerWeights(weights));
}

/** {@link hamilton} on weights already made whole (shared with redistribution). */
export function largestRemainder(total: number, weights: IntegerWeights): number[] {
  const n = weights.values.length;
  const seats = new Array<number>(n);
  const remainders = new Array<number | bigint>(n);
  if (weights.kind === "number" && total * weights.total <= MAX_EXACT) {
    const w = weights.values;
    const sumW = weights.total;
    for (let i = 0; i < n; i++) {
      const product = total * w[i];
      let floor = Math.floor(product / sumW);
      let remainder = product - floor * sumW;
      // float division can land one off the true quotient; integers below 2^53 fix it exactly
      if (remainder < 0) {
        floor -= 1;
        remainder += sumW;
      } else if (remainder >= sumW) {
        floor += 1;
        remainder -= sumW;
      }
      seats[i] = floor;
      remainders[i] = remainder;
    }
  } else {
    const w = weights.values.map((x) => BigInt(x));
    const sumW = BigInt(weights.total);
    const t = BigInt(total);
    for (let i = 0; i < n; i++) {
      const product = t * w[i];
      seats[i] = Number(product / sumW);
      remainders[i] = product % sumW;
    }
  }
  let given = 0;
  for (let i = 0; i < n; i++) given += seats[i];
  const rest = total - given;
  if (rest > 0) {
    for (const i of topRemainders(remainders, weights.values, Number(weights.total), rest)) seats[i] += 1;
  }
  return seats;
}

/**
 * Indices of the `count` largest remainders (ties: larger weight, then earlier position).
 * Remainders are bucketed by `remainder / Σw` (monotone in the exact remainder, so exact ties
 * share a bucket); buckets above the boundary are taken whole, the boundary bucket is sorted.
 */
function topRemainders(
  remainders: readonly (number | bigint)[],
  weights: readonly (number | bigint)[],
  sumW: number,
  count: number,
): number[] {
  const n = remainders.length;
  const bucketOf = new Int32Array(n);
  const bucketSize = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.min(n - 1, Math.floor((Number(remainders[i]) / sumW) * n));
    bucketOf[i] = b;
    bucketSize[b] += 1;
  }
  let boundary = n - 1;
  let above = 0;
  while (above + bucketSize[boundary] < count) {
    above += bucketSize[boundary];
    boundary -= 1;
  }
  const chosen: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    if (bucketOf[i] > boundary) chosen.push(i);
    else if (bucketOf[i] === boundary) tied.push(i);
  }
  tied.sort((a, b) => {
    const ra = remainders[a];
    const rb = remainders[b];
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = weights[a];
    const wb = weights[b];
    if (wa !== wb) return wa > wb ? -1 : 1;
    return a - b;
  });
  for (let k = 0; k < count - above; k++) chosen.push(tied[k]);
  return chosen;
}
