import { Cell, isBlank, readCount } from "./cells";
import { Position, inputError } from "./errors";
import { decimalOf, pow10 } from "./exact";

/** Longest growth path accepted, in years. */
export const MAX_YEARS = 100;
/** The plausible range of a year (growth path, monitor, the pane's reference year). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * A straight growth path from `start` in `startYear` to `target` in `endYear`, one whole value
 * per year: `start + (target − start)·(y − startYear)/(endYear − startYear)`, rounded half up.
 * The first value is `start` and the last `target` (rounded, if not whole); a path of one year
 * is just `target`. Exact: start and target are read as typed (see `decimalOf`), with bigints.
 *
 * @example
 *   growthPathValues(795, 1170, 2024, 2035);
 *   // [795, 829, 863, 897, 931, 965, 1000, 1034, 1068, 1102, 1136, 1170]
 *   growthPathValues(10, 0, 2026, 2028); // [10, 5, 0]
 */
export function growthPathValues(start: number, target: number, startYear: number, endYear: number): number[] {
  const span = endYear - startYear;
  // start and target exactly as typed, on one common power of ten
  const a = decimalOf(start);
  const b = decimalOf(target);
  const scale = Math.max(a.scale, b.scale);
  const unit = pow10(scale);
  const from = a.digits * pow10(scale - a.scale);
  const to = b.digits * pow10(scale - b.scale);
  if (span === 0) return [roundHalfUp(to, unit)];
  const d = BigInt(span);
  const out: number[] = [];
  for (let k = 0; k <= span; k++) {
    // value·10^scale·span = from·span + (to − from)·k, always ≥ 0 for non-negative start and target
    out.push(roundHalfUp(from * d + (to - from) * BigInt(k), unit * d));
  }
  return out;
}

/** numerator / denominator rounded half up, for non-negative values. */
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** Validated years of a growth path: whole, in a plausible range, ordered, at most {@link MAX_YEARS}. */
export function readYears(startYear: Cell, endYear: Cell): { startYear: number; endYear: number } {
  const from = readYear(startYear, "startYear");
  const to = readYear(endYear, "endYear");
  if (to < from) throw inputError("yearOrder", { field: "endYear", years: { start: from, end: to } });
  if (to - from > MAX_YEARS) throw inputError("tooManyYears", { field: "endYear", limit: MAX_YEARS });
  return { startYear: from, endYear: to };
}

function readYear(cell: Cell, field: "startYear" | "endYear"): number {
  const year = readCount(cell, { field, max: Number.MAX_VALUE });
  if (year < MIN_YEAR || year > MAX_YEAR) throw inputError("yearOutOfRange", { field, value: year });
  return year;
}

/**
 * Validated rule behind GROWTHPATH for one item: start and target are whole numbers ≥ 0
 * (households), each checked even when the other is blank; a blank start or target then gives
 * a row of blanks.
 *
 * @example
 *   growthPath(3.5, 10, 2024, 2025); // throws notWhole: "beginwaarde moet een geheel aantal zijn (3,5)"
 *   growthPath(null, 2.5, 2024, 2025); // throws notWhole for the target, though the start is blank
 *   growthPath(null, 10, 2024, 2025); // [null, null]
 */
export function growthPath(start: Cell, target: Cell, startYear: Cell, endYear: Cell, position?: Position): (number | null)[] {
  const years = readYears(startYear, endYear);
  const s = isBlank(start) ? null : readCount(start, { field: "start", position });
  const t = isBlank(target) ? null : readCount(target, { field: "target", position });
  if (s === null || t === null) return new Array(years.endYear - years.startYear + 1).fill(null);
  return growthPathValues(s, t, years.startYear, years.endYear);
}
