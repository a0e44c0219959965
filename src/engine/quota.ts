import { Cell, PositionOf, asColumn, readCounts } from "./cells";
import { MAX_EXACT, Rounding, SCALE, roundDiv } from "./exact";
import { parseRounding, readShare } from "./options";

/** Default share of CAP30: at most 30% of lettings to statutory urgent groups. */
export const CAP_SHARE = 0.3;
/** Default share of MIN15: the minimum of the Wet versterking regie volkshuisvesting. */
export const MIN_SHARE = 0.15;

/**
 * A share of lettings in whole dwellings: `rounding(share × lettings)` per municipality.
 * CAP30 (at most 30% of the lettings to urgent groups) and MIN15 (the legal minimum of 15%)
 * are this rule with different default shares. Exact: the share is read in millionths, so
 * 30% of 85 = 25.5 rounds to 26 and 29% of 50 = 14.5 rounds to 15 (not 14).
 *
 * @example
 *   applyShare(85, 300_000, "round"); // 26
 *   applyShare(50, 290_000, "round"); // 15
 *   applyShare(100, 70_000, "up");    // 7
 *   quota([1184, null, 160], 0.3);    // [355, null, 48]
 *   quota([1184], null, null, MIN_SHARE); // [178] (MIN15: blank share → 15%)
 */
export function applyShare(lettings: number, shareMicros: number, rounding: Rounding): number {
  const product = lettings * shareMicros;
  if (product <= MAX_EXACT) {
    let floor = Math.floor(product / SCALE);
    let rest = product - floor * SCALE; // exact: every term below 2^53
    if (rest < 0) {
      floor -= 1; // the float quotient was rounded up across an integer
      rest += SCALE;
    }
    if (rest === 0 || rounding === "down") return floor;
    if (rounding === "up") return floor + 1;
    return 2 * rest >= SCALE ? floor + 1 : floor;
  }
  return Number(roundDiv(BigInt(lettings) * BigInt(shareMicros), BigInt(SCALE), rounding));
}

/** Validated rule behind CAP30/MIN15: blank lettings give blank, the rest `applyShare`; a blank share means `defaultShare`. */
export function quota(
  lettings: readonly Cell[],
  share: Cell = null,
  rounding: Cell = null,
  defaultShare: number = CAP_SHARE,
  positionOf: PositionOf = asColumn,
): (number | null)[] {
  const read = readCounts(lettings, { field: "lettings" }, positionOf);
  const micros = readShare(share, defaultShare);
  const mode = parseRounding(rounding);
  return read.map((l) => (l === null ? null : applyShare(l, micros, mode)));
}
