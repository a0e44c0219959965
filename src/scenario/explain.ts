import {
  alabamaParadox,
  explainAlabama,
  explainDivisorChoice,
  explainFairShare,
  explainMethodRange,
  explainNotPlaced,
  explainShare,
  explainSolidarityAt,
  formatNumber,
  methodName,
  methodRange,
  traceDivisor,
} from "../engine/explain";
import type { InputColumn, ScenarioKey } from "./columns";
import type { ScenarioModel } from "./model";
import { warningText } from "./model";
import type { Language } from "./words";

/**
 * "Waarom dit getal?" — every scenario of one municipality explained in plain words with the
 * real numbers, derived from the scenario model only (the numbers the sheet shows): A by the
 * chosen method (quota and remainder rank, or the divisor), B from the table, C/D/E as shares of
 * the lettings, F by origin, solidarity S, what is not placed, the spread of A over the three
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

const B_TEXT = {
  nl: (year: number, value: string) => `Realisatie ${year}: ${value} gehuisveste huishoudens, zoals in de tabel (kolom Realisatie).`,
  en: (year: number, value: string) => `Realised in ${year}: ${value} households housed, as in the table (column Realisatie).`,
};

export function explainMunicipality(model: ScenarioModel, index: number, language: Language): WhyExplanation {
  const { input, settings } = model;
  const name = input.names[index];
  const options = { lang: language, names: input.names };
  const blank = (key: ScenarioKey, column: InputColumn) => warningText({ key, column, names: [name] }, language);
  const items = model.columns.map((column): WhyItem => {
    const base = { key: column.key, label: column.def.short(model.labels, language), value: column.values[index] };
    return { ...base, ...itemText(model, index, column.key, language, options, blank) };
  });
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

type Blank = (key: ScenarioKey, column: InputColumn) => string;
type Options = { lang: Language; names: readonly string[] };

function itemText(model: ScenarioModel, i: number, key: ScenarioKey, language: Language, options: Options, blank: Blank): { text: string; detail?: string } {
  const { input, settings, need } = model;
  switch (key) {
    case "A":
    case "F": {
      const weights = key === "A" ? input.population : input.origin;
      const text = explainFairShare({ total: need, weights, method: settings.method, names: input.names }, i, options);
      return text === null ? { text: blank(key, key === "A" ? "population" : "origin") } : { text, detail: divisorDetail(model, weights, options) };
    }
    case "B": {
      const v = input.realised[i];
      return { text: v === null ? blank("B", "realised") : B_TEXT[language](model.year, formatNumber(v, language)) };
    }
    case "C":
    case "E":
      return { text: explainShare({ share: key === "C" ? settings.capShare : settings.minShare, lettings: input.lettingsSocial[i], rounding: settings.rounding }, options) };
    case "D":
      return { text: explainShare({ share: settings.capShare, lettings: input.lettingsCheap[i], rounding: settings.rounding, lettingsKind: "cheap" }, options) };
    case "S": {
      const A = model.column("A")!.values;
      const C = model.column("C")!.values;
      const text = explainSolidarityAt({ need: A, room: C, names: input.names }, i, options);
      return { text: text ?? blank("S", A[i] === null ? "population" : "lettingsSocial") };
    }
  }
}

/** Under Webster or D'Hondt: the divisor found, once per column. */
function divisorDetail(model: ScenarioModel, weights: readonly (number | null)[], options: Options): string | undefined {
  const method = model.settings.method;
  if (method === "hamilton") return undefined;
  const present = weights.flatMap((w, i) => (w === null ? [] : [i]));
  const trace = traceDivisor(model.need, present.map((i) => weights[i] as number), method);
  return explainDivisorChoice(trace, { ...options, names: present.map((i) => options.names[i]) });
}

/**
 * Per municipality the lowest and highest A over Hamilton, Sainte-Laguë and D'Hondt (null where
 * it takes no part in A) — for a results table's "range" column.
 */
export function methodRanges(model: ScenarioModel): ({ low: number; high: number } | null)[] {
  const present = presentOf(model);
  const ranges = methodRange(model.need, present.map((j) => model.input.population[j] as number));
  return model.input.names.map((_, i) => {
    const k = present.indexOf(i);
    return k < 0 ? null : { low: ranges[k].low, high: ranges[k].high };
  });
}

function presentOf(model: ScenarioModel): number[] {
  return model.input.population.flatMap((w, i) => (w === null ? [] : [i]));
}

function rangeOf(model: ScenarioModel, i: number, language: Language): WhyExplanation["range"] {
  const present = presentOf(model);
  const k = present.indexOf(i);
  if (k < 0) return null;
  const item = methodRange(model.need, present.map((j) => model.input.population[j] as number))[k];
  return { low: item.low, high: item.high, text: explainMethodRange(item, { lang: language }) };
}

/** Hamilton only: divisor methods cannot show the Alabama paradox. */
function alabamaOf(model: ScenarioModel, i: number, language: Language): WhyExplanation["alabama"] {
  if (model.settings.method !== "hamilton") return null;
  const present = presentOf(model);
  const paradox = alabamaParadox(model.need, present.map((j) => model.input.population[j] as number));
  const text = explainAlabama(paradox, { lang: language, names: present.map((j) => model.input.names[j]) });
  if (text === null) return null;
  return { text, affectsThis: paradox.affected.some((a) => present[a.index] === i) };
}

/** As THUIS.SHORTFALL(A, column) in region mode: positions blank in A or the column take no part. */
function notPlacedOf(model: ScenarioModel, language: Language): WhyExplanation["notPlaced"] {
  const column = model.column("S") ?? model.column("C")!;
  const A = model.column("A")!.values;
  const paired = (i: number) => A[i] !== null && column.values[i] !== null;
  const demand = A.map((a, i) => (paired(i) ? a : null));
  const supply = column.values.map((s, i) => (paired(i) ? s : null));
  const need = demand.reduce<number>((s, x) => s + (x ?? 0), 0);
  const text = explainNotPlaced({ need, demand, supply }, { lang: language, names: model.input.names });
  return { key: column.key, value: column.notPlaced, text };
}
