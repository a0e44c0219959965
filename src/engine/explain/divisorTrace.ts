/**
 * Webster (Sainte-Laguë) and D'Hondt (Jefferson) as a divisor: one number D such that every
 * municipality's weight ÷ D, rounded by the method's rule (Webster: to the nearest whole
 * number, D'Hondt: down), gives its result. Every D in the interval (low, high] works; the
 * trace names the "roundest" one inside it. When low = high the last dwelling was a tie
 * between equal averages, settled by the larger weight, then the earlier position.
 * Computed independently of ../divisor.ts with exact bigints; tests check both agree.
 *
 * @example
 *   const t = traceDivisor(10, [62, 23, 15], "dhondt");
 *   t.results;            // [7, 2, 1]
 *   t.divisorDecimal.text // "8" (62/8 = 7.75 → 7, 23/8 = 2.875 → 2, 15/8 = 1.875 → 1)
 */
import { Decimal, Rational, compare, displayDecimal, div, floor, mul, rational, engineWeights, toFixed } from "./rational";

export type DivisorMethodName = "webster" | "dhondt";

export interface DivisorTraceItem {
  index: number;
  weight: number;
  /** weight ÷ divisor, exactly; null when the total is 0 (no divisor). */
  quotient: Rational | null;
  /** For display: 2 decimals, more when 2 would look like a rounding boundary. */
  quotientDecimal: Decimal | null;
  /** The method's rounding of the quotient (Webster half up, D'Hondt down). */
  rounded: number;
  result: number;
  /**
   * A tie on the last dwelling: this municipality's average equalled the divisor exactly, as
   * did another's on the other side; `won` says whether it got the dwelling, `rule` what
   * settled it, `with` the municipalities it was tied with. null when no tie concerned it.
   */
  tie: { won: boolean; rule: "weight" | "position"; with: number[] } | null;
}

export interface DivisorTrace {
  method: DivisorMethodName;
  total: number;
  weights: readonly number[];
  /** The divisor named in explanations; null when the total is 0. */
  divisor: Rational | null;
  divisorDecimal: Decimal | null;
  /** Every divisor D with low < D ≤ high gives the same result (low = high: a tie at D). */
  interval: { low: Rational; high: Rational | null } | null;
  tie: boolean;
  items: DivisorTraceItem[];
  results: number[];
}

