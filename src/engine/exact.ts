/**
 * Exact arithmetic helpers: reading decimals to a fixed number of places as integers, and
 * choosing between fast `number` arithmetic and `bigint` when a product could pass 2^53.
 *
 * Why: `0.29 * 50` is 14.499999999999998 in binary floating point, so `Math.round` gives 14
 * where a person (and the region's own sheet) expects 15. Reading 0.29 as 290 000 millionths
 * and multiplying integers gives 14 500 000 / 1 000 000 = 14.5 exactly, which rounds to 15.
 *
 * @example
 *   toMicros(0.29);          // 290000n
 *   toMicros(1234.5);        // 1234500000n
 *   roundDiv(145n, 10n, "round"); // 15n (half up)
 */

/** Decimal places to which shares and fractional weights are read. */
export const DECIMALS = 6;
export const SCALE = 1_000_000;
export const SCALE_BIG = 1_000_000n;

/** Largest integer that `number` represents exactly, with every smaller one. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * The value of `x` in millionths, exactly, as a bigint (half away from zero at the 7th decimal).
 * Splitting off the integer part first keeps large values exact: `x - trunc(x)` is exact in
 * IEEE doubles, and only the fraction is scaled.
 *
 * @example toMicros(0.07) // 70000n
 */
export function toMicros(x: number): bigint {
  const whole = Math.trunc(x);
  const fraction = x - whole;
  const micros = Math.round(Math.abs(fraction) * SCALE) * Math.sign(fraction);
  return BigInt(whole) * SCALE_BIG + BigInt(micros);
}

/** Rounding of a non-negative fraction to a whole number. */
export type Rounding = "round" | "down" | "up";

/**
 * `numerator / denominator` rounded to a whole number, for numerator ≥ 0 and denominator > 0.
 * "round" is half up (as the region's own sheets round), "down" floors, "up" ceils.
 *
 * @example roundDiv(7n, 2n, "round") // 4n
 */
export function roundDiv(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  switch (rounding) {
    case "down":
      return numerator / denominator;
    case "up":
      return (numerator + denominator - 1n) / denominator;
    case "round":
      return (2n * numerator + denominator) / (2n * denominator);
  }
}

/**
 * Integer weights that are exactly proportional to `weights` as read to {@link DECIMALS}
 * places: the weights themselves when all are whole, else each in millionths. Returned as
 * numbers when every value (and the sum) is exact in a double, else as bigints.
 *
 * @example
 *   integerWeights([3, 1]);      // { kind: "number", values: [3, 1], total: 4, max: 3 }
 *   integerWeights([0.5, 0.25]); // { kind: "number", values: [500000, 250000], total: 750000, max: 500000 }
 */
export function integerWeights(weights: readonly number[]): IntegerWeights {
  let allWhole = true;
  let total = 0;
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    total += w;
    if (w > max) max = w;
    if (w !== Math.floor(w)) allWhole = false;
  }
  if (allWhole) {
    if (total <= MAX_EXACT) return { kind: "number", values: weights, total, max };
    const big = weights.map((w) => BigInt(w));
    return { kind: "bigint", values: big, total: big.reduce((a, b) => a + b, 0n) };
  }
  const big = weights.map(toMicros);
  const bigTotal = big.reduce((a, b) => a + b, 0n);
  if (bigTotal <= BigInt(MAX_EXACT)) {
    const values = big.map(Number);
    return { kind: "number", values, total: Number(bigTotal), max: Math.max(...values) };
  }
  return { kind: "bigint", values: big, total: bigTotal };
}

export type IntegerWeights =
  | { kind: "number"; values: readonly number[]; total: number; max: number }
  | { kind: "bigint"; values: readonly bigint[]; total: bigint };
