/**
 * An independent checker for biproportional apportionment: it imports nothing of the engine.
 *
 * `divisorsFor` decides, exactly, whether row and column divisors exist that produce a given
 * matrix, and returns them. Each cell with weight w > 0 and x seats asks
 *     s(x) ≤ w·λᵢ/νⱼ ≤ s(x + 1)        (s(k) = k − ½ for Webster, k for D'Hondt, s(0) = 0)
 * with row multipliers λᵢ and column divisors νⱼ: a system of difference constraints in
 * multiplicative form, solved by Bellman–Ford over exact fractions on the bipartite graph of
 * rows and columns (edge row→column with factor w/s(x), column→row with factor s(x+1)/w);
 * it is feasible exactly when no cycle has a product below 1. A cell with weight 0 must be 0.
 *
 * `allValid` enumerates every whole matrix with the given margins (small cases only) and keeps
 * those `divisorsFor` accepts; `hallFeasible` decides by max-flow whether the zero pattern allows
 * the margins at all.
 */

export type Method = "webster" | "dhondt";

interface Fraction {
  num: bigint;
  den: bigint;
}

const mul = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.num, den: a.den * b.den });
const lt = (a: Fraction, b: Fraction): boolean => a.num * b.den < b.num * a.den;

/** The signpost s(k) as a fraction: Webster k − ½, D'Hondt k. */
function signpost(k: number, method: Method): Fraction {
  if (k === 0) return { num: 0n, den: 1n };
  return method === "webster" ? { num: BigInt(2 * k - 1), den: 2n } : { num: BigInt(k), den: 1n };
}

/** Exact divisors (row multipliers λ, column divisors ν) that produce `x`, or null when none exist. */
export function divisorsFor(
  w: readonly (readonly bigint[])[],
  x: readonly (readonly number[])[],
  method: Method,
): { lambda: Fraction[]; nu: Fraction[] } | null {
  const m = x.length;
  const n = m === 0 ? 0 : x[0].length;
  const edges: { from: number; to: number; f: Fraction }[] = [];
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      if (w[i][j] === 0n) {
        if (x[i][j] !== 0) return null;
        continue;
      }
      const lower = signpost(x[i][j], method);
      const upper = signpost(x[i][j] + 1, method);
      // ν_j ≤ λ_i · w / s(x)  (only when s(x) > 0)
      if (lower.num > 0n) edges.push({ from: i, to: m + j, f: { num: w[i][j] * lower.den, den: lower.num } });
      // λ_i ≤ ν_j · s(x+1) / w
      edges.push({ from: m + j, to: i, f: { num: upper.num, den: upper.den * w[i][j] } });
    }
  const dist: Fraction[] = Array.from({ length: m + n }, () => ({ num: 1n, den: 1n }));
  for (let round = 0; round <= m + n; round++) {
    let changed = false;
    for (const e of edges) {
      const via = mul(dist[e.from], e.f);
      if (lt(via, dist[e.to])) {
        dist[e.to] = via;
        changed = true;
      }
    }
    if (!changed) return { lambda: dist.slice(0, m), nu: dist.slice(m) };
  }
  return null; // still relaxing after m + n rounds: a cycle with a product below 1
}

/** Every cell's quotient w·λ/ν lies in its rounding interval (|q − x| ≤ ½ Webster; x ≤ q ≤ x + 1 D'Hondt). */
export function withinRoundingBound(
  w: readonly (readonly bigint[])[],
  x: readonly (readonly number[])[],
  d: { lambda: Fraction[]; nu: Fraction[] },
  method: Method,
): boolean {
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < x[i].length; j++) {
      const q: Fraction = { num: w[i][j] * d.lambda[i].num * d.nu[j].den, den: d.lambda[i].den * d.nu[j].num };
      const xi = BigInt(x[i][j]);
      if (method === "webster") {
        // |2q − 2x| ≤ 1
        const diff = 2n * q.num - 2n * xi * q.den;
        if (diff > q.den || diff < -q.den) return false;
      } else if (q.num < xi * q.den || q.num > (xi + 1n) * q.den) return false;
    }
  return true;
}

/** Every non-negative whole matrix with these margins and zeros where the weight is 0. */
export function allMatrices(w: readonly (readonly bigint[])[], totals: readonly number[], needs: readonly number[]): number[][][] {
  const m = totals.length;
  const n = needs.length;
  const out: number[][][] = [];
  const x = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  const left = needs.slice();
  const fillRow = (i: number, j: number, rest: number): void => {
    if (i === m) {
      if (left.every((v) => v === 0)) out.push(x.map((r) => r.slice()));
      return;
    }
    if (j === n - 1) {
      if (rest > left[j] || (rest > 0 && w[i][j] === 0n)) return;
      x[i][j] = rest;
      left[j] -= rest;
      fillRow(i + 1, 0, i + 1 < m ? totals[i + 1] : 0);
      left[j] += rest;
      x[i][j] = 0;
      return;
    }
    const top = w[i][j] === 0n ? 0 : Math.min(rest, left[j]);
    for (let v = 0; v <= top; v++) {
      x[i][j] = v;
      left[j] -= v;
      fillRow(i, j + 1, rest - v);
      left[j] += v;
    }
    x[i][j] = 0;
  };
  if (m > 0) fillRow(0, 0, totals[0]);
  return out;
}

