import { ColumnSource, columnLabel } from "../data/region";
import { JustificationInput, JustificationPlan, planJustificationSheet } from "./justificationLayout";
import { combinedWeights, commonScale, readDecimal } from "../engine/blend";
import { keyText } from "../scenario/words";
import { perShare } from "../scenario/params";
import { TABLE_COLUMNS } from "./tableColumns";
import type { ScenarioModel } from "../scenario/model";
import type { ScenarioPlan } from "./scenarioPlan";
import { GROUP_SHEET_TEXTS, Language, SCENARIO_TEXTS, displayFormula, message } from "../i18n";
import { groupJustificationOf } from "./justificationGroups";

/**
 * The Verantwoording sheet of a scenario, derived from the same scenario model and sheet plan
 * as the scenario sheet: weights = the population column A reads, total = the model's need,
 * method and parameters = the model's settings, formulas = the plan's scenario columns. So the
 * justification cannot disagree with the scenario sheet (test/scenario/justification.test.ts).
 *
 * @example
 *   const plan = planScenarioSheet({ model, tableName: "Gemeenten", region, sources, language: "nl" });
 *   planJustificationOf(model, plan, { region, sources, language: "nl", version: VERSION, date: "2026-11-26" });
 */
export interface JustificationContext {
  region: string;
  sources: Record<string, ColumnSource>;
  language: Language;
  /** Add-in version (src/version.ts). */
  version: string;
  /** ISO date "2026-11-26": the day the scenario is written. */
  date: string;
  sheetName?: string;
  /** The scenario sheet it belongs to (named on the sheet). */
  scenarioSheet?: string;
}

export function justificationInputOf(model: ScenarioModel, plan: ScenarioPlan, context: JustificationContext): JustificationInput {
  const s = model.settings;
  const header = TABLE_COLUMNS.find((c) => c.key === "population")!.header;
  return {
    language: context.language,
    region: context.region,
    year: model.year,
    names: model.input.names,
    weights: weightsOf(model),
    weightLabel: s.key
      ? message(SCENARIO_TEXTS, context.language, "weight.key", { key: keyText(s.key, context.language) })
      : columnLabel(
          context.sources.population,
          context.language,
          message(SCENARIO_TEXTS, context.language, "weight.population", { header }),
        ),
    total: model.need,
    method: s.method,
    settings: { ...perShare((share) => s[share]), rounding: s.rounding, solidarity: s.solidarity, growth: s.growth },
    sources: Object.values(context.sources),
    formulas: [
      ...plan.scenarioColumns.map((c) => ({ label: c.label, formula: displayFormula(c.formula, context.language) })),
      ...(plan.groupBlock?.formula
        ? [
            {
              label: message(GROUP_SHEET_TEXTS, context.language, "formula"),
              formula: displayFormula(plan.groupBlock.formula, context.language),
            },
          ]
        : []),
    ],
    version: context.version,
    date: context.date,
    sheetName: context.sheetName,
    scenarioSheet: context.scenarioSheet,
    groups: model.groups ? groupJustificationOf(model.groups) : null,
  };
}

export function planJustificationOf(model: ScenarioModel, plan: ScenarioPlan, context: JustificationContext): JustificationPlan {
  return planJustificationSheet(justificationInputOf(model, plan, context));
}

/** Today as ISO "2026-11-26" in local time (the date written on the sheet). */
export function todayIso(now: Date = new Date()): string {
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The weights behind A: population, or for a blended key the combined weights Σ fⱼ·Kᵢⱼ/Sⱼ made
 * whole over one common denominator (exact, the same proportions FAIRSHARE apportions), so the
 * sheet's quotas and results are A's. Rows with a blank key take no part (null).
 */
function weightsOf(model: ScenarioModel): (number | null)[] {
  const key = model.settings.key;
  if (!key) return [...model.input.population];
  const taking = model.input.names.map((_, i) => key.columns.every((c) => model.input[c][i] !== null));
  const rows = taking.flatMap((t, i) => (t ? [i] : []));
  const columns = key.columns.map((c) => rows.map((i) => BigInt(model.input[c][i] as number)));
  const factors = commonScale(key.factors.map(readDecimal)).numerators;
  const combined = combinedWeights(columns, factors);
  const out: (number | null)[] = model.input.names.map(() => null);
  rows.forEach((i, k) => (out[i] = Number(combined.values[k])));
  return out;
}
