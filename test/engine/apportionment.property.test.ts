/**
 * Invariants of the three apportionment methods, checked with fast-check (≥ 200 cases each),
 * against exact BigInt oracles and a naive seat-by-seat reference.
 */
import fc from "fast-check";
import { dhondt, hamilton, webster } from "../../src/engine";

const RUNS = { numRuns: 250 };
const methods = { hamilton, webster, dhondt } as const;

/** Weights with at least one positive entry: small integers, large integers or decimals. */
const weightsArb = fc
  .oneof(
    fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 30 }),
    fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 30 }),
    fc.array(fc.integer({ min: 0, max: 100_000_000 }).map((x) => x / 1000), { minLength: 1, maxLength: 20 }),
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
        expect(hamilton(total, weights)).toEqual(largestRemainderOracle(total, weights.map((x) => BigInt(x) * 1_000_000n)));
      }),
      RUNS,
    );
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
  const order = w.map((_, i) => i).sort((a, b) => (rem[a] !== rem[b] ? (rem[a] > rem[b] ? -1 : 1) : w[a] !== w[b] ? (w[a] > w[b] ? -1 : 1) : a - b));
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
