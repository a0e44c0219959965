import { Cell, MAX_WEIGHT, readCount, readCounts } from "./cells";
import { Field, Position, inputError } from "./errors";
import { IntegerWeights } from "./exact";
import { highestAverages } from "./divisor";
import { largestRemainder } from "./hamilton";
import { Method, parseMethod } from "./options";

/**
 * Blended keys: FAIRSHARE over several key columns at once (population, social housing stock,
 * lettings, …), each with a factor. Every key column is first divided by its own total over the
 * rows that take part (so units do not matter), then a municipality's combined weight is
 *
 *     wᵢ = Σⱼ factorⱼ · keyᵢⱼ / Σᵢ keyᵢⱼ
 *
 * computed as exact rationals: the factors and keys are read as the decimals the user typed
 * ({@link readDecimal}), the combined weights are brought to one common denominator and handed
 * to the apportionment methods as exact bigint integer weights. A single key column with factor
 * 1 is plain FAIRSHARE.
 *
 * Worked example: 100 dwellings, factors 0.5 (population) and 0.5 (social stock).
 *
 *     municipality  population  stock   population share  stock share  combined weight
 *     A             600         100     600/1000 = 3/5    100/500 = 1/5  ½·3/5 + ½·1/5 = 2/5
 *     B             300         300     3/10              3/5            ½·3/10 + ½·3/5 = 9/20
 *     C             100         100     1/10              1/5            ½·1/10 + ½·1/5 = 3/20
 *
 * Quotas 40, 45 and 15 are whole, so the result is [40, 45, 15] with every method. Over common
 * denominator 20 the integer weights are 8, 9 and 3.
 *
 * @example
 *   fairShareBlend(100, [[600, 300, 100], [100, 300, 100]], [0.5, 0.5]); // [40, 45, 15]
 *   fairShareBlend(10, [[1, null, 1], [1, 5, 1]], [0.3, 0.7]);          // [5, null, 5]
 *   fairShareBlend(10, [[1, 2]], [1]);                                  // as fairShare(10, [1, 2])
 *   fairShareBlend(10, [[1, 2], [3, 4]], [0.5, 0.4]);  // throws factorSum (#VALUE!)
 */

