// each engine file directly, not the engine's index: a new function's wrapper needs no other file to list it
import { adjust } from "../engine/adjust";
import { isBlank } from "../engine/cells";
import { fairShareBlend } from "../engine/blend";
import { CAP_SHARE, MIN_SHARE, quota, quotaInColumn } from "../engine/quota";
import { carryOver } from "../engine/carryOver";
import { fairShare, fairShareInColumn } from "../engine/fairShare";
import { growthPath, readYears } from "../engine/growthPath";
import { groupShare } from "../engine/groupShare";
import { mutationRate } from "../engine/mutationRate";
import { redistribute } from "../engine/redistribute";
import { shortfall, shortfallInColumn } from "../engine/shortfall";
import { ExcelRange, ExcelValue, fromVector, isColumnRange, requireSameShape, shapeOf, toMatrix, toScalar, toVector } from "./excelArgs";

/**
 * The THUIS functions as plain TypeScript over Excel-shaped arguments: what
 * `functions.ts` registers with Excel, and what the formula-engine tests register with
 * HyperFormula. No Office dependency: bad input throws the engine's `InputError`, which the
 * registration layer turns into `CustomFunctions.Error`.
 *
 * @example
 *   FAIRSHARE(10, [[5], [3], [2]], null); // [[5], [3], [2]]
 *   CAP30([[85, 50]], null, null);        // [[26, 15]]
 *   SHORTFALL([[422], [53]], [[355], [60]], null); // 60
 */
type Arg = ExcelRange | ExcelValue;
type Result = (number | string)[][];

export function FAIRSHARE(total: Arg, weights: Arg, method: Arg, factors?: Arg): Result {
  // factors left blank (omitted, or a range of empty cells) mean "no blended key"
  const given = factors !== null && factors !== undefined && !toMatrix(factors).every((row) => row.every(isBlank));
  if (!given && Array.isArray(weights) && weights.length > 1 && Array.isArray(weights[0]) && weights[0].length === 1) {
    // the common case, a column: read in place, no copy
    const values = fairShareInColumn(toScalar(total, "total"), weights, toScalar(method, "method"));
    const out = new Array<(number | string)[]>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = [values[i] ?? ""];
    return out;
  }
  const block = toMatrix(weights);
  if (given || (block.length > 1 && block[0].length > 1)) return blendedFairShare(total, block, method, given ? factors : null);
  const w = toVector(weights, "weights");
  const values = fairShare(toScalar(total, "total"), w.cells, toScalar(method, "method"), w.positionOf);
  return fromVector(values, w);
}

function shareOfLettings(lettings: Arg, share: Arg, rounding: Arg, defaultShare: number): Result {
  // the common case, a column: read in place, no copy
  if (isColumnRange(lettings)) return quotaInColumn(lettings, toScalar(share, "share"), toScalar(rounding, "rounding"), defaultShare);
  const l = toVector(lettings, "lettings");
  const values = quota(l.cells, toScalar(share, "share"), toScalar(rounding, "rounding"), defaultShare, l.positionOf);
  return fromVector(values, l);
}

export function CAP30(lettings: Arg, share: Arg, rounding: Arg): Result {
  return shareOfLettings(lettings, share, rounding, CAP_SHARE);
}

export function MIN15(lettings: Arg, share: Arg, rounding: Arg): Result {
  return shareOfLettings(lettings, share, rounding, MIN_SHARE);
}

export function SHORTFALL(demand: Arg, supply: Arg, mode: Arg): number {
  // the common case, two columns of equal length: read in place, no copy
  if (Array.isArray(demand) && Array.isArray(supply) && demand.length > 1 && demand.length === supply.length) {
    const placed = shortfallInColumn(demand as ExcelValue[][], supply as ExcelValue[][], toScalar(mode, "mode"));
    if (placed !== null) return placed;
  }
  const d = toVector(demand, "demand");
  const s = toVector(supply, "supply");
  requireSameShape(d, s, "demand", "supply");
  return shortfall(d.cells, s.cells, toScalar(mode, "mode"), d.positionOf);
}

export function REDISTRIBUTE(demand: Arg, capacity: Arg, weights: Arg): Result {
  const d = toVector(demand, "demand");
  const c = toVector(capacity, "capacity");
  requireSameShape(d, c, "demand", "capacity");
  let w: ReturnType<typeof toVector> | null = null;
  if (weights !== null && weights !== undefined) {
    w = toVector(weights, "weights");
    requireSameShape(d, w, "demand", "weights");
  }
  return fromVector(redistribute(d.cells, c.cells, w ? w.cells : null, d.positionOf), d);
}

