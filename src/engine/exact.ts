/**
 * Exact arithmetic helpers: reading a number as the decimal the user typed, and choosing
 * between fast `number` arithmetic and `bigint` when a product could pass 2^53.
 *
 * A share or weight is read as the shortest decimal that round-trips the double — what
 * `String(x)` shows, at most 17 significant digits — so `0.3` is exactly 3/10, `0.2999995` is
 * exactly 2 999 995 / 10^7 and `1e-7` is exactly 1 / 10^7. Nothing is rounded to a fixed number
 * of places. Why: `0.29 * 50` is 14.499999999999998 in binary floating point, so `Math.round`
 * gives 14 where a person (and the region's own sheet) expects 15; as 29/100 × 50 = 14.5 exactly
 * it rounds to 15.
 *
 * @example
 *   decimalOf(0.29);      // { digits: 29n, scale: 2 }        (29 / 10^2)
 *   decimalOf(1e-7);      // { digits: 1n, scale: 7 }
 *   decimalOf(1234.5);    // { digits: 12345n, scale: 1 }
 *   roundDiv(145n, 10n, "round"); // 15n (half up)
 */

/** Millionths: the unit of the legacy {@link applyShare} share argument (a plain number). */
export const DECIMALS = 6;
export const SCALE = 1_000_000;
export const SCALE_BIG = 1_000_000n;

/** Largest integer that `number` represents exactly, with every smaller one. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** `digits / 10^scale`, exactly; `scale ≥ 0`. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

const POW10_NUMBER: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10_NUMBER.push(p); // 10^0 … 10^22 are exact doubles
const POW10_BIG: bigint[] = [];

/** 10^k as a bigint (cached). */
export function pow10(k: number): bigint {
  let p = POW10_BIG[k];
  if (p === undefined) {
    p = 10n ** BigInt(k);
    if (k < 400) POW10_BIG[k] = p;
  }
  return p;
}

/**
 * The finite number `x` as the decimal `String(x)` shows, exactly: `digits / 10^scale`.
 * Handles exponent forms (`1e-7`, `1.5e-300`, `1e+21`) and signs; `-0` is 0.
 *
 * @example decimalOf(0.2999995) // { digits: 2999995n, scale: 7 }
 */
