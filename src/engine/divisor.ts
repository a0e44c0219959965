import { IntegerWeights, MAX_EXACT, integerWeights } from "./exact";
import { IndexHeap, SeatHeap } from "./heap";

/**
 * Highest-averages apportionment: seats go one by one to the largest average
 * `weight / divisor(seats so far)`. Webster (Sainte-Laguë) divides by 1, 3, 5, …;
 * D'Hondt (Jefferson) by 1, 2, 3, …. Ties: larger average, then larger weight, then earlier
 * position. The result is exactly that of the seat-by-seat procedure, but costs
 * O(n log n) whatever the total: it starts from every seat whose average lies above an
 * estimated threshold (a prefix of the seat-by-seat order, within about √n seats of the total
 * when there are more seats than weights, at most about n otherwise) and then adds or takes
 * back the last seats in that order: by scanning for small n or a few seats, through a heap above.
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

/**
 * Up to this many weights, the seats left after the estimate are placed (or taken back) by
 * scanning every weight per seat, which beats building a heap; above it, a heap.
 */
export const SCAN_LIMIT = 32;

/**
 * Up to this many seats to add or take back, scanning beats a heap at any n: a scan costs n
 * comparisons per seat, building the heap alone about 2n plus its bookkeeping. Webster's
 * estimate is usually this close (3 seats off for 400 municipalities), and D'Hondt's too.
 */
export const SCAN_SEATS = 4;

/** {@link webster} / {@link dhondt} on weights already made whole (number or bigint); also used by blended keys. */
export function highestAverages(total: number, weights: IntegerWeights, method: DivisorMethod): number[] {
  if (weights.kind === "number") {
    // Divisor of the (k+1)-th seat: step·k + 1 (D'Hondt k+1; Webster 2k+1, that is k+½ doubled).
    const step = method === "dhondt" ? 1 : 2;
    const n = weights.values.length;
    // Every product below (weight × divisor, weight × estimate numerator) stays a whole number
    // under 2^53, so double arithmetic is exact; seats never pass total + n.
    if (weights.max * (2 * total + 2 * n + 3) + 4 * weights.total <= MAX_EXACT) {
      return numberAverages(total, weights.values, weights.total, step);
    }
  }
  return bigintAverages(total, weights, method);
}

/**
 * Exact integer `⌈p / q⌉` for whole numbers 0 ≤ p and 0 < q with p + q ≤ 2^53. There the
 * correctly rounded p / q never reaches the next integer (that would need q·(⌊p/q⌋ + 1) ≥ 2^53),
 * so its floor is exact, `p − c·q` is the exact remainder, and a non-zero remainder means one
 * more. The `r < 0` step is a guard only.
 */
export function ceilDiv(p: number, q: number): number {
  let c = Math.floor(p / q);
  let r = p - c * q;
  if (r < 0) {
    c -= 1;
    r += q;
  }
  return r > 0 ? c + 1 : c;
}

function numberAverages(total: number, w: readonly number[], sumW: number, step: number): number[] {
  const n = w.length;
  const seats: number[] = new Array<number>(n);
  if (total === 0) {
    for (let i = 0; i < n; i++) seats[i] = 0;
    return seats;
  }
  // Estimate: every seat k ≥ 0 whose divisor step·k + 1 lies below x = w·A / B, that is every
  // average above the threshold B / A (weights per seat). Being "all seats above a threshold",
  // it is a prefix of the seat-by-seat order, whatever the threshold.
  // Webster: threshold Σw / total (unbiased). D'Hondt: Σw / (total + n/2), since D'Hondt gives
  // each weight about half a seat less than its quota.
  // count = #{k ≥ 0 : step·k + 1 < w·A/B} = ⌈(w·A − B) / (step·B)⌉ when w·A > B, else 0.
  const a = step === 1 ? 2 * total + n : 2 * total;
  const b = step === 1 ? 2 * sumW : sumW;
  const given = estimateSeats(seats, w, a, b, step * b);
  if (given === total) return seats;
  if (n <= SCAN_LIMIT || Math.abs(given - total) <= SCAN_SEATS) {
    if (given < total) scanAdd(seats, w, step, total - given);
    else scanRemove(seats, w, step, given - total);
  } else {
    adjustWithHeap(seats, w, step, total - given);
  }
  return seats;
}

/**
 * Fills `seats` with the estimate ⌈(wᵢ·a − b) / den⌉ (0 where not positive) and returns their sum.
 * A function of its own, with nothing after its loop but the return: V8 compiles a long loop
 * on the stack (OSR) before the code after it has ever run, and code after the loop with no type
 * feedback yet made that compiled loop deoptimise on every exit; in a mixed workload (webster and
 * dhondt on small and large n in turn) that repeated on nearly every call.
 */
function estimateSeats(seats: number[], w: readonly number[], a: number, b: number, den: number): number {
  let given = 0;
  for (let i = 0; i < w.length; i++) {
    const num = w[i] * a - b;
    const s = num > 0 ? ceilDiv(num, den) : 0;
    seats[i] = s;
    given += s;
  }
  return given;
}

/**
 * Scratch for the scans below: the `count` seats found so far, best first (index, weight, divisor).
 * Module-level and grown on demand, so a call allocates nothing.
 */
let scanIndex = new Int32Array(8);
let scanWeight = new Float64Array(8);
let scanDivisor = new Float64Array(8);

function reserveScan(count: number): void {
  if (scanIndex.length >= count) return;
  const size = Math.max(count, 2 * scanIndex.length);
  scanIndex = new Int32Array(size);
  scanWeight = new Float64Array(size);
  scanDivisor = new Float64Array(size);
}

