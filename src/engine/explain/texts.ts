/**
 * Explanation texts, one builder per kind, in Dutch (default) or English with the real
 * numbers in the language's format. Strings live in src/i18n/explanations.ts.
 *
 * @example
 *   const t = traceHamilton(1170, [422, 53, 259, 87, 63, 122, 84, 32, 48]);
 *   explainHamilton(t, 0);
 *   // "quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422"
 *   explainShare({ share: 0.3, lettings: 1184, rounding: "round" });
 *   // "30% × 1.184 mutaties = 355,2 → 355 (half naar boven)"
 */
import { Rounding, roundDiv } from "../exact";
import { DivisorTrace, traceDivisor } from "./divisorTrace";
import { EXPLANATIONS, ExplanationKey } from "../../i18n/explanations";
import { formatNeutral, formatNumber, listText, ordinal } from "../../i18n/format";
import { DEFAULT_LANGUAGE, Language } from "../../i18n/language";
import { message } from "../../i18n/message";
import { HamiltonTrace, traceHamilton } from "./hamiltonTrace";
import { Decimal, Rational, compare, decimalOfNumber, displayDecimal, exactDecimal, mul, rational, toFixed } from "./rational";
import { AlabamaParadox, MethodName, MethodRangeItem, METHODS, PopulationParadox, growthRate } from "./sensitivity";
import { SolidarityTrace, traceSolidarity } from "./solidarityTrace";

export interface TextOptions {
  /** "nl" (default) or "en". */
  lang?: Language;
  /** Municipality names by position; without them "nr. 3" / "no. 3". */
  names?: readonly string[];
}

function setup(options: TextOptions = {}) {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const m = (key: ExplanationKey, vars?: Record<string, string | number>) => message(EXPLANATIONS, lang, key, vars);
  const num = (x: number | bigint) => formatNumber(x, lang);
  const dec = (d: Decimal) => formatNeutral(d.text, lang);
  const name = (i: number) => options.names?.[i] ?? m("item", { n: i + 1 });
  const names = (indices: readonly number[]) => listText(indices.map(name), lang);
  const eq = (d: Decimal) => (d.exact ? "=" : "≈");
  return { lang, m, num, dec, name, names, eq };
}

/** Name of a method: "Sainte-Laguë (Webster)". */
export function methodName(method: MethodName, options: TextOptions = {}): string {
  return setup(options).m(`method.${method}`);
}

/** The method in words, for the Verantwoording sheet. */
export function describeMethod(method: MethodName, options: TextOptions = {}): string {
  return setup(options).m(`methodWords.${method}`);
}

/** A rational as a short decimal: exact when it has few decimals, else 2+ places. */
function shortDecimal(r: Rational): Decimal {
  return exactDecimal(r, 6) ?? displayDecimal(r);
}

/** "Why 422?" under Hamilton, for the municipality at `index`. */
export function explainHamilton(trace: HamiltonTrace, index: number, options: TextOptions = {}): string {
  const { m, num, dec, names, eq, lang } = setup(options);
  const it = trace.items[index];
  const quotaPart = m("hamilton.quota", {
    total: num(trace.total),
    weight: num(it.weight),
    sum: dec(shortDecimal(trace.sumWeights)),
    eq: eq(it.quotaDecimal),
    quota: dec(it.quotaDecimal),
  });
  if (trace.leftOver === 0) return m("hamilton.noneLeft", { quotaPart, whole: num(it.whole), result: num(it.result) });
  let tie = "";
  if (it.settledBy === "weight" || it.settledBy === "position") {
    tie = m(it.settledBy === "weight" ? "tie.remainderWeight" : "tie.remainderPosition", { others: names(it.tiedWith) });
  }
  const left = m(trace.leftOver === 1 ? "leftOne" : "leftMany", { n: num(trace.leftOver) });
  const vars = {
    quotaPart,
    whole: num(it.whole),
    left,
    rem: dec(it.remainderDecimal),
    rank: ordinal(it.remainderRank, lang),
    tie,
    result: num(it.result),
    isAre: m(trace.leftOver === 1 ? "isOne" : "isMany"),
  };
  return m(it.extra ? (trace.leftOver === 1 ? "hamilton.extraOne" : "hamilton.extra") : "hamilton.noExtra", vars);
}

