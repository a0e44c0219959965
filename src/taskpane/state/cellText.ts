/** "1234", "1.234" (Dutch thousands) or "12,5" → number; other text stays text; "" → null. */
export function parseCellText(text: string): number | string | null {
  const t = text.trim();
  if (t === "") return null;
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ""));
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return t;
}

/**
 * How a typed number was read, when that differs from what was typed: "1.170" → 1170 (a dot
 * between groups of three is a Dutch thousands separator), "12,5" → 12.5, "007" → 7. Null when
 * the text reads as itself (or is blank, or is not a number). The pane shows this beside the
 * cell, so no reading is ever silent.
 *
 * @example
 *   readAs("1.170"); // 1170
 *   readAs("1170");  // null
 */
export function readAs(text: string): number | null {
  const value = parseCellText(text);
  if (typeof value !== "number") return null;
  return String(value) === text.trim() ? null : value;
}
