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
 * @param weights numbers ≥ 0 with a positive sum (read exactly as typed, see exact.ts)
 * @returns whole numbers, one per weight, summing to `total`, each ⌊quota⌋ or ⌈quota⌉
 */
export function hamilton(total: number, weights: readonly number[]): number[] {
  return largestRemainder(total, integerWeights(weights));
}

/**
 * Scratch buffers reused between calls: allocating typed arrays costs more than the whole
 * O(n) pass for a few hundred municipalities. Safe because the engine is synchronous and
 * these functions do not re-enter themselves.
 */
let scratchHeads = new Int32Array(0);
let scratchNext = new Int32Array(0);
let scratchRemainders = new Float64Array(0);

function scratch(n: number): void {
  if (scratchHeads.length < n) {
    const size = Math.max(n, 2 * scratchHeads.length);
    scratchHeads = new Int32Array(size);
    scratchNext = new Int32Array(size);
    scratchRemainders = new Float64Array(size);
  }
}

/**
 * `total = rounds·Σw + partial` with `partial < Σw`, when `partial·wᵢ` stays exact in a double
 * for every weight; null when bigints are needed.
 */
function numberSplit(total: number, w: readonly number[], sumW: number, maxW: number) {
  if (Math.min(total, sumW) * maxW > MAX_EXACT) return null;
  let rounds = Math.floor(total / sumW);
  let partial = total - rounds * sumW;
  if (partial < 0) {
    rounds -= 1;
    partial += sumW;
  } else if (partial >= sumW) {
    rounds += 1;
    partial -= sumW;
  }
  return { rounds, partial, w, sumW };
}

/** {@link hamilton} on weights already made whole (shared with redistribution). */
export function largestRemainder(total: number, weights: IntegerWeights): number[] {
  const n = weights.values.length;
  const seats = new Array<number>(n); // every entry is written below
  // Remainders as exact integers (float64 below 2^53, else bigint), and each one's bucket:
  // ⌊n · remainder / Σw⌋ is monotone in the remainder, so exact ties share a bucket. Buckets
  // are linked lists: head[b] is the last index put in bucket b, next[i] the one before (−1 ends).
  scratch(n);
  scratchHeads.fill(-1, 0, n);
  const fast = weights.kind === "number" ? numberSplit(total, weights.values, weights.total, weights.max) : null;
  let remainders: Float64Array | bigint[];
  let given: number;
  if (fast) {
    remainders = scratchRemainders;
    given = numberQuotas(seats, fast.w, fast.rounds, fast.partial, fast.sumW);
  } else {
    remainders = new Array<bigint>(n);
    given = bigintQuotas(seats, weights.values, total, BigInt(weights.total), remainders);
  }
  const rest = total - given;
  if (rest > 0) giveToLargestRemainders(seats, n, scratchHeads, scratchNext, remainders, weights.values, rest);
  return seats;
}

// The two loops below are functions of their own with nothing after the loop but the return:
// V8 compiles a long loop on the stack (OSR) before the code after it has type feedback, and
// such a compiled loop then deoptimised on every exit, about 500 times in a mixed run, throwing
// away the optimised code the short calls (n = 9) used as well: those ran 2–5× slower
// (bench/mixed.ts).

/**
 * Whole parts and exact remainders for `total = rounds·Σw + partial`, into `seats`,
 * `scratchRemainders` and the buckets; returns the seats given.
 */
function numberQuotas(seats: number[], w: readonly number[], rounds: number, partial: number, sumW: number): number {
  const n = w.length;
  const head = scratchHeads;
  const next = scratchNext;
  const rem = scratchRemainders;
  // everyone gets rounds·wᵢ whole, and only partial·wᵢ (< Σw·wᵢ) needs dividing, which keeps
  // every product below 2^53 even for totals like 10^9
  const toBucket = n / sumW; // multiplying by a constant is monotone, and cheaper than dividing
  const inverse = 1 / sumW; // the quotient may be off by one ulp-induced unit; fixed below
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = partial * w[i];
    let floor = Math.floor(product * inverse);
    let remainder = product - floor * sumW;
    // the float quotient can land one off the true one; integers below 2^53 fix it exactly
    if (remainder < 0) {
      floor -= 1;
      remainder += sumW;
    } else if (remainder >= sumW) {
      floor += 1;
      remainder -= sumW;
    }
    const whole = rounds * w[i] + floor + 0; // + 0: a weight of -0 gets 0, never -0
    seats[i] = whole;
    given += whole;
    rem[i] = remainder;
    const bucket = (remainder * toBucket) | 0; // in [0, n]: |0 floors a small non-negative number
    const b = bucket < n ? bucket : n - 1;
    next[i] = head[b];
    head[b] = i;
  }
  return given;
}

