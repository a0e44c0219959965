import type { CorrectionLine } from "../scenario/corrections";
import { address, quoteSheet } from "./a1";
import { CORRECTIONS_COLUMNS, CORRECTIONS_FORMATS, CORRECTIONS_SHEET } from "./correctionsColumns";
import type { SheetPlan } from "./plan";

/**
 * The `Correcties` sheet as the add-in first makes it: the table's header and the first
 * lines (in column order), each line's cells formatted first (signed amount, every other
 * column text: user text is never read as a formula), a wide reason column. Later lines are
 * appended to the table as rows in the same order ({@link correctionRow}).
 *
 * @example
 *   const plan = planCorrectionsSheet([{ name: "Epe", amount: -5, reason: "…", decidedBy: "PHO", date: "26-11-2026" }]);
 *   plan.cells[1];        // ["Epe", -5, "…", "PHO", "26-11-2026"]
 *   plan.tableAddress;    // "Correcties!A1:E2"
 */
export interface CorrectionsPlan extends SheetPlan<string | number> {
  /** The table over the whole block, header row included, e.g. "Correcties!A1:E2". */
  tableAddress: string;
  tableStyle: string;
}

/** A recorded line as a row of the table, in column order. */
export function correctionRow(line: CorrectionLine): (string | number)[] {
  return CORRECTIONS_COLUMNS.map((c) => line[c.key] ?? "");
}

export function planCorrectionsSheet(lines: readonly CorrectionLine[]): CorrectionsPlan {
  const rows = lines.map(correctionRow);
  const block = address(0, 0, rows.length + 1, CORRECTIONS_COLUMNS.length);
  return {
    cells: [CORRECTIONS_COLUMNS.map((c) => c.header), ...rows],
    address: block,
    tableAddress: `${quoteSheet(CORRECTIONS_SHEET)}!${block}`,
    tableStyle: "TableStyleLight9",
    formats:
      rows.length === 0 ? [] : CORRECTIONS_FORMATS.map((numberFormat, k) => ({ address: address(1, k, rows.length, 1), numberFormat })),
    columnWidths: CORRECTIONS_COLUMNS.map((c, k) => ({ column: k, width: c.key === "reason" ? 320 : 110 })),
  };
}
