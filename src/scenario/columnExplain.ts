import { explainDivisorChoice, explainFairShare, explainShare, explainSolidarityAt, traceDivisor } from "../engine/explain";
import { EXPLANATIONS, ExplanationKey, Language, Vars, formatNumber, message, percentText } from "../i18n";
import { sameName } from "../data/readers";
import { validLines } from "./corrections";
import type { ExplainContext, ExplainSpec, InputColumn, WhyText } from "./columnTypes";
import type { ScenarioKey, ShareSetting } from "./settings";
import { keyText, warningText } from "./words";

/**
 * The "Waarom dit getal?" sentence of each kind of scenario column, with the run's real numbers.
 * Each column definition (columns.ts) names the kind that explains it (`explain`), so a new
 * column brings its own explanation; src/scenario/explain.ts puts them together per municipality.
 *
 * @example
 *   explainColumn({ kind: "realised" }, context); // { text: "Gerealiseerd in 2024: 25 (uit de tabel)." }
 */

/** The explanation a column's definition asks for. */
export function explainColumn(spec: ExplainSpec, c: ExplainContext): WhyText {
  switch (spec.kind) {
    case "fairShare":
      return explainFairShareColumn(spec.column, c);
    case "realised":
      return explainRealised(c);
    case "share":
      return explainShareOf(spec.share, spec.lettings, c);
    case "solidarity":
      return explainSolidarity(c);
    case "corrections":
      return explainCorrections(c);
    case "adjusted":
      return explainAdjusted(c);
  }
}

const say = (language: Language, key: ExplanationKey, vars?: Vars) => message(EXPLANATIONS, language, key, vars);

const optionsOf = (c: ExplainContext) => ({ lang: c.language, names: c.input.names });

/** "Apeldoorn heeft geen inwonertal en doet niet mee in A." */
const blank = (c: ExplainContext, key: ScenarioKey, column: InputColumn): string =>
  warningText({ key, column, names: [c.input.names[c.index]] }, c.language);

/** A (by population or a blended key) and F (by origin): the quota and its rounding, and the divisor under a divisor method. */
function explainFairShareColumn(key: "A" | "F", c: ExplainContext): WhyText {
  if (key === "A" && c.settings.key) return { text: blendText(c) };
  const column = key === "A" ? "population" : "origin";
  const weights = c.input[column];
  const text = explainFairShare({ total: c.need, weights, method: c.settings.method, names: c.input.names }, c.index, optionsOf(c));
  return text === null ? { text: blank(c, key, column) } : { text, detail: divisorDetail(c, weights) };
}

/** B: the realised number as it stands in the table. */
function explainRealised(c: ExplainContext): WhyText {
  const v = c.input.realised[c.index];
  return {
    text: v === null ? blank(c, "B", "realised") : say(c.language, "realised", { year: c.year, value: formatNumber(v, c.language) }),
  };
}

/** C, D, E: a share (a setting, such as capShare) of the lettings, rounded as set. */
function explainShareOf(share: ShareSetting, lettings: "lettingsSocial" | "lettingsCheap", c: ExplainContext): WhyText {
  const args = { share: c.settings[share], lettings: c.input[lettings][c.index], rounding: c.settings.rounding };
  return { text: explainShare(lettings === "lettingsCheap" ? { ...args, lettingsKind: "cheap" } : args, optionsOf(c)) };
}

/** S: A within the ceiling C, what was given up or taken on. */
function explainSolidarity(c: ExplainContext): WhyText {
  const A = c.values("A")!;
  const C = c.values("C")!;
  const text = explainSolidarityAt({ need: A, room: C, names: c.input.names }, c.index, optionsOf(c));
  return { text: text ?? blank(c, "S", A[c.index] === null ? "population" : "lettingsSocial") };
}

/** K: the recorded corrections behind the net number, each with its reason and who decided. */
function explainCorrections(c: ExplainContext): WhyText {
  const lines = validLines(c.input.correctionLines).filter((l) => sameName(l.name, c.input.names[c.index]));
  if (lines.length === 0) return { text: say(c.language, "corrections.none") };
  const signed = (x: number) => (x > 0 ? `+${x}` : String(x));
  const list = lines.map((l) => `${signed(l.amount)}: ${l.reason} (${l.decidedBy}, ${l.date})`).join("; ");
  const net = c.values("K")![c.index];
  const netText = net === null ? say(c.language, "corrections.withdrawn") : signed(net);
  return { text: say(c.language, "corrections.list", { lines: list, net: netText }) };
}

/** N: the base scenario's number with this municipality's correction, or its share of what others gave up or took on. */
function explainAdjusted(c: ExplainContext): WhyText {
  const base = c.settings.adjust!.base;
  const before = c.values(base)![c.index];
  const after = c.values("N")![c.index];
  const own = c.values("K")![c.index];
  const text = (key: ExplanationKey, vars: Vars) => ({ text: say(c.language, key, { base, ...vars }) });
  if (before === null || after === null) return text("adjusted.blank", {});
  if (own !== null) return text("adjusted.own", { before, own: `${own > 0 ? "+" : ""}${own}`, after });
  const delta = after - before;
  if (delta === 0) return text("adjusted.unchanged", { before });
  return text(delta > 0 ? "adjusted.gains" : "adjusted.loses", { before, delta: Math.abs(delta), after });
}

const pct = (x: number, language: Language) => percentText(x, language, 2);

/** A by a blended key: the combined share of the municipality and its quota (display decimals; the result itself is exact). */
function blendText(c: ExplainContext): string {
  const key = c.settings.key!;
  const { input, language, index: i } = c;
  const value = c.values("A")![i];
  if (value === null) return say(language, "blend.blank");
  const taking = input.names.map((_, r) => key.columns.every((k) => input[k][r] !== null));
  const parts = key.columns.map((k, j) => {
    const total = input[k].reduce<number>((s, x, r) => s + (taking[r] ? (x ?? 0) : 0), 0);
    return { factor: key.factors[j], own: input[k][i] as number, total };
  });
  const share = parts.reduce((s, p) => s + (p.factor * p.own) / p.total, 0);
  const terms = parts
    .map((p) => `${pct(p.factor, language)} × ${formatNumber(p.own, language)} / ${formatNumber(p.total, language)}`)
    .join(" + ");
  const quota = formatNumber(Math.round(c.need * share * 100) / 100, language);
  const need = formatNumber(c.need, language);
  return say(language, "blend.text", { key: keyText(key, language), terms, share: pct(share, language), need, quota, value });
}

/** Under Webster or D'Hondt: the divisor found, once per column. */
function divisorDetail(c: ExplainContext, weights: readonly (number | null)[]): string | undefined {
  const method = c.settings.method;
  if (method === "hamilton") return undefined;
  const present = weights.flatMap((w, i) => (w === null ? [] : [i]));
  const trace = traceDivisor(
    c.need,
    present.map((i) => weights[i] as number),
    method,
  );
  return explainDivisorChoice(trace, { ...optionsOf(c), names: present.map((i) => c.input.names[i]) });
}
