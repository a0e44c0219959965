/**
 * Hamilton (largest remainder) step by step: every municipality's exact quota, its whole part,
 * its remainder and where that remainder ranks, who got one of the dwellings left over and
 * which tie-break rule decided it. Computed independently of ../hamilton.ts with exact
 * bigints; tests check that both always agree.
 *
 * @example
 *   const t = traceHamilton(10, [5, 3, 2]);
 *   t.items[0].quota;   // { num: 5n, den: 1n }
 *   t.leftOver;         // 0
 *   traceHamilton(7, [1, 1, 1]).items.map((i) => i.settledBy); // ["position", "position", "position"]
 */
import { Decimal, Rational, displayDecimal, rational, engineWeights } from "./rational";

/** The rule that put a municipality on its side of the cut for the dwellings left over. */
export type TieRule = "remainder" | "weight" | "position";

export interface HamiltonTraceItem {
  index: number;
  /** The weight as given. */
  weight: number;
  /** Exact quota `total × weight / Σweights`. */
  quota: Rational;
  /** Quota for display (2 decimals, more when 2 would look like a whole number). */
  quotaDecimal: Decimal;
  /** ⌊quota⌋. */
  whole: number;
  /** quota − ⌊quota⌋, in [0, 1). */
  remainder: Rational;
  remainderDecimal: Decimal;
  /** 1-based rank in the order larger remainder, larger weight, earlier position. */
  remainderRank: number;
  /** Got one of the dwellings left over (rank ≤ leftOver). */
  extra: boolean;
  result: number;
  /**
   * What separated it from the nearest municipality on the other side of the cut: its
   * remainder, or (equal remainders) the weight, or (equal weights too) the position.
   * null when no dwellings were left over (nothing to decide).
   */
  settledBy: TieRule | null;
  /** On the other side of the cut with exactly the same remainder (only when settledBy ≠ remainder). */
  tiedWith: number[];
}

export interface HamiltonTrace {
  method: "hamilton";
  total: number;
  weights: readonly number[];
  /** Σweights as the engine reads them. */
  sumWeights: Rational;
  /** Σ whole parts. */
  wholeSum: number;
  /** Dwellings left after the whole parts, given to the largest remainders. */
  leftOver: number;
  items: HamiltonTraceItem[];
  results: number[];
}

/**
 * @param total whole number ≥ 0
 * @param weights numbers ≥ 0 with a positive sum (validated input, as for `hamilton`)
 */
export function traceHamilton(total: number, weights: readonly number[]): HamiltonTrace {
  const read = engineWeights(weights);
  const { scale, values: iw } = read;
  const sumW = iw.reduce((a, b) => a + b, 0n);
  if (sumW <= 0n) throw new RangeError("traceHamilton: weights must have a positive sum");
  const t = BigInt(total);
  const wholes = iw.map((x) => (t * x) / sumW);
  const rems = iw.map((x) => (t * x) % sumW);
  const wholeSum = wholes.reduce((a, b) => a + b, 0n);
  const leftOver = Number(t - wholeSum);

  const order = iw.map((_, i) => i);
  const before = (a: number, b: number): number => {
    if (rems[a] !== rems[b]) return rems[a] > rems[b] ? -1 : 1;
    if (iw[a] !== iw[b]) return iw[a] > iw[b] ? -1 : 1;
    return a - b;
  };
  order.sort(before);
  const rank = new Array<number>(iw.length);
  order.forEach((i, k) => (rank[i] = k + 1));

  const lastIn = leftOver > 0 ? order[leftOver - 1] : -1;
  const firstOut = leftOver < order.length ? order[leftOver] : -1;
  const items: HamiltonTraceItem[] = iw.map((x, i) => {
    const extra = rank[i] <= leftOver;
    const other = extra ? firstOut : lastIn;
    let settledBy: TieRule | null = null;
    let tiedWith: number[] = [];
    if (leftOver > 0 && other >= 0) {
      settledBy = rems[i] !== rems[other] ? "remainder" : iw[i] !== iw[other] ? "weight" : "position";
      if (settledBy !== "remainder")
        tiedWith = order.filter((j) => rank[j] <= leftOver !== extra && rems[j] === rems[i]).sort((a, b) => a - b);
    }
    const quota = rational(t * x, sumW);
    const remainder = rational(rems[i], sumW);
    return {
      index: i,
      weight: weights[i],
      quota,
      quotaDecimal: displayDecimal(quota),
      whole: Number(wholes[i]),
      remainder,
      remainderDecimal: displayDecimal(remainder),
      remainderRank: rank[i],
      extra,
      result: Number(wholes[i]) + (extra ? 1 : 0),
      settledBy,
      tiedWith,
    };
  });
  return {
    method: "hamilton",
    total,
    weights,
    sumWeights: rational(sumW, scale),
    wholeSum: Number(wholeSum),
    leftOver,
    items,
    results: items.map((it) => it.result),
  };
}
