import { DivisorMethod } from "./divisor";

/**
 * Biproportional apportionment (Balinski & Demange 1989; Pukelsheim's "doppelter Pukelsheim"):
 * a whole-number matrix x (rows × columns) with every row summing to its total and every column
 * to its need, such that row divisors rᵢ and column divisors cⱼ exist with
 *
 *     xᵢⱼ = round(wᵢⱼ / (rᵢ · cⱼ))        (Webster: standard rounding; D'Hondt: rounding down)
 *
 * where a quotient exactly on a rounding signpost (k − ½ for Webster, k for D'Hondt) may go
 * either way. All arithmetic that decides a seat is exact (integers and BigInt).
 *
 * Algorithm (why it ends). Read as an optimisation, such an x is exactly a minimiser of the
 * separable convex cost Σᵢⱼ Σ_{s=1..xᵢⱼ} log(d(s) / wᵢⱼ), d(s) the s-th signpost (2s − 1 for
 * Webster, doubled; s for D'Hondt), over the whole matrices with the given margins; the divisors
 * are its dual variables, and "divisors exist" is the same statement as "no cycle of seat moves
 * lowers the cost" (Balinski & Demange; Pukelsheim, Proportional Representation, ch. 14). So:
 *
 * 1. Start (a warm start, any start is correct): alternating scaling in floating point (each
 *    row, then each column, apportioned on its own; stopping once the columns are at most 8 seats
 *    off in all, or after 5 sweeps without progress, or 200) gives column multipliers μⱼ, rounded
 *    to whole numbers of 20 bits more than the largest total has (at most 52). Every row is then
 *    apportioned exactly by the divisor method over the weights wᵢⱼ·μⱼ (floating point first,
 *    exact BigInt comparisons where averages are close). Every row
 *    is now exact, and the matrix is the biproportional apportionment for its own column sums
 *    (divisors: 1/μⱼ and each row's own), so no cycle lowers the cost.
 * 2. Successive shortest paths: while some column has more than its need, move one seat along
 *    the cheapest chain "in row i₁ from column j₀ to j₁, in row i₂ from j₁ to j₂, …" from an
 *    over-full column to a short one. A move in row i from j to k multiplies the cost by
 *    Rᵢⱼₖ = d(xᵢₖ + 1)·wᵢⱼ / (wᵢₖ·d(xᵢⱼ)); the chain is the one with the smallest product of R,
 *    found by Bellman–Ford over the columns with exact BigInt products. Moving along a cheapest
 *    chain keeps "no cost-lowering cycle" (the classical successive-shortest-path invariant), and
 *    each move lowers Σ|column sum − need| by 2, so the loop ends after at most half the start
 *    discrepancy. Rows stay exact throughout.
 * 3. When no chain reaches a short column, the columns that can be reached (J) show why: every
 *    row with a positive weight outside J already has all its seats outside J, so the columns
 *    outside J need more than the rows that can serve them hold in total (a Hall violation):
 *    {@link InfeasiblePattern}.
 * 4. Ties: a chain or cycle whose product is exactly 1 moves seats without changing the cost;
 *    several matrices then meet every condition. Rule: the matrix that is largest read row by
 *    row (the earlier municipality, then the earlier group, gets the seat), reached by applying
 *    cost-neutral cycles that give an earlier cell one more seat, cell by cell in that order.
 *    Reported in {@link Biproportional.ties}: exactly the cells that another valid matrix sets
 *    differently (empty when the result is unique).
 *
 * Worked example (de.wikipedia "Doppeltproportionales Zuteilungsverfahren"): votes per district
 * (rows) and party (columns) [[5100, 6000, 6300], [9800, 10000, 10200], [4500, 12000, 14400]],
 * district totals [4, 5, 6], party needs [4, 5, 6]. The published result is
 * [[1, 1, 2], [2, 2, 1], [1, 2, 3]]: every row and column exact. The warm start and the moves
 * reach it; a chain of moves is only taken when it is the cheapest, so the divisors stay valid.
 *
 * @example
 *   biproportional([[5100n, 6000n, 6300n], [9800n, 10000n, 10200n], [4500n, 12000n, 14400n]],
 *     [4, 5, 6], [4, 5, 6], "webster").seats; // [[1, 1, 2], [2, 2, 1], [1, 2, 3]]
 */
