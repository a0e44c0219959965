/**
 * Invariants of the three apportionment methods, checked with fast-check (≥ 200 cases each),
 * against exact BigInt oracles and a naive seat-by-seat reference.
 */
import fc from "fast-check";
import { dhondt, hamilton, webster } from "../../src/engine";
import { SCAN_LIMIT, SCAN_SEATS, ceilDiv } from "../../src/engine/divisor";
import { INSERTION_LIMIT } from "../../src/engine/hamilton";
import { cases } from "../cases";

const RUNS = cases(250, 20261202);
const methods = { hamilton, webster, dhondt } as const;

/** Weights with at least one positive entry: small integers, large integers or decimals. */
const weightsArb = fc
  .oneof(
    fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 30 }),
    fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 30 }),
    fc.array(
      fc.integer({ min: 0, max: 100_000_000 }).map((x) => x / 1000),
      { minLength: 1, maxLength: 20 },
    ),
  )
  .filter((w) => w.some((x) => x > 0));
const totalArb = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1_000_000_000 }));

/** Exact weights in millionths, as the engine reads them. */
const micros = (w: number) => BigInt(Math.round(w * 1_000_000));

describe.each(Object.entries(methods))("%s", (_name, method) => {
  test("sums exactly to the total, whole and non-negative", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const seats = method(total, weights);
        expect(seats).toHaveLength(weights.length);
        expect(seats.reduce((a, b) => a + b, 0)).toBe(total);
        for (const s of seats) expect(Number.isInteger(s) && s >= 0).toBe(true);
      }),
      RUNS,
    );
  });

  test("a weight of 0 gets nothing", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const seats = method(total, weights);
        weights.forEach((w, i) => (w === 0 ? expect(seats[i]).toBe(0) : undefined));
      }),
      RUNS,
    );
  });

  test("never answers -0, also for weights of -0", () => {
    const withNegativeZero = weightsArb.chain((w) =>
      fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((flip) => w.map((x, i) => (flip[i] && x === 0 ? -0 : x))),
    );
    fc.assert(
      fc.property(totalArb, withNegativeZero, (total, weights) => {
        for (const s of method(total, [-0, ...weights])) expect(Object.is(s, -0)).toBe(false);
      }),
      RUNS,
    );
  });

  test("order does not matter for distinct weights (a permutation permutes the result)", () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(totalArb, distinct, fc.infiniteStream(fc.nat()), (total, weights, stream) => {
        const order = weights.map((_, i) => i);
        const keys = [...stream.take(order.length)];
        order.sort((a, b) => keys[a] - keys[b] || a - b);
        const permuted = order.map((i) => weights[i]);
        const direct = method(total, weights);
        const viaPermutation = method(total, permuted);
        order.forEach((i, k) => expect(viaPermutation[k]).toBe(direct[i]));
      }),
      RUNS,
    );
  });
});

