/**
 * Why a biproportional matrix is what it is (THUIS.GROUPSHARE): one divisor per row
 * (municipality) and one per column (group) such that every cell is its weight ÷ (row divisor ×
 * column divisor), rounded by the method (Webster: to the nearest whole number; D'Hondt: down).
 * Such divisors exist exactly when the matrix is a biproportional apportionment; this finds a
 * pair that is easy to read and checks it exactly, independently of ../biproportional.ts.
 *
 * How. Each cell asks s(x) ≤ w / (r·c) ≤ s(x + 1), with s(k) the signposts (Webster k − ½,
 * D'Hondt k, s(0) = 0): bounds on the product r·c, so on log r + log c — difference constraints.
 * 1. Divisors that keep every quotient as far from its signposts as possible (the largest margin
 *    in log terms, by bisection over Bellman–Ford in floating point), column divisors centred on
 *    1 (their geometric mean) and written as short decimals inside a quarter of that margin;
 *    each row divisor then the roundest decimal in the middle half of its exact interval.
 *    Accepted only when every quotient lies strictly between its signposts, checked exactly.
 * 2. Otherwise (a tie: some quotient must sit on a signpost, the cell could round either way):
 *    exact Bellman–Ford over fractions (feasible because the matrix is valid), the first
 *    column's divisor scaled to 1, rows as in 1 within their closed intervals.
 *
 * @example
 *   const t = traceBiproportional([[5, 1], [1, 3]].map((r) => r.map((w) => rational(w))), [[5, 2], [1, 2]], "webster");
 *   // t.quotients[0][1] = 1 / (t.rowDivisors[0] × t.columnDivisors[1]) lies in [1.5, 2.5] → 2
 *   // t.quotas[0][1] = 4 × 1 / (1 + 3) = 1: group 2's own share for municipality 1
 */
import type { DivisorMethodName } from "./divisorTrace";
import { roundest } from "./divisorTrace";
import { Rational, ZERO, add, compare, decimalOfNumber, div, mul, rational, sub } from "./rational";

export interface BiproportionalTrace {
  method: DivisorMethodName;
  /** One divisor per row; null for a row without seats (total 0). */
  rowDivisors: (Rational | null)[];
  /** One divisor per column; null for a column without seats (need 0). */
  columnDivisors: (Rational | null)[];
  /** weight ÷ (row divisor × column divisor), exactly; null where a row or column has no divisor. */
  quotients: (Rational | null)[][];
  /** The cell's share of its column on its own: need × weight ÷ the column's weights (0 when they are all 0). */
  quotas: Rational[][];
  /** Whether the quotient sits exactly on a signpost: the cell could round either way (a tie). */
  onSignpost: boolean[][];
}

/** Bounds on r·c for one cell: `low` ≤ r·c ≤ `high` (null: no upper bound, the cell has 0). */
interface Bound {
  row: number;
  column: number;
  low: Rational;
  high: Rational | null;
}

/** The divisors, quotients and quotas of `seats` (a valid biproportional apportionment of `weights`). */
export function traceBiproportional(
  weights: readonly (readonly Rational[])[],
  seats: readonly (readonly number[])[],
  method: DivisorMethodName,
): BiproportionalTrace {
  const m = seats.length;
  const n = m === 0 ? 0 : seats[0].length;
  const rowActive = seats.map((row) => row.some((x) => x > 0));
  const columnActive = Array.from({ length: n }, (_, j) => seats.some((row) => row[j] > 0));
  const bounds = boundsOf(weights, seats, method, rowActive, columnActive);
  const columns = centredColumns(bounds, m, n, columnActive) ?? exactColumns(bounds, m, n, columnActive);
  const rows = rowActive.map((active, i) => (active ? rowDivisor(bounds, i, columns) : null));
  const quotients = seats.map((row, i) =>
    row.map((_, j) => {
      const r = rows[i];
      const c = columns[j];
      return r && c ? div(weights[i][j], mul(r, c)) : null;
    }),
  );
  const onSignpost = quotients.map((row, i) =>
    row.map(
      (q, j) => q !== null && weights[i][j].num > 0n && (isSignpost(q, seats[i][j], method) || isSignpost(q, seats[i][j] + 1, method)),
    ),
  );
  return { method, rowDivisors: rows, columnDivisors: columns, quotients, quotas: quotasOf(weights, seats), onSignpost };
}

