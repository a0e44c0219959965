import type { GroupKey, TargetGroup } from "../data/region";
import { combinedWeights, commonScale, readDecimal } from "../engine/blend";
import { MAX_WEIGHT } from "../engine/cells";
import type { DivisorMethod } from "../engine/divisor";
import { InputError, inputError } from "../engine/errors";
import { fairShare } from "../engine/fairShare";
import { groupShare } from "../engine/groupShare";
import type { ScenarioInput } from "./columnTypes";
import type { BlendedKey, KeyColumn } from "./settings";

/**
 * THE per-group model (issue 19): which municipality houses how many households of which target
 * group, with every municipality total and every group need exact (THUIS.GROUPSHARE,
 * biproportional apportionment). The pane's *Per groep* section, the scenario sheet's group block
 * and the Verantwoording all derive from {@link groupModel}; test/scenario/*Differential* proves
 * the sheet's formulas give the same numbers.
 *
 * **The weights** (decided here, once). A group's weight for a municipality is its key share,
 * and GROUPSHARE's result does not change when a whole group column is multiplied by one number
 * (its column divisor absorbs it). So "need × key share" (needⱼ · keyᵢ / Σkey) and the key figure
 * itself give the same matrix, and the model uses the plain figures — whole numbers, exact on
 * the sheet and in the pane alike:
 * - a one-column key (`population`, `origin`, `lettingsSocial`, `stock`): the municipality's
 *   figure in that column of the `Gemeenten` table; blank stays blank (GROUPSHARE reads it as 0:
 *   the municipality takes none of that group);
 * - `blend`: the scenario's blended key (step 3; population alone when none is set) as FAIRSHARE
 *   blends it — Σₖ fₖ·Kᵢₖ/Sₖ over the municipalities with every key figure known, brought to
 *   whole numbers in the same proportion ({@link combinedWeights}: over lcm(Sₖ)·10^scale, divided
 *   by their gcd). A municipality with a blank key figure gets a blank.
 *
 * Groups whose need is blank (unknown) take no part: they are listed in `unknown`, never read as 0.
 *
 * **Each group on its own** (`separate`): every group's need shared by its own key with the same
 * divisor method (FAIRSHARE per group column) — what rounding per group gives; its row sums
 * drift from the municipality totals, which `drift` shows (separate row sum − total).
 *
 * @example
 *   // population 60, 30, 10 and origin 5, 1, 0; totals (column A) 6, 3, 1
 *   const m = groupModel(input, [6, 3, 1], [
 *     { name: "Mantelzorg", need: 5, key: "population" },
 *     { name: "Uitstroom opvang", need: 5, key: "origin" },
 *     { name: "Jeugdhulp", need: null, key: "stock" },   // unknown: in m.unknown, not in the block
 *   ]);
 *   m.weights;        // [[60, 5], [30, 1], [10, 0]]
 *   m.result!.seats;  // [[2, 4], [2, 1], [1, 0]] — rows 6, 3, 1; columns 5 and 5
 *   m.separate;       // [[3, 4], [2, 1], [0, 0]] — each group on its own: 7, 3 and 0
 *   m.drift;          // [1, 0, -1]
 */
export interface GroupModel {
  names: readonly string[];
  /**
   * The municipality totals the block honours (column A or a corrected column); a blank (the
   * municipality takes no part in that column, e.g. its population is unknown) is 0: it takes
   * none of the groups either, as the sheet's IF(A="",0,A) column says.
   */
  totals: number[];
  /** The groups with a known need, in table order: the columns of the block. */
  groups: TargetGroup[];
  /** The groups whose need is blank (unknown): not in the block. */
  unknown: TargetGroup[];
  /** Municipalities × groups; null where the key figure is blank. */
  weights: (number | null)[][];
  method: DivisorMethod;
  /** The biproportional matrix, or null when there is no group with a need or an input is refused. */
  result: GroupResult | null;
  /** Why there is no result (the engine's message, Dutch and English); null when there is one or no group has a need. */
  error: InputError | null;
  /** Each group rounded on its own (FAIRSHARE per group); a column is null where that group cannot be shared. */
  separate: (number | null)[][];
  /** Per municipality: Σ separate − total (how far rounding per group drifts). */
  drift: number[];
}

export interface GroupResult {
  /** Municipalities × groups, whole households. */
  seats: number[][];
  /** Per municipality: the row sum (equals its total). */
  rowSums: number[];
  /** Per group: the column sum (equals its need). */
  columnSums: number[];
  /** Cells where another matrix meeting every condition would differ: the stated tie rule decided (0-based). */
  ties: { row: number; column: number }[];
}