export interface Biproportional {
  /** Whole numbers in the shape of the weights. */
  seats: number[][];
  /** Cells that another matrix meeting every condition sets differently: where the tie rule decided. */
  ties: { row: number; column: number }[];
}

/** Rows and columns that cannot be met: `needs` of `columns` exceed the `totals` of the only `rows` with weight there. */
export class InfeasiblePattern {
  constructor(
    readonly columns: number[],
    readonly need: number,
    readonly rows: number[],
    readonly total: number,
  ) {}
}

/**
 * Precision of the warm start's multipliers: 20 bits beyond the size of the largest total, so
 * that rounding them moves no more than a few seats even with totals near 10^9; at most 52.
 */
const MULTIPLIER_BITS = 20;
/** Most sweeps of the warm start; it also stops after {@link WARM_STALL} sweeps without progress. */
const WARM_SWEEPS = 200;
const WARM_STALL = 5;
/** Column discrepancy at which the warm start stops: the exact moves place the rest. */
const WARM_ENOUGH = 8;
/** Relative gap below which two float ratios are compared exactly. */
const NEAR = 1e-12;

/**
 * The biproportional apportionment of non-negative whole weights (bigint), or an
 * {@link InfeasiblePattern}. Preconditions (the validated rule checks them): Σtotals = Σneeds;
 * every row with a positive total and every column with a positive need has a positive weight.
 */
export function biproportional(
  weights: readonly (readonly bigint[])[],
  totals: readonly number[],
  needs: readonly number[],
  method: DivisorMethod,
): Biproportional | InfeasiblePattern {
  const m = totals.length;
  const n = needs.length;
  const seats = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  const rows: number[] = [];
  const columns: number[] = [];
  for (let i = 0; i < m; i++) if (totals[i] > 0) rows.push(i);
  for (let j = 0; j < n; j++) if (needs[j] > 0) columns.push(j);
  if (rows.length === 0) return { seats, ties: [] };
  const problem = new Problem(
    rows.map((i) => columns.map((j) => weights[i][j])),
    rows.map((i) => totals[i]),
    columns.map((j) => needs[j]),
    method,
  );
  const outcome = problem.solve();
  if (outcome !== null) {
    return new InfeasiblePattern(
      outcome.columns.map((c) => columns[c]),
      outcome.need,
      outcome.rows.map((r) => rows[r]),
      outcome.total,
    );
  }
  const ties = problem.settleTies();
  rows.forEach((i, r) => columns.forEach((j, c) => (seats[i][j] = problem.x[r][c])));
  return { seats, ties: ties.map((t) => ({ row: rows[t.row], column: columns[t.column] })) };
}

/**
 * Floating-point divisor apportionment of one row or column (warm start only), written into
 * `seats`; returns a multiplier λ in the middle of the interval where every value·λ rounds to
 * its seats (NaN when every value is 0). `step` 2 is Webster (signposts 2s − 1, doubled), 1 is
 * D'Hondt (signposts s): the s-th seat needs value·λ ≥ step·s − step + 1.
 */
function floatApportion(values: Float64Array, total: number, step: number, seats: Int32Array): number {
  const n = values.length;
  let sum = 0;
  for (let j = 0; j < n; j++) sum += values[j];
  seats.fill(0);
  if (!(sum > 0) || !Number.isFinite(sum)) return NaN;
  const given = bracketSeats(values, total, step, seats, (step * total) / sum);
  placeRest(values, total - given, step, seats);
  let low = 0;
  let high = Infinity;
  for (let j = 0; j < n; j++) {
    const v = values[j];
    if (v <= 0) continue;
    if (seats[j] > 0) low = Math.max(low, (step * seats[j] - step + 1) / v);
    high = Math.min(high, (step * seats[j] + 1) / v);
  }
  return Number.isFinite(high) ? (low > 0 ? Math.sqrt(low * high) : high / 2) : low * 2;
}