/** "Why this number?" under Webster or D'Hondt, for the municipality at `index`. */
export function explainDivisor(trace: DivisorTrace, index: number, options: TextOptions = {}): string {
  const { m, num, dec, names, eq } = setup(options);
  const it = trace.items[index];
  if (trace.divisor === null || it.quotientDecimal === null) return m("divisor.zero");
  const base = {
    weight: num(it.weight),
    divisor: dec(trace.divisorDecimal as Decimal),
    q: dec(it.quotientDecimal),
    result: num(it.result),
  };
  if (it.tie) {
    const tieRule = m(it.tie.rule === "weight" ? "tieRule.weight" : "tieRule.position");
    return m(it.tie.won ? "divisor.tieWon" : "divisor.tieLost", { ...base, others: names(it.tie.with), tieRule, rounded: num(it.rounded) });
  }
  return m("divisor.item", { ...base, eq: eq(it.quotientDecimal), rule: m(`rule.${trace.method}`) });
}

/** The divisor found, and the range of divisors that give the same allocation (or the tie). */
export function explainDivisorChoice(trace: DivisorTrace, options: TextOptions = {}): string {
  const { m, num, dec, names } = setup(options);
  if (trace.divisor === null || trace.interval === null) return m("divisor.choiceZero");
  const divisor = dec(trace.divisorDecimal as Decimal);
  const rule = m(`rule.${trace.method}`);
  if (trace.tie) {
    const tied = trace.items.filter((it) => it.tie !== null);
    const byWeight = tied.some((it) => it.tie?.rule === "weight");
    return m("divisor.choiceTie", {
      divisor,
      rule,
      total: num(trace.total),
      names: names(tied.map((it) => it.index)),
      tieRule: m(byWeight ? "tieRule.weight" : "tieRule.position"),
    });
  }
  // bounds shown conservatively (low rounded up, high down), with enough places to stay apart from the divisor
  const d = trace.divisor;
  const { low, high } = trace.interval;
  const shown = (r: Rational, places: number, up: boolean): Rational => {
    const scale = 10n ** BigInt(places);
    let q = (r.num * scale) / r.den;
    if (up && q * r.den !== r.num * scale) q += 1n;
    return rational(q, scale);
  };
  let places = 2;
  while (places < 12 && !(compare(shown(low, places, true), d) < 0 && compare(shown(high as Rational, places, false), d) >= 0)) places++;
  const bound = (r: Rational, up: boolean) => {
    const x = shown(r, places, up);
    return dec(compare(x, r) === 0 ? (exactDecimal(r, places) as Decimal) : toFixed(x, places));
  };
  return m("divisor.choice", { divisor, rule, total: num(trace.total), low: bound(low, true), high: bound(high as Rational, false) });
}

export interface ShareInput {
  /** The share as a fraction: 0.3 for 30%, read exactly as the decimal it shows (0.2999995 stays 29.99995%). */
  share: number;
  /** Lettings of the municipality; null = unknown (blank). */
  lettings: number | null;
  rounding: Rounding;
  /** Which lettings: all social-rent (C, E) or up to the first rent cap (D). Default "social". */
  lettingsKind?: "social" | "cheap";
}

/** C/D/E: "30% × 1.184 mutaties = 355,2 → 355 (half naar boven)". */
export function explainShare(input: ShareInput, options: TextOptions = {}): string {
  const { m, num, lang } = setup(options);
  const noun = m(input.lettingsKind === "cheap" ? "share.cheap" : "share.social");
  if (input.lettings === null) return m("share.blank", { noun });
  // the share as typed (shortest round-trip decimal, as the function catalogue reads it)
  const share = decimalOfNumber(input.share);
  const percent = formatNeutral((exactDecimal(mul(share, rational(100)), 40) as Decimal).text, lang) + "%";
  const product = mul(rational(input.lettings), share);
  const result = roundDiv(product.num, product.den, input.rounding);
  const vars = { share: percent, lettings: num(input.lettings), noun, result: num(result) };
  if (product.den === 1n) return m("share.whole", vars);
  const productText = formatNeutral((exactDecimal(product, 40) as Decimal).text, lang);
  return m("share.rounded", { ...vars, product: productText, rounding: m(`rounding.${input.rounding}`) });
}

