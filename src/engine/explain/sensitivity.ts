/**
 * Method sensitivity: how much the choice of method matters per municipality, and whether
 * Hamilton shows one of its paradoxes at the region's own numbers. Divisor methods (Webster,
 * D'Hondt) are house monotone and population monotone, so they can show neither paradox.
 *
 * @example
 *   alabamaParadox(43, [21878, 9713, 4167, 3252, 1065]).affected;
 *   // [{ index: 3, before: 4, after: 3 }] — one more dwelling in total, one fewer for the 4th
 */
import { dhondt, webster } from "../divisor";
import { hamilton } from "../hamilton";
import { Rational, div, engineWeights, rational } from "./rational";

export type MethodName = "hamilton" | "webster" | "dhondt";
export const METHODS: readonly MethodName[] = ["hamilton", "webster", "dhondt"];

export interface MethodRangeItem {
  index: number;
  low: number;
  high: number;
  byMethod: Record<MethodName, number>;
  /** Methods giving the low and the high value. */
  lowMethods: MethodName[];
  highMethods: MethodName[];
}

/** Per municipality the lowest and highest result over Hamilton, Webster and D'Hondt (engine results). */
export function methodRange(total: number, weights: readonly number[]): MethodRangeItem[] {
  const results: Record<MethodName, number[]> = {
    hamilton: hamilton(total, weights),
    webster: webster(total, weights),
    dhondt: dhondt(total, weights),
  };
  return weights.map((_, i) => {
    const byMethod = { hamilton: results.hamilton[i], webster: results.webster[i], dhondt: results.dhondt[i] };
    const values = METHODS.map((m) => byMethod[m]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    return {
      index: i,
      low,
      high,
      byMethod,
      lowMethods: METHODS.filter((m) => byMethod[m] === low),
      highMethods: METHODS.filter((m) => byMethod[m] === high),
    };
  });
}

/** The method suggested when Hamilton shows a paradox: Webster (unbiased, and immune to both). */
export const PARADOX_FREE: { suggested: MethodName; immune: MethodName[] } = { suggested: "webster", immune: ["webster", "dhondt"] };

export interface AlabamaParadox {
  kind: "alabama";
  method: "hamilton";
  total: number;
  nextTotal: number;
  /** Municipalities with one (or more) fewer at nextTotal. Empty: no paradox here. */
  affected: { index: number; before: number; after: number }[];
  /** Those that gained at nextTotal (where the dwellings went). */
  gainers: { index: number; before: number; after: number }[];
  suggested: MethodName;
  immune: MethodName[];
}

/** Hamilton's Alabama paradox between `total` and `total + 1`. */
export function alabamaParadox(total: number, weights: readonly number[]): AlabamaParadox {
  const before = hamilton(total, weights);
  const after = hamilton(total + 1, weights);
  const change = (pick: (d: number) => boolean) =>
    before.flatMap((b, i) => (pick(after[i] - b) ? [{ index: i, before: b, after: after[i] }] : []));
  return {
    kind: "alabama",
    method: "hamilton",
    total,
    nextTotal: total + 1,
    affected: change((d) => d < 0),
    gainers: change((d) => d > 0),
    ...PARADOX_FREE,
  };
}

export interface PopulationParadoxPair {
  /** Grew relatively faster, yet lost. */
  loser: number;
  /** Grew relatively slower (or shrank faster), yet gained. */
  gainer: number;
  /** weight year 2 / weight year 1 (null when year 1 was 0). */
  loserGrowth: Rational | null;
  gainerGrowth: Rational;
  loserSeats: [number, number];
  gainerSeats: [number, number];
}

export interface PopulationParadox {
  kind: "population";
  method: "hamilton";
  total: number;
  /** Empty: no paradox between the two years. */
  pairs: PopulationParadoxPair[];
  /** Every municipality that lost a dwelling to a slower grower. */
  affected: number[];
  suggested: MethodName;
  immune: MethodName[];
}

/**
 * Hamilton's population paradox at a fixed total: a municipality whose weight grew
 * relatively faster than another's (w₂/w₁ larger) loses a dwelling while the slower one
 * gains one. Growth is compared exactly (cross-multiplied), as the engine reads the weights;
 * a weight of 0 in year 1 growing to more counts as the fastest growth.
 */
export function populationParadox(total: number, weightsYear1: readonly number[], weightsYear2: readonly number[]): PopulationParadox {
  if (weightsYear1.length !== weightsYear2.length) throw new RangeError("populationParadox: both years need the same municipalities");
  const s1 = hamilton(total, weightsYear1);
  const s2 = hamilton(total, weightsYear2);
  const w1 = engineWeights(weightsYear1).exact;
  const w2 = engineWeights(weightsYear2).exact;
  // growth(a) > growth(b)  ⇔  w2a·w1b > w2b·w1a (w1 ≥ 0); both year-1 weights 0: not comparable
  const faster = (a: number, b: number): boolean => {
    if (w1[a].num === 0n && w1[b].num === 0n) return false;
    const lhs = w2[a].num * w1[b].num * w2[b].den * w1[a].den;
    const rhs = w2[b].num * w1[a].num * w2[a].den * w1[b].den;
    return lhs > rhs;
  };
  const pairs: PopulationParadoxPair[] = [];
  for (let a = 0; a < s1.length; a++) {
    if (s2[a] >= s1[a]) continue;
    for (let b = 0; b < s1.length; b++) {
      if (b === a || s2[b] <= s1[b] || !faster(a, b) || w1[b].num === 0n) continue;
      pairs.push({
        loser: a,
        gainer: b,
        loserGrowth: w1[a].num === 0n ? null : div(w2[a], w1[a]),
        gainerGrowth: div(w2[b], w1[b]),
        loserSeats: [s1[a], s2[a]],
        gainerSeats: [s1[b], s2[b]],
      });
    }
  }
  return {
    kind: "population",
    method: "hamilton",
    total,
    pairs,
    affected: [...new Set(pairs.map((p) => p.loser))],
    ...PARADOX_FREE,
  };
}

/** Relative growth w₂/w₁ − 1 as a rational (for texts), null when w₁ = 0. */
export function growthRate(growth: Rational | null): Rational | null {
  if (growth === null) return null;
  return rational(growth.num - growth.den, growth.den);
}
