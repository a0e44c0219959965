/* global Excel */
import { address, parseAddress } from "../sheets/a1";

/**
 * User text written as text. Excel reads a value that starts with "=", "+" or "-" as a formula
 * (Office.js reference, Range.values), also when it is written with Range.formulas — unless the
 * cell's number format is text ("@"). A sheet plan writes its formulas with "=", so in a plan:
 * - a string starting with "+" or "-" is always text (a note "- zie bijlage", a name "-Epe");
 * - a string equal to one of the user's texts (a municipality name, the region, a source note)
 *   is text whatever it starts with ("=WEBSERVICE(…)" typed as a name stays that name).
 * Those cells get the text format, queued before the plan's cells are written.
 *
 * @example
 *   textCellsOf([["=SUM(A1:A3)", "- akkoord"], ["=x", 3]], ["=x"]); // ["B1", "A2"] (plan at A1)
 */
export function textCellsOf(cells: readonly (readonly unknown[])[], userTexts: readonly string[] = [], at = "A1"): string[] {
  const start = parseAddress(at);
  const user = new Set(userTexts.filter((t) => /^[=+-]/.test(t)));
  const found: string[] = [];
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && (/^[+-]./.test(v) || user.has(v))) found.push(address(start.row + r, start.column + c));
    }),
  );
  return found;
}

/** Queues the text format on every cell of the plan that holds user text ({@link textCellsOf}); call before writing the cells. */
export function formatTextCells(
  sheet: Excel.Worksheet,
  planAddress: string,
  cells: readonly (readonly unknown[])[],
  userTexts: readonly string[] = [],
): void {
  for (const cell of textCellsOf(cells, userTexts, planAddress)) sheet.getRange(cell).numberFormat = [["@"]];
}
