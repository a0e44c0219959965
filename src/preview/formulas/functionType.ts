import type { Node } from "./parser";
import type { Matrix, Result, Value } from "./values";

/** What a function of the table gets besides its argument nodes: how to evaluate and read them. */
export interface CallContext {
  /** A node's result in the formula's sheet (a reference stays a reference). */
  evaluate(node: Node): Result;
  /** The values behind a result: a reference is read, anything else is itself. */
  values(v: Result): Value | Matrix;
}
export type FormulaFunction = (args: readonly (Node | null)[], cx: CallContext) => Result;
