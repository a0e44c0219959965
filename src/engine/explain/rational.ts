/**
 * Exact rationals (bigint numerator / denominator) and their display as decimals — the
 * arithmetic behind every number an explanation shows. Pure; no floats on the exact path.
 *
 * @example
 *   const q = rational(1170n * 422n, 1170n); // { num: 422n, den: 1n }
 *   displayDecimal(q).text;                  // "422.00" (neutral: dot, no grouping)
 *   displayDecimal(rational(2, 3)).text;     // "0.67", exact: false
 */
import { integerWeights } from "../exact";

/** A reduced fraction: `den > 0`, gcd(|num|, den) = 1. */
export interface Rational {
  num: bigint;
  den: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `num / den`, reduced; `den` must not be 0. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError("rational: denominator 0");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Rational = { num: 0n, den: 1n };

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}
export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}
export function div(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}
/** −1, 0 or 1. */
export function compare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}
export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}
/** Nearest double (for sheet cells and charts; never used for decisions). */
export function toNumber(a: Rational): number {
  const whole = floor(a);
  return Number(whole) + Number(a.num - whole * a.den) / Number(a.den);
}

/**
 * Weights exactly as the engine reads them: the engine's own whole-number weights
 * (`integerWeights` in ../exact.ts, proportional to the weights) and the power of ten `scale`
 * that turns them back into the weights' units (`weightᵢ = values[i] / scale`). Using the
 * engine's reading keeps every decision identical to the engine's, however it reads decimals.
 */
export function engineWeights(weights: readonly number[]): { values: bigint[]; scale: bigint; exact: Rational[] } {
  const read = integerWeights(weights);
  const values = read.values.map((v) => BigInt(v));
  let scale = 1n;
  const k = weights.findIndex((w, i) => w !== Math.floor(w) && values[i] > 0n);
  if (k >= 0) scale = 10n ** BigInt(Math.max(0, Math.round(Math.log10(Number(values[k]) / weights[k]))));
  return { values, scale, exact: values.map((v) => rational(v, scale)) };
}

/**
 * A number as the decimal it shows (`String(x)`: the shortest that round-trips), exactly —
 * how the function catalogue reads a share: 0.3 is 3/10, 0.2999995 is 2999995/10^7.
 */
export function decimalOfNumber(x: number): Rational {
  const text = String(x);
  const e = text.search(/e/i);
  const mantissa = e >= 0 ? text.slice(0, e) : text;
  const exponent = e >= 0 ? Number(text.slice(e + 1)) : 0;
  const negative = mantissa.startsWith("-");
  const body = negative ? mantissa.slice(1) : mantissa;
  const [whole, fraction = ""] = body.split(".");
  let num = BigInt(whole + fraction) * (negative ? -1n : 1n);
  let places = fraction.length - exponent;
  if (places < 0) {
    num *= 10n ** BigInt(-places);
    places = 0;
  }
  return rational(num, 10n ** BigInt(places));
}

/**
 * A decimal for display: `text` is neutral (optional "-", digits, optional "." and decimals,
 * no grouping); `exact` says whether it equals the rational. Language formatting is in
 * src/i18n/format.ts (formatNeutral).
 */
export interface Decimal {
  text: string;
  exact: boolean;
}

/** `a` rounded half away from zero to `decimals` places, as a neutral decimal text. */
export function toFixed(a: Rational, decimals: number): Decimal {
  const scale = 10n ** BigInt(decimals);
  const negative = a.num < 0n;
  const n = abs(a.num) * scale;
  const q = (2n * n + a.den) / (2n * a.den);
  const exact = q * a.den === n;
  let digits = q.toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, "0");
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  const zero = q === 0n;
  return { text: `${negative && !zero ? "-" : ""}${digits}`, exact };
}

/**
 * A decimal with at least `minDecimals` places that never looks like a boundary it is not:
 * when the rounded display lands on a multiple of `1/boundary` (a whole number for
 * boundary 1, a half for 2) but the value is not exactly that, more places are shown (up to
 * `maxDecimals`). So 421.996 shows as "421.996", not "422.00", and Webster's 12.4996 as
 * "12.4996", not "12.50".
 */
export function displayDecimal(a: Rational, minDecimals = 2, boundary = 1, maxDecimals = 12): Decimal {
  for (let d = minDecimals; ; d++) {
    const shown = toFixed(a, d);
    if (shown.exact || d >= maxDecimals) return shown;
    const value = decimalValue(shown.text);
    if (mul(value, rational(boundary)).den !== 1n) return shown;
  }
}

/** Shortest exact decimal of a rational whose denominator divides a power of ten; else null. */
export function exactDecimal(a: Rational, maxDecimals = 20): Decimal | null {
  for (let d = 0; d <= maxDecimals; d++) {
    const shown = toFixed(a, d);
    if (shown.exact) return shown;
  }
  return null;
}

/** The rational value of a neutral decimal text. */
export function decimalValue(text: string): Rational {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const [whole, fraction = ""] = body.split(".");
  const n = BigInt(whole + fraction);
  return rational(negative ? -n : n, 10n ** BigInt(fraction.length));
}
