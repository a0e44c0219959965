import {
  alabamaParadox,
  explainAlabama,
  explainDivisorChoice,
  explainFairShare,
  explainMethodRange,
  explainNotPlaced,
  explainShare,
  explainSolidarityAt,
  METHODS,
  MethodName,
  MethodRangeItem,
  methodName,
  traceDivisor,
} from "../engine/explain";
import { columnDef, keyText } from "./columns";
import type { InputColumn, ScenarioKey } from "./columns";
import type { ScenarioModel } from "./model";
import { warningText } from "./model";
import { EXPLANATIONS, ExplanationKey, Language, Vars, formatNumber, message, percentText } from "../i18n";
import { validLines } from "./corrections";
import { sameName } from "../data/readers";

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

const say = (language: Language, key: ExplanationKey, vars?: Vars) => message(EXPLANATIONS, language, key, vars);

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

function itemText(
  model: ScenarioModel,
  i: number,
  key: ScenarioKey,
  language: Language,
  options: Options,
  blank: Blank,
): { text: string; detail?: string } {
  const { input, settings, need } = model;
  switch (key) {
    case "A":
    case "F": {
      if (key === "A" && settings.key) return { text: blendText(model, i, language) };
      const weights = key === "A" ? input.population : input.origin;
      const text = explainFairShare({ total: need, weights, method: settings.method, names: input.names }, i, options);
      return text === null
        ? { text: blank(key, key === "A" ? "population" : "origin") }
        : { text, detail: divisorDetail(model, weights, options) };
    }
    case "B": {
      const v = input.realised[i];
      return {
        text: v === null ? blank("B", "realised") : say(language, "realised", { year: model.year, value: formatNumber(v, language) }),
      };
    }
    case "C":
    case "E":
      return {
        text: explainShare(
          { share: key === "C" ? settings.capShare : settings.minShare, lettings: input.lettingsSocial[i], rounding: settings.rounding },
          options,
        ),
      };
    case "D":
      return {
        text: explainShare(
          { share: settings.capShare, lettings: input.lettingsCheap[i], rounding: settings.rounding, lettingsKind: "cheap" },
          options,
        ),
      };
    case "S": {
      const A = model.column("A")!.values;
      const C = model.column("C")!.values;
      const text = explainSolidarityAt({ need: A, room: C, names: input.names }, i, options);
      return { text: text ?? blank("S", A[i] === null ? "population" : "lettingsSocial") };
    }
    case "K":
      return { text: correctionsText(model, i, language) };
    case "N":
      return { text: adjustedText(model, i, language) };
  }
}

const pct = (x: number, language: Language) => percentText(x, language, 2);

/** A by a blended key: the combined share of the municipality and its quota (display decimals; the result itself is exact). */
function blendText(model: ScenarioModel, i: number, language: Language): string {
  const key = model.settings.key!;
  const value = model.column("A")!.values[i];
  if (value === null) return say(language, "blend.blank");
  const taking = model.input.names.map((_, r) => key.columns.every((c) => model.input[c][r] !== null));
  const parts = key.columns.map((c, j) => {
    const total = model.input[c].reduce<number>((s, x, r) => s + (taking[r] ? (x ?? 0) : 0), 0);
    return { factor: key.factors[j], own: model.input[c][i] as number, total };
  });
  const share = parts.reduce((s, p) => s + (p.factor * p.own) / p.total, 0);
  const terms = parts
    .map((p) => `${pct(p.factor, language)} × ${formatNumber(p.own, language)} / ${formatNumber(p.total, language)}`)
    .join(" + ");
  const quota = formatNumber(Math.round(model.need * share * 100) / 100, language);
  const need = formatNumber(model.need, language);
  return say(language, "blend.text", { key: keyText(key, language), terms, share: pct(share, language), need, quota, value });
}

/** K: the recorded corrections behind the net number, each with its reason and who decided. */
function correctionsText(model: ScenarioModel, i: number, language: Language): string {
  const lines = validLines(model.input.correctionLines).filter((l) => sameName(l.name, model.input.names[i]));
  if (lines.length === 0) return say(language, "corrections.none");
  const signed = (x: number) => (x > 0 ? `+${x}` : String(x));
  const list = lines.map((l) => `${signed(l.amount)}: ${l.reason} (${l.decidedBy}, ${l.date})`).join("; ");
  const net = model.column("K")!.values[i];
  return say(language, "corrections.list", { lines: list, net: net === null ? say(language, "corrections.withdrawn") : signed(net) });
}

/** N: the base scenario's number with this municipality's correction, or its share of what others gave up or took on. */
function adjustedText(model: ScenarioModel, i: number, language: Language): string {
  const base = model.settings.adjust!.base;
  const before = model.column(base)!.values[i];
  const after = model.column("N")!.values[i];
  const own = model.column("K")!.values[i];
  if (before === null || after === null) return say(language, "adjusted.blank", { base });
  if (own !== null) return say(language, "adjusted.own", { base, before, own: `${own > 0 ? "+" : ""}${own}`, after });
  const delta = after - before;
  if (delta === 0) return say(language, "adjusted.unchanged", { base, before });
  return say(language, delta > 0 ? "adjusted.gains" : "adjusted.loses", { base, before, delta: Math.abs(delta), after });
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

/** Under Webster or D'Hondt: the divisor found, once per column. */
function divisorDetail(model: ScenarioModel, weights: readonly (number | null)[], options: Options): string | undefined {
  const method = model.settings.method;
  if (method === "hamilton") return undefined;
  const present = weights.flatMap((w, i) => (w === null ? [] : [i]));
  const trace = traceDivisor(
    model.need,
    present.map((i) => weights[i] as number),
    method,
  );
  return explainDivisorChoice(trace, { ...options, names: present.map((i) => options.names[i]) });
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
