import { WorkbookValues, evaluateWorkbook, isError } from "./formulas";
import type { WorkbookModel } from "./workbookModel";

/** Each workbook's last computation, with the content stamp it was computed at. */
const computed = new WeakMap<WorkbookModel, { stamp: string; values: WorkbookValues }>();

/**
 * The simulated workbook's values as Excel shows them, computed by the preview's evaluator (which
 * the tests prove against HyperFormula) once per change of its cells, sheets or tables: the grid,
 * the download and the adapter's reads (computeLikeExcel) share that one computation, and a sync
 * that only read computes nothing.
 *
 * @example
 *   workbookValuesOf(model).get("Verdeling 2024", 12, 1); // 422
 */
export function workbookValuesOf(model: WorkbookModel): WorkbookValues {
  const stamp = model.contentStamp();
  const known = computed.get(model);
  if (known?.stamp === stamp) return known.values;
  const values = evaluateWorkbook(model);
  computed.set(model, { stamp, values });
  return values;
}

/**
 * Lets the simulated workbook show what Excel shows: a formula cell reads as its computed value
 * (an error as its code). The adapter reads such values back (the values copy, the Monitor's live
 * targets).
 *
 * @example
 *   computeLikeExcel(model); // model.computedValues now evaluates the workbook when read
 */
export function computeLikeExcel(model: WorkbookModel): void {
  model.computedValues = () => {
    const values = workbookValuesOf(model);
    return (sheet, row, column) => {
      const v = values.get(sheet, row, column);
      return isError(v) ? v.error : v;
    };
  };
}
