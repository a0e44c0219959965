import { NUMERIC_COLUMNS, RawMunicipality, RegionDataset, checkMunicipalities, DatasetProblem, toMunicipalities } from "../../data/region";
import { Outlier, findOutliers } from "../../data/outliers";
import { ScenarioResult, ScenarioSettings, computeScenarios } from "../../engine/scenario";
import { InputError } from "../../engine/errors";
import type { WizardState } from "./wizard";

/**
 * Everything the pane shows that follows from the state: parsed rows, problems and warnings,
 * scenario settings with field errors, the live preview. Pure functions, tested without React.
 */

/** "1234", "1.234" (Dutch thousands) or "12,5" → number; other text stays text; "" → null. */
export function parseCellText(text: string): number | string | null {
  const t = text.trim();
  if (t === "") return null;
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ""));
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return t;
}

/**
 * How a typed number was read, when that differs from what was typed: "1.170" → 1170 (a dot
 * between groups of three is a Dutch thousands separator), "12,5" → 12.5, "007" → 7. Null when
 * the text reads as itself (or is blank, or is not a number). The pane shows this beside the
 * cell, so no reading is ever silent.
 *
 * @example
 *   readAs("1.170"); // 1170
 *   readAs("1170");  // null
 */
export function readAs(text: string): number | null {
  const value = parseCellText(text);
  if (typeof value !== "number") return null;
  return String(value) === text.trim() ? null : value;
}

export function rawRows(state: WizardState): RawMunicipality[] {
  return state.rows.map((r) => {
    const raw: RawMunicipality = { name: r.name };
    for (const c of NUMERIC_COLUMNS) raw[c] = parseCellText(r.values[c]);
    return raw;
  });
}

export function problemsOf(state: WizardState): DatasetProblem[] {
  return checkMunicipalities(rawRows(state));
}

export function warningsOf(state: WizardState): Outlier[] {
  if (problemsOf(state).length > 0) return [];
  return findOutliers(toMunicipalities(rawRows(state)));
}

/** The dataset the wizard would write, or null while there are problems. */
export function datasetOf(state: WizardState): RegionDataset | null {
  if (state.rows.length === 0 || problemsOf(state).length > 0) return null;
  const need = settingsOf(state);
  return {
    region: state.regionName.trim() || "Regio",
    year: Number(state.year) || new Date().getFullYear(),
    need: need.settings && need.settings.need.kind === "number" ? need.settings.need.value : 0,
    municipalities: toMunicipalities(rawRows(state)),
    sources: state.sources,
  };
}

export type FieldErrors = Partial<Record<"needNumber" | "needPercent" | "capPercent" | "minPercent" | "growthEnd" | "year", "percent" | "count" | "year">>;

function percent(text: string): number | null {
  const v = parseCellText(text);
  // toFixed: 36.7 / 100 is 0.36700000000000005 in binary; the engine reads shares to 6 decimals anyway
  return typeof v === "number" && v >= 0 && v <= 100 ? Number((v / 100).toFixed(8)) : null;
}

export function settingsOf(state: WizardState): { settings: ScenarioSettings | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const needNumber = parseCellText(state.needNumber);
  const needOk = typeof needNumber === "number" && Number.isInteger(needNumber) && needNumber >= 0 && needNumber <= 1e9;
  if (state.needKind === "number" && !needOk) errors.needNumber = "count";
  const needShare = percent(state.needPercent);
  if (state.needKind === "share" && needShare === null) errors.needPercent = "percent";
  const cap = percent(state.capPercent);
  if (cap === null) errors.capPercent = "percent";
  const min = percent(state.minPercent);
  if (min === null) errors.minPercent = "percent";
  const year = Number(state.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) errors.year = "year";
  const end = Number(state.growthEnd);
  if (!Number.isInteger(end) || end < year || end - year > 100) errors.growthEnd = "year";
  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return {
    settings: {
      need: state.needKind === "number" ? { kind: "number", value: needNumber as number } : { kind: "share", share: needShare! },
      capShare: cap!,
      minShare: min!,
      rounding: state.rounding,
      method: state.method,
      solidarity: state.solidarity,
      growth: { startYear: year, endYear: end },
    },
    errors,
  };
}

/** The live preview, or an engine error (e.g. all weights 0) to show instead. */
export function previewOf(state: WizardState): { result: ScenarioResult | null; error: InputError | null } {
  const dataset = datasetOf(state);
  const { settings } = settingsOf(state);
  if (!dataset || !settings) return { result: null, error: null };
  const m = dataset.municipalities;
  try {
    return {
      result: computeScenarios(
        {
          population: m.map((x) => x.population),
          lettingsSocial: m.map((x) => x.lettingsSocial),
          lettingsCheap: m.map((x) => x.lettingsCheap),
          realised: m.map((x) => x.realised),
          origin: m.map((x) => x.origin),
        },
        settings,
      ),
      error: null,
    };
  } catch (e) {
    if (e instanceof InputError) return { result: null, error: e };
    throw e;
  }
}

/** A scenario's label with the shares actually chosen ("C · Max. 25% …" when the cap is 25%). */
export function scenarioLabel(template: string, state: WizardState): string {
  return template.replace("30%", `${state.capPercent.trim()}%`).replace("15%", `${state.minPercent.trim()}%`);
}

/**
 * The preview as plain rows for the per-municipality table: names from the data, one value
 * per scenario key, and the columns with their labels (shares as chosen). Null where a
 * scenario has no value for a municipality (blank input).
 */
export function perMunicipalityOf(
  state: WizardState,
  result: ScenarioResult,
  labels: Record<string, string>,
): { rows: { name: string; values: Record<string, number | null> }[]; columns: { key: string; label: string }[] } {
  const keys = Object.keys(result.columns);
  const names = datasetOf(state)?.municipalities.map((m) => m.name) ?? state.rows.map((r) => r.name);
  return {
    columns: keys.map((key) => ({ key, label: scenarioLabel(labels[key] ?? key, state) })),
    rows: names.map((name, i) => ({
      name,
      values: Object.fromEntries(keys.map((key) => [key, result.columns[key as keyof ScenarioResult["columns"]]!.values[i] ?? null])),
    })),
  };
}