/** Signpost s(k): Webster k − ½, D'Hondt k; s(0) = 0. */
export function signpost(k: number, method: DivisorMethodName): Rational {
  if (k === 0) return ZERO;
  return method === "webster" ? rational(2 * k - 1, 2) : rational(k);
}

function isSignpost(q: Rational, k: number, method: DivisorMethodName): boolean {
  return k > 0 && compare(q, signpost(k, method)) === 0;
}

function boundsOf(
  weights: readonly (readonly Rational[])[],
  seats: readonly (readonly number[])[],
  method: DivisorMethodName,
  rowActive: readonly boolean[],
  columnActive: readonly boolean[],
): Bound[] {
  const bounds: Bound[] = [];
  seats.forEach((row, i) =>
    row.forEach((x, j) => {
      const w = weights[i][j];
      if (w.num === 0n) {
        if (x !== 0) throw new RangeError(`traceBiproportional: cell (${i + 1}, ${j + 1}) has seats but no weight`);
        return;
      }
      if (!rowActive[i] || !columnActive[j]) return;
      bounds.push({ row: i, column: j, low: div(w, signpost(x + 1, method)), high: x > 0 ? div(w, signpost(x, method)) : null });
    }),
  );
  return bounds;
}

function quotasOf(weights: readonly (readonly Rational[])[], seats: readonly (readonly number[])[]): Rational[][] {
  const n = seats.length === 0 ? 0 : seats[0].length;
  const sums = Array.from({ length: n }, (_, j) => weights.reduce((s, row) => add(s, row[j]), ZERO));
  const needs = Array.from({ length: n }, (_, j) => seats.reduce((s, row) => s + row[j], 0));
  return weights.map((row) => row.map((w, j) => (sums[j].num === 0n ? ZERO : div(mul(rational(needs[j]), w), sums[j]))));
}

/** A row's divisor given the column divisors: the roundest decimal in the middle half of its exact interval (or its only value). */
function rowDivisor(bounds: readonly Bound[], i: number, columns: readonly (Rational | null)[]): Rational {
  let low: Rational = ZERO;
  let high: Rational | null = null;
  for (const b of bounds) {
    if (b.row !== i) continue;
    const c = columns[b.column] as Rational;
    const l = div(b.low, c);
    if (compare(l, low) > 0) low = l;
    if (b.high !== null) {
      const h = div(b.high, c);
      if (high === null || compare(h, high) < 0) high = h;
    }
  }
  if (high === null) return mul(low, rational(2)); // unreachable for a row with seats; kept total
  if (compare(low, high) >= 0) return high;
  const quarter = div(sub(high, low), rational(4));
  return roundest(add(low, quarter), sub(high, quarter));
}