/** {@link numberQuotas} in bigints, remainders into `rem`; returns the seats given. */
function bigintQuotas(seats: number[], weights: readonly (number | bigint)[], total: number, sumW: bigint, rem: bigint[]): number {
  const n = weights.length;
  const head = scratchHeads;
  const next = scratchNext;
  const t = BigInt(total);
  const nBig = BigInt(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = t * BigInt(weights[i]);
    seats[i] = Number(product / sumW);
    given += seats[i];
    rem[i] = product % sumW;
    // ⌊n·rem/Σw⌋ in bigints: Number(Σw) overflows to Infinity for weights read to hundreds of decimals
    const b = Math.min(n - 1, Number((rem[i] * nBig) / sumW));
    next[i] = head[b];
    head[b] = i;
  }
  return given;
}

/**
 * One more seat to each of the `count` largest remainders (ties: larger weight, then earlier
 * position). Buckets are walked from the top: whole buckets while they fit, then only the
 * boundary bucket is sorted: O(count) plus the sort of a handful, never a pass over all n.
 */
function giveToLargestRemainders(
  seats: number[],
  n: number,
  head: Int32Array,
  next: Int32Array,
  remainders: Float64Array | readonly bigint[],
  weights: readonly (number | bigint)[],
  count: number,
): void {
  const b = giveWholeBuckets(seats, n, head, next, count);
  const left = seatsLeftAtBoundary;
  if (b < 0 || left === 0) return; // b < 0 cannot happen: fewer seats are left than remainders
  const tied: number[] = [];
  for (let i = head[b]; i >= 0; i = next[i]) tied.push(i);
  if (tied.length <= INSERTION_LIMIT && remainders instanceof Float64Array) {
    insertionSort(tied, remainders, weights as readonly number[]);
  } else {
    tied.sort((a, b) => {
      const ra = remainders[a];
      const rb = remainders[b];
      if (ra !== rb) return ra > rb ? -1 : 1;
      const wa = weights[a];
      const wb = weights[b];
      if (wa !== wb) return wa > wb ? -1 : 1;
      return a - b;
    });
  }
  for (let k = 0; k < left; k++) seats[tied[k]] += 1;
}

/** What {@link giveWholeBuckets} left for the boundary bucket (a second result, without allocating). */
let seatsLeftAtBoundary = 0;

/**
 * One seat to everyone in the top buckets while whole buckets fit in `count`; returns the
 * boundary bucket (−1 when none is left) and sets {@link seatsLeftAtBoundary}. Nothing after the
 * loop needs type feedback (see {@link numberQuotas}).
 */
function giveWholeBuckets(seats: number[], n: number, head: Int32Array, next: Int32Array, count: number): number {
  let left = count;
  let b = n - 1;
  for (; b >= 0 && left > 0; b--) {
    let size = 0;
    for (let i = head[b]; i >= 0; i = next[i]) size++;
    if (size > left) break;
    for (let i = head[b]; i >= 0; i = next[i]) seats[i] += 1;
    left -= size;
  }
  seatsLeftAtBoundary = left;
  return b;
}

/** Up to this many indices on the boundary, an insertion sort beats `Array.prototype.sort` and its closure. */
export const INSERTION_LIMIT = 32;

/** Sorts indices in place: first the larger remainder, then the larger weight, then the earlier position. */
function insertionSort(tied: number[], remainders: Float64Array, weights: readonly number[]): void {
  for (let k = 1; k < tied.length; k++) {
    const x = tied[k];
    const rx = remainders[x];
    const wx = weights[x];
    let j = k - 1;
    while (j >= 0) {
      const y = tied[j];
      const ry = remainders[y];
      if (ry > rx || (ry === rx && (weights[y] > wx || (weights[y] === wx && y < x)))) break;
      tied[j + 1] = y;
      j -= 1;
    }
    tied[j + 1] = x;
  }
}
