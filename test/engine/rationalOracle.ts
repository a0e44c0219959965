/**
 * Test-only, written independently of src/engine: exact rationals (bigint numerator and
 * denominator, always reduced) and slow, obviously-correct reference versions of the blended
 * key, the apportionment methods and ADJUST. Nothing here imports the engine.
 */

export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error("zero denominator");
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    this.n = g > 1n ? n / g : n;
    this.d = g > 1n ? d / g : d;
  }
  static of(x: number | bigint): Q {
    return new Q(BigInt(x));
  }
  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  cmp(o: Q): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  floor(): bigint {
    const q = this.n / this.d;
    return this.n < 0n && q * this.d !== this.n ? q - 1n : q;
  }
  frac(): Q {
    return this.sub(new Q(this.floor()));
  }
  isZero(): boolean {
    return this.n === 0n;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export const sum = (xs: readonly Q[]) => xs.reduce((a, b) => a.add(b), Q.of(0));

/** Σⱼ fⱼ · keyᵢⱼ / Σᵢ keyᵢⱼ for every row (keys[i][j], all present). */
export function blendOracle(keys: readonly (readonly Q[])[], factors: readonly Q[]): Q[] {
  const k = factors.length;
  const totals = Array.from({ length: k }, (_, j) => sum(keys.map((row) => row[j])));
  return keys.map((row) => sum(row.map((x, j) => factors[j].mul(x).div(totals[j]))));
}

/** Largest remainder on exact shares: floor, then the leftovers to the largest remainders (ties: larger weight, earlier). */
export function roundLargestRemainder(shares: readonly Q[], weights: readonly Q[]): number[] {
  const seats = shares.map((s) => s.floor());
  const target = sum(shares);
  if (target.d !== 1n) throw new Error("shares must add up to a whole number");
  let rest = target.n - seats.reduce((a, b) => a + b, 0n);
  const order = shares.map((_, i) => i);
  order.sort((a, b) => shares[b].frac().cmp(shares[a].frac()) || weights[b].cmp(weights[a]) || a - b);
  for (let k = 0; rest > 0n; k++, rest--) seats[order[k]] += 1n;
  return seats.map(Number);
}

export function hamiltonOracle(total: number, weights: readonly Q[]): number[] {
  const w = sum(weights);
  return roundLargestRemainder(
    weights.map((x) => Q.of(total).mul(x).div(w)),
    weights,
  );
}

/** Seat by seat: next seat to the largest weight / divisor (ties: larger weight, earlier). */
export function divisorOracle(total: number, weights: readonly Q[], method: "webster" | "dhondt"): number[] {
  const seats = weights.map(() => 0);
  const divisor = (s: number) => Q.of(method === "dhondt" ? s + 1 : 2 * s + 1);
  for (let t = 0; t < total; t++) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if (best < 0) {
        best = i;
        continue;
      }
      const c = weights[i].div(divisor(seats[i])).cmp(weights[best].div(divisor(seats[best])));
      if (c > 0 || (c === 0 && weights[i].cmp(weights[best]) > 0)) best = i;
    }
    seats[best] += 1;
  }
  return seats;
}

export type AdjustOutcome = { ok: (number | null)[] } | { error: "correctionTooLarge" | "adjustCannotAdd" | "adjustCannotTake" };

/**
 * ADJUST by the book. Weights: null = the allocation; a blank weight counts as 0.
 * Taking away: the level λ is found by repeated saturation (a row whose part λ·w reaches what
 * it holds gives all it holds), not by sorting, so it is a different route from the engine's.
 */
export function adjustOracle(
  allocation: readonly (number | null)[],
  corrections: readonly (number | null)[],
  weights: readonly (Q | null)[] | null,
): AdjustOutcome {
  const out = allocation.slice();
  const free: number[] = [];
  let net = 0;
  for (let i = 0; i < allocation.length; i++) {
    const a = allocation[i];
    const c = corrections[i];
    if (a === null) continue;
    if (c === null) free.push(i);
    else {
      if (a + c < 0) return { error: "correctionTooLarge" };
      out[i] = a + c;
      net += c;
    }
  }
  if (net === 0) return { ok: out };
  const weightOf = (i: number) => (weights ? (weights[i] ?? Q.of(0)) : Q.of(allocation[i] as number));
  const sharing = free.filter((i) => weightOf(i).cmp(Q.of(0)) > 0);
  const ws = sharing.map(weightOf);
  if (net < 0) {
    if (sharing.length === 0) return { error: "adjustCannotAdd" };
    const W = sum(ws);
    const extra = roundLargestRemainder(
      ws.map((w) => Q.of(-net).mul(w).div(W)),
      ws,
    );
    sharing.forEach((i, k) => (out[i] = (allocation[i] as number) + extra[k]));
    return { ok: out };
  }
  const holds = sharing.map((i) => Q.of(allocation[i] as number));
  if (sum(holds).cmp(Q.of(net)) < 0) return { error: "adjustCannotTake" };
  const saturated = sharing.map(() => false);
  let level = Q.of(0);
  for (;;) {
    const rest = Q.of(net).sub(sum(holds.filter((_, k) => saturated[k])));
    const restW = sum(ws.filter((_, k) => !saturated[k]));
    if (restW.isZero()) break;
    level = rest.div(restW);
    let changed = false;
    sharing.forEach((_, k) => {
      if (!saturated[k] && holds[k].cmp(level.mul(ws[k])) < 0) {
        saturated[k] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }
  const parts = sharing.map((_, k) => (saturated[k] ? holds[k] : level.mul(ws[k])));
  const taken = roundLargestRemainder(parts, ws);
  sharing.forEach((i, k) => (out[i] = (allocation[i] as number) - taken[k]));
  return { ok: out };
}

/** Exact shares (before rounding) that ADJUST gives the free rows, for quota and monotonicity checks. */
export function adjustExactParts(allocation: readonly number[], corrections: readonly (number | null)[]): Map<number, Q> {
  const free = allocation.flatMap((_, i) => (corrections[i] === null && allocation[i] > 0 ? [i] : []));
  const net = corrections.reduce<number>((s, c) => s + (c ?? 0), 0);
  const result = new Map<number, Q>();
  const ws = free.map((i) => Q.of(allocation[i]));
  if (net <= 0) {
    const W = sum(ws);
    free.forEach((i, k) => result.set(i, Q.of(allocation[i]).add(W.isZero() ? Q.of(0) : Q.of(-net).mul(ws[k]).div(W))));
    return result;
  }
  // taking away by the allocation itself: everyone gives the same fraction net/Σholds, never saturating
  const H = sum(ws);
  free.forEach((i, k) => result.set(i, Q.of(allocation[i]).sub(Q.of(net).mul(ws[k]).div(H))));
  return result;
}
