import * as wrappers from "./wrappers";

/**
 * How many arguments each THUIS function takes (optional ones included): what a formula
 * evaluator that is not Excel (the preview's, HyperFormula in the tests) passes to the
 * wrappers. Derived from the wrappers themselves — each declares every argument, optional ones
 * with `?` and no default value, so its `length` counts them all — so a new function is listed
 * by writing its wrapper. A test keeps it equal to the registered functions' metadata.
 *
 * @example
 *   THUIS_ARITY.FAIRSHARE; // 4: total, weights, [method], [factors]
 */
export const THUIS_ARITY: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(wrappers as Record<string, unknown>)
    .filter((entry): entry is [string, (...args: never[]) => unknown] => typeof entry[1] === "function")
    .map(([name, wrapper]) => [name, wrapper.length]),
);