/**
 * Seats at a multiplier close to the right one: safeguarded secant steps on the multiplier
 * (proportional when that stays inside the bracket, else doubling or halving) until at most two
 * seats are off. Returns how many seats were given.
 */
function bracketSeats(values: Float64Array, total: number, step: number, seats: Int32Array, start: number): number {
  let multiplier = start;
  let lo = 0;
  let hi = Infinity;
  let given = 0;
  for (let round = 0; round < 60; round++) {
    given = 0;
    for (let j = 0; j < values.length; j++) {
      const s = Math.floor((values[j] * multiplier + step - 1) / step);
      seats[j] = s;
      given += s;
    }
    if (Math.abs(given - total) <= 2) break;
    if (given < total) lo = multiplier;
    else hi = multiplier;
    const guess = given > 0 ? multiplier * (total / given) : multiplier * 2;
    multiplier = guess > lo && guess < hi ? guess : hi === Infinity ? multiplier * 2 : lo === 0 ? multiplier / 2 : (lo + hi) / 2;
  }
  return given;
}

/** Adds (`rest` > 0) or takes back (`rest` < 0) seats one at a time by the largest next / smallest last average. */
function placeRest(values: Float64Array, rest: number, step: number, seats: Int32Array): void {
  for (; rest > 0; rest--) {
    let best = -1;
    let bestAvg = -1;
    for (let j = 0; j < values.length; j++) {
      const avg = values[j] / (step * seats[j] + 1);
      if (values[j] > 0 && avg > bestAvg) {
        best = j;
        bestAvg = avg;
      }
    }
    seats[best] += 1;
  }
  for (; rest < 0; rest++) {
    let worst = -1;
    let worstAvg = Infinity;
    for (let j = 0; j < values.length; j++) {
      const avg = values[j] / (step * seats[j] - step + 1);
      if (seats[j] > 0 && avg < worstAvg) {
        worst = j;
        worstAvg = avg;
      }
    }
    seats[worst] -= 1;
  }
}

/** One exact ratio num/den (both > 0). */
interface Ratio {
  num: bigint;
  den: bigint;
}

const less = (a: Ratio, b: Ratio): boolean => a.num * b.den < b.num * a.den;
const times = (a: Ratio, b: Ratio): Ratio => ({ num: a.num * b.num, den: a.den * b.den });

/** Cheapest move from column j to k: through which row, at which exact ratio. */
interface Edge {
  row: number;
  ratio: Ratio;
}

class Problem {
  readonly x: number[][];
  private readonly wf: number[][];
  private readonly step: bigint;
  /** {@link step} as a number, for the floating-point estimates. */
  private readonly stepF: number;
  private readonly colSum: number[];

  constructor(
    private readonly w: readonly (readonly bigint[])[],
    private readonly totals: readonly number[],
    private readonly needs: readonly number[],
    private readonly method: DivisorMethod,
  ) {
    this.wf = w.map((row) => row.map(Number));
    this.step = method === "dhondt" ? 1n : 2n;
    this.stepF = method === "dhondt" ? 1 : 2;
    this.x = this.warmStart();
    this.colSum = needs.map((_, j) => this.x.reduce((s, row) => s + row[j], 0));
  }

  /** Signpost of the s-th seat (s ≥ 1): s for D'Hondt, 2s − 1 for Webster (doubled). */
  private signpost(s: number): bigint {
    return this.step * BigInt(s) - this.step + 1n;
  }

  private signpostFloat(s: number): number {
    return this.stepF * s - this.stepF + 1;
  }

