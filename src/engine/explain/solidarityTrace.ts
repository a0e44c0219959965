/**
 * Solidarity (REDISTRIBUTE) step by step: each municipality's own need and own room, what it
 * places itself, what it passes to the region, and what it takes over from others' surplus
 * and why (in proportion to its spare room or weight, capped at its room; weight 0 last in
 * line). Mirrors ../redistribute.ts exactly; tests check both agree.
 *
 * @example
 *   const t = traceSolidarity([10, 2, 2], [4, 6, 8]);
 *   t.items[2].received; // 4 — share 6 × 6 / 10 = 3.6, rounded up by largest remainder
 */
import { hamilton } from "../hamilton";
import { Decimal, Rational, displayDecimal, engineWeights, rational } from "./rational";

export interface SolidarityTraceItem {
  index: number;
  need: number;
  room: number;
  /** min(need, room): placed within its own room. */
  own: number;
  /** max(0, need − room): passed on to the region. */
  surplus: number;
  /** max(0, room − need): room left for others. */
  spare: number;
  /** Taken over from others' surplus. */
  received: number;
  /** own + received. */
  placed: number;
  /**
   * Why it received what it did: "none" (no spare room or nothing to share), "full" (its
   * share reached its spare room: it took all it could), "share" (proportional share,
   * whole dwellings by largest remainder), "lastInLine" (weight 0: only what others could not).
   */
  reason: "none" | "full" | "share" | "lastInLine";
  /** For "share": the exact share `pool × weight / poolWeight`. */
  share: { pool: number; weight: Rational; poolWeight: Rational; value: Rational; decimal: Decimal } | null;
  /** Shared by spare room (default) or by given weights. */
  by: "spare" | "weight";
}

export interface SolidarityTrace {
  items: SolidarityTraceItem[];
  totalNeed: number;
  totalRoom: number;
  totalSurplus: number;
  totalSpare: number;
  /** Surplus placed elsewhere: min(totalSurplus, totalSpare). */
  moved: number;
  /** Left unplaced: totalSurplus − moved. */
  unplaced: number;
  results: number[];
}

type Holder = { item: SolidarityTraceItem; weight: bigint };

/** Each municipality on its own: what it places within its own room, passes on, or has spare. */
function ownItems(need: readonly number[], room: readonly number[], by: SolidarityTraceItem["by"]): SolidarityTraceItem[] {
  return need.map((d, i) => {
    const c = room[i];
    const own = Math.min(d, c);
    const surplus = Math.max(0, d - c);
    return {
      index: i,
      need: d,
      room: c,
      own,
      surplus,
      spare: Math.max(0, c - d),
      received: 0,
      placed: own,
      reason: "none",
      share: null,
      by,
    };
  });
}

/**
 * Shares `toPlace` over one group of holders (as ../redistribute.ts does): those whose share
 * reaches their spare room take it all (smallest spare per weight first); the rest share what
 * is left by largest remainder. Returns how many dwellings the group took.
 */
function placeGroup(group: readonly Holder[], toPlace: number, lastInLine: boolean, scale: bigint): number {
  const order = group
    .map((_, k) => k)
    .sort((a, b) => {
      const lhs = BigInt(group[a].item.spare) * group[b].weight;
      const rhs = BigInt(group[b].item.spare) * group[a].weight;
      return lhs < rhs ? -1 : lhs > rhs ? 1 : a - b;
    });
  let rest = BigInt(toPlace);
  let restWeight = group.reduce((s, g) => s + g.weight, 0n);
  let first = 0;
  for (; first < order.length; first++) {
    const g = group[order[first]];
    const r = BigInt(g.item.spare);
    if (r * restWeight > rest * g.weight) break;
    g.item.received = g.item.spare;
    g.item.reason = lastInLine ? "lastInLine" : "full";
    rest -= r;
    restWeight -= g.weight;
  }
  if (first < order.length && rest > 0n)
    shareRest(
      order.slice(first).sort((a, b) => a - b),
      group,
      { rest, restWeight, lastInLine, unit: lastInLine ? 1n : scale },
    );
  return group.reduce((s, g) => s + g.item.received, 0);
}

