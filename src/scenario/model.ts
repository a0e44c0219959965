import type { Municipality } from "../data/region";
import { growthPath } from "../engine/growthPath";
import { shortfall } from "../engine/shortfall";
import { includedColumns } from "./columns";
import type { ComputeContext, LabelContext, ScenarioColumnDef, ScenarioInput } from "./columnTypes";
import { resolveNeed } from "./settings";
import type { ScenarioKey, ScenarioSettings } from "./settings";
import type { ScenarioWarning } from "./words";
import { GroupModel, groupModel } from "./groups";

/**
 * One scenario run, computed: every included column per municipality with its total and "niet
 * geplaatst", the growth path and the warnings — the numbers the THUIS formulas on the sheet
 * produce (test/scenario/differential.test.ts), for the pane's preview, the sheet's cached
 * values, the sample workbook and the explanation.
 *
 * @example
 *   const m = computeScenarios(inputOf(STEDENDRIEHOEK_2024.municipalities), DEFAULT_SETTINGS, 2024);
 *   m.column("C")!.total;     // 956
 *   m.column("C")!.notPlaced; // 214
 *   m.column("D")!.notPlaced; // 699 (Epe, Hattem, Heerde count as nothing placed)
 */
export interface ScenarioColumnResult {
  key: ScenarioKey;
  def: ScenarioColumnDef;
  /** Per municipality; null where an input it reads is blank (the sheet shows a blank). */
  values: (number | null)[];
  /** Sum of the values shown (the sheet's SUM). */
  total: number;
  /** THUIS.SHORTFALL(A, column) in region mode: need left unhoused; null for a column that places no one (K). */
  notPlaced: number | null;
  /** Names of the municipalities that take no part (blank input). */
  missing: string[];
}

export interface GrowthResult {
  years: number[];
  /** Per municipality, one value per year; null where B or A is blank. */
  rows: (number | null)[][];
  /** Per year, the sum of the values shown. */
  totals: number[];
}

export interface ScenarioModel {
  input: ScenarioInput;
  settings: ScenarioSettings;
  year: number;
  need: number;
  /** need / Σ social lettings (the seed's "37%"); null when there are no lettings. */
  needShareOfLettings: number | null;
  columns: ScenarioColumnResult[];
  growth: GrowthResult | null;
  warnings: ScenarioWarning[];
  /** The per-group block ({@link groupModel}) over the honoured column's totals; null when no group has a need. */
  groups: ScenarioGroups | null;
  column(key: ScenarioKey): ScenarioColumnResult | undefined;
  labels: LabelContext;
}

/** The per-group model of a scenario run and the column whose totals it honours. */
export interface ScenarioGroups extends GroupModel {
  /** A, or N when the settings ask for it and the run has a column N. */
  honour: ScenarioKey;
}

/** The scenario input of checked municipality records. */
export function inputOf(municipalities: readonly Municipality[]): ScenarioInput {
  return {
    names: municipalities.map((m) => m.name),
    population: municipalities.map((m) => m.population),
    lettingsSocial: municipalities.map((m) => m.lettingsSocial),
    lettingsCheap: municipalities.map((m) => m.lettingsCheap),
    realised: municipalities.map((m) => m.realised),
    origin: municipalities.map((m) => m.origin),
    stock: municipalities.map((m) => m.stock),
    corrections: municipalities.map(() => null),
    correctionLines: [],
  };
}

/** Computes every included column; throws the engine's InputError (e.g. all weights 0). */
export function computeScenarios(input: ScenarioInput, settings: ScenarioSettings, year: number): ScenarioModel {
  const need = resolveNeed(settings.need, input.lettingsSocial);
  const context: ComputeContext = { input, settings, need, computed: {} };
  const defs = includedColumns(input, settings);
  for (const def of defs) context.computed[def.key] = def.compute(context);
  const fairShareA = context.computed.A!;
  const columns = defs.map((def): ScenarioColumnResult => {
    const values = context.computed[def.key]!;
    return {
      key: def.key,
      def,
      values,
      total: values.reduce<number>((s, x) => s + (x ?? 0), 0),
      notPlaced: def.placement ? shortfall(fairShareA, values) : null,
      missing: input.names.filter((_, i) => values[i] === null),
    };
  });
  const lettings = input.lettingsSocial.reduce<number>((s, x) => s + (x ?? 0), 0);
  return {
    input,
    settings,
    year,
    need,
    needShareOfLettings: lettings > 0 ? need / lettings : null,
    columns,
    growth: settings.growth ? growthOf(input.realised, fairShareA, settings.growth) : null,
    warnings: warningsOf(input, settings, defs),
    groups: groupsOf(input, settings, columns),
    column: (key) => columns.find((c) => c.key === key),
    labels: { settings, year },
  };
}

/** The per-group model over column A's (or N's) values, when a group has a need. */
function groupsOf(input: ScenarioInput, settings: ScenarioSettings, columns: readonly ScenarioColumnResult[]): ScenarioGroups | null {
  const g = settings.groups;
  if (!g || !g.groups.some((group) => group.need !== null)) return null;
  const honoured = columns.find((c) => c.key === g.honour) ?? columns.find((c) => c.key === "A")!;
  return { ...groupModel(input, honoured.values, g.groups, { key: settings.key, method: g.method }), honour: honoured.key };
}

/** GROWTHPATH(B, A, from, to) per municipality, and the totals per year. */
function growthOf(
  realised: readonly (number | null)[],
  fairShareA: readonly (number | null)[],
  years: { startYear: number; endYear: number },
): GrowthResult {
  const rows = realised.map((b, i) => growthPath(b, fairShareA[i], years.startYear, years.endYear));
  const span = years.endYear - years.startYear + 1;
  const totals = Array.from({ length: span }, (_, k) => rows.reduce<number>((s, row) => s + (row[k] ?? 0), 0));
  return { years: Array.from({ length: span }, (_, k) => years.startYear + k), rows, totals };
}

/** Per column and table column it reads: the municipalities with a blank there. */
function warningsOf(input: ScenarioInput, settings: ScenarioSettings, defs: readonly ScenarioColumnDef[]): ScenarioWarning[] {
  const out: ScenarioWarning[] = [];
  for (const def of defs) {
    if (def.key === "S") continue; // follows from A and C, whose warnings already say it
    for (const column of def.reads(settings)) {
      const values = input[column];
      const names = input.names.filter((_, i) => values[i] === null);
      if (names.length > 0) out.push({ key: def.key, column, names });
    }
  }
  return out;
}