/** The table column behind a one-column group key. */
const KEY_COLUMN: Record<Exclude<GroupKey, "blend">, KeyColumn | "origin"> = {
  population: "population",
  origin: "origin",
  lettingsSocial: "lettingsSocial",
  stock: "stock",
};

/** Builds the per-group model; never throws for bad input (the error is in `error`). */
export function groupModel(
  input: ScenarioInput,
  given: readonly (number | null)[],
  groups: readonly TargetGroup[],
  options: { key: BlendedKey | null; method?: DivisorMethod } = { key: null },
): GroupModel {
  const method = options.method ?? "webster";
  const totals = given.map((t) => t ?? 0);
  const known = groups.filter((g) => g.need !== null);
  const unknown = groups.filter((g) => g.need === null);
  const m = input.names.length;
  let error: InputError | null = null;
  let weights: (number | null)[][] = Array.from({ length: m }, () => []);
  try {
    const columns = known.map((g) => groupWeights(input, g.key, options.key));
    weights = Array.from({ length: m }, (_, i) => columns.map((c) => c[i]));
  } catch (e) {
    error = asInputError(e);
  }
  const result = error === null && known.length > 0 ? tryGroupShare(weights, totals, known, method) : null;
  if (result instanceof InputError) error = result;
  const separate = separateRounding(m, weights, known, method);
  const drift = totals.map((t, i) => separate[i].reduce<number>((s, x) => s + (x ?? 0), 0) - t);
  return {
    names: input.names,
    totals,
    groups: known,
    unknown,
    weights,
    method,
    result: result instanceof InputError ? null : result,
    error,
    separate,
    drift,
  };
}

/**
 * One group's weight per municipality (see {@link GroupModel}): the key figure, or the blended
 * key's exact whole weights. Throws the engine's InputError when a blended key cannot be formed.
 */
export function groupWeights(input: ScenarioInput, key: GroupKey, blend: BlendedKey | null): (number | null)[] {
  // without a blended key, column A is keyed on population alone, and so is this group
  if (key !== "blend" || blend === null) return [...input[KEY_COLUMN[key === "blend" ? "population" : key]]];
  const { columns, factors } = blend;
  const taking = input.names.map((_, i) => i).filter((i) => columns.every((c) => input[c][i] !== null));
  const out = new Array<number | null>(input.names.length).fill(null);
  if (taking.length === 0) return out;
  const exact = columns.map((c) => commonScale(taking.map((i) => readDecimal(input[c][i] as number))).numerators);
  // a key column that is all 0 has no shares: FAIRSHARE refuses it the same way
  const zero = exact.findIndex((column) => column.every((x) => x === 0n));
  if (zero >= 0) throw inputError("keyColumnZero", { field: "weights", position: columns.length > 1 ? { column: zero + 1 } : undefined });
  const whole = combinedWeights(exact, commonScale(factors.map(readDecimal)).numerators);
  taking.forEach((i, r) => {
    const w = whole.kind === "bigint" ? whole.values[r] : BigInt(whole.values[r]);
    if (w > BigInt(MAX_WEIGHT)) throw inputError("tooLarge", { field: "weights", value: Number(w), limit: MAX_WEIGHT });
    out[i] = Number(w);
  });
  return out;
}

function tryGroupShare(
  weights: (number | null)[][],
  totals: readonly number[],
  groups: readonly TargetGroup[],
  method: DivisorMethod,
): GroupResult | InputError {
  try {
    const r = groupShare(
      weights,
      totals,
      groups.map((g) => g.need),
      method,
    );
    return {
      seats: r.seats,
      rowSums: r.seats.map((row) => row.reduce((a, b) => a + b, 0)),
      columnSums: groups.map((_, j) => r.seats.reduce((s, row) => s + row[j], 0)),
      ties: r.ties,
    };
  } catch (e) {
    return asInputError(e);
  }
}

/**
 * FAIRSHARE per group column with the same divisor method; a group that cannot be shared gives a
 * blank column. For a blended group this is FAIRSHARE with factors: its whole weights are in the
 * blend's exact proportion, and an apportionment depends on the proportion only.
 */
function separateRounding(
  m: number,
  weights: (number | null)[][],
  groups: readonly TargetGroup[],
  method: DivisorMethod,
): (number | null)[][] {
  const columns = groups.map((g, j) => {
    if (weights.some((row) => row.length !== groups.length)) return new Array<number | null>(m).fill(null);
    try {
      return fairShare(
        g.need,
        weights.map((row) => row[j]),
        method,
      );
    } catch (e) {
      asInputError(e);
      return new Array<number | null>(m).fill(null);
    }
  });
  return Array.from({ length: m }, (_, i) => columns.map((c) => c[i]));
}

function asInputError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  throw e;
}
