import { fairShare } from "./fairShare";
import { Rounding, Share, decimalOf, shareOf } from "./exact";
import { Method } from "./options";
import { applyShare } from "./quota";
import { redistribute } from "./redistribute";
import { shortfallOf } from "./shortfall";

/**
 * The scenarios of the seed's table for one region and year, computed in whole dwellings —
 * the same numbers the THUIS formulas on the scenario sheet produce, for the pane's live
 * preview. Column letters follow the seed:
 *   A fair share by population · B realised · C ≤ cap share of social lettings ·
 *   D ≤ cap share of the cheapest lettings · E ≥ minimum share (Wet regie) · F by origin ·
 *   S solidarity: A placed within the C caps, surplus moved to who has room (REDISTRIBUTE).
 * "Niet geplaatst" of a column is `max(0, need − Σcolumn)` (SHORTFALL in region mode).
 *
 * @example
 *   const r = computeScenarios(stedendriehoekInput, DEFAULT_SETTINGS);
 *   r.columns.C.total;     // 956
 *   r.columns.C.notPlaced; // 214
 */
export interface ScenarioInput {
  /** Weight for the fair share, per municipality (population); null = unknown. */
  population: readonly (number | null)[];
  lettingsSocial: readonly (number | null)[];
  lettingsCheap: readonly (number | null)[];
  realised: readonly (number | null)[];
  origin: readonly (number | null)[];
}

/** How the regional need is set: a number of households, or a share of the social lettings. */
export type NeedSetting = { kind: "number"; value: number } | { kind: "share"; share: number };

export interface ScenarioSettings {
  need: NeedSetting;
  /** Cap share for C and D (0.3). */
  capShare: number;
  /** Minimum share for E (0.15). */
  minShare: number;
  rounding: Rounding;
  method: Method;
  /** Include the solidarity column S. */
  solidarity: boolean;
  /** Growth path from realised (B) in `startYear` to the fair share (A) in `endYear`; null = none. */
  growth: { startYear: number; endYear: number } | null;
}

export const DEFAULT_SETTINGS: ScenarioSettings = {
  need: { kind: "number", value: 1170 },
  capShare: 0.3,
  minShare: 0.15,
  rounding: "round",
  method: "hamilton",
  solidarity: true,
  growth: { startYear: 2024, endYear: 2035 },
};

export type ScenarioKey = "A" | "B" | "C" | "D" | "E" | "F" | "S";

export interface ScenarioColumn {
  /** Per municipality; null where the input was blank. */
  values: (number | null)[];
  total: number;
  notPlaced: number;
}

export interface ScenarioResult {
  need: number;
  /** need / Σ social lettings (the seed's "37%"); null when there are no lettings. */
  needShareOfLettings: number | null;
  columns: Partial<Record<ScenarioKey, ScenarioColumn>>;
}

/** The regional need in households: a number as given, or round(share × Σ social lettings). */
export function resolveNeed(need: NeedSetting, lettingsSocial: readonly (number | null)[]): number {
  if (need.kind === "number") return need.value;
  const lettings = lettingsSocial.reduce<number>((s, x) => s + (x ?? 0), 0);
  return applyShare(lettings, shareOf(decimalOf(need.share)), "round"); // exactly as typed, as THUIS.CAP30 reads it
}

export function computeScenarios(input: ScenarioInput, settings: ScenarioSettings): ScenarioResult {
  const need = resolveNeed(settings.need, input.lettingsSocial);
  const lettings = input.lettingsSocial.reduce<number>((s, x) => s + (x ?? 0), 0);
  // shares exactly as typed, as THUIS.CAP30 / MIN15 read them, so the preview and the sheet agree
  const capMicros = shareOf(decimalOf(settings.capShare));
  const minMicros = shareOf(decimalOf(settings.minShare));
  const share = (values: readonly (number | null)[], s: Share) =>
    values.map((v) => (v === null ? null : applyShare(v, s, settings.rounding)));
  const column = (values: (number | null)[]): ScenarioColumn => {
    const total = values.reduce<number>((s, x) => s + (x ?? 0), 0);
    return { values, total, notPlaced: shortfallOf([need], [total], "region") };
  };

  const columns: ScenarioResult["columns"] = {};
  const A = fairShare(need, input.population, settings.method, undefined, "population");
  columns.A = column(A);
  columns.B = column([...input.realised]);
  columns.C = column(share(input.lettingsSocial, capMicros));
  columns.D = column(share(input.lettingsCheap, capMicros));
  columns.E = column(share(input.lettingsSocial, minMicros));
  if (input.origin.some((x) => x !== null && x > 0)) columns.F = column(fairShare(need, input.origin, settings.method, undefined, "origin"));
  if (settings.solidarity) {
    columns.S = column(redistribute(A, columns.C.values));
  }
  return { need, needShareOfLettings: lettings > 0 ? need / lettings : null, columns };
}
