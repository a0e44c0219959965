/**
 * "Waarom?" for one cell of the per-group matrix (THUIS.GROUPSHARE), from a
 * {@link BiproportionalTrace}: the cell's quota (its group's need shared by weight alone), the
 * municipality's and the group's divisors, the quotient and its rounding, and how it differs
 * from "each group rounded on its own". Strings in src/i18n/groupExplanations.ts.
 *
 * @example
 *   const t = traceBiproportional([[5, 1], [1, 3]].map((r) => r.map((w) => rational(w))), [[5, 2], [1, 2]], "webster");
 *   explainGroupCell(t, 0, 1, { lang: "en", municipalities: ["Apeldoorn", "Epe"], groups: ["MO", "BW"], own: 1, tied: false }).cell;
 *   // "weight ÷ (municipality divisor × group divisor) = 1 / (0.78 × 0.84) ≈ 1.53 → 2 (rounded to the nearest whole number)"
 */
import { GROUP_EXPLANATIONS, GroupExplanationKey } from "../../i18n/groupExplanations";
import { formatNeutral, formatNumber } from "../../i18n/format";
import { DEFAULT_LANGUAGE, Language } from "../../i18n/language";
import { message } from "../../i18n/message";
import type { BiproportionalTrace } from "./biproportionalTrace";
import { Decimal, Rational, ZERO, add, displayDecimal, exactDecimal, floor, rational } from "./rational";

export interface GroupCellOptions {
  lang?: Language;
  /** Names of the rows and of the columns. */
  municipalities: readonly string[];
  groups: readonly string[];
  /** The cell under "each group rounded on its own"; null to leave the comparison out. */
  own: number | null;
  /** Whether the engine reported the cell as a tie (another valid matrix sets it differently). */
  tied: boolean;
}

export interface GroupCellWhy {
  result: number;
  quota: string;
  divisors: string;
  /** The quotient and its rounding (or the tie and its rule). */
  cell: string;
  /** The difference to "each group rounded on its own"; null without `own`. */
  own: string | null;
  tie: boolean;
}

/** The cell (row `i`, column `j`) of the traced matrix explained; `seats` is the matrix itself. */
export function explainGroupCell(
  trace: BiproportionalTrace,
  seats: readonly (readonly number[])[],
  weights: readonly (readonly Rational[])[],
  i: number,
  j: number,
  options: GroupCellOptions,
): GroupCellWhy {
  const say = sayer(options.lang ?? DEFAULT_LANGUAGE);
  const municipality = options.municipalities[i] ?? String(i + 1);
  const group = options.groups[j] ?? String(j + 1);
  const result = seats[i][j];
  const row = trace.rowDivisors[i];
  const column = trace.columnDivisors[j];
  const divisors =
    row && column
      ? say.m("group.divisors", { row: say.dec(short(row)), column: say.dec(short(column)), municipality, group })
      : say.m("group.divisorsNone", { municipality, group });
  return {
    result,
    quota: quotaText(say, trace, seats, weights, i, j, group),
    divisors,
    cell: cellText(say, trace, weights[i][j], result, i, j, options.tied),
    own: options.own === null ? null : ownText(say, options.own, result, seats[i], municipality),
    tie: options.tied,
  };
}

type Say = ReturnType<typeof sayer>;

function sayer(lang: Language) {
  return {
    lang,
    m: (key: GroupExplanationKey, vars: Record<string, string | number> = {}) => message(GROUP_EXPLANATIONS, lang, key, vars),
    dec: (d: Decimal) => formatNeutral(d.text, lang),
    num: (x: number) => formatNumber(x, lang),
    eq: (d: Decimal) => (d.exact ? "=" : "≈"),
  };
}

function quotaText(
  say: Say,
  trace: BiproportionalTrace,
  seats: readonly (readonly number[])[],
  weights: readonly (readonly Rational[])[],
  i: number,
  j: number,
  group: string,
): string {
  const sum = weights.reduce((s, row) => add(s, row[j]), ZERO);
  if (sum.num === 0n) return say.m("group.quotaNone", { group });
  const quota = displayDecimal(trace.quotas[i][j]);
  return say.m("group.quota", {
    need: say.num(seats.reduce((s, row) => s + row[j], 0)),
    weight: say.dec(short(weights[i][j])),
    sum: say.dec(short(sum)),
    group,
    eq: say.eq(quota),
    quota: say.dec(quota),
  });
}

/** The quotient and its rounding; on a signpost, the tie (or why only this side keeps the totals). */
function cellText(say: Say, trace: BiproportionalTrace, weight: Rational, result: number, i: number, j: number, tied: boolean): string {
  const row = trace.rowDivisors[i];
  const column = trace.columnDivisors[j];
  const q = trace.quotients[i][j];
  if (!row || !column || !q || weight.num === 0n) return say.m("group.cellZero");
  const shown = displayDecimal(q, 2, trace.method === "webster" ? 2 : 1);
  const vars = {
    weight: say.dec(short(weight)),
    row: say.dec(short(row)),
    column: say.dec(short(column)),
    q: say.dec(shown),
    result: say.num(result),
  };
  if (!trace.onSignpost[i][j]) return say.m("group.cell", { ...vars, eq: say.eq(shown), rule: say.m(`group.rule.${trace.method}`) });
  const high = Number(trace.method === "webster" ? floor(add(q, rational(1, 2))) : floor(q));
  return say.m(tied ? "group.cellTie" : "group.cellBoundary", { ...vars, low: say.num(high - 1), high: say.num(high) });
}

function ownText(say: Say, own: number, result: number, row: readonly number[], municipality: string): string {
  if (own === result) return say.m("group.ownSame", { own: say.num(own) });
  return say.m("group.own", {
    own: say.num(own),
    result: say.num(result),
    difference: (result > own ? "+" : "−") + say.num(Math.abs(result - own)),
    municipality,
    total: say.num(row.reduce((s, x) => s + x, 0)),
  });
}

/** The method in one paragraph: a divisor per municipality and per group, and the rounding. */
export function explainGroupMethod(trace: BiproportionalTrace, lang: Language = DEFAULT_LANGUAGE): string {
  return message(GROUP_EXPLANATIONS, lang, "group.why", { rule: message(GROUP_EXPLANATIONS, lang, `group.rule.${trace.method}`) });
}

/** A rational as a short decimal: exact when it has at most 6 decimals, else at least 2 places (more near a whole number). */
function short(r: Rational): Decimal {
  return exactDecimal(r, 6) ?? displayDecimal(r, 2, 1, 8);
}
