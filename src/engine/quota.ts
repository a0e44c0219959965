import { Cell, MAX_COUNT, PositionOf, asColumn, isBlank, readCount, readCounts } from "./cells";
import { MAX_EXACT, Rounding, Share, roundDiv, shareOf } from "./exact";
import { parseRounding, readShare } from "./options";

/** Default share of CAP30: at most 30% of lettings to statutory urgent groups. */
export const CAP_SHARE = 0.3;
/** Default share of MIN15: the minimum of the Wet versterking regie volkshuisvesting. */
export const MIN_SHARE = 0.15;

/**
 * A share of lettings in whole dwellings: `rounding(share × lettings)` per municipality.
 * CAP30 (at most 30% of the lettings to urgent groups) and MIN15 (the legal minimum of 15%)
 * are this rule with different default shares. Exact: the share is the decimal the user typed
 * (see {@link readShare}), so 30% of 85 = 25.5 rounds to 26, 29% of 50 = 14.5 rounds to 15
 * (not 14), and "down" of 0.2999995 × 10 = 2.999995 is 2, never 3.
 *
 * `share` is a {@link Share}, or a plain number of millionths (for callers that work in millionths).
 *
 * @example
 *   applyShare(85, readShare(0.3, 0), "round");  // 26
 *   applyShare(50, readShare(0.29, 0), "round"); // 15
 *   applyShare(100, readShare(0.07, 0), "up");   // 7
 *   applyShare(85, 300_000, "round");            // 26 (millionths)
 *   quota([1184, null, 160], 0.3);               // [355, null, 48]
 *   quota([1184], null, null, MIN_SHARE);        // [178] (MIN15: blank share → 15%)
 */
export function applyShare(lettings: number, share: Share | number, rounding: Rounding): number {
  const s = typeof share === "number" ? micros(share) : share;
  const num = s.numerator;
  const den = s.denominator;
  const product = lettings * num;
  if (product + den <= MAX_EXACT) {
    // also false for NaN: a share too fine for doubles goes the bigint way
    let floor = Math.floor(product / den);
    let rest = product - floor * den; // exact: every term below 2^53
    if (rest < 0) {
      floor -= 1; // the float quotient was rounded up across an integer
      rest += den;
    } else if (rest >= den) {
      floor += 1;
      rest -= den;
    }
    if (rest === 0 || rounding === "down") return floor + 0;
    if (rounding === "up") return floor + 1;
    return 2 * rest >= den ? floor + 1 : floor + 0;
  }
  return Number(roundDiv(BigInt(lettings) * s.digits, s.bigDenominator, rounding));
}

function micros(value: number): Share {
  return shareOf({ digits: BigInt(Math.round(value)), scale: 6 });
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
  const s = readShare(share, defaultShare);
  const mode = parseRounding(rounding);
  return read.map((l) => (l === null ? null : applyShare(l, s, mode)));
}

/**
 * {@link quota} on a column as Excel hands it over (`rows[i][0]`), read in place, written
 * straight into Excel's shape: a 1-element row per cell, "" for a blank.
 */
export function quotaInColumn(
  rows: readonly (readonly Cell[])[],
  share: Cell,
  rounding: Cell,
  defaultShare: number,
  positionOf: PositionOf = asColumn,
): (number | string)[][] {
  const n = rows.length;
  // validate every cell before the options, as quota() does, so the first problem reported is the same
  for (let i = 0; i < n; i++) {
    const cell = rows[i][0];
    if (!(typeof cell === "number" && cell >= 0 && cell <= MAX_COUNT && Number.isInteger(cell)) && !isBlank(cell))
      readCount(cell, { field: "lettings", position: positionOf(i) });
  }
  const s = readShare(share, defaultShare);
  const mode = parseRounding(rounding);
  const out = new Array<(number | string)[]>(n);
  for (let i = 0; i < n; i++) {
    const cell = rows[i][0];
    out[i] = [typeof cell === "number" ? applyShare(cell + 0, s, mode) : ""];
  }
  return out;
}