/** Whether the margins can be met at all with zeros where the weight is 0 (max-flow, Edmonds–Karp). */
export function hallFeasible(w: readonly (readonly bigint[])[], totals: readonly number[], needs: readonly number[]): boolean {
  const m = totals.length;
  const n = needs.length;
  const size = m + n + 2;
  const s = m + n;
  const t = s + 1;
  const cap = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < m; i++) cap[s][i] = totals[i];
  for (let j = 0; j < n; j++) cap[m + j][t] = needs[j];
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (w[i][j] > 0n) cap[i][m + j] = Infinity;
  let flow = 0;
  for (;;) {
    const prev = new Array<number>(size).fill(-1);
    prev[s] = s;
    const queue = [s];
    while (queue.length > 0 && prev[t] < 0) {
      const u = queue.shift() as number;
      for (let v = 0; v < size; v++)
        if (prev[v] < 0 && cap[u][v] > 0) {
          prev[v] = u;
          queue.push(v);
        }
    }
    if (prev[t] < 0) break;
    let push = Infinity;
    for (let v = t; v !== s; v = prev[v]) push = Math.min(push, cap[prev[v]][v]);
    for (let v = t; v !== s; v = prev[v]) {
      cap[prev[v]][v] -= push;
      cap[v][prev[v]] += push;
    }
    flow += push;
  }
  return flow === totals.reduce((a, b) => a + b, 0);
}

/** The matrix that is largest read row by row. */
export function lexMax(matrices: readonly number[][][]): number[][] | null {
  let best: number[][] | null = null;
  for (const x of matrices) {
    if (best === null) {
      best = x;
      continue;
    }
    const a = x.flat();
    const b = best.flat();
    for (let k = 0; k < a.length; k++) {
      if (a[k] !== b[k]) {
        if (a[k] > b[k]) best = x;
        break;
      }
    }
  }
  return best;
}

/**
 * For large matrices, where exact Bellman–Ford over fractions is too slow: the same constraints
 * solved in logarithms with a small safety margin (Bellman–Ford in floating point, queue-based),
 * then the divisors found are checked EXACTLY with {@link withinRoundingBound} (a double is an
 * exact fraction). Returns the divisors only when that exact check passes, so a `null` means
 * "not certified" (e.g. a matrix with exact ties, which has no interior), never a false pass.
 */
export function certifiedDivisors(
  w: readonly (readonly bigint[])[],
  x: readonly (readonly number[])[],
  method: Method,
): { lambda: Fraction[]; nu: Fraction[] } | null {
  const m = x.length;
  const n = m === 0 ? 0 : x[0].length;
  const margin = 1e-9;
  const out: { to: number; cost: number }[][] = Array.from({ length: m + n }, () => []);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      if (w[i][j] === 0n) {
        if (x[i][j] !== 0) return null;
        continue;
      }
      const lw = Math.log(Number(w[i][j]));
      const lower = signpost(x[i][j], method);
      const upper = signpost(x[i][j] + 1, method);
      if (lower.num > 0n) out[i].push({ to: m + j, cost: lw - Math.log(Number(lower.num) / Number(lower.den)) - margin });
      out[m + j].push({ to: i, cost: Math.log(Number(upper.num) / Number(upper.den)) - lw - margin });
    }
  const dist = new Float64Array(m + n);
  const queued = new Uint8Array(m + n).fill(1);
  const queue = Array.from({ length: m + n }, (_, v) => v);
  let pops = 0;
  while (queue.length > 0) {
    if (++pops > 50 * (m + n) * (m + n)) return null;
    const u = queue.shift() as number;
    queued[u] = 0;
    for (const e of out[u]) {
      const via = dist[u] + e.cost;
      if (via < dist[e.to]) {
        dist[e.to] = via;
        if (!queued[e.to]) {
          queued[e.to] = 1;
          queue.push(e.to);
        }
      }
    }
  }
  const exact = (v: number): Fraction => doubleToFraction(Math.exp(v));
  const divisors = { lambda: Array.from(dist.slice(0, m), exact), nu: Array.from(dist.slice(m), exact) };
  return withinRoundingBound(w, x, divisors, method) ? divisors : null;
}

/** A finite positive double as the exact fraction it is. */
function doubleToFraction(v: number): Fraction {
  let exponent = 0;
  let mantissa = v;
  while (!Number.isInteger(mantissa)) {
    mantissa *= 2;
    exponent++;
  }
  return { num: BigInt(mantissa), den: 1n << BigInt(exponent) };
}
