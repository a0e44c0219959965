import { Cell, MAX_COUNT, PositionOf, asColumn, isBlank, readCount, requireSameLength } from "./cells";
import { Field } from "./errors";
import { Mode, parseMode } from "./options";

/**
 * "Niet geplaatst": the need a scenario leaves unhoused.
 * - `region` (default, as the seed): `max(0, Σdemand − Σsupply)` — municipalities that place
 *   more than their share make up for others (solidarity).
 * - `local`: `Σ max(0, demandᵢ − supplyᵢ)` — no solidarity: every municipality on its own.
 * An aggregate, like `SUM`: a blank cell counts as nothing needed (demand) or nothing placed
 * (supply), so a municipality whose cheap lettings are unknown still has its need counted.
 *
 * @example
 *   shortfallOf([422, 53], [355, 60], "region");       // 60
 *   shortfallOf([422, 53], [355, 60], "local");        // 67
 *   shortfall([10, 5, 4], [12, null, 1]);              // 6  (19 − 13)
 *   shortfall([10, 5, 4], [12, null, 1], "local");     // 8  (0 + 5 + 3)
 *   shortfall(seedA, seedC);                           // 214 (the slide shows 215: display rounding)
 */
export function shortfallOf(demand: readonly number[], supply: readonly number[], mode: Mode): number {
  let result = 0;
  if (mode === "region") {
    for (let i = 0; i < demand.length; i++) result += demand[i] - supply[i];
    return result > 0 ? result : 0;
  }
  for (let i = 0; i < demand.length; i++) {
    const d = demand[i] - supply[i];
    if (d > 0) result += d;
  }
  return result;
}

/** Validated rule behind SHORTFALL, on vectors of cells. */
export function shortfall(demand: readonly Cell[], supply: readonly Cell[], mode: Cell = null, positionOf: PositionOf = asColumn): number {
  requireSameLength(demand, supply, "demand", "supply");
  const m = parseMode(mode);
  let sumD = 0;
  let sumS = 0;
  let local = 0;
  for (let i = 0; i < demand.length; i++) {
    const d = amount(demand[i], "demand", positionOf, i);
    const s = amount(supply[i], "supply", positionOf, i);
    sumD += d;
    sumS += s;
    if (d > s) local += d - s;
  }
  return total(m, sumD, sumS, local);
}

/**
 * The same rule on two columns as Excel hands them over (`rows[i][0]`, one cell per row),
 * read in place in one pass: SHORTFALL over column ranges copies nothing. Returns null when a
 * row is not a single cell, so the caller can take the general path.
 */
export function shortfallInColumn(
  demand: readonly (readonly Cell[])[],
  supply: readonly (readonly Cell[])[],
  mode: Cell,
  positionOf: PositionOf = asColumn,
): number | null {
  requireSameLength(demand, supply, "demand", "supply");
  const m = parseMode(mode);
  let sumD = 0;
  let sumS = 0;
  let local = 0;
  for (let i = 0; i < demand.length; i++) {
    const rd = demand[i];
    const rs = supply[i];
    if (!Array.isArray(rd) || !Array.isArray(rs) || rd.length !== 1 || rs.length !== 1) return null;
    const d = amount(rd[0], "demand", positionOf, i);
    const s = amount(rs[0], "supply", positionOf, i);
    sumD += d;
    sumS += s;
    if (d > s) local += d - s;
  }
  return total(m, sumD, sumS, local);
}

function total(mode: Mode, sumD: number, sumS: number, local: number): number {
  if (mode === "local") return local + 0;
  return sumD > sumS ? sumD - sumS : 0;
}

/** A whole count ≥ 0; blank is 0 (an aggregate); anything else gets its message. */
function amount(cell: Cell, field: Field, positionOf: PositionOf, i: number): number {
  if (typeof cell === "number" && cell >= 0 && cell <= MAX_COUNT && Number.isInteger(cell)) return cell;
  if (isBlank(cell)) return 0;
  return readCount(cell, { field, position: positionOf(i) });
}
