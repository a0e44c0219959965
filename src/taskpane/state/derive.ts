import {
  NUMERIC_COLUMNS,
  NumericColumn,
  RawMunicipality,
  RegionDataset,
  checkMunicipalities,
  columnLabel,
  DatasetProblem,
  toMunicipalities,
} from "../../data/region";
import { Outlier, findOutliers } from "../../data/outliers";
import {
  BlendedKey,
  COLUMN_NOUNS,
  KEY_COLUMNS,
  LIMITS,
  KeyColumn,
  ScenarioModel,
  ScenarioSettings,
  computeScenarios,
  inputOf,
  netCorrections,
  SHARE_PARAMS,
  perShare,
  ShareSetting,
} from "../../scenario";
import { Language, SCENARIO_TEXTS, message } from "../../i18n";
import { InputError } from "../../engine/errors";
import type { WizardState } from "./wizard";
import { parseCellText, readAs } from "./cellText";
import { groupReadings } from "./groupNeeds";

export { parseCellText, readAs } from "./cellText";
// in a file of its own: it needs the explanations (methodRanges), which only the later steps load
export { perMunicipalityOf } from "./perMunicipality";

/**
 * Everything the pane shows that follows from the state: parsed rows, problems and warnings,
 * scenario settings with field errors, the live preview. Pure functions, tested without React.
 */

/** Every cell whose text is read as something else than it says ("1.170" → 1170), with the number it is read as; row is 1-based. */
export function readingsOf(state: WizardState): { row: number; column: NumericColumn; value: number }[] {
  return state.rows.flatMap((row, i) =>
    NUMERIC_COLUMNS.flatMap((column) => {
      const value = readAs(row.values[column]);
      return value === null ? [] : [{ row: i + 1, column, value }];
    }),
  );
}

/** The pane's name per data column: the dataset's own label where it has one (the default's weights are column A), else the usual one. */
export function columnNames(state: WizardState, usual: Record<NumericColumn, string>, language: Language): Record<NumericColumn, string> {
  return Object.fromEntries(NUMERIC_COLUMNS.map((c) => [c, columnLabel(state.sources[c], language, usual[c])])) as Record<
    NumericColumn,
    string
  >;
}

export function rawRows(state: WizardState): RawMunicipality[] {
  return state.rows.map((r) => {
    const raw: RawMunicipality = { name: r.name };
    for (const c of NUMERIC_COLUMNS) raw[c] = parseCellText(r.values[c]);
    return raw;
  });
}

/**
 * One computation per state object, shared by every caller (the reducer makes a new state on
 * every change, so a result never goes stale): a render asks for the dataset and the settings
 * from the tabs, the footer and the step alike, and each asked anew before (issue 20).
 */
function perState<T>(compute: (state: WizardState) => T): (state: WizardState) => T {
  const known = new WeakMap<WizardState, T>();
  return (state) => {
    if (!known.has(state)) known.set(state, compute(state));
    return known.get(state)!;
  };
}

export const problemsOf: (state: WizardState) => DatasetProblem[] = perState((state) => checkMunicipalities(rawRows(state)));

export function warningsOf(state: WizardState): Outlier[] {
  if (problemsOf(state).length > 0) return [];
  return findOutliers(toMunicipalities(rawRows(state)));
}

/** The dataset the wizard would write, or null while there are problems. */
export const datasetOf: (state: WizardState) => RegionDataset | null = perState(computeDataset);