/** Solidarity for the municipality at `index`: own need, own room, what came from others and why. */
export function explainSolidarity(trace: SolidarityTrace, index: number, options: TextOptions = {}): string {
  const { m, num, dec, eq } = setup(options);
  const it = trace.items[index];
  const head = m("solidarity.head", { need: num(it.need), room: num(it.room), own: num(it.own) });
  const common = {
    head,
    totalSurplus: num(trace.totalSurplus),
    totalSpare: num(trace.totalSpare),
    received: num(it.received),
    placed: num(it.placed),
    spare: num(it.spare),
  };
  if (it.surplus > 0) {
    const unplacedPart = trace.unplaced > 0 ? m("solidarity.unplacedPart", { unplaced: num(trace.unplaced) }) : "";
    return m("solidarity.surplus", { ...common, surplus: num(it.surplus), moved: num(trace.moved), unplacedPart });
  }
  if (it.spare === 0) return m("solidarity.balanced", common);
  if (trace.moved === 0) return m("solidarity.noSurplus", common);
  switch (it.reason) {
    case "full":
      return m(trace.totalSurplus >= trace.totalSpare ? "solidarity.fullAll" : "solidarity.fullCap", common);
    case "lastInLine":
      return m("solidarity.lastInLine", common);
    default: {
      const s = it.share;
      if (!s) return m("solidarity.noSurplus", common);
      return m("solidarity.share", {
        ...common,
        basis: m(it.by === "spare" ? "basis.spare" : "basis.weight"),
        pool: num(s.pool),
        weight: dec(shortDecimal(s.weight)),
        poolWeight: dec(shortDecimal(s.poolWeight)),
        eq: eq(s.decimal),
        share: dec(s.decimal),
      });
    }
  }
}

export interface NotPlacedInput {
  /** Regional need (the total of A). */
  need: number;
  /** Per municipality the need it is measured against (column A); null = takes no part. */
  demand: readonly (number | null)[];
  /** Per municipality what the column places; null = takes no part. */
  supply: readonly (number | null)[];
  /** "region" (default, as SHORTFALL and the seed: need − Σplaced) or "local" (Σ per-municipality shortfalls, no solidarity). */
  mode?: "region" | "local";
}

/** "Niet geplaatst": what is left unhoused (region mode, as SHORTFALL) and where the gaps are. */
export function explainNotPlaced(input: NotPlacedInput, options: TextOptions = {}): string {
  const { m, num, name } = setup(options);
  const placed = input.supply.reduce<number>((s, x) => s + (x ?? 0), 0);
  const gaps: { i: number; d: number }[] = [];
  input.demand.forEach((d, i) => {
    const s = input.supply[i];
    if (d !== null && s !== null && d !== s) gaps.push({ i, d: d - s });
  });
  const local = input.mode === "local";
  const notPlaced = local ? gaps.reduce((s, g) => s + Math.max(0, g.d), 0) : Math.max(0, input.need - placed);
  if (notPlaced === 0) return m("notPlaced.none", { placed: num(placed), need: num(input.need) });
  const short = gaps.filter((g) => g.d > 0).sort((a, b) => b.d - a.d || a.i - b.i);
  const over = gaps.filter((g) => g.d < 0).sort((a, b) => a.d - b.d || a.i - b.i);
  let text = m(local ? "notPlaced.local" : "notPlaced.some", { need: num(input.need), placed: num(placed), notPlaced: num(notPlaced) });
  if (short.length) text += m("notPlaced.where", { list: short.map((g) => `${name(g.i)} ${num(g.d)}`).join(", ") });
  if (over.length && !local) text += m("notPlaced.over", { list: over.map((g) => `${name(g.i)} +${num(-g.d)}`).join(", ") });
  return text;
}

/** Method sensitivity for one municipality: "421 tot 423 over de drie methoden: …". */
export function explainMethodRange(item: MethodRangeItem, options: TextOptions = {}): string {
  const { m, num } = setup(options);
  if (item.low === item.high) return m("range.same", { value: num(item.low) });
  const details = METHODS.map((method) => `${m(`method.${method}`)} ${num(item.byMethod[method])}`).join(", ");
  return m("range.spread", { low: num(item.low), high: num(item.high), details });
}

