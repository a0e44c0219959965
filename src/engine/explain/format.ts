/**
 * Numbers in Dutch and English text: nl "1.170" and "421,60", en "1,170" and "421.60".
 * Deterministic (no Intl), so texts are the same in every browser and in tests.
 *
 * @example
 *   formatNumber(1170, "nl");          // "1.170"
 *   formatNumber(355.2, "nl");         // "355,2"
 *   formatDecimal({ text: "1234.50", exact: true }, "en"); // "1,234.50"
 *   ordinal(2, "nl"); ordinal(2, "en"); // "2e", "2nd"
 */
import { Decimal } from "./rational";

export type Language = "nl" | "en";

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** A neutral decimal text ("-1234.5") in the language's separators. */
export function formatNeutral(text: string, lang: Language): string {
  const { group, decimal } = SEPARATORS[lang];
  const negative = text.startsWith("-");
  const [whole, fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "−" : ""}${grouped}${fraction !== undefined ? decimal + fraction : ""}`;
}

export function formatDecimal(d: Decimal, lang: Language): string {
  return formatNeutral(d.text, lang);
}

/** A whole number or bigint, or a number with the decimals it has (shortest round-trip). */
export function formatNumber(x: number | bigint, lang: Language): string {
  if (typeof x === "bigint") return formatNeutral(x.toString(), lang);
  let text = String(x);
  if (/e/i.test(text)) text = x.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(x))) + 15)));
  return formatNeutral(text, lang);
}

/** 1 → "1e" / "1st", 2 → "2e" / "2nd", 11 → "11e" / "11th". */
export function ordinal(n: number, lang: Language): string {
  if (lang === "nl") return `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "a, b en c" / "a, b and c". */
export function list(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "nl" ? " en " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}