function computeDataset(state: WizardState): RegionDataset | null {
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

export type FieldErrors = Partial<
  Record<"needNumber" | "needPercent" | ShareSetting | "growthEnd" | "year" | "key", "percent" | "count" | "year" | "keySum">
>;

/**
 * A typed percentage as the share it means, by moving the decimal point two places in the text
 * ("36,7" → 0.367, "12,3456789" → 0.123456789): 36.7 / 100 is 0.36700000000000005 in binary,
 * and the engine reads a share exactly as its shortest decimal.
 */
export function percent(text: string): number | null {
  const v = parseCellText(text);
  if (typeof v !== "number" || v < 0 || v > 100) return null;
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!m) return v / 100; // "1.170"-style grouping was already read as a whole number
  const digits = `${m[1]}${m[2] ?? ""}`;
  const point = m[1].length - 2; // where the decimal point lands after dividing by 100
  return Number(point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`);
}

export const settingsOf: (state: WizardState) => { settings: ScenarioSettings | null; errors: FieldErrors } = perState(computeSettings);

function computeSettings(state: WizardState): { settings: ScenarioSettings | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const needNumber = parseCellText(state.needNumber);
  const needOk = typeof needNumber === "number" && Number.isInteger(needNumber) && needNumber >= 0 && needNumber <= LIMITS.maxCount;
  if (state.needKind === "number" && !needOk) errors.needNumber = "count";
  const needShare = percent(state.needPercent);
  if (state.needKind === "share" && needShare === null) errors.needPercent = "percent";
  const shares = perShare((share) => percent(state.sharePercents[share]));
  for (const p of SHARE_PARAMS) if (shares[p.share] === null) errors[p.share] = "percent";
  const year = Number(state.year);
  if (!Number.isInteger(year) || year < LIMITS.minYear || year > LIMITS.maxYear) errors.year = "year";
  const end = Number(state.growthEnd);
  if (!Number.isInteger(end) || end < year || end - year > LIMITS.maxYears) errors.growthEnd = "year";
  const key = keyOf(state);
  if (key === "invalid") errors.key = "keySum";
  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return {
    settings: {
      need: state.needKind === "number" ? { kind: "number", value: needNumber as number } : { kind: "share", share: needShare! },
      ...(shares as Record<ShareSetting, number>),
      rounding: state.rounding,
      method: state.method,
      solidarity: state.solidarity,
      growth: { startYear: year, endYear: end },
      key: key as BlendedKey | null,
      adjust: state.corrections.length > 0 ? { base: state.adjustBase } : null,
      groups:
        state.groups.length > 0 ? { groups: groupReadings(state).groups, honour: state.groupTotals, method: state.groupMethod } : null,
    },
    errors,
  };
}

/** The live preview (the scenario model), or an engine error (e.g. all weights 0) to show instead. */
export const previewOf: (state: WizardState) => { model: ScenarioModel | null; error: InputError | null } = perState(computePreview);

function computePreview(state: WizardState): { model: ScenarioModel | null; error: InputError | null } {
  const dataset = datasetOf(state);
  const { settings } = settingsOf(state);
  if (!dataset || !settings) return { model: null, error: null };
  try {
    const input = inputOf(dataset.municipalities);
    return {
      model: computeScenarios(
        { ...input, corrections: netCorrections(input.names, state.corrections), correctionLines: state.corrections },
        settings,
        dataset.year,
      ),
      error: null,
    };
  } catch (e) {
    if (e instanceof InputError) return { model: null, error: e };
    throw e;
  }
}

/**
 * The blended key for A from the typed percentages: null for population alone (100%), the
 * columns with a percentage and their factors when they add up to exactly 100, else "invalid".
 * Percentages are read as typed (12,5 → 0.125) and summed in hundredths of a percent, exactly.
 */
export function keyOf(state: WizardState): BlendedKey | null | "invalid" {
  const used = KEY_COLUMNS.filter((c) => state.keyPercents[c].trim() !== "");
  const hundredths = used.map((c) => {
    const v = parseCellText(state.keyPercents[c]);
    return typeof v === "number" &&
      v >= 0 &&
      v <= 100 &&
      Number.isInteger(Math.round(v * 100)) &&
      Math.abs(v * 100 - Math.round(v * 100)) < 1e-9
      ? Math.round(v * 100)
      : NaN;
  });
  if (used.length === 0 || hundredths.some(Number.isNaN) || hundredths.reduce((s, x) => s + x, 0) !== 10_000) return "invalid";
  if (used.length === 1 && used[0] === "population") return null;
  return { columns: used, factors: hundredths.map((h) => h / 10_000) };
}

/**
 * Key columns of a valid blended key that hold no value to share by (every cell blank or 0): a
 * key cannot rest on them (the sheet would show #DIV/0!), so the pane names them and does not
 * go on.
 */
export function emptyKeyColumns(state: WizardState): KeyColumn[] {
  const key = keyOf(state);
  const dataset = key && key !== "invalid" ? datasetOf(state) : null;
  if (!dataset || !key || key === "invalid") return [];
  return key.columns.filter((c) => dataset.municipalities.every((m) => !m[c]));
}

/** Why the step after the scenario cannot be reached yet (null when it can): an empty key column, or what the preview cannot compute. */
export function scenarioBlocked(state: WizardState, language: Language): string | null {
  if (!datasetOf(state) || !settingsOf(state).settings) return null; // the fields say what is missing
  const empty = emptyKeyColumns(state);
  if (empty.length > 0) return emptyKeyText(empty, language);
  const { error } = previewOf(state);
  return error ? error.text(language) : null;
}

/** "De kolom woningvoorraad heeft geen waarden (alle cellen leeg of 0): …". */
export function emptyKeyText(columns: readonly KeyColumn[], language: Language): string {
  const names = columns.map((c) => COLUMN_NOUNS[language][c]).join(", ");
  return message(SCENARIO_TEXTS, language, "emptyKey", { names });
}

/** The sum of the typed key percentages, for the live "samen 100%" line; null while one is not a number. */
export function keyPercentSum(state: WizardState): number | null {
  let sum = 0;
  for (const c of KEY_COLUMNS) {
    const text = state.keyPercents[c].trim();
    if (text === "") continue;
    const v = parseCellText(text);
    if (typeof v !== "number") return null;
    sum += Math.round(v * 100);
  }
  return sum / 100;
}

/** Per municipality: A by population alone beside A by the blended key (null while there is no valid blend). */
export function keyComparison(state: WizardState): { name: string; population: number | null; blended: number | null }[] | null {
  const { model } = previewOf(state);
  if (!model || !model.settings.key) return null;
  try {
    const plain = computeScenarios(model.input, { ...model.settings, key: null, adjust: null }, model.year).column("A")!;
    const blended = model.column("A")!;
    return model.input.names.map((name, i) => ({ name, population: plain.values[i], blended: blended.values[i] }));
  } catch (e) {
    if (e instanceof InputError) return null; // population alone cannot be shared (no population): nothing to compare with
    throw e;
  }
}