export function GROWTHPATH(start: Arg, target: Arg, startYear: Arg, endYear: Arg): Result {
  const s = toVector(start, "start");
  const t = toVector(target, "target");
  requireSameShape(s, t, "start", "target");
  const from = toScalar(startYear, "startYear");
  const to = toScalar(endYear, "endYear");
  readYears(from, to); // report year problems before any item's
  return s.cells.map((cell, i) => {
    // "rij n" for a column, "kolom n" for a row, nothing for a single value
    return growthPath(cell, t.cells[i], from, to, s.positionOf(i)).map((v) => (v === null ? "" : v));
  });
}

export function CARRYOVER(targets: Arg, realised: Arg, allowCredit: Arg): Result {
  const t = toMatrix(targets);
  const r = toMatrix(realised);
  requireSameShape(shapeOf(t), shapeOf(r), "targets", "realised");
  return carryOver(t, r, toScalar(allowCredit, "allowCredit")).map((row) => row.map((v) => (v === null ? "" : v)));
}

export function MUTATIONRATE(lettings: Arg, stock: Arg): number {
  const l = toMatrix(lettings);
  const s = toMatrix(stock);
  requireSameShape(shapeOf(l), shapeOf(s), "lettings", "stock");
  const columns = l[0].length;
  return mutationRate(l.flat(), s.flat(), (i) => ({ row: Math.floor(i / columns) + 1, column: (i % columns) + 1 }));
}

/**
 * FAIRSHARE with a block of key columns and their factors: one result per row, as a column.
 * A single row with one factor is one key laid out as a row (the result is then a row).
 *
 * @example
 *   FAIRSHARE(100, [[600, 100], [300, 300], [100, 100]], null, [[0.5, 0.5]]); // [[40], [45], [15]]
 */
function blendedFairShare(total: Arg, block: ExcelRange, method: Arg, factors: Arg): Result {
  const f = factors === null ? null : toVector(factors, "factors");
  const rows = block.length;
  const columns = block[0].length;
  if (f && rows === 1 && columns > 1 && f.cells.length === 1) {
    const values = fairShareBlend(
      toScalar(total, "total"),
      [block[0]],
      f.cells,
      toScalar(method, "method"),
      (i) => ({ column: i + 1 }),
      f.positionOf,
    );
    return [values.map((v) => (v === null ? "" : v))];
  }
  const keys = Array.from({ length: columns }, (_, j) => block.map((row) => row[j]));
  const positionOf = columns === 1 ? (i: number) => ({ row: i + 1 }) : (i: number, j: number) => ({ row: i + 1, column: j + 1 });
  const values = fairShareBlend(
    toScalar(total, "total"),
    keys,
    f ? f.cells : null,
    toScalar(method, "method"),
    positionOf,
    f ? f.positionOf : undefined,
  );
  return values.map((v) => [v === null ? "" : v]);
}

/**
 * Local corrections that keep the total: allocation + correction where a correction is given,
 * the net shared over the other rows (see the engine's `adjust`). Shape of `allocation`.
 *
 * @example
 *   ADJUST([[40], [30], [20], [10]], [[-20], [null], [null], [0]], null); // [[20], [42], [28], [10]]
 */
export function ADJUST(allocation: Arg, corrections: Arg, weights?: Arg): Result {
  const a = toVector(allocation, "allocation");
  const c = toVector(corrections, "corrections");
  requireSameShape(a, c, "allocation", "corrections");
  let w: ReturnType<typeof toVector> | null = null;
  if (weights !== null && weights !== undefined) {
    w = toVector(weights, "weights");
    requireSameShape(a, w, "allocation", "weights");
  }
  return fromVector(adjust(a.cells, c.cells, w ? w.cells : null, a.positionOf), a);
}

/**
 * Per target group: the municipality totals shared over the groups with every row and every
 * column exact (biproportional apportionment, see the engine's `groupShare`). `weights` is the
 * block (rows = municipalities, columns = groups; blank = 0), `totals` a column or row with one
 * whole number per municipality, `needs` a row or column with one per group. Shape of `weights`.
 *
 * @example
 *   GROUPSHARE([[5, 1], [1, 3]], [[7], [3]], [[6, 4]], null); // [[5, 2], [1, 2]]
 */
export function GROUPSHARE(weights: Arg, totals: Arg, needs: Arg, method?: Arg): Result {
  const block = toMatrix(weights);
  const t = toVector(totals, "total");
  const d = toVector(needs, "needs");
  const rowOf = (i: number) => ({ row: i + 1 });
  const columnOf = (j: number) => ({ column: j + 1 });
  return groupShare(block, t.cells, d.cells, toScalar(method, "method"), rowOf, columnOf).seats;
}
