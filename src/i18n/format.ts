import { Language, localeOf } from "./language";

/**
 * THE formatters for numbers, lists, percentages and dates in text a user reads.
 * `formatNumber` is exact and deterministic (no Intl): the value as typed — the shortest decimal
 * that round-trips the double, or a bigint — never rounded, so a message quotes the value that is
 * actually wrong and an explanation the number that is actually used. `formatRounded` is for
 * display at a chosen number of decimals.
 *
 * @example
 *   formatNumber(1170, "nl");          // "1.170"
 *   formatNumber(-1e-7, "nl");         // "-0,0000001"
 *   formatNumber(21878n, "en");        // "21,878"
 *   formatNumber(2035, "nl", false);   // "2035" (a year: no grouping)
 *   ordinal(2, "nl"); ordinal(2, "en"); // "2e", "2nd"
 *   listText(["Epe", "Hattem", "Heerde"], "nl"); // "Epe, Hattem en Heerde"
 *   percentText(0.125, "nl");          // "12,5%"
 */
const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** A neutral decimal text ("-1234.5") in the language's separators: "-1.234,5". */
export function formatNeutral(text: string, language: Language, grouping = true): string {
  const { group, decimal } = SEPARATORS[language];
  const negative = text.startsWith("-");
  const [whole, fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return `${negative ? "-" : ""}${grouped}${fraction !== undefined && fraction !== "" ? decimal + fraction : ""}`;
}

/** A number or bigint exactly as it is (see the module comment), in the language's separators. */
export function formatNumber(x: number | bigint, language: Language, grouping = true): string {
  if (typeof x === "bigint") return formatNeutral(x.toString(), language, grouping);
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "-∞";
  const text = plainDecimal(x);
  if (text === null) return String(x).replace(".", SEPARATORS[language].decimal);
  return formatNeutral(text, language, grouping);
}

/** `String(x)` written out without an exponent ("1e-7" → "0.0000001"), or null beyond 1e-30 … 1e20. */
function plainDecimal(x: number): string | null {
  const sign = x < 0 ? "-" : "";
  const text = String(Math.abs(x));
  const e = text.indexOf("e");
  if (e < 0) return sign + text;
  const exponent = Number(text.slice(e + 1));
  if (exponent < -30 || exponent > 20) return null;
  const mantissa = text.slice(0, e).replace(".", "");
  const point = text.slice(0, e).indexOf(".");
  const pointAt = (point < 0 ? mantissa.length : point) + exponent; // digits before the point
  const padded = pointAt <= 0 ? "0".repeat(1 - pointAt) + mantissa : mantissa.padEnd(pointAt, "0");
  const at = Math.max(pointAt, 1);
  const fraction = padded.slice(at);
  return sign + padded.slice(0, at) + (fraction ? "." + fraction : "");
}

/** Rounded for display: at most `decimals` decimals (at least `minDecimals`), grouped unless told not to. */
export function formatRounded(x: number, language: Language, decimals: number, options: { minDecimals?: number; grouping?: boolean } = {}) {
  return new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: decimals,
    minimumFractionDigits: options.minDecimals ?? 0,
    useGrouping: options.grouping ?? true,
  }).format(x);
}

/** A share as a percentage: 0.3 → "30%", 0.125 → "12,5%" (nl) / "12.5%" (en); `decimals` of a percent (binary-safe: 0.07 → 7%). */
export function percentText(share: number, language: Language, decimals = 6): string {
  return `${formatNumber(percentNumber(share, decimals), language, false)}%`;
}

/** A share as a number of percent, at most `decimals` decimals of a percent: 0.07 → 7 (not 7.000000000000001), 0.3 → 30. */
export function percentNumber(share: number, decimals = 6): number {
  const scale = 10 ** decimals;
  return Math.round(share * 100 * scale) / scale;
}

/** 1 → "1e" / "1st", 2 → "2e" / "2nd", 11 → "11e" / "11th". */
export function ordinal(n: number, language: Language): string {
  if (language === "nl") return `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

const AND: Record<Language, string> = { nl: " en ", en: " and " };

/** "Epe", "Epe en Hattem", "Epe, Hattem en Heerde" (nl) / "Epe, Hattem and Heerde" (en). */
export function listText(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${AND[language]}${items[items.length - 1]}`;
}

const BOOLEANS: Record<Language, [string, string]> = { nl: ["ONWAAR", "WAAR"], en: ["FALSE", "TRUE"] };

/** A logical value as the language's Excel shows it: WAAR/ONWAAR, TRUE/FALSE. */
export function booleanText(value: boolean, language: Language): string {
  return BOOLEANS[language][value ? 1 : 0];
}

/** An ISO date ("2026-11-26…") as written in the language: "26-11-2026" (nl), "2026-11-26" (en); other text as is. */
export function isoDateText(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return language === "nl" ? `${m[3]}-${m[2]}-${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** A date in the user's words: "30-11-2026" / "30/11/2026" (numeric), "30 november 2026" / "30 November 2026" (long). */
export function formatDate(date: Date, language: Language, style: "numeric" | "long" = "numeric"): string {
  return new Intl.DateTimeFormat(localeOf(language), style === "long" ? { dateStyle: "long" } : {}).format(date);
}