export function decimalOf(x: number): Decimal {
  if (Number.isInteger(x) && Math.abs(x) <= MAX_EXACT) return { digits: BigInt(x), scale: 0 };
  const text = String(x);
  let mantissa = text;
  let exponent = 0;
  const e = text.indexOf("e");
  if (e >= 0) {
    mantissa = text.slice(0, e);
    exponent = Number(text.slice(e + 1));
  }
  const dot = mantissa.indexOf(".");
  const whole = dot >= 0 ? mantissa.slice(0, dot) : mantissa;
  const fraction = dot >= 0 ? mantissa.slice(dot + 1) : "";
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= pow10(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/**
 * Number of decimals `String(x)` shows for a finite `x` (0 for whole numbers), counting the
 * exponent: `decimalPlaces(1e-7)` is 7, `decimalPlaces(0.25)` is 2.
 */
export function decimalPlaces(x: number): number {
  if (Number.isInteger(x)) return 0;
  // fast path, the same answer without a string: the first p whose r = round(x·10^p) gives back x
  // as r / 10^p. Then the p-decimal r·10^-p reads as x, so the shortest (String) has at most p
  // decimals; and String's own q decimals pass at p = q, since its digits s < 2^50 make x·10^q
  // land within 1/4 of s. (test/engine/decimalPlaces.test.ts checks it against String.)
  for (let p = 1; p <= 15; p++) {
    const r = Math.round(x * POW10_NUMBER[p]);
    if (Math.abs(r) < 2 ** 50 && r / POW10_NUMBER[p] === x) return p;
  }
  const text = String(x);
  const e = text.indexOf("e");
  const mantissa = e >= 0 ? text.slice(0, e) : text;
  const dot = mantissa.indexOf(".");
  const places = dot >= 0 ? mantissa.length - dot - 1 : 0;
  return e >= 0 ? Math.max(0, places - Number(text.slice(e + 1))) : places;
}

/**
 * The value of `x` in millionths, exactly when `x` has at most 6 decimals, as a bigint
 * (half away from zero at the 7th decimal). Kept for callers that work in millionths.
 *
 * @example toMicros(0.07) // 70000n
 */
export function toMicros(x: number): bigint {
  const { digits, scale } = decimalOf(x);
  if (scale <= DECIMALS) return digits * pow10(DECIMALS - scale);
  const d = pow10(scale - DECIMALS);
  const negative = digits < 0n;
  const a = negative ? -digits : digits;
  const q = (2n * a + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * A share (0..1) as an exact fraction `digits / 10^scale`, with the same numerator and
 * denominator as doubles when both are exact there (else NaN), for the fast path.
 */
export interface Share extends Decimal {
  numerator: number;
  denominator: number;
  bigDenominator: bigint;
}

/** A {@link Decimal} prepared for {@link Share} arithmetic. */
export function shareOf(d: Decimal): Share {
  const small = d.scale <= 15 && d.digits <= BigInt(MAX_EXACT);
  return {
    digits: d.digits,
    scale: d.scale,
    numerator: small ? Number(d.digits) : NaN,
    denominator: small ? POW10_NUMBER[d.scale] : NaN,
    bigDenominator: pow10(d.scale),
  };
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
 * Integer weights that are exactly proportional to `weights` as typed: the weights themselves
 * when all are whole, else every weight times 10^d, d the most decimals any weight shows (so
 * `[0.5, 0.25]` becomes `[50, 25]` and `[1e-7, 1e-7]` becomes `[1, 1]`). Returned as numbers
 * when the sum is exact in a double, else as bigints.
 *
 * @example
 *   integerWeights([3, 1]);      // { kind: "number", values: [3, 1], total: 4, max: 3 }
 *   integerWeights([0.5, 0.25]); // { kind: "number", values: [50, 25], total: 75, max: 50 }
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
  return scaledWeights(weights);
}

/** Fractional weights: all scaled by one power of ten, from their decimal strings. */
function scaledWeights(weights: readonly number[]): IntegerWeights {
  const n = weights.length;
  const places = new Array<number>(n);
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const p = decimalPlaces(weights[i]);
    places[i] = p;
    if (p > scale) scale = p;
  }
  // number path: w·10^p is exact after rounding while it stays well inside 2^53, and so is the
  // shift by 10^(scale − p) when the result does
  if (scale <= 15) {
    const values = new Array<number>(n);
    let total = 0;
    let max = 0;
    let exact = true;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      const p = places[i];
      const mantissa = p === 0 ? w : Math.round(w * POW10_NUMBER[p]);
      if (mantissa > 2 ** 50) {
        exact = false;
        break;
      }
      const v = mantissa * POW10_NUMBER[scale - p];
      values[i] = v;
      total += v;
      if (v > max) max = v;
      if (total > MAX_EXACT) {
        exact = false;
        break;
      }
    }
    if (exact) return { kind: "number", values, total, max };
  }
  const big = new Array<bigint>(n);
  let bigTotal = 0n;
  for (let i = 0; i < n; i++) {
    const d = decimalOf(weights[i]);
    big[i] = d.digits * pow10(scale - d.scale);
    bigTotal += big[i];
  }
  if (bigTotal <= BigInt(MAX_EXACT)) {
    const values = big.map(Number);
    let max = 0;
    for (const v of values) if (v > max) max = v;
    return { kind: "number", values, total: Number(bigTotal), max };
  }
  return { kind: "bigint", values: big, total: bigTotal };
}

export type IntegerWeights =
  { kind: "number"; values: readonly number[]; total: number; max: number } | { kind: "bigint"; values: readonly bigint[]; total: bigint };
