import {
  alabamaParadox,
  explainAlabama,
  explainMethodRange,
  explainNotPlaced,
  METHODS,
  MethodName,
  MethodRangeItem,
  methodName,
} from "../engine/explain";
import { columnDef } from "./columns";
import { explainColumn } from "./columnExplain";
import type { ScenarioKey } from "./settings";
import type { ScenarioModel } from "./model";
import type { Language } from "../i18n";

/**
 * "Waarom dit getal?" — every scenario of one municipality explained in plain words with the
 * real numbers, derived from the scenario model only (the numbers the sheet shows): each column
 * by its own definition's `explain` (columns.ts), then what is not placed, the spread of A over the three
 * methods and the Alabama warning when the chosen method is exposed to it at these numbers.
 * Pure: the pane renders it, tests assert it.
 *
 * @example
 *   const why = explainMunicipality(model, 0, "nl");
 *   why.items[0].text; // "quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422"
 */
export interface WhyItem {
  key: ScenarioKey;
  /** The column's short label, e.g. "C · Max. 30% sociale huur". */
  label: string;
  /** The number on the sheet (null = blank: takes no part). */
  value: number | null;
  /** Why it is that number. */
  text: string;
  /** A second sentence where useful (the divisor found, for A and F under a divisor method). */
  detail?: string;
}

export interface WhyExplanation {
  index: number;
  name: string;
  /** The method of A and F in words, e.g. "Hamilton (grootste rest)". */
  method: string;
  items: WhyItem[];
  /** A over the three methods; null when the municipality takes no part in A. */
  range: { low: number; high: number; text: string } | null;
  /** The Alabama warning for the chosen method at this region's numbers; null when it cannot show there. */
  alabama: { text: string; affectsThis: boolean } | null;
  /** "Niet geplaatst" of the solidarity column (or C without solidarity): how much and where. */
  notPlaced: { key: ScenarioKey; value: number; text: string };
}

export function explainMunicipality(model: ScenarioModel, index: number, language: Language): WhyExplanation {
  const { input, settings, need, year } = model;
  const name = input.names[index];
  const context = { input, settings, need, year, index, language, values: (key: ScenarioKey) => model.column(key)?.values };
  const items = model.columns.map((column): WhyItem => ({
    key: column.key,
    label: column.def.short(model.labels, language),
    value: column.values[index],
    ...explainColumn(column.def.explain, context),
  }));
  return {
    index,
    name,
    method: methodName(settings.method, { lang: language }),
    items,
    range: rangeOf(model, index, language),
    alabama: alabamaOf(model, index, language),
    notPlaced: notPlacedOf(model, language),
  };
}

/** A per municipality under each of the three methods, from the column's own rule (plain or blended key). */
function aByMethod(model: ScenarioModel): Record<MethodName, (number | null)[]> {
  const def = columnDef("A");
  const of = (method: MethodName) =>
    def.compute({ input: model.input, settings: { ...model.settings, method }, need: model.need, computed: {} });
  return { hamilton: of("hamilton"), webster: of("webster"), dhondt: of("dhondt") };
}

function rangeItem(byMethodAll: Record<MethodName, (number | null)[]>, i: number): MethodRangeItem | null {
  if (byMethodAll.hamilton[i] === null) return null;
  const byMethod = { hamilton: byMethodAll.hamilton[i]!, webster: byMethodAll.webster[i]!, dhondt: byMethodAll.dhondt[i]! };
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
}

/**
 * Per municipality the lowest and highest A over Hamilton, Sainte-Laguë and D'Hondt (null where
 * it takes no part in A) — for a results table's "range" column.
 */
export function methodRanges(model: ScenarioModel): ({ low: number; high: number } | null)[] {
  const all = aByMethod(model);
  return model.input.names.map((_, i) => {
    const item = rangeItem(all, i);
    return item && { low: item.low, high: item.high };
  });
}

function presentOf(model: ScenarioModel): number[] {
  return model.input.population.flatMap((w, i) => (w === null ? [] : [i]));
}

function rangeOf(model: ScenarioModel, i: number, language: Language): WhyExplanation["range"] {
  const item = rangeItem(aByMethod(model), i);
  return item && { low: item.low, high: item.high, text: explainMethodRange(item, { lang: language }) };
}

/** Hamilton only: divisor methods cannot show the Alabama paradox. */
function alabamaOf(model: ScenarioModel, i: number, language: Language): WhyExplanation["alabama"] {
  if (model.settings.method !== "hamilton" || model.settings.key) return null; // the check works on one weight column
  const present = presentOf(model);
  const paradox = alabamaParadox(
    model.need,
    present.map((j) => model.input.population[j] as number),
  );
  const text = explainAlabama(paradox, { lang: language, names: present.map((j) => model.input.names[j]) });
  if (text === null) return null;
  return { text, affectsThis: paradox.affected.some((a) => present[a.index] === i) };
}

/** As THUIS.SHORTFALL(A, column) in region mode, an aggregate: a blank counts as nothing needed / nothing placed. */
function notPlacedOf(model: ScenarioModel, language: Language): WhyExplanation["notPlaced"] {
  const column = model.column("S") ?? model.column("C")!;
  const demand = model.column("A")!.values.map((a) => a ?? 0);
  const supply = column.values.map((s) => s ?? 0);
  const need = demand.reduce<number>((s, x) => s + x, 0);
  const text = explainNotPlaced({ need, demand, supply }, { lang: language, names: model.input.names });
  return { key: column.key, value: column.notPlaced ?? 0, text };
}