  /**
   * Warm start: column multipliers by alternating scaling in floating point (each row, then
   * each column, apportioned by the divisor method on its own; a fixed number of sweeps, kept
   * when the column discrepancy is smallest), rounded to whole numbers of at most 20 bits; then
   * every row apportioned exactly with them.
   */
  private warmStart(): number[][] {
    const m = this.totals.length;
    const n = this.needs.length;
    const step = this.method === "dhondt" ? 1 : 2;
    const mu = new Float64Array(n).fill(1);
    const lambda = new Float64Array(m);
    const rowValues = new Float64Array(n);
    const rowSeats = new Int32Array(n);
    const columnValues = new Float64Array(m);
    const columnSeats = new Int32Array(m);
    const sums = new Float64Array(n);
    let best = mu.slice();
    let bestGap = Infinity;
    let bestSweep = 0;
    for (let sweep = 0; sweep < WARM_SWEEPS; sweep++) {
      sums.fill(0);
      for (let i = 0; i < m; i++) {
        const wi = this.wf[i];
        for (let j = 0; j < n; j++) rowValues[j] = wi[j] * mu[j];
        lambda[i] = floatApportion(rowValues, this.totals[i], step, rowSeats);
        for (let j = 0; j < n; j++) sums[j] += rowSeats[j];
      }
      let gap = 0;
      for (let j = 0; j < n; j++) gap += Math.abs(sums[j] - this.needs[j]);
      if (gap < bestGap) {
        bestGap = gap;
        best = mu.slice();
        bestSweep = sweep;
      }
      // a few seats left over are cheaper to move exactly than another sweep
      if (gap <= WARM_ENOUGH || sweep - bestSweep >= WARM_STALL) break;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < m; i++) columnValues[i] = this.wf[i][j] * lambda[i];
        mu[j] = floatApportion(columnValues, this.needs[j], step, columnSeats);
      }
      if (!mu.every((v) => Number.isFinite(v) && v > 0)) break;
    }
    let top = 0;
    for (const v of best) if (v > top) top = v;
    const bits = Math.min(52, MULTIPLIER_BITS + Math.ceil(Math.log2(1 + Math.max(...this.totals))));
    const a = Array.from(best, (v) => BigInt(Math.max(1, Math.round((v / top) * 2 ** bits))));
    return this.w.map((row, i) => this.exactRow(this.totals[i], row, a));
  }

  /**
   * The divisor-method apportionment of one row with weights wⱼ·aⱼ, exactly: a floating-point
   * estimate, then, while the smallest average of a seat given is below the largest average of
   * a seat not given (compared exactly when the floats are close), that seat moves over.
   */
  private exactRow(total: number, row: readonly bigint[], a: readonly bigint[]): number[] {
    const n = row.length;
    const stepF = this.method === "dhondt" ? 1 : 2;
    const vf = new Float64Array(n);
    const positive = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      vf[j] = Number(row[j]) * Number(a[j]);
      positive[j] = row[j] > 0n ? 1 : 0;
    }
    const out = new Int32Array(n);
    floatApportion(vf, total, stepF, out);
    const seats = Array.from(out);
    // exact products only when two averages are too close for floating point to tell
    const below = (x: number, kx: number, y: number, ky: number): boolean => {
      const left = vf[x] * (stepF * ky - stepF + 1);
      const right = vf[y] * (stepF * kx - stepF + 1);
      if (left < right * (1 - NEAR)) return true;
      if (left > right * (1 + NEAR)) return false;
      return row[x] * a[x] * this.signpost(ky) < row[y] * a[y] * this.signpost(kx);
    };
    for (;;) {
      let give = -1;
      let take = -1;
      for (let j = 0; j < n; j++) {
        if (seats[j] > 0 && (give < 0 || below(j, seats[j], give, seats[give]))) give = j;
        if (positive[j] === 1 && (take < 0 || below(take, seats[take] + 1, j, seats[j] + 1))) take = j;
      }
      if (give < 0 || take < 0 || give === take || !below(give, seats[give], take, seats[take] + 1)) return seats;
      seats[give] -= 1;
      seats[take] += 1;
    }
  }

  /** Steps 2 and 3: null when every column meets its need, else the Hall violation. */
  solve(): { columns: number[]; need: number; rows: number[]; total: number } | null {
    const n = this.needs.length;
    for (;;) {
      const over: number[] = [];
      let short = false;
      for (let j = 0; j < n; j++) {
        if (this.colSum[j] > this.needs[j]) over.push(j);
        else if (this.colSum[j] < this.needs[j]) short = true;
      }
      if (!short) return null;
      const edges = this.edges();
      const path = this.cheapestChain(edges, over);
      if (path === null) return this.violation(edges, over);
      this.move(path);
    }
  }

  /** For every pair of columns (j, k), the row with the cheapest move of one seat from j to k. */
  private edges(): (Edge | null)[][] {
    const n = this.needs.length;
    const bestRow: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(-1));
    const bestFloat: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(Infinity));
    const give = new Float64Array(n);
    const take = new Float64Array(n);
    for (let i = 0; i < this.x.length; i++) {
      const xi = this.x[i];
      const wi = this.wf[i];
      for (let j = 0; j < n; j++) {
        give[j] = xi[j] > 0 ? wi[j] / this.signpostFloat(xi[j]) : 0;
        take[j] = wi[j] / this.signpostFloat(xi[j] + 1);
      }
      for (let j = 0; j < n; j++) {
        if (give[j] === 0) continue;
        for (let k = 0; k < n; k++) {
          if (k === j || take[k] === 0) continue;
          // R = give_j / take_k
          const r = give[j] / take[k];
          const current = bestFloat[j][k];
          if (r < current * (1 - NEAR)) {
            bestFloat[j][k] = r;
            bestRow[j][k] = i;
          } else if (r <= current * (1 + NEAR) && less(this.ratio(i, j, k), this.ratio(bestRow[j][k], j, k))) {
            // near-equal in floating point: decided exactly (an exact tie keeps the earlier row)
            bestFloat[j][k] = Math.min(r, current);
            bestRow[j][k] = i;
          }
        }
      }
    }
    return bestRow.map((row, j) => row.map((i, k) => (i < 0 ? null : { row: i, ratio: this.ratio(i, j, k) })));
  }

  /** R = d(x_ik + 1)·w_ij / (w_ik·d(x_ij)), exactly. */
  private ratio(i: number, j: number, k: number): Ratio {
    return {
      num: this.signpost(this.x[i][k] + 1) * this.w[i][j],
      den: this.w[i][k] * this.signpost(this.x[i][j]),
    };
  }

  /** Bellman–Ford from the over-full columns; the short column at the smallest product (then the earliest). */
  private cheapestChain(edges: (Edge | null)[][], over: readonly number[]): { from: number; to: number; row: number }[] | null {
    const n = this.needs.length;
    const dist: (Ratio | null)[] = new Array<Ratio | null>(n).fill(null);
    const pred = new Array<number>(n).fill(-1);
    for (const j of over) dist[j] = { num: 1n, den: 1n };
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let j = 0; j < n; j++) {
        const dj = dist[j];
        if (dj === null) continue;
        for (let k = 0; k < n; k++) {
          const e = edges[j][k];
          if (e === null) continue;
          const via = times(dj, e.ratio);
          const dk = dist[k];
          if (dk === null || less(via, dk)) {
            dist[k] = via;
            pred[k] = j;
            changed = true;
          }
        }
      }
      if (!changed) break;
      // n rounds that still improve would mean a cost-lowering cycle, which the invariant rules out
      if (round === n - 1) throw new Error("biproportional: a cost-lowering cycle; the invariant is broken");
    }
    let target = -1;
    for (let k = 0; k < n; k++) {
      if (this.colSum[k] >= this.needs[k]) continue;
      const dk = dist[k];
      if (dk !== null && (target < 0 || less(dk, dist[target] as Ratio))) target = k;
    }
    if (target < 0) return null;
    const path: { from: number; to: number; row: number }[] = [];
    for (let k = target; pred[k] >= 0; k = pred[k]) {
      path.push({ from: pred[k], to: k, row: (edges[pred[k]][k] as Edge).row });
      if (path.length > n) throw new Error("biproportional: the chain of moves loops");
    }
    return path.reverse();
  }

  private move(path: readonly { from: number; to: number; row: number }[]): void {
    for (const { from, to, row } of path) {
      this.x[row][from] -= 1;
      this.x[row][to] += 1;
    }
    this.colSum[path[0].from] -= 1;
    this.colSum[path[path.length - 1].to] += 1;
  }

  /** Columns reachable from the over-full ones (J); the columns outside J and the rows that can serve them. */
  private violation(edges: (Edge | null)[][], over: readonly number[]): { columns: number[]; need: number; rows: number[]; total: number } {
    const n = this.needs.length;
    const reached = new Array<boolean>(n).fill(false);
    const queue = [...over];
    for (const j of over) reached[j] = true;
    while (queue.length > 0) {
      const j = queue.shift() as number;
      for (let k = 0; k < n; k++)
        if (!reached[k] && edges[j][k] !== null) {
          reached[k] = true;
          queue.push(k);
        }
    }
    const columns: number[] = [];
    let need = 0;
    for (let j = 0; j < n; j++)
      if (!reached[j]) {
        columns.push(j);
        need += this.needs[j];
      }
    const rows: number[] = [];
    let total = 0;
    this.w.forEach((row, i) => {
      if (columns.some((j) => row[j] > 0n)) {
        rows.push(i);
        total += this.totals[i];
      }
    });
    return { columns, need, rows, total };
  }

  /**
   * Step 4, the tie rule: the matrix largest read row by row among all that meet every
   * condition. Exact column potentials π (shortest products from every column) make a move
   * "tight" when R·πⱼ/πₖ = 1; cost-neutral cycles are exactly the cycles of tight moves. For each
   * cell in row-major order: while a cycle of tight moves raises it without touching an earlier
   * cell, apply it (the cost, and so every condition, stays as it was). Returns the cells that
   * lie on a cost-neutral cycle afterwards: those another valid matrix would set differently.
   */
  settleTies(): { row: number; column: number }[] {
    const n = this.needs.length;
    if (n < 2) return [];
    const pi = this.potentials(this.edges());
    const logPi = pi.map(log2);
    const tight = this.x.map((_, i) => this.tightMoves(i, pi, logPi));
    if (tight.every((moves) => moves.length === 0)) return [];
    for (let r = 0; r < this.x.length; r++) {
      for (let k = 0; k < n; k++) {
        for (let cycle = this.raisingCycle(r, k, tight); cycle !== null; cycle = this.raisingCycle(r, k, tight)) {
          for (const move of cycle) {
            this.x[move.row][move.from] -= 1;
            this.x[move.row][move.to] += 1;
          }
          for (const row of new Set(cycle.map((move) => move.row))) tight[row] = this.tightMoves(row, pi, logPi);
        }
      }
    }
    return this.tiedCells(tight);
  }

  /** Exact potentials: for each column the smallest product of cheapest moves ending there (all start at 1). */
  private potentials(edges: (Edge | null)[][]): Ratio[] {
    const n = this.needs.length;
    const dist: Ratio[] = Array.from({ length: n }, () => ({ num: 1n, den: 1n }));
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let j = 0; j < n; j++)
        for (let k = 0; k < n; k++) {
          const e = edges[j][k];
          if (e === null) continue;
          const via = times(dist[j], e.ratio);
          if (less(via, dist[k])) {
            dist[k] = via;
            changed = true;
          }
        }
      if (!changed) break;
    }
    return dist;
  }

  /** The moves in row i whose reduced ratio R·πⱼ/πₖ is exactly 1 (floating point first, exact when close). */
  private tightMoves(i: number, pi: readonly Ratio[], logPi: readonly number[]): Move[] {
    const n = this.needs.length;
    const xi = this.x[i];
    const wi = this.wf[i];
    const moves: Move[] = [];
    // log₂ R = log₂ give_j − log₂ take_k with give = w/s(x), take = w/s(x + 1)
    const logGive = new Float64Array(n);
    const logTake = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      logGive[j] = xi[j] > 0 ? Math.log2(wi[j] / this.signpostFloat(xi[j])) : NaN;
      logTake[j] = wi[j] > 0 ? Math.log2(wi[j] / this.signpostFloat(xi[j] + 1)) : NaN;
    }
    for (let j = 0; j < n; j++) {
      if (xi[j] === 0) continue;
      for (let k = 0; k < n; k++) {
        if (k === j || wi[k] === 0) continue;
        if (Math.abs(logGive[j] - logTake[k] + logPi[j] - logPi[k]) > 1e-9) continue;
        const r = this.ratio(i, j, k);
        if (r.num * pi[j].num * pi[k].den === pi[k].num * r.den * pi[j].den) moves.push({ row: i, from: j, to: k });
      }
    }
    return moves;
  }

  /**
   * A cycle of tight moves that gives cell (r, k) one more seat and leaves every earlier cell
   * (earlier rows; row r up to column k) as it is: a move in row r from a later column j to k,
   * then tight moves from k back to j through later rows, or row r beyond column k.
   */
  private raisingCycle(r: number, k: number, tight: readonly Move[][]): Move[] | null {
    const firsts = tight[r].filter((move) => move.to === k && move.from > k);
    if (firsts.length === 0) return null;
    const n = this.needs.length;
    const free = (move: Move) => move.row > r || (move.from > k && move.to > k);
    const out: Move[][] = Array.from({ length: n }, () => []);
    for (let i = r; i < tight.length; i++) for (const move of tight[i]) if (free(move)) out[move.from].push(move);
    for (const first of firsts) {
      const via = new Array<Move | null>(n).fill(null);
      const seen = new Array<boolean>(n).fill(false);
      seen[k] = true;
      const queue = [k];
      while (queue.length > 0 && !seen[first.from]) {
        const a = queue.shift() as number;
        for (const move of out[a])
          if (!seen[move.to]) {
            seen[move.to] = true;
            via[move.to] = move;
            queue.push(move.to);
          }
      }
      if (!seen[first.from]) continue;
      const cycle: Move[] = [first];
      for (let c = first.from; c !== k; c = (via[c] as Move).from) cycle.push(via[c] as Move);
      return cycle;
    }
    return null;
  }

  /** Cells of tight moves that lie on a cycle of tight moves, in row-major order. */
  private tiedCells(tight: readonly Move[][]): { row: number; column: number }[] {
    const n = this.needs.length;
    const reach = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => a === b));
    for (const moves of tight) for (const move of moves) reach[move.from][move.to] = true;
    for (let c = 0; c < n; c++)
      for (let a = 0; a < n; a++) if (reach[a][c]) for (let b = 0; b < n; b++) if (reach[c][b]) reach[a][b] = true;
    const cells = new Set<number>();
    for (const moves of tight)
      for (const move of moves)
        if (reach[move.to][move.from]) {
          cells.add(move.row * n + move.from);
          cells.add(move.row * n + move.to);
        }
    return [...cells].sort((a, b) => a - b).map((c) => ({ row: Math.floor(c / n), column: c % n }));
  }
}

/** One seat moved within a row. */
interface Move {
  row: number;
  from: number;
  to: number;
}

/** log₂ of an exact ratio, also for numbers beyond the double range. */
function log2(r: Ratio): number {
  return bigLog2(r.num) - bigLog2(r.den);
}

function bigLog2(v: bigint): number {
  const bits = v.toString(2).length;
  if (bits <= 1000) return Math.log2(Number(v));
  return Math.log2(Number(v >> BigInt(bits - 64))) + (bits - 64);
}