describe("hamilton", () => {
  test("stays within floor and ceiling of each exact quota (BigInt oracle)", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const seats = hamilton(total, weights);
        const w = weights.map(micros);
        const sumW = w.reduce((a, b) => a + b, 0n);
        w.forEach((wi, i) => {
          const floor = (BigInt(total) * wi) / sumW;
          const exact = (BigInt(total) * wi) % sumW === 0n;
          expect(BigInt(seats[i]) >= floor && BigInt(seats[i]) <= floor + (exact ? 0n : 1n)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  test("equals a BigInt largest-remainder oracle, including its tie-breaks", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        expect(hamilton(total, weights)).toEqual(largestRemainderOracle(total, weights.map(micros)));
      }),
      RUNS,
    );
  });

  test("huge totals and weights take the BigInt path and stay exact", () => {
    const big = fc.array(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), big, (total, weights) => {
        expect(hamilton(total, weights)).toEqual(
          largestRemainderOracle(
            total,
            weights.map((x) => BigInt(x) * 1_000_000n),
          ),
        );
      }),
      RUNS,
    );
  });

  test(`ties on the boundary, below and above INSERTION_LIMIT (${INSERTION_LIMIT}): equals the BigInt oracle`, () => {
    // few distinct weights repeated: many equal remainders share the boundary bucket
    const tied = fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 * INSERTION_LIMIT }),
      )
      .map(([values, picks]) => picks.map((p) => values[p % values.length]));
    fc.assert(
      fc.property(totalArb, tied, (total, weights) => {
        expect(hamilton(total, weights)).toEqual(largestRemainderOracle(total, weights.map(micros)));
      }),
      RUNS,
    );
    for (const n of [INSERTION_LIMIT, INSERTION_LIMIT + 1, 4 * INSERTION_LIMIT]) {
      const seats = hamilton(
        n + Math.floor(n / 2),
        Array.from({ length: n }, () => 3),
      );
      seats.forEach((s, i) => expect(s).toBe(i < Math.floor(n / 2) ? 2 : 1));
    }
  });

  test("worked examples and tie-breaks: larger remainder, then larger weight, then earlier position", () => {
    expect(hamilton(10, [5, 3, 2])).toEqual([5, 3, 2]);
    expect(hamilton(7, [1, 1, 1])).toEqual([3, 2, 2]);
    expect(hamilton(1, [1, 1])).toEqual([1, 0]);
    expect(hamilton(10, [60, 25, 15])).toEqual([6, 3, 1]); // remainders .5/.5: larger weight wins
    expect(hamilton(0, [3, 4])).toEqual([0, 0]);
  });
});

describe.each([
  ["webster", webster, (k: bigint) => 2n * k + 1n],
  ["dhondt", dhondt, (k: bigint) => k + 1n],
] as const)("%s", (_name, method, divisor) => {
  test("equals the naive seat-by-seat procedure (BigInt, stated tie-breaks)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), weightsArb, (total, weights) => {
        expect(method(total, weights)).toEqual(seatBySeat(total, weights.map(micros), divisor));
      }),
      RUNS,
    );
  });

  test("house-monotone: one more seat never takes a seat from anyone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), weightsArb, (total, weights) => {
        const before = method(total, weights);
        const after = method(total + 1, weights);
        after.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(before[i]));
      }),
      RUNS,
    );
  });

  test("cost does not grow with the total: 10^9 over 400 rows is immediate", () => {
    const weights = Array.from({ length: 400 }, (_, i) => 1000 + ((i * 7919) % 200_000));
    const seats = method(1_000_000_000, weights);
    expect(seats.reduce((a, b) => a + b, 0)).toBe(1_000_000_000);
  });
});

/**
 * The divisor methods start from an estimate and then add or take back the last seats, by a
 * scan up to SCAN_LIMIT weights or SCAN_SEATS seats off, by a heap above; both directions, both ways and the
 * bigint fallback are checked here against oracles that share nothing with the code: the
 * seat-by-seat procedure for small totals, and for large totals the certificate that the
 * seats handed out are exactly the first `total` seats of the seat-by-seat order.
 */
