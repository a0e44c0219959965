import type { Cell } from "../engine/cells";
import { inputError } from "../engine/errors";
import { nameKey } from "../data/matchNames";
import { address } from "./a1";
import { FIRST_YEAR_COLUMN, KEY } from "./monitorGeometry";
import type { MonitorPlan, MonitorSectionKey } from "./monitorTypes";

/**
 * Cells of a Monitor plan by meaning (go-to addresses, the realised column of a year) and the carry-over of realised figures between plans.
 */
/** Column of a year on the plan, or the yearOutsidePath InputError. */
function yearColumn(plan: MonitorPlan, year: number): number {
  const k = plan.years.indexOf(year);
  if (k < 0)
    throw inputError("yearOutsidePath", {
      field: "year",
      value: year,
      span: { from: plan.years[0], to: plan.years[plan.years.length - 1] },
    });
  return FIRST_YEAR_COLUMN + k;
}

/**
 * Go-to address of a cell: municipality `row` (0-based; `row` = number of municipalities
 * gives the region totals row) in a section, for a year — or column B ("now") without one.
 *
 * @example
 *   monitorCell(plan, "status", 2);         // "B51" (3 municipalities): the third one's current status
 *   monitorCell(plan, "realised", 0, 2025); // "D29"
 */
export function monitorCell(plan: MonitorPlan, section: MonitorSectionKey, row: number, year?: number): string {
  return address(plan.sections[section].firstRow + row, year === undefined ? KEY : yearColumn(plan, year));
}

/** The realised cells of one year, e.g. "D29:D32": where the pane writes a checked, name-matched column. */
export function realisedColumn(plan: MonitorPlan, year: number): string {
  return address(plan.realised.row, yearColumn(plan, year), plan.realised.rows, 1);
}

/**
 * The realised block for a new plan from the one already on the sheet, matched by
 * municipality name (as {@link nameKey}) and by year: a re-run with another region order,
 * an added or removed municipality, or a new end year keeps each figure with its municipality
 * and year. Figures of municipalities or years no longer in the plan are dropped — the caller
 * can report them from `dropped`.
 */
export function carryRealised(
  previous: { names: readonly string[]; startYear: number; values: readonly (readonly Cell[])[] },
  next: { names: readonly string[]; startYear: number; endYear: number },
): { values: Cell[][]; dropped: { name: string; year: number; value: Cell }[] } {
  const rowOf = new Map(next.names.map((name, i) => [nameKey(name), i]));
  const values: Cell[][] = next.names.map(() => new Array<Cell>(next.endYear - next.startYear + 1).fill(null));
  const dropped: { name: string; year: number; value: Cell }[] = [];
  previous.values.forEach((row, i) =>
    row.forEach((value, k) => {
      if (value === null || value === undefined || value === "") return;
      const year = previous.startYear + k;
      const target = rowOf.get(nameKey(previous.names[i] ?? ""));
      if (target === undefined || year < next.startYear || year > next.endYear)
        dropped.push({ name: previous.names[i] ?? "", year, value });
      else values[target][year - next.startYear] = value;
    }),
  );
  return { values, dropped };
}
