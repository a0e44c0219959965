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

/**
 * The averages of one divisor method over integer weights: the (k+1)-th seat's average is
 * w / δ(k), D'Hondt δ = k+1, Webster k+½ — doubled to 2k+1 with the weight doubled too
 * (2w / (2k+1)) so that every average is a ratio of integers.
 */
interface Averages {
  method: DivisorMethodName;
  /** The weights as integers (the exact weights × scale). */
  iw: bigint[];
  scale: bigint;
  /** The (k+1)-th seat's average of municipality i. */
  average: (i: number, k: number) => Rational;
  /** Global order of (municipality, seat) pairs: larger average, larger weight, earlier position. */
  cmp: (i: number, ki: number, j: number, kj: number) => number;
}

function averagesOf(iw: bigint[], scale: bigint, method: DivisorMethodName): Averages {
  const wNum = (i: number) => (method === "webster" ? 2n * iw[i] : iw[i]);
  const delta = (k: number) => BigInt(method === "webster" ? 2 * k + 1 : k + 1);
  const cmp = (i: number, ki: number, j: number, kj: number): number => {
    const d = wNum(i) * delta(kj) - wNum(j) * delta(ki);
    if (d !== 0n) return d > 0n ? -1 : 1;
    if (iw[i] !== iw[j]) return iw[i] > iw[j] ? -1 : 1;
    return i - j;
  };
  return { method, iw, scale, average: (i, k) => rational(wNum(i), delta(k) * scale), cmp };
}

/**
 * The seats: start at the Hare divisor Σw/total (all pairs with average ≥ it: a prefix of the
 * order), then add the best next pair or drop the worst last one until the total is reached.
 */
function divisorSeats(a: Averages, total: number, sumW: bigint): number[] {
  const { iw, cmp } = a;
  const t = BigInt(total);
  const seats = iw.map((x) => {
    if (t === 0n) return 0;
    const q = t * x; // quota = q / sumW
    return Number(a.method === "dhondt" ? q / sumW : (2n * q + sumW) / (2n * sumW));
  });
  let given = seats.reduce((x, y) => x + y, 0);
  for (; given < total; given++) {
    let best = -1;
    for (let i = 0; i < iw.length; i++) if (iw[i] > 0n && (best < 0 || cmp(i, seats[i], best, seats[best]) < 0)) best = i;
    seats[best] += 1;
  }
  for (; given > total; given--) {
    let worst = -1;
    for (let i = 0; i < iw.length; i++) if (seats[i] > 0 && (worst < 0 || cmp(i, seats[i] - 1, worst, seats[worst] - 1) > 0)) worst = i;
    seats[worst] -= 1;
  }
  return seats;
}

/** low = largest average that did not get a seat, high = smallest that did (total > 0, so someone has one). */
function divisorInterval(a: Averages, seats: readonly number[]): { low: Rational; high: Rational } {
  let low: Rational = rational(0);
  let high: Rational | null = null;
  for (let i = 0; i < a.iw.length; i++) {
    if (a.iw[i] === 0n) continue;
    const next = a.average(i, seats[i]);
    if (compare(next, low) > 0) low = next;
    if (seats[i] > 0) {
      const last = a.average(i, seats[i] - 1);
      if (high === null || compare(last, high) < 0) high = last;
    }
  }
  return { low, high: high as Rational };
}

/** On a tie: who got a dwelling at the divisor (winners) and who did not (losers). */
function tieSides(a: Averages, seats: readonly number[], divisor: Rational): { winners: Set<number>; losers: Set<number> } {
  const winners = new Set<number>();
  const losers = new Set<number>();
  for (let i = 0; i < a.iw.length; i++) {
    if (a.iw[i] === 0n) continue;
    if (seats[i] > 0 && compare(a.average(i, seats[i] - 1), divisor) === 0) winners.add(i);
    if (compare(a.average(i, seats[i]), divisor) === 0) losers.add(i);
  }
  return { winners, losers };
}

/** What settled a tie for municipality i: the nearest on the other side (the worst winner or the best loser). */
function itemTie(a: Averages, i: number, sides: { winners: Set<number>; losers: Set<number> }): DivisorTraceItem["tie"] {
  const won = sides.winners.has(i);
  if (!won && !sides.losers.has(i)) return null;
  const others = [...(won ? sides.losers : sides.winners)].sort((x, y) => x - y);
  const nearest = others.reduce((best, j) => {
    if (best < 0) return j;
    const c = a.cmp(j, 0, best, 0); // same average: compare by weight, then position
    return won ? (c < 0 ? j : best) : c > 0 ? j : best;
  }, -1);
  return nearest >= 0 ? { won, rule: a.iw[nearest] !== a.iw[i] ? "weight" : "position", with: others } : null;
}

export function traceDivisor(total: number, weights: readonly number[], method: DivisorMethodName): DivisorTrace {
  const read = engineWeights(weights);
  const sumW = read.values.reduce((x, y) => x + y, 0n);
  if (sumW <= 0n) throw new RangeError("traceDivisor: weights must have a positive sum");
  const a = averagesOf(read.values, read.scale, method);
  const seats = divisorSeats(a, total, sumW);
  if (total === 0) {
    const items = weights.map((weight, index) => ({
      index,
      weight,
      quotient: null,
      quotientDecimal: null,
      rounded: 0,
      result: 0,
      tie: null,
    }));
    return { method, total, weights, divisor: null, divisorDecimal: null, interval: null, tie: false, items, results: seats };
  }
  const { low, high } = divisorInterval(a, seats);
  const tie = compare(low, high) === 0;
  const divisor = tie ? high : roundest(low, high);
  const sides = tie ? tieSides(a, seats, divisor) : { winners: new Set<number>(), losers: new Set<number>() };
  const items: DivisorTraceItem[] = read.exact.map((w, i) => {
    const quotient = div(w, divisor);
    const rounded = Number(method === "dhondt" ? floor(quotient) : floor(rational(2n * quotient.num + quotient.den, 2n * quotient.den)));
    const quotientDecimal = displayDecimal(quotient, 2, method === "webster" ? 2 : 1);
    return { index: i, weight: weights[i], quotient, quotientDecimal, rounded, result: seats[i], tie: itemTie(a, i, sides) };
  });
  const divisorDecimal = toFixed(divisor, decimalsOf(divisor));
  return { method, total, weights, divisor, divisorDecimal, interval: { low, high }, tie, items, results: seats };
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