/** Step 1: column divisors at the largest margin, as short decimals; null when the margin is 0 (a tie) or the check fails. */
function centredColumns(bounds: readonly Bound[], m: number, n: number, columnActive: readonly boolean[]): (Rational | null)[] | null {
  const cells = bounds.map((b) => ({ ...b, lo: log2(b.low), hi: b.high === null ? Infinity : log2(b.high) }));
  let top = 1;
  for (const c of cells) if (Number.isFinite(c.hi)) top = Math.min(top, (c.hi - c.lo) / 2);
  if (!(top > 1e-9)) return null;
  let good = 0;
  let bad = top * 1.0000001;
  for (let round = 0; round < 40; round++) {
    const mid = (good + bad) / 2;
    if (floatFeasible(cells, m, n, mid)) good = mid;
    else bad = mid;
  }
  const margin = good / 2;
  if (!(margin > 1e-9)) return null;
  const solution = floatFeasible(cells, m, n, margin);
  if (!solution) return null;
  const active = columnActive.flatMap((a, j) => (a ? [j] : []));
  const shift = active.reduce((s, j) => s + solution.column[j], 0) / Math.max(1, active.length);
  const columns = columnActive.map((a, j) => {
    if (!a) return null;
    const centre = solution.column[j] - shift;
    return roundest(decimalOfNumber(2 ** (centre - margin / 2)), decimalOfNumber(2 ** (centre + margin / 2)));
  });
  // the check: with these columns, every row's interval is open (no quotient is forced onto a signpost)
  for (let i = 0; i < m; i++) {
    const rowBounds = bounds.filter((b) => b.row === i);
    if (rowBounds.length === 0) continue;
    const r = rowDivisor(bounds, i, columns);
    const strict = rowBounds.every((b) => {
      const rc = mul(r, columns[b.column] as Rational);
      return compare(b.low, rc) < 0 && (b.high === null || compare(rc, b.high) < 0);
    });
    if (!strict) return null;
  }
  return columns;
}

/**
 * Log-space Bellman–Ford: row values a and column values b with lo + margin ≤ a + b ≤ hi − margin
 * for every cell, or null when there are none (as differences: a − (−b) ≤ hi − margin, (−b) − a ≤ −lo − margin).
 */
function floatFeasible(
  cells: readonly { row: number; column: number; lo: number; hi: number }[],
  m: number,
  n: number,
  margin: number,
): { row: number[]; column: number[] } | null {
  const a = new Array<number>(m).fill(0);
  const v = new Array<number>(n).fill(0); // v = −b
  for (let round = 0; round <= m + n; round++) {
    let changed = false;
    for (const c of cells) {
      if (Number.isFinite(c.hi) && v[c.column] + c.hi - margin < a[c.row] - 1e-12) {
        a[c.row] = v[c.column] + c.hi - margin;
        changed = true;
      }
      if (a[c.row] - c.lo - margin < v[c.column] - 1e-12) {
        v[c.column] = a[c.row] - c.lo - margin;
        changed = true;
      }
    }
    if (!changed) return { row: a, column: v.map((x) => -x) };
  }
  return null;
}

/**
 * Step 2: exact column divisors by Bellman–Ford over fractions: row divisors r and u = 1/c with
 * r ≤ high·u and u ≤ r / low for every cell, all starting at 1; the first column scaled to 1.
 */
function exactColumns(bounds: readonly Bound[], m: number, n: number, columnActive: readonly boolean[]): (Rational | null)[] {
  const r: Rational[] = Array.from({ length: m }, () => rational(1));
  const u: Rational[] = Array.from({ length: n }, () => rational(1));
  for (let round = 0; ; round++) {
    if (round > m + n + 1) throw new RangeError("traceBiproportional: no divisors produce this matrix");
    let changed = false;
    for (const b of bounds) {
      if (b.high !== null) {
        const via = mul(b.high, u[b.column]);
        if (compare(via, r[b.row]) < 0) [r[b.row], changed] = [via, true];
      }
      const back = div(r[b.row], b.low);
      if (compare(back, u[b.column]) < 0) [u[b.column], changed] = [back, true];
    }
    if (!changed) break;
  }
  const first = columnActive.indexOf(true);
  return columnActive.map((a, j) => (a ? div(u[first], u[j]) : null));
}

/** log₂ of a positive rational, also beyond the double range. */
function log2(q: Rational): number {
  return bigLog2(q.num) - bigLog2(q.den);
}

function bigLog2(v: bigint): number {
  const bits = v.toString(2).length;
  if (bits <= 1000) return Math.log2(Number(v));
  return Math.log2(Number(v >> BigInt(bits - 64))) + (bits - 64);
}