/** An exact decimal: `numerator / 10^scale`. */
export interface Decimal {
  numerator: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The decimal a user typed, read exactly from the shortest text that round-trips the double
 * (`String(x)`: at most 17 significant digits), so 0.3 is exactly 3/10 and 1e-7 is 1/10⁷.
 *
 * @example
 *   readDecimal(0.3);   // { numerator: 3n, scale: 1 }
 *   readDecimal(1e-7);  // { numerator: 1n, scale: 7 }
 *   readDecimal(1e21);  // { numerator: 1000000000000000000000n, scale: 0 }
 */
export function readDecimal(x: number): Decimal {
  const match = DECIMAL.exec(String(x));
  if (!match) throw new RangeError(`not a finite number: ${x}`);
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const digits = BigInt(whole + fraction) * (sign === "-" ? -1n : 1n);
  const power = Number(exponent) - fraction.length;
  return power >= 0 ? { numerator: digits * 10n ** BigInt(power), scale: 0 } : { numerator: digits, scale: -power };
}

/** Decimals brought to one denominator `10^scale`: whole numerators in the same proportion. */
export function commonScale(values: readonly Decimal[]): { numerators: bigint[]; scale: number } {
  let scale = 0;
  for (const v of values) if (v.scale > scale) scale = v.scale;
  return { numerators: values.map((v) => v.numerator * 10n ** BigInt(scale - v.scale)), scale };
}

/** The exact decimal `numerator / 10^scale` as text ("0.9", "100", "-0.25"). */
export function decimalText(numerator: bigint, scale: number): string {
  const negative = numerator < 0n;
  const digits = (negative ? -numerator : numerator).toString().padStart(scale + 1, "0");
  let text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  if (scale > 0) text = text.replace(/\.?0+$/, "");
  return (negative ? "-" : "") + text;
}

export function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Where a key cell sits for messages: (row index, key column index) → position. */
export type BlockPositionOf = (index: number, column: number) => Position | undefined;

const inBlock: BlockPositionOf = (i, j) => ({ row: i + 1, column: j + 1 });

/**
 * Factors as exact decimals over one denominator: k of them, each ≥ 0, adding up to exactly 1.
 * Blank → missing, text → not a number, negative → negative (positioned); wrong count or a sum
 * other than 1 → #VALUE! saying so.
 */
export function readFactors(
  factors: readonly Cell[],
  keyColumns: number,
  positionOf: (index: number) => Position | undefined,
): { numerators: bigint[]; scale: number } {
  if (factors.length !== keyColumns) throw inputError("factorCount", { field: "factors", value: factors.length, limit: keyColumns });
  const read = factors.map((cell, j) =>
    readCount(cell, { field: "factors", position: positionOf(j), whole: false, max: Number.MAX_VALUE }),
  );
  const exact = commonScale(read.map(readDecimal));
  const sum = exact.numerators.reduce((a, b) => a + b, 0n);
  if (sum !== 10n ** BigInt(exact.scale)) throw inputError("factorSum", { field: "factors", value: decimalText(sum, exact.scale) });
  return exact;
}

/**
 * Combined weights Σⱼ fⱼ·Kᵢⱼ/Sⱼ of the rows that take part, as whole bigints in the same
 * proportion (over the common denominator lcm(Sⱼ)·10^scale, divided by their gcd).
 *
 * @param columns k key columns of exact whole numerators (one denominator per column)
 * @param factors k factor numerators over one denominator, summing to that denominator
 */
export function combinedWeights(columns: readonly (readonly bigint[])[], factors: readonly bigint[]): IntegerWeights {
  const n = columns.length === 0 ? 0 : columns[0].length;
  const sums = columns.map((c) => c.reduce((a, b) => a + b, 0n));
  let lcm = 1n;
  for (const s of sums) lcm = (lcm / gcd(lcm, s)) * s;
  const values = new Array<bigint>(n).fill(0n);
  columns.forEach((column, j) => {
    const multiplier = factors[j] * (lcm / sums[j]);
    if (multiplier === 0n) return;
    for (let i = 0; i < n; i++) values[i] += multiplier * column[i];
  });
  let divisor = 0n;
  for (const v of values) if (v !== 0n) divisor = gcd(divisor, v);
  if (divisor > 1n) for (let i = 0; i < n; i++) values[i] /= divisor;
  return { kind: "bigint", values, total: values.reduce((a, b) => a + b, 0n) };
}

/**
 * Apportionment of `total` by exact integer weights with the chosen method (the engine's own
 * Hamilton, Webster and D'Hondt). Weights beyond ~1000 bits (absurdly fine decimals such as
 * 1e-300) go through a plain exact largest-remainder pass instead, as the bucketed one estimates
 * remainders with doubles.
 */
export function apportionExact(total: number, weights: IntegerWeights, method: Method): number[] {
  if (method !== "hamilton") return highestAverages(total, weights, method);
  if (weights.kind === "bigint" && weights.total.toString(2).length > 1000)
    return plainLargestRemainder(total, weights.values, weights.total);
  return largestRemainder(total, weights);
}

function plainLargestRemainder(total: number, weights: readonly bigint[], sum: bigint): number[] {
  const t = BigInt(total);
  const seats = weights.map((w) => Number((t * w) / sum));
  const remainders = weights.map((w) => (t * w) % sum);
  let rest = total - seats.reduce((a, b) => a + b, 0);
  const order = weights.map((_, i) => i);
  order.sort((a, b) =>
    remainders[a] !== remainders[b]
      ? remainders[a] > remainders[b]
        ? -1
        : 1
      : weights[a] !== weights[b]
        ? weights[a] > weights[b]
          ? -1
          : 1
        : a - b,
  );
  for (let k = 0; rest > 0; k++, rest--) seats[order[k]] += 1;
  return seats;
}

/**
 * Validated rule behind FAIRSHARE with factors: `total` shared over the rows of a block of key
 * columns blended by `factors`. A row with a blank in any key column gives a blank and takes no
 * part; key totals are over the rows that take part.
 *
 * @param columns the key columns, each one cell per municipality (column-major: columns[j][i])
 * @param factors one factor per key column, or null (then a block of several columns is refused)
 * @param positionOf names a key cell in messages (default "rij i, kolom j")
 * @param factorPositionOf names a factor cell in messages
 * @returns one whole number (or null for a blank row) per municipality, summing to `total`
 */
export function fairShareBlend(
  total: Cell,
  columns: readonly (readonly Cell[])[],
  factors: readonly Cell[] | null,
  method: Cell = null,
  positionOf: BlockPositionOf = inBlock,
  factorPositionOf: (index: number) => Position | undefined = (j) => ({ row: j + 1 }),
  weightField: Field = "weights",
): (number | null)[] {
  const k = columns.length;
  const n = k === 0 ? 0 : columns[0].length;
  if (factors === null) throw inputError("factorsMissing", { field: weightField, limit: k });
  const t = readCount(total, { field: "total" });
  const keys = columns.map((column, j) =>
    readCounts(column, { field: weightField, whole: false, max: MAX_WEIGHT }, (i) => positionOf(i, j)),
  );
  const f = readFactors(factors, k, factorPositionOf);
  const m = parseMethod(method);

  const taking: number[] = [];
  for (let i = 0; i < n; i++) if (keys.every((key) => key[i] !== null)) taking.push(i);
  // no row with every key known: nothing to divide by, #DIV/0! as for a single key whose weights are all blank
  if (taking.length === 0) throw inputError("allZero", { field: weightField });
  const exactColumns = keys.map((key, j) => {
    const column = commonScale(taking.map((i) => readDecimal(key[i] as number))).numerators;
    if (column.every((x) => x === 0n))
      throw inputError("keyColumnZero", { field: weightField, position: k > 1 ? { column: j + 1 } : undefined });
    return column;
  });
  const seats = apportionExact(t, combinedWeights(exactColumns, f.numerators), m);
  const out = new Array<number | null>(n).fill(null);
  taking.forEach((i, r) => (out[i] = seats[r]));
  return out;
}