/** The Alabama warning, or null when Hamilton is safe at this total. */
export function explainAlabama(p: AlabamaParadox, options: TextOptions = {}): string | null {
  const { m, num, names, name } = setup(options);
  if (p.affected.length === 0) return null;
  return m("alabama.warning", {
    next: num(p.nextTotal),
    total: num(p.total),
    who: names(p.affected.map((a) => a.index)),
    details: p.affected.map((a) => `${p.affected.length > 1 ? name(a.index) + " " : ""}${num(a.before)} → ${num(a.after)}`).join(", "),
    suggested: m(`method.${p.suggested}`),
  });
}

/** One line for reports: the warning, or that there is no Alabama paradox at this total. */
export function explainAlabamaCheck(p: AlabamaParadox, options: TextOptions = {}): string {
  const { m, num } = setup(options);
  return explainAlabama(p, options) ?? m("alabama.none", { next: num(p.nextTotal), total: num(p.total) });
}

/** The population-paradox warning (one sentence per pair), or null when there is none. */
export function explainPopulation(p: PopulationParadox, options: TextOptions = {}): string | null {
  const { m, num, name, lang } = setup(options);
  if (p.pairs.length === 0) return null;
  const growth = (g: Rational | null) => {
    const rate = growthRate(g);
    if (rate === null) return m("fromZero");
    const text = formatNeutral(toFixed(mul(rate, rational(100)), 2).text, lang) + "%";
    return rate.num >= 0n ? `+${text}` : text;
  };
  return p.pairs
    .map((pair) =>
      m("population.warning", {
        loser: name(pair.loser),
        gainer: name(pair.gainer),
        loserGrowth: growth(pair.loserGrowth),
        gainerGrowth: growth(pair.gainerGrowth),
        l1: num(pair.loserSeats[0]),
        l2: num(pair.loserSeats[1]),
        g1: num(pair.gainerSeats[0]),
        g2: num(pair.gainerSeats[1]),
        suggested: m(`method.${p.suggested}`),
      }),
    )
    .join(" ");
}

/**
 * Column A for one row of the municipality table, blanks included (as THUIS.FAIRSHARE: a
 * blank weight takes no part): the explanation under `method`, or null for a blank row.
 * Convenience for the pane, which holds whole table columns.
 *
 * @example
 *   explainFairShare({ total: 1170, weights: seedA, method: "hamilton", names }, 0);
 *   // "quotum = 1.170 × 422 / 1.170 = 422,00 → 422 heel; er blijven geen woningen over = 422"
 */
export function explainFairShare(
  input: { total: number; weights: readonly (number | null)[]; method: MethodName; names?: readonly string[] },
  row: number,
  options: TextOptions = {},
): string | null {
  if (input.weights[row] === null || input.weights[row] === undefined) return null;
  const present = input.weights.flatMap((w, i) => (w === null ? [] : [i]));
  const weights = present.map((i) => input.weights[i] as number);
  const allNames = input.names ?? options.names;
  const opts: TextOptions = { ...options, names: present.map((i) => allNames?.[i] ?? setup(options).m("item", { n: i + 1 })) };
  const k = present.indexOf(row);
  return input.method === "hamilton"
    ? explainHamilton(traceHamilton(input.total, weights), k, opts)
    : explainDivisor(traceDivisor(input.total, weights, input.method), k, opts);
}

/**
 * Solidarity (S = REDISTRIBUTE(A, C)) for one row, blanks included: a row blank in need or
 * room takes no part (null).
 */
export function explainSolidarityAt(
  input: {
    need: readonly (number | null)[];
    room: readonly (number | null)[];
    weights?: readonly (number | null)[];
    names?: readonly string[];
  },
  row: number,
  options: TextOptions = {},
): string | null {
  const used = input.need.flatMap((d, i) => (d === null || input.room[i] === null || input.room[i] === undefined ? [] : [i]));
  const k = used.indexOf(row);
  if (k < 0) return null;
  const allNames = input.names ?? options.names;
  const trace = traceSolidarity(
    used.map((i) => input.need[i] as number),
    used.map((i) => input.room[i] as number),
    input.weights ? used.map((i) => input.weights?.[i] ?? 0) : undefined,
  );
  return explainSolidarity(trace, k, { ...options, names: used.map((i) => allNames?.[i] ?? setup(options).m("item", { n: i + 1 })) });
}