describe.each([
  ["webster", webster, (k: bigint) => 2n * k + 1n],
  ["dhondt", dhondt, (k: bigint) => k + 1n],
] as const)("%s: scan, heap and bigint paths", (_name, method, divisor) => {
  /** Weights with ties: few distinct values, many repeats, some zeros. */
  const tiedWeights = (minLength: number, maxLength: number) =>
    fc
      .tuple(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength, maxLength }))
      .map(([values, picks]) => picks.map((p) => values[p % values.length]))
      .filter((w) => w.some((x) => x > 0));
  const populationWeights = (minLength: number, maxLength: number) =>
    fc.array(fc.integer({ min: 900, max: 950_000 }), { minLength, maxLength });

  test(`below SCAN_LIMIT (${SCAN_LIMIT}): seat by seat, with ties`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), tiedWeights(1, SCAN_LIMIT), (total, weights) => {
        expect(method(total, weights)).toEqual(seatBySeat(total, weights.map(BigInt), divisor));
      }),
      RUNS,
    );
  });

  test(`above SCAN_LIMIT (heap): seat by seat, with and without ties`, () => {
    // equal weights put every seat on the threshold: the estimate is far off and the heap runs
    for (const [n, total] of [
      [50, 25],
      [SCAN_LIMIT + 1, SCAN_LIMIT + SCAN_SEATS + 1],
      [90, 200],
    ]) {
      const equal = new Array<number>(n).fill(7);
      expect(method(total, equal)).toEqual(seatBySeat(total, equal.map(BigInt), divisor));
    }
    const weights = fc.oneof(
      tiedWeights(SCAN_LIMIT + 1, 90),
      fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: SCAN_LIMIT + 1, maxLength: 90 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        weights.filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          expect(method(total, weights)).toEqual(seatBySeat(total, weights.map(BigInt), divisor));
        },
      ),
      cases(120, 20261203),
    );
  });

  test("large totals, scan and heap, ties, decimals: the first `total` seats of the seat-by-seat order", () => {
    const weights = fc.oneof(
      populationWeights(1, SCAN_LIMIT),
      populationWeights(SCAN_LIMIT + 1, 400),
      tiedWeights(1, SCAN_LIMIT),
      tiedWeights(SCAN_LIMIT + 1, 300),
      fc
        .array(
          fc.integer({ min: 0, max: 100_000_000 }).map((x) => x / 1000),
          { minLength: 1, maxLength: 60 },
        )
        .filter((w) => w.some((x) => x > 0)),
    );
    const total = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000_000 }),
      fc.constantFrom(1000, 1_000_000, 1_000_000_000),
      fc.integer({ min: 0, max: 500 }),
    );
    fc.assert(
      fc.property(total, weights, (total, weights) => {
        expect(isSeatBySeatPrefix(total, weights.map(micros), method(total, weights), divisor)).toBe(true);
      }),
      RUNS,
    );
  });

  test("bigint-size weights and totals (products past 2^53) take the bigint path and stay exact", () => {
    const big = fc
      .array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 50 })
      .filter((w) => w.some((x) => x > 0));
    // just above and below the number path's limit: weights near 2^53 / (2·total)
    const nearLimit = fc.array(fc.integer({ min: 1_000_000, max: 6_000_000 }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.oneof(big, nearLimit), (total, weights) => {
        expect(isSeatBySeatPrefix(total, weights.map(BigInt), method(total, weights), divisor)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), big, (total, weights) => {
        expect(method(total, weights)).toEqual(seatBySeat(total, weights.map(BigInt), divisor));
      }),
      cases(100, 20261204),
    );
  });

  test("equal weights: the earlier position wins every tie, on both paths", () => {
    for (const n of [5, SCAN_LIMIT, SCAN_LIMIT + 1, 100]) {
      for (const total of [1, n - 1, n + 1, 3 * n + 2, 1_000_000_001]) {
        const seats = method(
          total,
          Array.from({ length: n }, () => 7),
        );
        const base = Math.floor(total / n);
        seats.forEach((s, i) => expect(s).toBe(base + (i < total % n ? 1 : 0)));
      }
    }
  });
});

test("ceilDiv is the exact ceiling for whole p, q with p + q ≤ 2^53, also where the float quotient rounds", () => {
  const LIMIT = Number.MAX_SAFE_INTEGER + 1;
  const oracle = (p: number, q: number) => Number((BigInt(p) + BigInt(q) - 1n) / BigInt(q));
  // p = m·q + δ with δ ∈ {−1, 0, 1}: the float p / q lands on m even when the exact one is just below
  const nearMultiple = fc
    .tuple(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: -1, max: 1 }))
    .map(([q, m, delta]) => {
      const k = Math.max(1, Math.min(m, Math.floor((LIMIT - 2 * q) / q)));
      return [k * q + delta, q] as const;
    })
    .filter(([p]) => p >= 0);
  const anyPair = fc.integer({ min: 1, max: 2 ** 52 }).chain((q) => fc.tuple(fc.integer({ min: 0, max: LIMIT - q }), fc.constant(q)));
  fc.assert(
    fc.property(fc.oneof(nearMultiple, anyPair), ([p, q]) => {
      expect(ceilDiv(p, q)).toBe(oracle(p, q));
    }),
    cases(2000, 20261205),
  );
  expect(ceilDiv(2 ** 53 - 2 ** 27 - 2, 2 ** 26 + 1)).toBe(oracle(2 ** 53 - 2 ** 27 - 2, 2 ** 26 + 1));
  expect(ceilDiv(0, 5)).toBe(0);
});

