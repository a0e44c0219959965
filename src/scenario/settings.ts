import type { Rounding } from "../engine/exact";
import type { Method } from "../engine/options";
import { quota } from "../engine/quota";

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
}

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

export const DEFAULT_SETTINGS: ScenarioSettings = {
  need: { kind: "number", value: 1170 },
  capShare: 0.3,
  minShare: 0.15,
  rounding: "round",
  method: "hamilton",
  solidarity: true,
  growth: { startYear: 2024, endYear: 2035 },
  key: null,
  adjust: null,
};

/** The regional need in households: a number as given, or round(share × Σ social lettings). */
export function resolveNeed(need: NeedSetting, lettingsSocial: readonly (number | null)[]): number {
  if (need.kind === "number") return need.value;
  const lettings = lettingsSocial.reduce<number>((s, x) => s + (x ?? 0), 0);
  return quota([lettings], need.share, "round")[0] as number;
}
