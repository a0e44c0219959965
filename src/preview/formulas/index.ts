/**
 * The preview's formula evaluator: it computes what Excel would show for the formulas the
 * add-in writes, so the preview is a real walk-through. Three parts: the parser (./parser),
 * the evaluator of a whole workbook with spilling (./evaluator) and the function table, one
 * entry per Excel or THUIS function (./functions; THUIS through the same wrappers the custom
 * functions call).
 */
export { evaluateWorkbook } from "./evaluator";
export type { WorkbookValues } from "./evaluator";
export { FUNCTIONS, functionNamed } from "./functions";
export { ParseError, parseFormula } from "./parser";
export type { Node } from "./parser";
export { isError } from "./values";
export type { FormulaError, Scalar, Value } from "./values";
