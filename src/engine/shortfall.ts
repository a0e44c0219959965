import { Cell, PositionOf, asColumn, pairedIndices, readCounts, requireSameLength } from "./cells";
import { Mode, parseMode } from "./options";

/**
 * "Niet geplaatst": the need a scenario leaves unhoused.
 * - `region` (default, as the seed): `max(0, Σdemand − Σsupply)` — municipalities that place
 *   more than their share make up for others (solidarity).
 * - `local`: `Σ max(0, demandᵢ − supplyᵢ)` — no solidarity: every municipality on its own.
 * A position blank in either range takes no part.
 *
 * @example
 *   shortfallOf([422, 53], [355, 60], "region"); // 60
 *   shortfallOf([422, 53], [355, 60], "local");  // 67
 *   shortfall(seedA, seedC);                     // 214 (the slide shows 215: display rounding)
 */
export function shortfallOf(demand: readonly number[], supply: readonly number[], mode: Mode): number {
  let result = 0;
  if (mode === "region") {
    for (let i = 0; i < demand.length; i++) result += demand[i] - supply[i];
    return Math.max(0, result);
  }
  for (let i = 0; i < demand.length; i++) result += Math.max(0, demand[i] - supply[i]);
  return result;
}

/** Validated rule behind SHORTFALL. */
export function shortfall(
  demand: readonly Cell[],
  supply: readonly Cell[],
  mode: Cell = null,
  positionOf: PositionOf = asColumn,
): number {
  requireSameLength(demand, supply, "demand", "supply");
  const d = readCounts(demand, { field: "demand" }, positionOf);
  const s = readCounts(supply, { field: "supply" }, positionOf);
  const m = parseMode(mode);
  const used = pairedIndices(d, s);
  return shortfallOf(
    used.map((i) => d[i] as number),
    used.map((i) => s[i] as number),
    m,
  );
}
