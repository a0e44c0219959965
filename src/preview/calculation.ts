import { evaluateWorkbook, isError } from "./formulas";
import type { WorkbookModel } from "./workbookModel";

/**
 * Lets the simulated workbook show what Excel shows: a formula cell reads as its computed value
 * (an error as its code), computed by the preview's evaluator — which the tests prove against
 * HyperFormula. The adapter reads such values back (the values copy, the Monitor's live targets).
 *
 * @example
 *   computeLikeExcel(model); // model.computedValues now evaluates the workbook when read
 */
export function computeLikeExcel(model: WorkbookModel): void {
  model.computedValues = () => {
    const values = evaluateWorkbook(model);
    return (sheet, row, column) => {
      const v = values.get(sheet, row, column);
      return isError(v) ? v.error : v;
    };
  };
}