/** Puts (i, w, d) into the scratch list of `length` entries, moved towards the front past each entry `before` says it precedes. */
function insertSeat(
  length: number,
  i: number,
  wi: number,
  d: number,
  before: (wi: number, d: number, wp: number, dp: number) => boolean,
): void {
  let p = length;
  while (p > 0 && before(wi, d, scanWeight[p - 1], scanDivisor[p - 1])) {
    scanIndex[p] = scanIndex[p - 1];
    scanWeight[p] = scanWeight[p - 1];
    scanDivisor[p] = scanDivisor[p - 1];
    p--;
  }
  scanIndex[p] = i;
  scanWeight[p] = wi;
  scanDivisor[p] = d;
}

/** Seat (wi, d) comes before (wp, dp) in the seat-by-seat order: larger average, then larger weight (earlier ones are listed). */
const addsBefore = (wi: number, d: number, wp: number, dp: number): boolean => {
  const lhs = wi * dp;
  const rhs = wp * d;
  return lhs > rhs || (lhs === rhs && wi > wp);
};

/** Seat (wi, d) is taken back before (wp, dp): smaller average, then smaller weight, then the later position (scanned later). */
const removesBefore = (wi: number, d: number, wp: number, dp: number): boolean => {
  const lhs = wi * dp;
  const rhs = wp * d;
  return lhs < rhs || (lhs === rhs && wi <= wp);
};

/**
 * `count` more seats: the next `count` in the seat-by-seat order (largest next average
 * w / (step·s + 1); ties: larger weight, then earlier position), found in one pass. A short list
 * holds the best `count` seats seen so far; each weight offers its next seat, and while that one
 * gets in, the seat after it (a weight's averages fall, so the seats it places in the list are
 * always its next ones). A seat that does not get in never would later, since the list only gets
 * better. One pass instead of one per seat: Webster's estimate is typically 3 seats short at
 * 400 municipalities.
 */
function scanAdd(seats: number[], w: readonly number[], step: number, count: number): void {
  reserveScan(count);
  let length = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i];
    if (wi === 0) continue;
    for (let d = step * seats[i] + 1; ; d += step) {
      if (length === count) {
        if (!addsBefore(wi, d, scanWeight[length - 1], scanDivisor[length - 1])) break;
        length--;
      }
      insertSeat(length++, i, wi, d, addsBefore);
    }
  }
  for (let p = 0; p < length; p++) seats[scanIndex[p]] += 1;
}

/**
 * Takes back `count` seats: the last `count` in the seat-by-seat order (smallest last average
 * w / (step·(s − 1) + 1); ties: smaller weight, then later position), in one pass as
 * {@link scanAdd} does, offering each weight's last seat, then the one before it.
 */
function scanRemove(seats: number[], w: readonly number[], step: number, count: number): void {
  reserveScan(count);
  let length = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i];
    for (let k = seats[i] - 1; k >= 0; k--) {
      const d = step * k + 1;
      if (length === count) {
        if (!removesBefore(wi, d, scanWeight[length - 1], scanDivisor[length - 1])) break;
        length--;
      }
      insertSeat(length++, i, wi, d, removesBefore);
    }
  }
  for (let p = 0; p < length; p++) seats[scanIndex[p]] -= 1;
}

let sharedHeap = new SeatHeap(0);

/** Adds (`delta` > 0) or takes back (`delta` < 0) seats in seat-by-seat order, through a heap. */
function adjustWithHeap(seats: number[], w: readonly number[], step: number, delta: number): void {
  const n = w.length;
  if (sharedHeap.capacity < n) sharedHeap = new SeatHeap(Math.max(n, 2 * sharedHeap.capacity));
  const heap = sharedHeap;
  if (delta > 0) {
    heap.reset(w, 1);
    for (let i = 0; i < n; i++) if (w[i] > 0) heap.add(i, step * seats[i] + 1);
    heap.build();
    for (let c = 0; c < delta; c++) {
      const i = heap.top();
      seats[i] += 1;
      heap.changeTopDivisor(step * seats[i] + 1);
    }
  } else {
    heap.reset(w, -1);
    for (let i = 0; i < n; i++) if (seats[i] > 0) heap.add(i, step * (seats[i] - 1) + 1);
    heap.build();
    for (let c = 0; c < -delta; c++) {
      const i = heap.top();
      seats[i] -= 1;
      if (seats[i] > 0) heap.changeTopDivisor(step * (seats[i] - 1) + 1);
      else heap.removeTop();
    }
  }
  heap.reset([], 1); // keep no reference to the caller's weights
}

/** The same procedure with bigint products, for weights or totals past 2^53. */
function bigintAverages(total: number, weights: IntegerWeights, method: DivisorMethod): number[] {
  const n = weights.values.length;
  const divisor = method === "dhondt" ? (k: number) => BigInt(k + 1) : (k: number) => BigInt(2 * k + 1);
  const w = weights.kind === "number" ? weights.values.map((x) => BigInt(x)) : weights.values;
  const seats = bigintInitialSeats(total, w, method);
  // average(i, k) = wᵢ / divisor(k); compare a/b vs c/d as a·d vs c·b, exactly.
  const greater = (i: number, ki: number, j: number, kj: number): number => {
    const d = w[i] * divisor(kj) - w[j] * divisor(ki);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  };
  const weightOrder = (i: number, j: number): number => (w[i] > w[j] ? 1 : w[i] < w[j] ? -1 : j - i);
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
function bigintInitialSeats(total: number, w: readonly bigint[], method: DivisorMethod): number[] {
  const n = w.length;
  const seats = new Array<number>(n).fill(0);
  if (total === 0) return seats;
  const t = BigInt(total);
  let sumW = 0n;
  for (const x of w) sumW += x;
  for (let i = 0; i < n; i++) {
    const tw = t * w[i];
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
