import type { Rounding } from "../engine/exact";
import type { DivisorMethod } from "../engine/divisor";
import type { TargetGroup } from "../data/region";
import type { Method } from "../engine/options";
import { CAP_SHARE, MIN_SHARE, quota } from "../engine/quota";
import { MAX_COUNT } from "../engine/cells";
import { MAX_YEARS, MAX_YEAR, MIN_YEAR } from "../engine/growthPath";

/** The scenario columns by letter (their definitions: columns.ts); here so the settings can name one without importing the definitions. */
export type ScenarioKey = "A" | "B" | "C" | "D" | "E" | "F" | "S" | "K" | "N";

/**
 * The settings of one scenario run: what the user chooses on the Scenario step and what the
 * parameter cells at the top of the scenario sheet hold.
 *
 * @example
 *   resolveNeed({ kind: "share", share: 0.367 }, [1184, 160, 900]); // round(0.367 × 2244) = 824
 */
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
  /** Blended key for A: table columns and their factors (adding up to 1); null = population alone. */
  key: BlendedKey | null;
  /** "Na correcties": the scenario the recorded corrections adjust (THUIS.ADJUST); null = no such column. */
  adjust: { base: ScenarioKey } | null;
  /** Per target group (issue 19): the groups and which municipality total they honour; absent or null = no group block. */
  groups?: GroupSettings | null;
}

/**
 * The per-group block's choices: the groups (from the `Aandachtsgroepen` table or the pane; a
 * blank need is unknown and takes no part), the scenario column whose municipality totals the
 * block honours — A (the fair share) or N (after corrections) — and the divisor method of
 * THUIS.GROUPSHARE. The block appears when at least one group has a need.
 */
export interface GroupSettings {
  groups: TargetGroup[];
  honour: "A" | "N";
  method: DivisorMethod;
}

/** The settings that are a share of the lettings (0.3), asked in the pane as a percentage (params.ts: which cell holds each). */
export type ShareSetting = { [K in keyof ScenarioSettings]-?: ScenarioSettings[K] extends number ? K : never }[keyof ScenarioSettings];

/** Table columns a fair share can be keyed on. */
export type KeyColumn = "population" | "stock" | "lettingsSocial" | "lettingsCheap";
export const KEY_COLUMNS: readonly KeyColumn[] = ["population", "stock", "lettingsSocial", "lettingsCheap"];

export interface BlendedKey {
  columns: KeyColumn[];
  /** One share per column, ≥ 0, adding up to exactly 1 (0.5 and 0.5). */
  factors: number[];
}

/** How the regional need is set: a number of households, or a share of the social lettings. */
export type NeedSetting = { kind: "number"; value: number } | { kind: "share"; share: number };

/** The end year of the growth path and the monitor: "Een thuis voor iedereen" grows to 2035. */
export const DEFAULT_END_YEAR = 2035;

/** The regional need as a share of the social lettings, when the user chooses a share (the seed's 37%). */
export const DEFAULT_NEED_SHARE = 0.37;

/**
 * The limits the pane checks before anything is written — the engine's own, so the pane never
 * accepts what the THUIS functions refuse, nor refuses what they accept: a count (need, a
 * correction either way) at most MAX_COUNT, a year in MIN_YEAR…MAX_YEAR, a path of at most
 * MAX_YEARS years.
 */
export const LIMITS = { maxCount: MAX_COUNT, minYear: MIN_YEAR, maxYear: MAX_YEAR, maxYears: MAX_YEARS } as const;

export const DEFAULT_SETTINGS: ScenarioSettings = {
  need: { kind: "number", value: 1170 },
  capShare: CAP_SHARE,
  minShare: MIN_SHARE,
  rounding: "round",
  method: "hamilton",
  solidarity: true,
  growth: { startYear: 2024, endYear: DEFAULT_END_YEAR },
  key: null,
  adjust: null,
};

/** The regional need in households: a number as given, or round(share × Σ social lettings). */
export function resolveNeed(need: NeedSetting, lettingsSocial: readonly (number | null)[]): number {
  if (need.kind === "number") return need.value;
  const lettings = lettingsSocial.reduce<number>((s, x) => s + (x ?? 0), 0);
  return quota([lettings], need.share, "round")[0] as number;
}