/** The proportional shares of what is left, in whole dwellings by the engine's largest remainder on these exact weights. */
function shareRest(
  remaining: readonly number[],
  group: readonly Holder[],
  pool: { rest: bigint; restWeight: bigint; lastInLine: boolean; unit: bigint },
): void {
  const { rest, restWeight, lastInLine, unit } = pool;
  const shares = largestRemainderBig(
    Number(rest),
    remaining.map((k) => group[k].weight),
  );
  remaining.forEach((k, j) => {
    const g = group[k];
    const value = rational(rest * g.weight, restWeight);
    g.item.received = shares[j];
    g.item.reason = lastInLine ? "lastInLine" : "share";
    g.item.share = {
      pool: Number(rest),
      weight: rational(g.weight, unit),
      poolWeight: rational(restWeight, unit),
      value,
      decimal: displayDecimal(value),
    };
  });
}

/** Inputs as for `redistributeCounts`: whole numbers ≥ 0, same length (blanks already left out). */
export function traceSolidarity(need: readonly number[], room: readonly number[], weights?: readonly number[]): SolidarityTrace {
  const items = ownItems(need, room, weights ? "weight" : "spare");
  const totalSurplus = items.reduce((s, it) => s + it.surplus, 0);
  const totalSpare = items.reduce((s, it) => s + it.spare, 0);
  let toPlace = Math.min(totalSurplus, totalSpare);
  const moved = toPlace;
  const holders = items.filter((it) => it.spare > 0);
  if (toPlace > 0) {
    // weights read as the engine reads them (whole, or millionths); weight 0 is last in line, by its spare room
    const read = engineWeights(weights ? holders.map((h) => weights[h.index]) : holders.map((h) => h.spare));
    const big = read.values;
    const weighted = holders.flatMap((h, k) => (big[k] > 0n ? [{ item: h, weight: big[k] }] : []));
    const last = holders.flatMap((h, k) => (big[k] === 0n ? [{ item: h, weight: BigInt(h.spare) }] : []));
    if (weighted.length > 0) toPlace -= placeGroup(weighted, toPlace, false, read.scale);
    if (toPlace > 0 && last.length > 0) toPlace -= placeGroup(last, toPlace, true, read.scale);
  }
  for (const it of items) it.placed = it.own + it.received;
  return {
    items,
    totalNeed: need.reduce((a, b) => a + b, 0),
    totalRoom: room.reduce((a, b) => a + b, 0),
    totalSurplus,
    totalSpare,
    moved,
    unplaced: totalSurplus - moved,
    results: items.map((it) => it.placed),
  };
}

/** Largest remainder on bigint weights (exact for any size), via the engine's Hamilton when safe. */
function largestRemainderBig(total: number, weights: readonly bigint[]): number[] {
  const safe = weights.every((w) => w <= BigInt(Number.MAX_SAFE_INTEGER));
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (safe && sum <= BigInt(Number.MAX_SAFE_INTEGER)) return hamilton(total, weights.map(Number));
  const t = BigInt(total);
  const whole = weights.map((w) => (t * w) / sum);
  const rem = weights.map((w) => (t * w) % sum);
  let left = Number(t - whole.reduce((a, b) => a + b, 0n));
  const order = weights
    .map((_, i) => i)
    .sort((a, b) =>
      rem[a] !== rem[b] ? (rem[a] > rem[b] ? -1 : 1) : weights[a] !== weights[b] ? (weights[a] > weights[b] ? -1 : 1) : a - b,
    );
  const out = whole.map(Number);
  for (const i of order) if (left-- > 0) out[i] += 1;
  return out;
}
