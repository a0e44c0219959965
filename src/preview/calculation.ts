import { evaluateWorkbook, isError } from "./formulas";
import type { WorkbookModel } from "./workbookModel";

/**
 * Lets the simulated workbook show what Excel shows: a formula cell reads as its computed value
 * (an error as its code), computed by the preview's evaluator — which the tests prove against
 * HyperFormula. The adapter reads such values back (the values copy, the Monitor's live targets).
 * The workbook is computed again only when its cells, sheets or tables changed since the last read.
 *
 * @example
 *   computeLikeExcel(model); // model.computedValues now evaluates the workbook when read
 */
export function computeLikeExcel(model: WorkbookModel): void {
  // Computed once per change of the workbook, not once per read: a sync reads many ranges.
  let computed: { stamp: string; values: ReturnType<typeof evaluateWorkbook> } | null = null;
  model.computedValues = () => {
    const stamp = model.contentStamp();
    if (computed?.stamp !== stamp) computed = { stamp, values: evaluateWorkbook(model) };
    const values = computed.values;
    return (sheet, row, column) => {
      const v = values.get(sheet, row, column);
      return isError(v) ? v.error : v;
    };
  };
}
