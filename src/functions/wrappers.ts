import {
  CAP_SHARE,
  MIN_SHARE,
  carryOver,
  fairShare,
  fairShareInColumn,
  growthPath,
  mutationRate,
  quota,
  quotaInColumn,
  readYears,
  redistribute,
  shortfall,
  shortfallInColumn,
} from "../engine";
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

export function FAIRSHARE(total: Arg, weights: Arg, method: Arg): Result {
  if (Array.isArray(weights) && weights.length > 1 && Array.isArray(weights[0]) && weights[0].length === 1) {
    // the common case, a column: read in place, no copy
    const values = fairShareInColumn(toScalar(total, "total"), weights, toScalar(method, "method"));
    const out = new Array<(number | string)[]>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = [values[i] ?? ""];
    return out;
  }
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