export function traceDivisor(total: number, weights: readonly number[], method: DivisorMethodName): DivisorTrace {
  const read = engineWeights(weights);
  const w = read.exact;
  const { scale, values: iw } = read;
  const sumW = iw.reduce((a, b) => a + b, 0n);
  if (sumW <= 0n) throw new RangeError("traceDivisor: weights must have a positive sum");
  const n = iw.length;
  // The (k+1)-th seat's average is w / δ(k): D'Hondt δ = k+1; Webster k+½, doubled to 2k+1
  // with the weight doubled too (2w / (2k+1)) so that every average is a ratio of integers.
  const wNum = (i: number) => (method === "webster" ? 2n * iw[i] : iw[i]);
  const delta = (k: number) => BigInt(method === "webster" ? 2 * k + 1 : k + 1);
  const average = (i: number, k: number): Rational => rational(wNum(i), delta(k) * scale);
  // global order of (municipality, seat) pairs: larger average, larger weight, earlier position
  const cmp = (i: number, ki: number, j: number, kj: number): number => {
    const d = wNum(i) * delta(kj) - wNum(j) * delta(ki);
    if (d !== 0n) return d > 0n ? -1 : 1;
    if (iw[i] !== iw[j]) return iw[i] > iw[j] ? -1 : 1;
    return i - j;
  };

  // Start at the Hare divisor Σw/total (all pairs with average ≥ it: a prefix of the order),
  // then add the best next pair or drop the worst last one until the total is reached.
  const t = BigInt(total);
  const seats = iw.map((x) => {
    if (t === 0n) return 0;
    const q = t * x; // quota = q / sumW
    return Number(method === "dhondt" ? q / sumW : (2n * q + sumW) / (2n * sumW));
  });
  let given = seats.reduce((a, b) => a + b, 0);
  while (given < total) {
    let best = -1;
    for (let i = 0; i < n; i++) if (iw[i] > 0n && (best < 0 || cmp(i, seats[i], best, seats[best]) < 0)) best = i;
    seats[best] += 1;
    given += 1;
  }
  while (given > total) {
    let worst = -1;
    for (let i = 0; i < n; i++) if (seats[i] > 0 && (worst < 0 || cmp(i, seats[i] - 1, worst, seats[worst] - 1) > 0)) worst = i;
    seats[worst] -= 1;
    given -= 1;
  }

  if (total === 0) {
    const items = iw.map((_, i) => ({
      index: i,
      weight: weights[i],
      quotient: null,
      quotientDecimal: null,
      rounded: 0,
      result: 0,
      tie: null,
    }));
    return { method, total, weights, divisor: null, divisorDecimal: null, interval: null, tie: false, items, results: seats };
  }

  // low = largest average that did not get a seat, high = smallest that did.
  let low: Rational = rational(0);
  let high: Rational | null = null;
  for (let i = 0; i < n; i++) {
    if (iw[i] === 0n) continue;
    const next = average(i, seats[i]);
    if (compare(next, low) > 0) low = next;
    if (seats[i] > 0) {
      const last = average(i, seats[i] - 1);
      if (high === null || compare(last, high) < 0) high = last;
    }
  }
  const h = high as Rational; // total > 0, so someone has a seat
  const tie = compare(low, h) === 0;
  const divisor = tie ? h : roundest(low, h);

  const winners = new Set<number>();
  const losers = new Set<number>();
  if (tie) {
    for (let i = 0; i < n; i++) {
      if (iw[i] === 0n) continue;
      if (seats[i] > 0 && compare(average(i, seats[i] - 1), divisor) === 0) winners.add(i);
      if (compare(average(i, seats[i]), divisor) === 0) losers.add(i);
    }
  }
  const items: DivisorTraceItem[] = iw.map((_, i) => {
    const quotient = div(w[i], divisor);
    const rounded = Number(method === "dhondt" ? floor(quotient) : floor(rational(2n * quotient.num + quotient.den, 2n * quotient.den)));
    let itemTie: DivisorTraceItem["tie"] = null;
    const won = winners.has(i);
    if (won || losers.has(i)) {
      const others = [...(won ? losers : winners)].sort((a, b) => a - b);
      // the nearest on the other side: the worst winner or the best loser
      const nearest = others.reduce((best, j) => {
        if (best < 0) return j;
        const c = cmp(j, 0, best, 0); // same average: compare by weight, then position
        return won ? (c < 0 ? j : best) : c > 0 ? j : best;
      }, -1);
      if (nearest >= 0) itemTie = { won, rule: iw[nearest] !== iw[i] ? "weight" : "position", with: others };
    }
    return {
      index: i,
      weight: weights[i],
      quotient,
      quotientDecimal: displayDecimal(quotient, 2, method === "webster" ? 2 : 1),
      rounded,
      result: seats[i],
      tie: itemTie,
    };
  });
  return {
    method,
    total,
    weights,
    divisor,
    divisorDecimal: toFixed(divisor, decimalsOf(divisor)),
    interval: { low, high: h },
    tie,
    items,
    results: seats,
  };
}

/** Decimals needed to write a rational whose denominator is a power of ten (else 12). */
function decimalsOf(r: Rational): number {
  for (let d = 0; d <= 40; d++) if (10n ** BigInt(d) % r.den === 0n) return d;
  return 12;
}

/**
 * The roundest number D with low < D ≤ high (fewest significant digits; nearest the middle
 * among equals). low < high.
 */
export function roundest(low: Rational, high: Rational): Rational {
  const middle = rational(low.num * high.den + high.num * low.den, 2n * low.den * high.den);
  let e = high.num / high.den > 0n ? (high.num / high.den).toString().length : 0;
  for (; e > -60; e--) {
    const step = e >= 0 ? rational(10n ** BigInt(e)) : rational(1n, 10n ** BigInt(-e));
    const lo = floor(div(low, step)) + 1n; // smallest multiple above low
    const hi = floor(div(high, step)); // largest multiple up to high
    if (lo <= hi) {
      let m = floor(div(middle, step));
      const mUp = m + 1n;
      // the nearer of the two multiples around the middle, kept inside [lo, hi]
      const distance = (k: bigint) => {
        const d = mul(rational(k), step);
        const x = d.num * middle.den - middle.num * d.den;
        return rational(x < 0n ? -x : x, d.den * middle.den);
      };
      if (mUp <= hi && (m < lo || compare(distance(mUp), distance(m)) < 0)) m = mUp;
      if (m < lo) m = lo;
      if (m > hi) m = hi;
      return mul(rational(m), step);
    }
  }
  return high;
}
