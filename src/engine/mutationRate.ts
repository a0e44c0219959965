import { Cell, PositionOf, asColumn, pairedIndices, readCounts, requireSameLength } from "./cells";
import { inputError } from "./errors";

/**
 * The mutation rate (*mutatiegraad*): the share of the housing stock that is let anew in a
 * year, `Σlettings / Σstock`, as a fraction (not rounded; format it as a percentage). The seed
 * reports 5.71% for the region. Positions blank in either range take no part.
 *
 * @example
 *   mutationRate([571], [10000]);           // 0.0571
 *   mutationRate([100, 200], [2000, 4000]); // 0.05
 */
export function mutationRate(lettings: readonly Cell[], stock: readonly Cell[], positionOf: PositionOf = asColumn): number {
  requireSameLength(lettings, stock, "lettings", "stock");
  const l = readCounts(lettings, { field: "lettings" }, positionOf);
  const s = readCounts(stock, { field: "stock" }, positionOf);
  let sumL = 0;
  let sumS = 0;
  for (const i of pairedIndices(l, s)) {
    sumL += l[i] as number;
    sumS += s[i] as number;
  }
  if (sumS === 0) throw inputError("zeroStock", { field: "stock" });
  return sumL / sumS;
}