test("worked examples of the divisor methods", () => {
  expect(webster(10, [62, 23, 15])).toEqual([6, 2, 2]);
  expect(dhondt(10, [62, 23, 15])).toEqual([7, 2, 1]);
  expect(webster(1, [1, 1])).toEqual([1, 0]); // tie on everything: earlier position
  expect(dhondt(3, [2, 4])).toEqual([1, 2]);
});

function largestRemainderOracle(total: number, w: bigint[]): number[] {
  const t = BigInt(total);
  const sumW = w.reduce((a, b) => a + b, 0n);
  const seats = w.map((x) => (t * x) / sumW);
  const rem = w.map((x) => (t * x) % sumW);
  let rest = t - seats.reduce((a, b) => a + b, 0n);
  const order = w
    .map((_, i) => i)
    .sort((a, b) => (rem[a] !== rem[b] ? (rem[a] > rem[b] ? -1 : 1) : w[a] !== w[b] ? (w[a] > w[b] ? -1 : 1) : a - b));
  for (const i of order) {
    if (rest === 0n) break;
    seats[i] += 1n;
    rest -= 1n;
  }
  return seats.map(Number);
}

function seatBySeat(total: number, w: bigint[], divisor: (k: bigint) => bigint): number[] {
  const seats = w.map(() => 0n);
  for (let s = 0; s < total; s++) {
    let best = 0;
    for (let i = 1; i < w.length; i++) {
      const lhs = w[i] * divisor(seats[best]);
      const rhs = w[best] * divisor(seats[i]);
      if (lhs > rhs || (lhs === rhs && w[i] > w[best])) best = i;
    }
    seats[best] += 1n;
  }
  return seats.map(Number);
}

/**
 * Whether `seats` are exactly the first `total` seats of the seat-by-seat order (average
 * w / divisor(k) descending, then larger weight, then earlier position): they sum to the total
 * and the last seat taken comes before the first seat not taken. The order is total and each
 * weight's seats come in decreasing average, so comparing the worst taken with the best not
 * taken decides it.
 */
function isSeatBySeatPrefix(total: number, w: bigint[], seats: number[], divisor: (k: bigint) => bigint): boolean {
  if (seats.length !== w.length || seats.some((s) => !Number.isInteger(s) || s < 0)) return false;
  if (seats.reduce((a, b) => a + b, 0) !== total) return false;
  // seat (i, k): the (k+1)-th seat of weight i
  const before = (i: number, k: bigint, j: number, m: bigint): boolean => {
    if (i === j) return k < m;
    const lhs = w[i] * divisor(m);
    const rhs = w[j] * divisor(k);
    if (lhs !== rhs) return lhs > rhs;
    return w[i] !== w[j] ? w[i] > w[j] : i < j;
  };
  let worstTaken: [number, bigint] | null = null;
  let bestFree: [number, bigint] | null = null;
  w.forEach((_, i) => {
    const s = BigInt(seats[i]);
    if (s > 0n && (!worstTaken || before(...worstTaken, i, s - 1n))) worstTaken = [i, s - 1n];
    if (w[i] > 0n && (!bestFree || before(i, s, ...bestFree))) bestFree = [i, s];
  });
  if (worstTaken && bestFree) return before(...(worstTaken as [number, bigint]), ...(bestFree as [number, bigint]));
  return true;
}
